// Splitting a line of text into plain and marked pieces, from [start, end) ranges.
export type Marked<Tag extends string = string> = {start: number; end: number; tag: Tag};
type Piece<Tag extends string = string> = {text: string; tag?: Tag | undefined};

/**
 * Cuts `text` (which begins at `lineStart` of its block) into pieces by the marks that overlap
 * it. Where marks overlap, the one listed first wins.
 */
export function splitByMarks<Tag extends string>(
	text: string,
	lineStart: number,
	marks: ReadonlyArray<Marked<Tag>>,
): Array<Piece<Tag>> {
	const lineEnd = lineStart + text.length;
	const relevant = marks.filter((mark) => mark.end > lineStart && mark.start < lineEnd);
	if (relevant.length === 0) return text ? [{text}] : [];
	const tagAt = (index: number): Tag | undefined => {
		const at = lineStart + index;
		return relevant.find((mark) => mark.start <= at && at < mark.end)?.tag;
	};
	const pieces: Array<Piece<Tag>> = [];
	let current = '';
	let currentTag = tagAt(0);
	for (let index = 0; index < text.length; index++) {
		const tag = tagAt(index);
		if (tag !== currentTag && current) {
			pieces.push({text: current, tag: currentTag});
			current = '';
		}
		currentTag = tag;
		current += text[index];
	}
	if (current) pieces.push({text: current, tag: currentTag});
	return pieces;
}

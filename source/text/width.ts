// Display width in terminal columns: CJK and most emoji take two, combining marks none.
import stringWidth from 'string-width';

// Made on first use: creating the first segmenter loads ICU data (10 ms or more), which
// commands that measure nothing should not pay for.
let segmenter: Intl.Segmenter | undefined;

export function textWidth(text: string): number {
	return stringWidth(text);
}

export function graphemes(text: string): string[] {
	segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

/** Cuts text to at most `width` columns, ending with `ellipsis` when something was cut. */
export function truncateToWidth(text: string, width: number, ellipsis = '…'): string {
	if (width <= 0) return '';
	if (textWidth(text) <= width) return text;
	const room = width - textWidth(ellipsis);
	if (room <= 0) return ellipsis.slice(0, width);
	let out = '';
	let used = 0;
	for (const grapheme of graphemes(text)) {
		const w = textWidth(grapheme);
		if (used + w > room) break;
		out += grapheme;
		used += w;
	}
	return out + ellipsis;
}

/** Pads with spaces to exactly `width` columns (truncating first when longer). */
export function padToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
	const fitted = truncateToWidth(text, width);
	const pad = ' '.repeat(Math.max(0, width - textWidth(fitted)));
	return align === 'left' ? fitted + pad : pad + fitted;
}

// Wraps text to a column width at the break points of Chinese typesetting (line-break.ts):
// CJK between characters, Latin words at spaces, numbers with their units, and no closing
// punctuation at a line's start nor opening punctuation at its end. Only when a line holds no
// such break point is it cut at the width.
import {breakClass, breakOpportunities} from './line-break.js';
import {graphemeOffsets, graphemes, textWidth} from './width.js';

/** One display line: `text` is `source.slice(start, end)` (see wrapLines for the exception). */
type WrappedLine = {text: string; start: number; end: number};

/** Returns the lines; each is at most `width` columns wide. Newlines in the text are kept. */
export function wrapText(text: string, width: number): string[] {
	return wrapLines(text, width).map((line) => line.text);
}

/**
 * The lines with their place in `text`. Between two lines only whitespace is left out (the
 * spaces a line breaks at, and newlines). A single grapheme wider than the whole line (a CJK
 * character at width 1) is shown as "…", so the reader sees that something is there.
 */
export function wrapLines(text: string, width: number): WrappedLine[] {
	const columns = Math.max(1, Math.floor(width));
	const lines: WrappedLine[] = [];
	let offset = 0;
	for (const paragraph of text.split('\n')) {
		for (const line of wrapParagraph(paragraph, columns)) {
			lines.push({text: line.text, start: line.start + offset, end: line.end + offset});
		}
		offset += paragraph.length + 1;
	}
	return lines;
}

function wrapParagraph(text: string, width: number): WrappedLine[] {
	if (text === '') return [{text: '', start: 0, end: 0}];
	const units = graphemes(text);
	const count = units.length;
	const offsets = graphemeOffsets(units);
	const widths = units.map(unitWidth);
	const classes = units.map(breakClass);
	const spaces = classes.map((kind) => kind === 'space');
	const breaks = breakOpportunities(units, classes);

	const lines: WrappedLine[] = [];
	const emit = (from: number, to: number) => {
		let last = to;
		while (last > from && spaces[last - 1]) last--;
		const start = offsets[from]!;
		const end = offsets[last]!;
		const shown = last - from === 1 && widths[from]! > width ? '…' : text.slice(start, end);
		lines.push({text: shown, start, end});
	};

	let start = 0;
	while (start < count) {
		// Scan forward while the line (without its trailing spaces) fits; remember the last
		// break point passed. Spaces never overflow a line: they hang at its end.
		let used = 0;
		let pending = 0;
		let lastBreak = -1;
		let index = start;
		let overflow = -1;
		for (; index < count; index++) {
			if (index > start && breaks[index]) lastBreak = index;
			if (spaces[index]) {
				pending += widths[index]!;
				continue;
			}
			if (used + pending + widths[index]! > width) {
				overflow = index;
				break;
			}
			used += pending + widths[index]!;
			pending = 0;
		}
		let end: number;
		if (overflow === -1) end = count;
		else if (lastBreak > start) end = lastBreak;
		else end = forcedBreak(start, overflow, units);
		emit(start, end);
		start = end;
		while (start < count && spaces[start]) start++;
	}
	return lines;
}

// Width of each grapheme, remembered: report text uses a few thousand distinct characters, and
// measuring one costs ~50 µs when string-width does it (text outside the fast table, and every
// character in tests, which do not get the build's table): the bundled reports took ~1.1 s
// to wrap at one width without this.
const widthOf = new Map<string, number>();

function unitWidth(unit: string): number {
	let width = widthOf.get(unit);
	if (width === undefined) {
		if (widthOf.size >= 20_000) widthOf.clear();
		width = textWidth(unit);
		widthOf.set(unit, width);
	}
	return width;
}

/**
 * No break point fits: cut at the width, but a little earlier where that keeps closing
 * punctuation off the next line's start and opening punctuation off this line's end.
 */
function forcedBreak(start: number, overflow: number, units: readonly string[]): number {
	if (overflow === start) return start + 1;
	for (let end = overflow; end > start; end--) {
		if (breakClass(units[end]!) !== 'close' && breakClass(units[end - 1]!) !== 'open') {
			return end;
		}
	}
	return overflow;
}

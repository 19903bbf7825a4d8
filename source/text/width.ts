// Display width in terminal columns: CJK and most emoji take two, combining marks none.
import stringWidth from 'string-width';

// Made on first use: creating the first segmenter loads ICU data (10 ms or more), which
// commands that measure nothing should not pay for.
let segmenter: Intl.Segmenter | undefined;

export function textWidth(text: string): number {
	return stringWidth(text);
}

/**
 * Graphemes, without Intl.Segmenter when every character is one that never joins a neighbour
 * (printable ASCII, CJK ideographs and punctuation, fullwidth forms, “”‘’…·—, and the symbols
 * reports mark lists with: ①, ■, ●, ★, ▍, ✓): then each UTF-16 unit is a grapheme. Segmenting
 * was the largest cost of wrapping report text, and making the first segmenter took 11 ms of a
 * search's text output when one hit held a ▍ (10,000 reports, load 5).
 */
export function graphemes(text: string): string[] {
	for (let index = 0; index < text.length; index++) {
		if (!standsAlone(text.charCodeAt(index))) return segmented(text);
	}
	return text.split('');
}

function segmented(text: string): string[] {
	segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

function standsAlone(code: number): boolean {
	return (
		(code >= 0x20 && code <= 0x7e) ||
		(code >= 0x4e00 && code <= 0x9fff) ||
		(code >= 0x3000 && code <= 0x3029) ||
		(code >= 0x3030 && code <= 0x303f) ||
		(code >= 0xff01 && code <= 0xff60) ||
		(code >= 0x2010 && code <= 0x2027) ||
		// Enclosed alphanumerics, box drawing, blocks, shapes, symbols, dingbats.
		(code >= 0x2460 && code <= 0x27bf) ||
		code === 0xb7
	);
}

/** Where each grapheme starts in the text (UTF-16 offsets), then where the last one ends. */
export function graphemeOffsets(units: readonly string[]): number[] {
	const offsets: number[] = [];
	let at = 0;
	for (const unit of units) {
		offsets.push(at);
		at += unit.length;
	}
	offsets.push(at);
	return offsets;
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
	if (align === 'left' || pad === '') return fitted + pad;
	// A text whose first char joins the space before it and has a width alone (a lone emoji
	// skin tone, Thai AM with no letter) measures short after the pad (' 🏻': 1 column for the
	// 3 a terminal draws): such a cell is padded after, where it measures what it shows.
	const padded = pad + fitted;
	return textWidth(padded) === width ? padded : fitted + pad;
}

// string-width with a fast path for the characters report text is made of. string-width cuts a
// string into graphemes and tests each against an emoji regex: right, but it was the largest
// cost of drawing a frame (Ink measures every piece of text). Strings made only of printable
// ASCII, common punctuation and CJK characters, none of which combine with a neighbour or is an
// emoji on its own, are measured here by table; anything else goes to string-width itself.
// The build points every import of 'string-width' (Ink's included) here; a test checks the
// table against string-width for every character in it. string-width itself is loaded only
// when some text needs it: building its emoji regex costs about 90 ms of start-up.
import {createRequire} from 'node:module';

type StringWidthOptions = {ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean};
type Measure = (text: string, options?: StringWidthOptions) => number;

let full: Measure | undefined;

function fullStringWidth(text: string, options?: StringWidthOptions): number {
	full ??= loadStringWidth();
	return full(text, options);
}

/** string-width, on first need. (In the build, `require` loads the bundled copy then.) */
function loadStringWidth(): Measure {
	try {
		const module =
			typeof require === 'function'
				? require('string-width')
				: createRequire(import.meta.url)('string-width');
		return (module as {default: Measure}).default;
	} catch {
		// A Node without require() of ES modules: count the rest by code point, marks as none.
		return (text) => {
			let width = 0;
			for (const char of text.replace(styles, '')) {
				if (/\p{M}|\p{Cc}|\p{Cf}/u.test(char)) continue;
				width += simpleWidths[char.charCodeAt(0)] === 2 ? 2 : 1;
			}
			return width;
		};
	}
}

/** By UTF-16 unit: 1 or 2 columns, or 0 for "ask string-width". */
export const simpleWidths = new Uint8Array(0x10000);

function fill(from: number, to: number, width: number): void {
	simpleWidths.fill(width, from, to + 1);
}

fill(0x20, 0x7e, 1);
// Punctuation of Chinese text set in Latin-1 and General Punctuation, and the app's own marks:
// arrows, box drawing and bar blocks (all narrow by default).
for (const unit of [0xb7, 0xd7, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2026]) {
	fill(unit, unit, 1);
}
fill(0x2039, 0x203a, 1); // ‹ ›
fill(0x2190, 0x2193, 1); // ← ↑ → ↓
fill(0x2500, 0x259f, 1); // box drawing, block elements
fill(0x3000, 0x3029, 2); // ideographic space and CJK punctuation, before the tone marks
fill(0x3030, 0x303e, 2);
fill(0x3041, 0x3096, 2); // hiragana, without the combining sound marks
fill(0x30a1, 0x30fa, 2); // katakana
fill(0x3400, 0x4dbf, 2); // CJK extension A
fill(0x4e00, 0x9fff, 2); // CJK unified ideographs
fill(0xac00, 0xd7a3, 2); // Hangul syllables
fill(0xf900, 0xfaff, 2); // CJK compatibility ideographs
fill(0xff01, 0xff60, 2); // fullwidth forms
fill(0xffe0, 0xffe6, 2);

/** SGR sequences (styles): no width. */
const styles = /\u001b\[[\d;:]*m/g;

export default function stringWidth(text: string, options?: StringWidthOptions): number {
	if (
		typeof text !== 'string' ||
		options?.ambiguousIsNarrow === false ||
		options?.countAnsiEscapeCodes === true
	) {
		return fullStringWidth(text, options);
	}
	const width = tableWidth(text);
	if (width !== -1) return width;
	if (text.includes('\u001b')) {
		const plain = tableWidth(text.replace(styles, ''));
		if (plain !== -1) return plain;
	}
	return fullStringWidth(text, options);
}

/** The width by table, or -1 when a character is not in it. */
function tableWidth(text: string): number {
	let width = 0;
	for (let index = 0; index < text.length; index++) {
		const unit = simpleWidths[text.charCodeAt(index)]!;
		if (unit === 0) return -1;
		width += unit;
	}
	return width;
}

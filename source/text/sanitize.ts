// Report text and queries are untrusted: nothing in them may reach the terminal as a control.
// C0/C1 controls become visible control pictures (␛ for ESC), so a reader sees that something
// was there; bidi overrides and zero-width characters are dropped, since they reorder or hide
// text without being visible themselves. Prepend characters (Arabic number signs, Soyombo and
// other clusters' heads) become U+FFFD: by Unicode's grapheme rules one joins whatever follows,
// a space included, so the cluster counts one column where a terminal draws two, and a padded
// cell ending in one came out a column short (the hostile-text property test found 𑪄 + pad).
// The list is Node's own Intl.Segmenter's; test/text/sanitize-offsets.test.ts checks it against
// every code point.

const controlPattern = /[\u0000-\u001f\u007f-\u009f]/g;
const invisiblePattern = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const prependPattern =
	/[\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u{110bd}\u{110cd}\u{111c2}\u{111c3}\u{113d1}\u{1193f}\u{11941}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}]/gu;

function controlPicture(char: string): string {
	const code = char.codePointAt(0)!;
	if (code < 0x20) return String.fromCodePoint(0x2400 + code);
	if (code === 0x7f) return '\u2421';
	return '\ufffd';
}

/** One line of display text: every control (newlines and tabs too) shown as a placeholder. */
export function sanitizeLine(text: string): string {
	return text
		.replace(invisiblePattern, '')
		.replace(controlPattern, controlPicture)
		.replace(prependPattern, '\ufffd');
}

/** Multi-line display text: keeps newlines, turns tabs into spaces, neutralizes the rest. */
export function sanitizeText(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(/\t/g, '    ')
		.split('\n')
		.map(sanitizeLine)
		.join('\n');
}

export function hasControlCharacters(text: string): boolean {
	controlPattern.lastIndex = 0;
	invisiblePattern.lastIndex = 0;
	return /[\u0000-\u001f\u007f-\u009f]/.test(text) || /[\u202a-\u202e\u2066-\u2069]/.test(text);
}

/**
 * sanitizeLine, plus where each offset of the original text landed in the result, so ranges
 * computed on the original (search hits, figures) can be drawn on the sanitized text.
 */
export function sanitizeWithOffsets(text: string): {
	text: string;
	offset: (index: number) => number;
} {
	const clean = sanitizeLine(text);
	if (clean.length === text.length) return {text: clean, offset: (index) => index};
	// Dropped invisible characters and astral prepend characters (two units, one U+FFFD) change
	// lengths; controls and BMP prepend characters map one unit to one unit.
	const map = new Int32Array(text.length + 1);
	let out = 0;
	for (let index = 0; index < text.length; index++) {
		map[index] = out;
		const code = text.codePointAt(index)!;
		if (code > 0xffff) {
			prependPattern.lastIndex = 0;
			const units = prependPattern.test(String.fromCodePoint(code)) ? 1 : 2;
			map[index + 1] = out + units - 1;
			out += units;
			index++;
			continue;
		}
		invisiblePattern.lastIndex = 0;
		if (!invisiblePattern.test(text[index]!)) out++;
	}
	map[text.length] = out;
	return {
		text: clean,
		offset: (index) => map[Math.min(Math.max(0, index), text.length)]!,
	};
}

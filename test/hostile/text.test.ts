// The text helpers every screen and command draws with: sanitizing must neutralize any control
// and be idempotent; width arithmetic must hold with combining marks, emoji and CJK.
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {
	hasControlCharacters,
	sanitizeLine,
	sanitizeText,
	sanitizeWithOffsets,
} from '../../source/text/sanitize.js';
import {snippetAround} from '../../source/text/snippet.js';
import {graphemes, padToWidth, textWidth, truncateToWidth} from '../../source/text/width.js';
import {wrapText} from '../../source/text/wrap.js';
import {firstControl, hostileText} from './arbitraries.js';

const widths = fc.integer({min: 1, max: 50});

describe('sanitizing', () => {
	test('shows escape sequences, BEL, backspace and CR as visible placeholders', () => {
		expect(sanitizeLine('\u001b]0;owned\u0007title')).toBe('␛]0;owned␇title');
		expect(sanitizeLine('a\bb\rc\u007fd')).toBe('a␈b␍c␡d');
		expect(sanitizeLine('\u009b31m')).toBe('\ufffd31m');
		expect(sanitizeLine('x\ny\tz')).toBe('x␊y␉z');
	});

	test('drops bidi overrides and zero-width characters', () => {
		expect(sanitizeLine('abc\u202edef\u2066g\u2069\u200bh\ufeff')).toBe('abcdefgh');
	});

	test('keeps combining marks, emoji and CJK as they are', () => {
		const text = 'e\u0301 👍🏽 🇨🇳 ❤️ 劳模 ｌａｏｍｏ';
		expect(sanitizeLine(text)).toBe(text);
	});

	test('a zero-width joiner goes too: terminals differ on joined emoji, separate ones agree', () => {
		const family = sanitizeLine('👨\u200d👩\u200d👧');
		expect(family).toBe('👨👩👧');
		expect(textWidth(family)).toBe(6);
	});

	test('sanitizeText keeps line breaks (CR LF and lone CR become LF) and expands tabs', () => {
		expect(sanitizeText('a\r\nb\rc\td\u001b')).toBe('a\nb\nc    d␛');
	});

	test('no output ever holds a control; sanitizing twice changes nothing', () => {
		fc.assert(
			fc.property(hostileText, (text) => {
				const line = sanitizeLine(text);
				expect(firstControl(line)).toBeUndefined();
				expect(line).not.toMatch(/[\n\t\u200b\u200e\u200f\ufeff]/);
				expect(hasControlCharacters(line)).toBe(false);
				expect(sanitizeLine(line)).toBe(line);
				const multi = sanitizeText(text);
				expect(firstControl(multi)).toBeUndefined();
				expect(sanitizeText(multi)).toBe(multi);
			}),
			{numRuns: 3000},
		);
	});

	test('hasControlCharacters sees every control the sanitizer removes', () => {
		fc.assert(
			fc.property(hostileText, (text) => {
				if (firstControl(text.replace(/[\n\t]/g, ''))) {
					expect(hasControlCharacters(text)).toBe(true);
				}
			}),
			{numRuns: 2000},
		);
	});

	test('offsets map ranges of the original onto the sanitized text', () => {
		fc.assert(
			fc.property(hostileText, fc.nat(), fc.nat(), (text, a, b) => {
				const {text: clean, offset} = sanitizeWithOffsets(text);
				expect(clean).toBe(sanitizeLine(text));
				const start = Math.min(a, b) % (text.length + 1);
				const end = Math.max(start, Math.max(a, b) % (text.length + 1));
				expect(offset(start)).toBeLessThanOrEqual(offset(end));
				expect(offset(end)).toBeLessThanOrEqual(clean.length);
				expect(clean.slice(offset(start), offset(end))).toBe(sanitizeLine(text.slice(start, end)));
			}),
			{numRuns: 2000},
		);
	});
});

describe('widths', () => {
	test('combining marks take no column, emoji and CJK take two', () => {
		expect(textWidth('e\u0301')).toBe(1);
		expect(textWidth('\u0915\u094d\u0937')).toBeLessThanOrEqual(2);
		expect(textWidth('👍🏽')).toBe(2);
		expect(textWidth('👨‍👩‍👧')).toBe(2);
		expect(textWidth('🇨🇳')).toBe(2);
		expect(textWidth('劳模')).toBe(4);
		expect(textWidth('ｌａｏｍｏ')).toBe(10);
		expect(textWidth('␛')).toBe(1);
	});

	test('padToWidth pads to exactly the width, never splitting a cluster', () => {
		expect(padToWidth('e\u0301', 3)).toBe('e\u0301  ');
		expect(padToWidth('👨‍👩‍👧x', 3)).toBe('👨‍👩‍👧x');
		expect(padToWidth('劳模工会', 5)).toBe('劳模…');
		expect(padToWidth('劳模', 6, 'right')).toBe('  劳模');
	});

	test('truncateToWidth ends with the ellipsis only when something was cut', () => {
		expect(truncateToWidth('劳模精神', 8)).toBe('劳模精神');
		expect(truncateToWidth('劳模精神', 7)).toBe('劳模精…');
		expect(truncateToWidth('劳模精神', 6)).toBe('劳模…');
		expect(truncateToWidth('🇨🇳🇨🇳', 3)).toBe('🇨🇳…');
		expect(truncateToWidth('劳模', 1)).toBe('…');
		expect(truncateToWidth('劳模', 0)).toBe('');
	});

	test('pad and truncate never exceed the width, on any text', () => {
		fc.assert(
			fc.property(hostileText, fc.integer({min: 0, max: 40}), (raw, width) => {
				const text = sanitizeLine(raw);
				const cut = truncateToWidth(text, width);
				expect(textWidth(cut)).toBeLessThanOrEqual(width);
				if (width > 0 && textWidth(text) <= width) expect(cut).toBe(text);
				else expect(text.startsWith(cut.slice(0, -1))).toBe(true);
				expect(textWidth(padToWidth(text, width))).toBe(width);
				expect(textWidth(padToWidth(text, width, 'right'))).toBe(width);
			}),
			{numRuns: 3000},
		);
	});
});

describe('wrapping', () => {
	test('wraps CJK between characters and keeps closing punctuation off line starts', () => {
		expect(wrapText('全市职工，共计万人。', 8)).toEqual(['全市职', '工，共计', '万人。']);
		expect(wrapText('他说：“劳模精神”', 6)).toEqual(['他说：', '“劳模', '精神”']);
		expect(wrapText('e\u0301e\u0301e\u0301e\u0301', 2)).toEqual([
			'e\u0301e\u0301',
			'e\u0301e\u0301',
		]);
		expect(wrapText('👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', 4)).toEqual(['👨‍👩‍👧👨‍👩‍👧', '👨‍👩‍👧']);
	});

	test('every line fits, and nothing but spaces is lost', () => {
		fc.assert(
			fc.property(hostileText, widths, (raw, width) => {
				const text = sanitizeText(raw);
				const lines = wrapText(text, width);
				for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
				// A cluster wider than the whole line can only be shown as "…".
				const squeeze = (value: string) =>
					graphemes(value.replace(/\s/g, ''))
						.map((unit) => (textWidth(unit) > width ? '…' : unit))
						.join('');
				expect(squeeze(lines.join(''))).toBe(squeeze(text));
			}),
			{numRuns: 3000},
		);
	});

	test('a character too wide for the line shows as an ellipsis, not as nothing', () => {
		expect(wrapText('劳模', 1)).toEqual(['…', '…']);
	});
});

describe('snippets', () => {
	test('a window around a hit deep in a long text, with the range re-based', () => {
		const text = `${'甲'.repeat(100)}劳模${'乙'.repeat(100)}`;
		const snippet = snippetAround(text, [[100, 102]], 20);
		expect(textWidth(snippet.text)).toBeLessThanOrEqual(20);
		const [[start, end]] = snippet.ranges as [[number, number]];
		expect(snippet.text.slice(start, end)).toBe('劳模');
	});

	test('fits the width and keeps ranges on the same text, on any text and width', () => {
		const withRanges = hostileText.chain((raw) => {
			const text = sanitizeLine(raw);
			const offset = fc.integer({min: 0, max: text.length});
			return fc.tuple(
				fc.constant(text),
				fc
					.array(fc.tuple(offset, offset), {maxLength: 4})
					.map((pairs) =>
						pairs
							.map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)])
							.sort((x, y) => x[0] - y[0]),
					),
			);
		});
		fc.assert(
			fc.property(withRanges, fc.integer({min: 0, max: 40}), ([text, ranges], width) => {
				const snippet = snippetAround(text, ranges, width);
				expect(textWidth(snippet.text)).toBeLessThanOrEqual(width);
				for (const [start, end] of snippet.ranges) {
					expect(start).toBeGreaterThanOrEqual(0);
					expect(end).toBeLessThanOrEqual(snippet.text.length);
					expect(start).toBeLessThanOrEqual(end);
					// A range shows a piece of the original text, never the ellipsis.
					expect(text).toContain(snippet.text.slice(start, end));
				}
			}),
			{numRuns: 3000},
		);
	});
});

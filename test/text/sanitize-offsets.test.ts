import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {sanitizeLine, sanitizeWithOffsets} from '../../source/text/sanitize.js';
import {padToWidth, textWidth} from '../../source/text/width.js';
import {wrapText} from '../../source/text/wrap.js';

describe('sanitizeWithOffsets', () => {
	it('gives the same text as sanitizeLine', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary'}), (text) => {
				expect(sanitizeWithOffsets(text).text).toBe(sanitizeLine(text));
			}),
		);
	});

	it('maps each kept character of the original to itself in the result', () => {
		const text = 'a\u200bb\u202ec\u001bd劳\u2066模';
		const {text: clean, offset} = sanitizeWithOffsets(text);
		expect(clean).toBe('abc␛d劳模');
		for (const char of ['a', 'b', 'c', 'd', '劳', '模']) {
			expect(clean[offset(text.indexOf(char))]).toBe(char);
		}
		expect(offset(text.length)).toBe(clean.length);
	});

	it('maps around a prepend character of two units, made one U+FFFD', () => {
		const text = '劳\u{11a84} 模𝑥';
		const {text: clean, offset} = sanitizeWithOffsets(text);
		expect(clean).toBe('劳\ufffd 模𝑥');
		for (const char of ['劳', ' ', '模', '𝑥']) {
			expect(clean.slice(offset(text.indexOf(char))).startsWith(char)).toBe(true);
		}
		expect(offset(text.length)).toBe(clean.length);
	});

	it('is the identity when nothing is dropped', () => {
		const {offset} = sanitizeWithOffsets('劳模\u0007');
		expect([0, 1, 2, 3].map(offset)).toEqual([0, 1, 2, 3]);
	});
});

describe('prepend characters', () => {
	// Node's own grapheme rules are the reference: no character the sanitizer lets through may
	// join the space that pads a cell (a prepend character does, and the cell is then a column
	// short).
	it('leaves no character that joins a following space, over every code point', () => {
		// One string of every code point as sanitized, each followed by a space and a newline
		// (nothing joins across a newline), segmented once: a segment holding more than the
		// space is a character that joined it.
		const pieces: string[] = [];
		for (let code = 0x21; code < 0x110000; code++) {
			if (code >= 0xd800 && code < 0xe000) continue;
			pieces.push(`${sanitizeLine(String.fromCodePoint(code))} \n`);
		}
		const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
		const joining = Array.from(segmenter.segment(pieces.join('')), ({segment}) => segment).filter(
			(segment) => segment.length > 1 && segment.endsWith(' '),
		);
		expect(joining).toEqual([]);
	});

	it('pads right to the full width a text starting with any char that joins the space before it', () => {
		// Marks join a space before them and add nothing; a char that joins it and has a width
		// alone measures less after a space (' 🏻': 1 column for 3).
		const pieces: string[] = [];
		for (let code = 0x21; code < 0x110000; code++) {
			if (code >= 0xd800 && code < 0xe000) continue;
			pieces.push(` ${sanitizeLine(String.fromCodePoint(code))}\n`);
		}
		const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
		const short = Array.from(segmenter.segment(pieces.join('')), ({segment}) => segment)
			.filter((segment) => segment.length > 1 && segment.startsWith(' '))
			.map((segment) => segment.slice(1))
			.filter(
				(text) => textWidth(padToWidth(text, textWidth(text) + 2, 'right')) !== textWidth(text) + 2,
			);
		expect(short).toEqual([]);
	});

	it('pads a cell ending in one to the full width', () => {
		expect(sanitizeLine('\u{11a84}')).toBe('\ufffd');
		expect(textWidth(padToWidth(sanitizeLine('\u{11a84}'), 2))).toBe(2);
		expect(sanitizeLine('\u0600١')).toBe('\ufffd١');
		expect(textWidth(padToWidth('🏻', 3, 'right'))).toBe(3);
		expect(padToWidth('👍🏻', 3, 'right')).toBe(' 👍🏻');
	});
});

describe('wrapping report text for the reader', () => {
	it('never gives a line wider than asked, for any mix of scripts', () => {
		const unit = fc.constantFrom(
			'劳',
			'模',
			'，',
			'。',
			'“',
			'”',
			'a',
			'b',
			' ',
			'1',
			'２',
			'（',
			'）',
			'𠀀',
			'é',
		);
		fc.assert(
			fc.property(
				fc.array(unit, {maxLength: 200}),
				fc.integer({min: 2, max: 90}),
				(units, width) => {
					for (const line of wrapText(units.join(''), width)) {
						expect(textWidth(line)).toBeLessThanOrEqual(width);
					}
				},
			),
		);
	});
});

describe('wrapping Latin text', () => {
	it('moves a word with its closing punctuation rather than split it', () => {
		const lines = wrapText('enlarge the window, or press Ctrl-C to quit.', 42);
		expect(lines).toEqual(['enlarge the window, or press Ctrl-C to', 'quit.']);
	});

	it('still keeps closing punctuation off the start of a CJK line', () => {
		for (const line of wrapText('全市工会发展会员八十万人。建立工会组织', 12)) {
			expect(line.startsWith('。')).toBe(false);
		}
	});
});

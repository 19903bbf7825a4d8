import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {sanitizeLine, sanitizeWithOffsets} from '../../source/text/sanitize.js';
import {textWidth} from '../../source/text/width.js';
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

	it('is the identity when nothing is dropped', () => {
		const {offset} = sanitizeWithOffsets('劳模\u0007');
		expect([0, 1, 2, 3].map(offset)).toEqual([0, 1, 2, 3]);
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

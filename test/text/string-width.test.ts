import fc from 'fast-check';
import fullStringWidth from 'string-width';
import {expect, test} from 'vitest';
import stringWidth, {simpleWidths} from '../../source/text/string-width.js';

test('every character in the table is as wide as string-width says, alone', () => {
	const wrong: string[] = [];
	for (let unit = 0; unit < simpleWidths.length; unit++) {
		const width = simpleWidths[unit]!;
		if (width === 0) continue;
		const char = String.fromCharCode(unit);
		if (fullStringWidth(char) !== width) wrong.push(`U+${unit.toString(16)}`);
	}
	expect(wrong).toEqual([]);
});

const pieces = [
	'劳模',
	'職工書屋',
	'laomo',
	' ',
	'，。“”—…·',
	'ｌａｏ',
	'\u001b[1m',
	'\u001b[22m',
	'\u001b[38;5;236m',
	'é',
	'e\u0301',
	'👩‍💻',
	'❤️',
	'\u0301',
	'\t',
	'가',
	'\u1100\u1161',
	'\u200b',
	'\u00ad',
	'\u3099',
	'〰',
];

test('any mix of table and other characters measures as string-width does', () => {
	fc.assert(
		fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 12}), (parts) => {
			const text = parts.join('');
			expect(stringWidth(text)).toBe(fullStringWidth(text));
			expect(stringWidth(text, {ambiguousIsNarrow: false})).toBe(
				fullStringWidth(text, {ambiguousIsNarrow: false}),
			);
			expect(stringWidth(text, {countAnsiEscapeCodes: true})).toBe(
				fullStringWidth(text, {countAnsiEscapeCodes: true}),
			);
		}),
		{numRuns: 500},
	);
	fc.assert(
		fc.property(fc.string({unit: 'binary'}), (text) => {
			expect(stringWidth(text)).toBe(fullStringWidth(text));
		}),
		{numRuns: 500},
	);
});

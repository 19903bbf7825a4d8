// Extraction must hold up on any text: made-up strings from the characters that matter.
import fc from 'fast-check';
import {expect, test} from 'vitest';
import {extractFiguresFromText} from '../../source/figures/extract.js';

const pieces = [
	...'0123456789０１２３４５６７８９.．,，。；;、:：!?！？\n “”"《》()（）',
	...'万萬亿億千百余餘多近超达達以上以下约第年月日个個人次场場元%％‰',
	'人次',
	'超过',
	'平方米',
	'12351热线',
	'发展会员',
	'建立工会组织',
	'等',
	'的',
];

const texts = fc.array(fc.constantFrom(...pieces), {maxLength: 60}).map((parts) => parts.join(''));

test('figures point at their raw text, in order, without overlapping', () => {
	fc.assert(
		fc.property(texts, (text) => {
			let previousEnd = 0;
			for (const figure of extractFiguresFromText(text)) {
				expect(figure.start).toBeGreaterThanOrEqual(previousEnd);
				expect(figure.end).toBeGreaterThan(figure.start);
				expect(text.slice(figure.start, figure.end)).toBe(figure.raw);
				expect(figure.quote).toContain(figure.raw);
				expect(Number.isFinite(figure.value)).toBe(true);
				expect(figure.unit !== '' || figure.multiplier !== 1).toBe(true);
				previousEnd = figure.end;
			}
		}),
		{numRuns: 2000},
	);
});

test('the same text gives the same figures every time', () => {
	fc.assert(
		fc.property(texts, (text) => {
			expect(extractFiguresFromText(text)).toEqual(extractFiguresFromText(text));
		}),
		{numRuns: 300},
	);
});

test('empty and digit-only texts', () => {
	expect(extractFiguresFromText('')).toEqual([]);
	expect(extractFiguresFromText('2023')).toEqual([]);
	expect(extractFiguresFromText('5人').map((figure) => figure.raw)).toEqual(['5人']);
});

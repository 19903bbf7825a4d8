import {expect, test} from 'vitest';
import type {Figure} from '../../source/figures/types.js';
import {figureOfRow, figureRow} from '../../source/services/index/figure-row.js';

const block = '五年来，开展宣传宣讲活动2000余次，覆盖职工近10万人次。';
const figure: Figure = {
	report: 'cuiping',
	section: 1,
	block: 2,
	sectionTitle: '凝心聚力',
	start: 12,
	end: 18,
	raw: '2000余次',
	number: 2000,
	multiplier: 1,
	value: 2000,
	unit: '次',
	qualifier: '余',
	subject: '开展宣传宣讲活动',
	quote: '开展宣传宣讲活动2000余次',
};
const place = {report: 'cuiping', section: 1, block: 2, sectionTitle: '凝心聚力'};

test('a figure comes back whole from its row, its quote from the block text', () => {
	const row = figureRow(figure, block);
	expect(row).not.toContain('开展宣传宣讲活动2000余次');
	expect(figureOfRow(row, place, block)).toEqual(figure);
});

test('a quote that is not in the block text is kept in the row', () => {
	const row = figureRow({...figure, quote: '别处的句子'}, block);
	expect(figureOfRow(row, place, undefined)).toEqual({...figure, quote: '别处的句子'});
});

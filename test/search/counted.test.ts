// searchCounted: the search screen's search, with how many hits each kind has in all.
import {describe, expect, test} from 'vitest';
import {buildIndex, search, searchCounted} from '../../source/search/index.js';
import {makeReport} from './helpers.js';

const paragraphs = Array.from({length: 30}, (_, index) => `劳模第${index}号事迹。`);
const index = buildIndex(
	[
		makeReport('a', '乐山市', [
			{title: '劳模风采', blocks: [...paragraphs, {caption: '劳模合影'}]},
			{title: '其他', blocks: ['职工书屋。']},
		]),
	],
	[],
);

describe('searchCounted', () => {
	test('counts every kind over all hits, not only those returned', () => {
		const {hits, counts} = searchCounted(index, 'laomo', {limit: 5});
		expect(hits).toHaveLength(5);
		expect(counts).toEqual({section: 1, paragraph: 30, figure: 0, caption: 1});
	});

	test('returns the kind asked for, with the counts of all kinds', () => {
		const {hits, counts} = searchCounted(index, '劳模', {kind: 'caption', limit: 50});
		expect(hits.map((hit) => hit.item.text)).toEqual(['劳模合影']);
		expect(counts.paragraph).toBe(30);
	});

	test('gives the same hits as search over all kinds', () => {
		expect(searchCounted(index, 'laomo', {limit: 200}).hits).toEqual(
			search(index, 'laomo', {limit: 200}),
		);
	});

	test('counts nothing for an empty query or one that matches nothing', () => {
		for (const query of ['', '   ', '不存在的词'])
			expect(searchCounted(index, query, {}).counts).toEqual({
				section: 0,
				paragraph: 0,
				figure: 0,
				caption: 0,
			});
	});
});

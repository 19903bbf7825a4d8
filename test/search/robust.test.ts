import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {buildIndex, maxQueryChars, search, searchKinds} from '../../source/search/index.js';
import type {Hit} from '../../source/search/types.js';
import {makeFigure, makeReport, paragraphReport} from './helpers.js';

/** Every regular-expression metacharacter, kept out of a literal that looks like a template. */
const metachars = ['.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\'].join('');

const report = makeReport('leshan', '乐山市', [
	{title: '', blocks: ['五年来发展会员80.2万余人，劳模工作成效显著。APP 下载 😀 ＡＰＰ']},
	{
		title: '劳模工作 (2018-2023)',
		blocks: [`劳模创新工作室20家。${metachars}`, {caption: '劳模宣讲'}],
	},
]);
const index = buildIndex(
	[report, paragraphReport('sichuan', '四川省', '四川省勞模工匠宣講團。職工書屋。\ud800孤')],
	[makeFigure(report, 0, 0, '80.2万余人', '发展会员')],
);

function checkHits(hits: Hit[]): void {
	for (const hit of hits) {
		expect(Number.isFinite(hit.score)).toBe(true);
		let previousEnd = -1;
		for (const [start, end] of hit.ranges) {
			expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
			expect(start).toBeGreaterThanOrEqual(0);
			expect(end).toBeLessThanOrEqual(hit.item.text.length);
			expect(start).toBeLessThan(end);
			// Sorted and not overlapping.
			expect(start).toBeGreaterThan(previousEnd);
			previousEnd = end;
		}
	}
}

describe('queries that must never throw', () => {
	const nasty = [
		'',
		' ',
		'   \t\n\u3000 ',
		metachars,
		'(',
		'[',
		'\\',
		'$&',
		'😀',
		'😀劳模😀',
		'\ud800',
		'\udc00劳',
		'ｌａｏｍｏ',
		'ＡＰＰ',
		"'''",
		"xi'",
		'\u0000\u0001\u001f',
		'\u200b\u200d\ufeff',
		'a'.repeat(10_000),
		'劳'.repeat(10_000),
		'劳模 '.repeat(5000),
		'laomo'.repeat(2000),
		'x'.repeat(300),
		'zhuangzhuangzhuangzhuangzhuangzhuangzhuang',
		'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
		'ⓛⓐⓞⓜⓞ',
		'ﬁ',
		'劳模'.padEnd(250, '模'),
	];

	test.each(nasty.map((query) => [JSON.stringify(query).slice(0, 40), query]))('%s', (_, query) => {
		// A pathological query must still end (the test's own timeout bounds it; speed is the
		// bench's to measure).
		const hits = search(index, query);
		checkHits(hits);
	});

	test('empty and blank queries give no hits', () => {
		expect(search(index, '')).toEqual([]);
		expect(search(index, '   ')).toEqual([]);
		expect(search(index, '\u3000\t')).toEqual([]);
	});

	test('regular-expression characters are plain text', () => {
		const hits = search(index, metachars);
		expect(hits).toHaveLength(1);
		expect(hits[0]!.item.text).toContain(metachars);
	});

	test('emoji are plain text too', () => {
		expect(search(index, '😀')).toHaveLength(1);
	});

	test('fullwidth Latin works like ASCII', () => {
		expect(search(index, 'ＡＰＰ').length).toBe(search(index, 'app').length);
		expect(search(index, 'ｌａｏｍｏ')).toEqual(search(index, 'laomo'));
	});

	test(`queries are cut at ${maxQueryChars} chars`, () => {
		expect(search(index, `劳模${'x'.repeat(10_000)}`)).toEqual(
			search(index, `劳模${'x'.repeat(maxQueryChars - 2)}`),
		);
	});

	test('odd inputs from untyped callers give no hits', () => {
		expect(search(index, undefined as unknown as string)).toEqual([]);
		expect(search(index, 42 as unknown as string)).toEqual([]);
		expect(search(index, '劳模', {limit: Number.NaN}).length).toBeGreaterThan(0);
		expect(search(buildIndex([], []), '劳模')).toEqual([]);
	});
});

describe('properties', () => {
	const chars = fc.constantFrom(
		..."劳模勞工匠职職书屋書发展会员宣讲講团乐山四川省的年 　ａｐＡP.*+?^$()[]|\\'😀laomzgsw0123",
	);
	const queries = fc.oneof(
		fc.string({maxLength: 30}),
		fc.string({unit: 'binary', maxLength: 30}),
		fc.string({unit: chars, maxLength: 20}),
	);

	test('random queries never throw, and ranges are sorted and inside the text', () => {
		fc.assert(
			fc.property(
				queries,
				fc.record({
					kind: fc.option(fc.constantFrom(...searchKinds), {nil: undefined}),
					report: fc.option(fc.constantFrom('leshan', 'sichuan', 'other'), {nil: undefined}),
					limit: fc.option(fc.integer({min: -2, max: 60}), {nil: undefined}),
				}),
				(query, options) => {
					const hits = search(index, query, options);
					checkHits(hits);
					if (options.kind) expect(hits.every((hit) => hit.item.kind === options.kind)).toBe(true);
					if (options.report) {
						expect(hits.every((hit) => hit.item.report === options.report)).toBe(true);
					}
					if (options.limit !== undefined) {
						expect(hits.length).toBeLessThanOrEqual(Math.max(0, options.limit));
					}
				},
			),
			{numRuns: 500},
		);
	});

	test('every substring of an item finds that item, highlighted where it is', () => {
		const texts = index.items.map((item) => item.text).filter((text) => text.length > 0);
		fc.assert(
			fc.property(
				fc.integer({min: 0, max: texts.length - 1}),
				fc.nat(),
				fc.integer({min: 1, max: 8}),
				(which, from, length) => {
					const text = texts[which]!;
					const start = from % text.length;
					const query = text.slice(start, start + length);
					fc.pre(query.trim() === query && query.length > 0 && !/\s/.test(query));
					// A lone surrogate half or a char NFKC changes cannot be searched as written.
					fc.pre(query.normalize('NFKC') === query && !/[\ud800-\udfff]/.test(query));
					// Numbers match whole: a cut through one (8 of 80) is another number.
					const digit = /[0-9０-９]/;
					fc.pre(
						!(digit.test(query[0]!) && digit.test(text[start - 1] ?? '')) &&
							!(digit.test(query.at(-1)!) && digit.test(text[start + query.length] ?? '')),
					);
					const hits = search(index, query, {limit: 1000});
					const hit = hits.find((candidate) => candidate.item.text === text);
					expect(hit, query).toBeDefined();
					expect(hit!.ranges.some(([s, e]) => s <= start && start + query.length <= e)).toBe(true);
				},
			),
			{numRuns: 300},
		);
	});
});

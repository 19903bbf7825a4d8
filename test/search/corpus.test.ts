// The bundled reports: two of them are in traditional characters.
import {describe, expect, test} from 'vitest';
import {loadCorpus} from '../../source/corpus/load.js';
import {extractFigures} from '../../source/figures/extract.js';
import {buildIndex, search} from '../../source/search/index.js';

const {reports} = loadCorpus();
const index = buildIndex(reports, reports.flatMap(extractFigures));
const traditional = new Set(
	reports
		.filter((report) => report.meta.script === 'traditional')
		.map((report) => report.meta.region.zh),
);

function regions(query: string): Set<string> {
	return new Set(search(index, query, {limit: 1000}).map((hit) => hit.item.region));
}

describe('the bundled reports', () => {
	test('include simplified and traditional ones', () => {
		expect(reports.length).toBeGreaterThanOrEqual(4);
		expect(traditional.size).toBeGreaterThanOrEqual(1);
	});

	test.each(['laomo', 'lm', '劳模', '勞模'])(
		'%s finds hits in several regions, traditional ones too',
		(query) => {
			const found = regions(query);
			expect(found.size).toBeGreaterThanOrEqual(4);
			for (const region of traditional) expect(found).toContain(region);
		},
	);

	test('劳模 and 勞模 find the same items', () => {
		const items = (query: string) => search(index, query, {limit: 1000}).map((hit) => hit.item);
		expect(items('勞模')).toEqual(items('劳模'));
	});

	test('every 劳模 highlight is 劳模 or 勞模 in the text', () => {
		for (const hit of search(index, '劳模', {limit: 1000})) {
			for (const [start, end] of hit.ranges) {
				expect(['劳模', '勞模']).toContain(hit.item.text.slice(start, end));
			}
		}
	});

	test('zgsw finds 职工书屋 in both scripts', () => {
		const hits = search(index, 'zgsw', {limit: 1000});
		const marked = new Set(
			hits.flatMap((hit) => hit.ranges.map(([s, e]) => hit.item.text.slice(s, e))),
		);
		expect(marked).toEqual(new Set(['职工书屋', '職工書屋']));
	});

	test('figures are searchable by what they count', () => {
		const hits = search(index, '会员', {kind: 'figure'});
		expect(hits.length).toBeGreaterThan(0);
		expect(hits.every((hit) => hit.item.figure !== undefined)).toBe(true);
	});
});

// Whatever is typed into a search, over whatever text the reports hold: no throw, hits within
// the limit, ranges inside the text. The same queries through `baogao search` end with status
// 0 (found) or 1 (nothing found), never a crash, and print nothing that acts on a terminal.
import fc from 'fast-check';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {loadCorpus} from '../../source/corpus/load.js';
import type {Report} from '../../source/corpus/types.js';
import {extractFigures} from '../../source/figures/extract.js';
import {buildIndex, search} from '../../source/search/index.js';
import type {Hit, SearchIndex} from '../../source/search/types.js';
import {paragraphs as paragraphBlocks, testReport} from '../helpers/reports.js';
import {firstControl, hostilePieces, hostileText} from './arbitraries.js';
import {ensureBuilt, removeCache, run} from './cli.js';

/** Every regular-expression metacharacter (joined, so no string looks like a template). */
const metachars = ['.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\', '/'].join(
	'',
);

const nastyQueries: Array<[string, string]> = [
	['empty', ''],
	['only spaces', '     '],
	['ideographic spaces and tabs', '\u3000\t \u3000'],
	['10,000 characters', '劳模工匠'.repeat(2500)],
	['10,000 letters', 'laomo'.repeat(2000)],
	['regular-expression metacharacters', metachars],
	['metacharacters around a word', `(劳模)[+]*?${metachars}`],
	['a catastrophic-backtracking shape', `${'a'.repeat(40)}!`],
	['emoji', '👨‍👩‍👧 🇨🇳 👍🏽'],
	['emoji and Chinese', '😀劳模😀'],
	['fullwidth Latin', 'ｌａｏｍｏ'],
	['mixed pinyin and Chinese', '劳动mofan'],
	['mixed initials and Chinese', 'zg书屋'],
	['escape sequences', '\u001b]0;pwned\u0007劳模\u001b[2J'],
	['bidi and zero-width', '\u202e劳\u200b模\u2066'],
	['lone surrogates', '\ud800劳\udc00'],
	['apostrophes', "xi'an '' '"],
];

function expectSaneHits(hits: Hit[], limit: number): void {
	expect(hits.length).toBeLessThanOrEqual(limit);
	for (const hit of hits) {
		expect(Number.isFinite(hit.score)).toBe(true);
		let previousEnd = -1;
		for (const [start, end] of hit.ranges) {
			expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
			expect(start).toBeGreaterThan(previousEnd);
			expect(start).toBeLessThan(end);
			expect(end).toBeLessThanOrEqual(hit.item.text.length);
			previousEnd = end;
		}
	}
}

function reportOf(id: string, paragraphs: string[], headings: string[]): Report {
	return testReport({id, region: {zh: '某市', en: 'Mou'}}, [
		{title: '', blocks: paragraphBlocks(paragraphs)},
		...headings.map((title, index) => ({
			title,
			blocks: [{kind: 'caption' as const, text: paragraphs[index] ?? title}],
		})),
	]);
}

describe('the search function', () => {
	let corpus: SearchIndex;
	beforeAll(() => {
		const {reports} = loadCorpus();
		corpus = buildIndex(
			reports,
			reports.flatMap((report) => extractFigures(report)),
		);
	});

	test.each(nastyQueries)('%s', (_name, query) => {
		for (const options of [{}, {kind: 'figure' as const}, {report: 'leshan', limit: 3}]) {
			expectSaneHits(search(corpus, query, options), options.limit ?? 50);
		}
	});

	test('fullwidth letters find what plain ones do', () => {
		const plain = search(corpus, 'laomo');
		expect(plain.length).toBeGreaterThan(0);
		expect(search(corpus, 'ｌａｏｍｏ')).toEqual(plain);
		expect(search(corpus, 'ＬＡＯＭＯ')).toEqual(plain);
	});

	test('pinyin mixed with Chinese finds the Chinese', () => {
		const hits = search(corpus, '劳动mofan');
		expect(hits.length).toBeGreaterThan(0);
		expect(hits.some((hit) => /劳动模范|勞動模範/.test(hit.item.text))).toBe(true);
	});

	test('any query over the bundled reports', () => {
		const queries = fc.oneof(
			hostileText,
			fc
				.array(fc.constantFrom(...hostilePieces, 'lao', 'mo', 'zg', '劳', '模', ' ', metachars), {
					maxLength: 12,
				})
				.map((parts) => parts.join('')),
		);
		fc.assert(
			fc.property(queries, fc.integer({min: 1, max: 60}), (query, limit) => {
				expectSaneHits(search(corpus, query, {limit}), limit);
			}),
			{numRuns: 300},
		);
	});

	test('any query over any text', () => {
		const texts = fc.array(
			hostileText.filter((text) => text.trim() !== ''),
			{minLength: 1, maxLength: 4},
		);
		fc.assert(
			fc.property(texts, texts, hostileText, (paragraphs, headings, query) => {
				const index = buildIndex([reportOf('any', paragraphs, headings)], []);
				expectSaneHits(search(index, query), 50);
				// A piece of an item's own text finds that item, whatever it holds.
				const own = paragraphs[0]!.trim().slice(0, 6);
				if (own.trim() !== '') expectSaneHits(search(index, own), 50);
			}),
			{numRuns: 300},
		);
	});
});

describe('baogao search', () => {
	beforeAll(ensureBuilt);
	afterAll(removeCache);

	test.each(nastyQueries)('%s', (_name, query) => {
		for (const extra of [[], ['--json']]) {
			const result = run(['search', ...extra, '--', query]);
			// A blank query is a missing one: a usage error in one line.
			const blank = query.trim() === '';
			expect(blank ? [2] : [0, 1], result.stderr).toContain(result.status);
			expect(result.stderr).not.toMatch(/ {4}at |Error/);
			expect(firstControl(result.stdout)).toBeUndefined();
			expect(firstControl(result.stderr)).toBeUndefined();
			if (blank) expect(result.stderr).toMatch(/^baogao: search needs QUERY: .*\n$/);
			else if (extra.length > 0) expect(Array.isArray(JSON.parse(result.stdout))).toBe(true);
		}
	});

	test('ｌａｏｍｏ finds what laomo finds', () => {
		const plain = run(['search', 'laomo', '--json']);
		expect(plain.status).toBe(0);
		expect(run(['search', 'ｌａｏｍｏ', '--json']).stdout).toBe(plain.stdout);
	});
});

// The indexed search answers every query as the in-memory search does over the same reports:
// the same hits, in the same order, with the same scores and highlight ranges, for Chinese,
// numbers, pinyin, mixed terms and typos, whatever the limit and kind; and the search screen's
// counts of every kind.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {extractFigures} from '../../source/figures/extract.js';
import type {Hit, SearchKind} from '../../source/search/types.js';
import {openCorpus} from '../../source/services/index/corpus.js';
import {openForSearch} from '../../source/services/index/database.js';
import {indexedSearch} from '../../source/services/index/search.js';
import {reportFileHead} from '../helpers/reports.js';

let work: string;
beforeAll(() => {
	work = mkdtempSync(path.join(os.tmpdir(), 'baogao-indexed-search-'));
});
afterAll(() => rmSync(work, {recursive: true, force: true}));

const chars = [...'劳模勞动動范範职職工书書屋房老牢重庆银行会员的年哈1420５6ab，。人名家'];
const syllables = ['lao', 'mo', 'dong', 'fan', 'zhi', 'gong', 'shu', 'wu', 'yin', 'hang', 'l', 'm'];

const text = (min: number, max: number) =>
	fc
		.array(fc.constantFrom(...chars), {minLength: min, maxLength: max})
		.map((list) => list.join(''));
// Some paragraphs repeat a short piece up to nine times, so that terms occur 2, 4 and 8 times
// (the index ranks those through its occurrence tokens).
const paragraph = fc.oneof(
	text(1, 24),
	fc
		.tuple(
			fc.constantFrom('劳模', '模劳', '劳模，', '哈'),
			fc.integer({min: 1, max: 9}),
			text(0, 6),
		)
		.map(([piece, times, rest]) => piece.repeat(times) + rest),
);
const section = fc.record({
	title: fc.oneof(text(0, 6), fc.constantFrom('劳模', '劳模之家', '哈哈')),
	paragraphs: fc.array(paragraph, {maxLength: 4}),
});
const report = fc.array(section, {minLength: 1, maxLength: 3});
const query = fc.oneof(
	text(1, 4),
	fc.array(text(1, 3), {minLength: 2, maxLength: 3}).map((list) => list.join(' ')),
	fc
		.array(fc.constantFrom(...syllables), {minLength: 1, maxLength: 4})
		.map((list) => list.join('')),
	fc
		.array(fc.constantFrom(...syllables), {minLength: 2, maxLength: 3})
		.map((list) => list.join(' ')),
	fc.constantFrom(
		'laodongmofna',
		'laodongmofan',
		'laodongm',
		'ldmf',
		"lao'mo",
		'职工书房',
		'劳动模范',
		'1420',
		'14',
		'lao 劳',
		'laomo工',
		'哈哈',
		'劳模',
		'模劳',
	),
);

type Section = {title: string; paragraphs: string[]};

function writeReports(dir: string, reports: Section[][]): void {
	mkdirSync(dir, {recursive: true});
	reports.forEach((sections, at) => {
		const body = sections
			.map(({title, paragraphs}) =>
				[title ? `## ${title}` : '', ...paragraphs].filter(Boolean).join('\n\n'),
			)
			.join('\n\n');
		writeFileSync(path.join(dir, `r${at}.md`), `${reportFileHead(`r${at}`)}${body}\n`);
	});
}

const shown = (hits: Hit[]) =>
	hits.map((hit) => ({
		at: `${hit.item.report}/${hit.item.kind}/${hit.item.section}/${hit.item.block}`,
		text: hit.item.text,
		score: hit.score,
		ranges: hit.ranges,
		figure: hit.item.figure,
	}));

/** Over random reports and queries, the indexed search answers as the in-memory one does. */
async function answersAsInMemory(
	reports: fc.Arbitrary<Section[][]>,
	queries: fc.Arbitrary<string[]>,
	limits: fc.Arbitrary<number>,
	numRuns: number,
): Promise<void> {
	await fc.assert(
		fc.asyncProperty(
			reports,
			queries,
			limits,
			fc.constantFrom<SearchKind | undefined>(undefined, 'paragraph', 'section'),
			async (written, typedQueries, limit, kind) => {
				const dir = path.join(work, `run${run++}`);
				writeReports(path.join(dir, 'reports'), written);
				const open = (cacheDir: string | undefined) =>
					openCorpus([path.join(dir, 'reports')], {
						cacheDir,
						figuresOf: async () => extractFigures,
					});
				const indexed = await open(path.join(dir, 'cache'));
				const inMemory = await open(undefined);
				await inMemory.prepareSearch();
				try {
					for (const typed of typedQueries) {
						const options = kind ? {limit, kind} : {limit};
						expect(shown(indexed.search(typed, options)), typed).toEqual(
							shown(inMemory.search(typed, options)),
						);
						const counted = indexed.searchCounted(typed, options);
						const expected = inMemory.searchCounted(typed, options);
						expect(counted.counts, typed).toEqual(expected.counts);
						expect(shown(counted.hits), typed).toEqual(shown(expected.hits));
					}
				} finally {
					indexed.close();
				}
			},
		),
		{numRuns},
	);
}

let run = 0;

test('the indexed search finds what the in-memory search finds, ranked the same', async () => {
	await answersAsInMemory(
		fc.array(report, {minLength: 1, maxLength: 3}),
		fc.array(query, {minLength: 1, maxLength: 4}),
		fc.constantFrom(0, 1, 2, 3, 50),
		60,
	);
});

test('terms and lone chars held many times are ranked the same through the occurrence tokens', async () => {
	const repeats = fc.record({
		title: fc.constantFrom('', '劳模', '劳模劳模', '哈哈'),
		paragraphs: fc.array(paragraph, {minLength: 1, maxLength: 6}),
	});
	await answersAsInMemory(
		fc.array(fc.array(repeats, {minLength: 1, maxLength: 3}), {minLength: 1, maxLength: 3}),
		fc.array(fc.constantFrom('劳模', '模劳', '哈哈', '劳模劳', '劳模 哈', '劳', '哈', '模'), {
			minLength: 1,
			maxLength: 3,
		}),
		fc.constantFrom(1, 2, 3, 5),
		40,
	);
});

test('typo candidates join the strict hits: capped, they may all be shorter items', async () => {
	// Read three candidates of each kind: the typo candidates of 劳动模范 (its head 劳动 or its
	// tail 模范), shortest first, are then the two typos and 模范作用好, not the exact one.
	const dir = path.join(work, 'capped');
	writeReports(path.join(dir, 'reports'), [
		[
			{
				title: '一节',
				paragraphs: [
					'全市评选表彰劳动模范一百二十八名，先进集体四十个。',
					'劳动模式',
					'模范作用好',
					'劳动摸范',
				],
			},
		],
	]);
	const open = (cacheDir: string | undefined) =>
		openCorpus([path.join(dir, 'reports')], {cacheDir, figuresOf: async () => extractFigures});
	const indexed = await open(path.join(dir, 'cache'));
	const inMemory = await open(undefined);
	await inMemory.prepareSearch();
	const db = openForSearch(indexed.indexFile!)!;
	try {
		const capped = indexedSearch(db, indexed.indexed, {maxCandidates: 3});
		const options = {kind: 'paragraph' as const};
		const expected = shown(inMemory.search('劳动模范', options));
		expect(expected.map((hit) => hit.text)).toEqual([
			'全市评选表彰劳动模范一百二十八名，先进集体四十个。',
			'劳动模式',
			'劳动摸范',
		]);
		expect(shown(capped.search('劳动模范', options))).toEqual(expected);
		const counted = capped.searchCounted('劳动模范', options);
		expect(shown(counted.hits)).toEqual(expected);
		expect(counted.counts).toEqual(inMemory.searchCounted('劳动模范', options).counts);
	} finally {
		db.close();
		indexed.close();
	}
});

test('a pinyin term read as its Chinese strings is counted and ranked past the candidate cap', async () => {
	// Six paragraphs hold 劳动模范 (one as 勞動模範), more than the three candidates of each kind
	// read for other pinyin queries: every one is counted, and the one holding it twice is first.
	const dir = path.join(work, 'pinyin-past-cap');
	writeReports(path.join(dir, 'reports'), [
		[
			{
				title: '劳动模范',
				paragraphs: [
					'表彰劳动模范。',
					'劳动模范和先进工作者一百名。',
					'勞動模範',
					'劳动模范劳动模范，在各条战线。',
				],
			},
		],
		[{title: '二节', paragraphs: ['全市劳动模范。', '老党员和劳动模范代表座谈。', '劳动']}],
	]);
	const open = (cacheDir: string | undefined) =>
		openCorpus([path.join(dir, 'reports')], {cacheDir, figuresOf: async () => extractFigures});
	const indexed = await open(path.join(dir, 'cache'));
	const inMemory = await open(undefined);
	await inMemory.prepareSearch();
	const db = openForSearch(indexed.indexFile!)!;
	try {
		const capped = indexedSearch(db, indexed.indexed, {maxCandidates: 3});
		for (const query of ['laodongmofan', 'ldmf', 'laodongmo']) {
			const expected = inMemory.searchCounted(query, {kind: 'paragraph'});
			expect(expected.counts.paragraph, query).toBe(6);
			expect(expected.hits[0]?.item.text, query).toBe('劳动模范劳动模范，在各条战线。');
			const counted = capped.searchCounted(query, {kind: 'paragraph'});
			expect(counted.counts, query).toEqual(expected.counts);
			expect(shown(counted.hits), query).toEqual(shown(expected.hits));
			expect(shown(capped.search(query, {})), query).toEqual(shown(inMemory.search(query, {})));
		}
	} finally {
		db.close();
		indexed.close();
	}
});

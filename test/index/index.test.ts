import {execFileSync} from 'node:child_process';
import {
	chmodSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import {DatabaseSync} from 'node:sqlite';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import type {CommandContext} from '../../source/commands/context.js';
import {runSearch} from '../../source/commands/search.js';
import {extractFigures} from '../../source/figures/extract.js';
import {type Corpus, openCorpus} from '../../source/services/index/corpus.js';
import {openForSearch} from '../../source/services/index/database.js';
import {indexedSearch} from '../../source/services/index/search.js';
import type {SearchOptions} from '../../source/search/types.js';
import {reportFileHead} from '../helpers/reports.js';

let work: string;
let reports: string;
let cache: string;

beforeEach(() => {
	work = mkdtempSync(path.join(os.tmpdir(), 'baogao-index-'));
	reports = path.join(work, 'reports');
	cache = path.join(work, 'cache');
	mkdirSync(reports);
});
afterEach(() => rmSync(work, {recursive: true, force: true}));

function writeReport(name: string, id: string, text: string): void {
	writeFileSync(path.join(reports, name), `${reportFileHead(id)}## 一节\n\n${text}\n`);
}

async function open(cacheDir: string | undefined = cache): Promise<Corpus> {
	return openCorpus([reports], {cacheDir, figuresOf: async () => extractFigures});
}

async function answer(
	query: string,
	cacheDir?: string,
): Promise<{ids: string[]; indexed: number; texts: string[]}> {
	const corpus = await open(cacheDir);
	try {
		const hits = corpus.search(query, {kind: 'paragraph'});
		return {
			ids: corpus.reports.map((report) => report.meta.id),
			indexed: corpus.indexedFiles,
			texts: hits.map((hit) => `${hit.item.report}:${hit.item.text}`),
		};
	} finally {
		corpus.close();
	}
}

describe('incremental', () => {
	test('a second start reads no file; adding, changing, deleting and renaming read only those', async () => {
		writeReport('a.md', 'a', '全市评选劳动模范128名。');
		writeReport('b.md', 'b', '建成职工书屋56家。');
		expect(await answer('劳模')).toMatchObject({ids: ['a', 'b'], indexed: 2, texts: []});
		expect((await answer('ldmf')).indexed).toBe(0);
		expect((await answer('ldmf')).texts).toEqual(['a:全市评选劳动模范128名。']);

		writeReport('c.md', 'c', '劳模工匠宣讲团走进校园。');
		expect(await answer('劳模')).toEqual({
			ids: ['a', 'b', 'c'],
			indexed: 1,
			texts: ['c:劳模工匠宣讲团走进校园。'],
		});

		writeReport('b.md', 'b', '劳模创新工作室20家。');
		const changed = await answer('劳模');
		expect(changed.indexed).toBe(1);
		expect(changed.texts).toEqual(['b:劳模创新工作室20家。', 'c:劳模工匠宣讲团走进校园。']);
		expect((await answer('职工书屋')).texts).toEqual([]);

		rmSync(path.join(reports, 'c.md'));
		expect(await answer('劳模')).toEqual({
			ids: ['a', 'b'],
			indexed: 0,
			texts: ['b:劳模创新工作室20家。'],
		});

		renameSync(path.join(reports, 'b.md'), path.join(reports, 'z.md'));
		const moved = await open();
		expect(moved.reports.map((report) => [report.meta.id, path.basename(report.file!)])).toEqual([
			['a', 'a.md'],
			['b', 'z.md'],
		]);
		// Moved with the same bytes: re-stated, not parsed into the index again.
		expect(moved.indexedFiles).toBe(0);
		expect(moved.search('劳模', {kind: 'paragraph'}).map((hit) => hit.item.report)).toEqual(['b']);
		moved.close();
	});

	test('a touched file with the same bytes keeps its rows; the library comes from rows', async () => {
		writeReport('a.md', 'a', '全市评选劳动模范128名。');
		(await open()).close();
		const later = new Date(Date.now() + 5000);
		const {utimesSync} = await import('node:fs');
		utimesSync(path.join(reports, 'a.md'), later, later);
		const corpus = await open();
		expect(corpus.indexedFiles).toBe(0);
		// 一节 2 and the paragraph 13, as the row holds them: the file is not read for them.
		expect(corpus.reports[0]!.counts).toEqual({chars: 15, sections: 1});
		expect((await corpus.figureCounts()).get(corpus.reports[0]!)).toBeGreaterThan(0);
		expect(corpus.search('128', {}).map((hit) => hit.item.kind)).toContain('figure');
		corpus.close();
	});

	test('a broken file is one problem, on every start, and the rest still load', async () => {
		writeReport('a.md', 'a', '劳模。');
		writeFileSync(path.join(reports, 'bad.md'), '---\nid: Bad Id\n---\n');
		for (let run = 0; run < 2; run++) {
			const corpus = await open();
			expect(corpus.reports.map((report) => report.meta.id)).toEqual(['a']);
			expect(corpus.problems.map((problem) => path.basename(problem.file))).toEqual(['bad.md']);
			corpus.close();
		}
	});

	test('the same answers as without any cache', async () => {
		writeReport('a.md', 'a', '全市评选劳动模范128名，命名劳模创新工作室20家。');
		writeReport('b.md', 'b', '建成職工書屋56家，勞模工匠宣講團走進校園。');
		for (const query of [
			'劳模',
			'laomo',
			'lao',
			'zgsw',
			'职工书房',
			'laodongmofna',
			'56',
			'勞模 校园',
		]) {
			const withCache = await answer(query);
			expect(withCache.texts, query).toEqual((await answer(query, undefined)).texts);
			expect(withCache.texts.length, query).toBeGreaterThan(0);
		}
	});
});

describe('a start with nothing changed', () => {
	test('takes no write lock: it answers from the index while another process writes', async () => {
		writeReport('a.md', 'a', '全市评选劳动模范128名。');
		(await open()).close();
		const writer = new DatabaseSync(path.join(cache, 'index.sqlite'));
		writer.exec('BEGIN IMMEDIATE');
		try {
			const corpus = await open();
			expect(corpus.indexFile).toBe(path.join(cache, 'index.sqlite'));
			expect(corpus.indexedFiles).toBe(0);
			expect(corpus.search('劳动模范', {kind: 'paragraph'}).map((hit) => hit.item.text)).toEqual([
				'全市评选劳动模范128名。',
			]);
			corpus.close();
		} finally {
			writer.exec('ROLLBACK');
			writer.close();
		}
	});

	test('sees a file that can no longer be looked at, in any of the directories', async () => {
		const more = path.join(work, 'more');
		mkdirSync(more);
		writeReport('a.md', 'a', '劳模一。');
		writeFileSync(path.join(more, 'b.md'), `${reportFileHead('b')}## 一节\n\n劳模二。\n`);
		const both = async () =>
			openCorpus([reports, more, reports], {
				cacheDir: cache,
				figuresOf: async () => extractFigures,
			});
		const first = await both();
		expect(first.reports.map((report) => report.meta.id)).toEqual(['a', 'b']);
		// The directory given twice lists its file twice: the second is the same id, a problem.
		expect(first.problems).toHaveLength(1);
		first.close();
		rmSync(path.join(more, 'b.md'));
		symlinkSync(path.join(more, 'nowhere.md'), path.join(more, 'b.md'));
		const later = await both();
		expect(later.reports.map((report) => report.meta.id)).toEqual(['a']);
		expect(later.problems.map((problem) => path.basename(problem.file))).toEqual(['b.md', 'a.md']);
		expect(later.search('劳模', {}).map((hit) => hit.item.report)).toEqual(['a']);
		later.close();
	});
});

describe('whatever is found where the database should be is rebuilt', () => {
	const database = () => path.join(cache, 'index.sqlite');

	async function rightAfter(spoil: () => void): Promise<void> {
		writeReport('a.md', 'a', '全市评选劳动模范128名。');
		(await open()).close();
		spoil();
		expect((await answer('ldmf')).texts).toEqual(['a:全市评选劳动模范128名。']);
		// And the next start uses the rebuilt file.
		expect((await answer('ldmf')).indexed).toBe(0);
	}

	test('a damaged file', async () => {
		await rightAfter(() => {
			rmSync(`${database()}-wal`, {force: true});
			rmSync(`${database()}-shm`, {force: true});
			const bytes = Buffer.alloc(8192, 0x5a);
			bytes.write('SQLite format 3\u0000', 0, 'latin1');
			writeFileSync(database(), bytes);
		});
	});

	test('a foreign file', async () => {
		await rightAfter(() => writeFileSync(database(), 'not a database at all'));
	});

	test('a FIFO, for the database or its log, never blocks', async () => {
		await rightAfter(() => {
			rmSync(database());
			execFileSync('mkfifo', [database()]);
		});
		await rightAfter(() => {
			rmSync(`${database()}-wal`, {force: true});
			execFileSync('mkfifo', [`${database()}-wal`]);
		});
	});

	test('a directory', async () => {
		await rightAfter(() => {
			rmSync(database());
			mkdirSync(database());
		});
	});

	test('a read-only or unreadable file', async () => {
		await rightAfter(() => chmodSync(database(), 0o444));
		await rightAfter(() => chmodSync(database(), 0o000));
	});

	test('a cache directory that cannot be made costs only speed', async () => {
		writeReport('a.md', 'a', '全市评选劳动模范128名。');
		writeFileSync(path.join(work, 'blocked'), 'a file where the directory should be');
		const blocked = path.join(work, 'blocked', 'cache');
		expect((await answer('ldmf', blocked)).texts).toEqual(['a:全市评选劳动模范128名。']);
	});

	test('only the database and its own log files are left in the cache directory', async () => {
		writeReport('a.md', 'a', '劳模。');
		(await open()).close();
		const left = readdirSync(cache).filter((name) => !/^index\.sqlite(-wal|-shm)?$/.test(name));
		expect(left).toEqual([]);
	});
});

describe('a second connection while the first is open', () => {
	// While a connection is open its -wal and -shm files are there and not empty, with headers
	// of their own: they must not make the index look foreign.
	test("the app's search thread opens the index the app holds, and searches it", async () => {
		writeReport('a.md', 'a', '全市评选劳动模范128名。');
		const corpus = await open();
		try {
			const file = corpus.indexFile!;
			expect(statSync(`${file}-shm`).size).toBeGreaterThan(0);
			const db = openForSearch(file);
			expect(db).toBeDefined();
			const found = indexedSearch(db!, corpus.indexed).searchCounted('ldmf', {kind: 'paragraph'});
			expect(found.hits.map((hit) => hit.item.text)).toEqual(['全市评选劳动模范128名。']);
			db!.close();
		} finally {
			corpus.close();
		}
	});

	test('another window starting meanwhile uses the index as it is, reading no file', async () => {
		writeReport('a.md', 'a', '全市评选劳动模范128名。');
		const first = await open();
		try {
			const second = await answer('ldmf');
			expect(second).toMatchObject({indexed: 0, texts: ['a:全市评选劳动模范128名。']});
		} finally {
			first.close();
		}
	});
});

describe('a report file that goes away after start-up', () => {
	test('its text says so in the language the corpus was opened in', async () => {
		writeReport('a.md', 'a', '全市评选劳动模范128名。');
		(await open()).close();
		for (const [lang, said] of [
			['zh', /^（.*a\.md：不存在（或是失效的链接））$/],
			['en', /^\(.*a\.md: does not exist \(or is a broken link\)\)$/],
		] as const) {
			const corpus = await openCorpus([reports], {
				cacheDir: cache,
				figuresOf: async () => extractFigures,
				lang,
			});
			try {
				rmSync(path.join(reports, 'a.md'));
				const [report] = corpus.reports;
				expect(report?.sections[0]?.blocks[0]?.text).toMatch(said);
			} finally {
				corpus.close();
			}
			writeReport('a.md', 'a', '全市评选劳动模范128名。');
		}
	});
});

describe('reports found by id', () => {
	/** The corpus, except that making its library fails the test. */
	function withoutLibrary(corpus: Corpus): Corpus {
		return new Proxy(corpus, {
			get(target, key, receiver) {
				if (key === 'reports') throw new Error('the library was made');
				return Reflect.get(target, key, receiver) as unknown;
			},
		});
	}

	test("search's text output and --report by id name their reports from the rows", async () => {
		writeFileSync(
			path.join(reports, 'a.md'),
			`${reportFileHead('a', '甲市').replace('level:', 'region_en: Jia\nlevel:')}## 一节\n\n劳模一。\n`,
		);
		writeReport('b.md', 'b-2', '劳模二。');
		(await open()).close();
		const corpus = await open();
		try {
			let out = '';
			const ctx: CommandContext = {
				corpus: withoutLibrary(corpus),
				lang: 'en',
				color: false,
				stdout: {write: (text) => void (out += text), isTTY: false, columns: 80},
				stderr: {write: () => undefined, isTTY: false, columns: 80},
			};
			const search = (query: string, options: SearchOptions) => corpus.search(query, options);
			expect(runSearch(ctx, '劳模', {json: false}, search)).toBe(0);
			expect(out).toContain('Jia 甲市');
			// By id as typed or in another case.
			for (const [report, id] of [
				['a', 'a'],
				['A', 'a'],
				[' B-2 ', 'b-2'],
			] as const) {
				out = '';
				expect(runSearch(ctx, '劳模', {json: true, report}, search)).toBe(0);
				const hits = JSON.parse(out) as Array<{report: string}>;
				expect(hits.map((hit) => hit.report)).toEqual([id]);
			}
			const found = corpus.reportById('a');
			expect(found?.meta.region).toEqual({zh: '甲市', en: 'Jia'});
			expect(corpus.reportById('nowhere')).toBeUndefined();
			// The report made alone is the library's when the library is made later.
			expect(corpus.reports[0]).toBe(found);
			expect(corpus.firstReportWhere((id) => id.startsWith('b'))).toBe(corpus.reports[1]);
		} finally {
			corpus.close();
		}
	});
});

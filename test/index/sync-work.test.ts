// How much of the file system a sync touches: the stats, reads and parses of report files are
// counted (node:fs and the report parser are wrapped), so a start that does a file's work twice,
// or parses bytes it already holds, fails here rather than only in the bench.
import path from 'node:path';
import {afterEach, beforeEach, expect, test, vi} from 'vitest';

/** The report files (*.md) statted, read and parsed since the last reset. */
const touched = vi.hoisted(() => ({stats: [] as string[], reads: [] as string[], parses: 0}));

vi.mock('node:fs', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs')>();
	const note = (list: string[], file: unknown) => {
		if (String(file).endsWith('.md')) list.push(path.basename(String(file)));
	};
	const statSync = ((file: string, options?: object) => {
		note(touched.stats, file);
		return fs.statSync(file, options);
	}) as typeof fs.statSync;
	const readFileSync = ((file: string, options?: object) => {
		note(touched.reads, file);
		return fs.readFileSync(file, options);
	}) as typeof fs.readFileSync;
	return {...fs, default: {...fs, statSync, readFileSync}, statSync, readFileSync};
});

vi.mock('../../source/corpus/format.js', async (importOriginal) => {
	const format = await importOriginal<typeof import('../../source/corpus/format.js')>();
	const parseReport: typeof format.parseReport = (text, file) => {
		touched.parses++;
		return format.parseReport(text, file);
	};
	return {...format, parseReport};
});

const {linkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} = await import('node:fs');
const os = await import('node:os');
const {extractFigures} = await import('../../source/figures/extract.js');
const {openIndexDatabase} = await import('../../source/services/index/database.js');
const {syncIndex} = await import('../../source/services/index/sync.js');
const {reportFileHead} = await import('../helpers/reports.js');

let work: string;
let reports: string;

beforeEach(() => {
	work = mkdtempSync(path.join(os.tmpdir(), 'baogao-sync-work-'));
	reports = path.join(work, 'reports');
	mkdirSync(reports);
	for (const id of ['a', 'b', 'c']) {
		writeFileSync(path.join(reports, `${id}.md`), `${reportFileHead(id)}## 一节\n\n劳模${id}。\n`);
	}
});
afterEach(() => rmSync(work, {recursive: true, force: true}));

/** Syncs the reports folder into the index in `work`, counting what it touched. */
async function sync() {
	const {db} = openIndexDatabase(path.join(work, 'cache'));
	touched.stats = [];
	touched.reads = [];
	touched.parses = 0;
	try {
		const result = await syncIndex(db, [reports], {figuresOf: async () => extractFigures});
		return {
			files: result.files.map((row) => path.basename(row.path)),
			indexed: result.indexed,
			stats: touched.stats.toSorted(),
			reads: touched.reads.toSorted(),
			parses: touched.parses,
		};
	} finally {
		db.close();
	}
}

test('a deleted file: every file is statted once, and none read', async () => {
	expect(await sync()).toMatchObject({indexed: 3, parses: 3});
	rmSync(path.join(reports, 'b.md'));
	expect(await sync()).toEqual({
		files: ['a.md', 'c.md'],
		indexed: 0,
		stats: ['a.md', 'c.md'],
		reads: [],
		parses: 0,
	});
});

test('a changed file: the others are statted once, it is statted again as it is read', async () => {
	await sync();
	writeFileSync(path.join(reports, 'a.md'), `${reportFileHead('a')}## 一节\n\n工匠。\n`);
	expect(await sync()).toEqual({
		files: ['a.md', 'b.md', 'c.md'],
		indexed: 1,
		stats: ['a.md', 'a.md', 'b.md', 'c.md'],
		reads: ['a.md'],
		parses: 1,
	});
});

test('only the ctime changed (a hard link made): read and hashed, not parsed, then left alone', async () => {
	await sync();
	// A new link to the same inode changes its ctime, not its size, mtime or bytes.
	for (const id of ['a', 'b']) {
		linkSync(path.join(reports, `${id}.md`), path.join(work, `${id}-link`));
	}
	expect(await sync()).toMatchObject({indexed: 0, reads: ['a.md', 'b.md'], parses: 0});
	// The rows took the new stats: the next start reads nothing.
	expect(await sync()).toMatchObject({indexed: 0, reads: [], parses: 0});
});

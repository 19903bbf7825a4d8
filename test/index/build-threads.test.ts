// A build on build threads (the built dist/build-worker.js) writes the same index as one on the
// calling thread, and the calling thread parses none of the files itself.
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterEach, beforeEach, expect, test, vi} from 'vitest';

/** Reports parsed on this thread (the build threads run the built code, not counted). */
const parsedHere = vi.hoisted(() => ({count: 0}));

vi.mock('../../source/corpus/format.js', async (importOriginal) => {
	const format = await importOriginal<typeof import('../../source/corpus/format.js')>();
	const parseReport: typeof format.parseReport = (text, file) => {
		parsedHere.count++;
		return format.parseReport(text, file);
	};
	return {...format, parseReport};
});

const {mkdirSync, mkdtempSync, rmSync, writeFileSync} = await import('node:fs');
const os = await import('node:os');
const {extractFigures} = await import('../../source/figures/extract.js');
const {openIndexDatabase} = await import('../../source/services/index/database.js');
const {syncIndex} = await import('../../source/services/index/sync.js');
const {reportFileHead} = await import('../helpers/reports.js');
const {ensureBuilt, root} = await import('../hostile/cli.js');

const buildWorker = pathToFileURL(path.join(root, 'dist', 'build-worker.js'));
const sentences = ['全市评选劳动模范128名。', '建成职工书屋56家。', '勞模工匠宣講團走進校園。'];
let work: string;
let reports: string;

beforeEach(() => {
	ensureBuilt();
	work = mkdtempSync(path.join(os.tmpdir(), 'baogao-build-threads-'));
	reports = path.join(work, 'reports');
	mkdirSync(reports);
	// Enough files for the threads to be used (below 50 they are not worth starting).
	for (let n = 0; n < 70; n++) {
		const text = Array.from({length: 1 + (n % 5)}, (_, at) => sentences[(n + at) % 3]).join('');
		writeFileSync(
			path.join(reports, `r${String(n).padStart(2, '0')}.md`),
			`${reportFileHead(`r${n}`)}## 第${n}节\n\n${text}\n\n## 二节\n\n增长${n}.5%。\n`,
		);
	}
	writeFileSync(path.join(reports, 'broken.md'), '---\nid: Bad Id\n---\n');
});
afterEach(() => rmSync(work, {recursive: true, force: true}));

/** Every table's rows, as a build writes them, and the files parsed on this thread. */
async function build(name: string, threads: boolean) {
	const {db} = openIndexDatabase(path.join(work, name));
	parsedHere.count = 0;
	try {
		const result = await syncIndex(db, [reports], {
			figuresOf: async () => extractFigures,
			...(threads ? {buildWorker} : {}),
		});
		const rows = (sql: string) => db.prepare(sql).all();
		return {
			indexed: result.indexed,
			parsedHere: parsedHere.count,
			files: rows('SELECT id, path, hash, library, report_id, region, problem FROM files'),
			items: rows('SELECT * FROM items ORDER BY id'),
			figures: rows('SELECT * FROM figures ORDER BY item'),
			pairs: rows('SELECT * FROM pinyin_pairs'),
			found: rows(
				'SELECT rowid FROM items_fts WHERE items_fts MATCH \'劳模 OR 书屋 OR "56"\' ORDER BY rowid',
			),
		};
	} finally {
		db.close();
	}
}

test('the same rows from build threads as from this thread, none parsed here', async () => {
	const here = await build('here', false);
	const threads = await build('threads', true);
	expect(here).toMatchObject({indexed: 71, parsedHere: 71});
	expect(threads.parsedHere).toBe(0);
	expect(here.found.length).toBeGreaterThan(0);
	expect({...threads, parsedHere: 0}).toEqual({...here, parsedHere: 0});
});

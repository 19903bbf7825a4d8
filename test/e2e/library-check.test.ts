// The app draws its first frame from the index's rows as the last run left them, then checks
// the files: a library changed between runs must show within a moment, and a report whose
// file went away must open without a crash.
import {mkdtempSync, rmSync, unlinkSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {reportFileHead} from '../helpers/reports.js';
import {textWidth} from '../../source/text/width.js';
import {ensureBuilt, key, launch, removeStateDirs, type Session} from './terminal.js';

beforeAll(ensureBuilt, 60_000);

let session: Session | undefined;
const dirs: string[] = [];
afterEach(() => {
	session?.close();
	session = undefined;
});
afterAll(() => {
	removeStateDirs();
	for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
});

function tempDir(label: string): string {
	const dir = mkdtempSync(path.join(os.tmpdir(), `baogao-check-${label}-`));
	dirs.push(dir);
	return dir;
}

function writeReport(dir: string, id: string, region: string): void {
	writeFileSync(
		path.join(dir, `${id}.md`),
		`${reportFileHead(id, region)}## 一、总结\n\n${region}工会五年来服务职工。\n`,
	);
}

/** The app on `dir` (and the bundled five) with its own index, until the library shows. */
async function open(dir: string, cache: string): Promise<Session> {
	session = await launch({
		columns: 80,
		rows: 24,
		args: ['--reports', dir],
		env: {BAOGAO_CACHE_DIR: cache},
		timeout: 15_000,
	});
	await session.waitFor('q quit');
	return session;
}

describe('a library changed since the last run', () => {
	it('shows the files as they are now, soon after a first frame from the rows', async () => {
		const dir = tempDir('reports');
		const cache = tempDir('cache');
		writeReport(dir, 'kept', '留存市');
		writeReport(dir, 'removed', '删除市');
		let app = await open(dir, cache);
		expect(app.screen()).toContain('删除市');
		app.type('q');
		await app.exited;

		unlinkSync(path.join(dir, 'removed.md'));
		writeReport(dir, 'added', '新增市');
		app = await open(dir, cache);
		await app.waitFor((screen) => screen.includes('新增市') && !screen.includes('删除市'));
		expect(app.lines()[0]).toContain('7 reports');
		expect(app.screen()).toContain('留存市');
		for (const line of app.lines()) expect(textWidth(line)).toBeLessThanOrEqual(80);
	});

	it('opens a report whose file went away, saying so instead of its text', async () => {
		const dir = tempDir('reports');
		const cache = tempDir('cache');
		writeReport(dir, 'bbb-gone', '消失市');
		let app = await open(dir, cache);
		app.type('q');
		await app.exited;

		// A report added between the runs: once it shows, the check is done.
		writeReport(dir, 'aaa-added', '新增市');
		app = await open(dir, cache);
		await app.waitFor('新增市');
		// Gone while the app runs, after the check: the library still lists it.
		unlinkSync(path.join(dir, 'bbb-gone.md'));
		// The last row (the bundled reports come first, then the folder's, by name).
		app.type('G');
		await app.waitFor('› 消失市');
		app.type(key.enter);
		await app.waitFor('does not exist');
		expect(app.screen()).toContain('消失市');
		app.type(key.escape);
		await app.waitFor('q quit');
	});
});

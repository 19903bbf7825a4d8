// A first build of a large library in a real pseudo-terminal: the app shows its progress in
// its own screen, and Ctrl-C during it ends the app with the terminal given back and the index
// as it was, so the next start builds it and lists every report.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {writeSyntheticCorpus} from '../../scripts/bench/corpus.mjs';
import {cli, ensureBuilt, key, launch, pause, root, type Session} from './terminal.js';

const made: string[] = [];
const tempDir = (label: string) => {
	const dir = mkdtempSync(path.join(os.tmpdir(), `baogao-${label}-`));
	made.push(dir);
	return dir;
};
let small: string;
let large: string;

beforeAll(() => {
	ensureBuilt();
	small = writeSyntheticCorpus(path.join(root, 'reports'), tempDir('indexing-60'), 60);
	large = writeSyntheticCorpus(path.join(root, 'reports'), tempDir('indexing-400'), 400);
}, 120_000);
afterAll(() => {
	for (const dir of made) rmSync(dir, {recursive: true, force: true});
});

let session: Session | undefined;
afterEach(() => {
	session?.close();
	session = undefined;
});

/** Resolves once the app has written `text` (progress frames come too fast to wait for quiet). */
async function written(app: Session, text: string, timeout = 60_000): Promise<void> {
	const deadline = Date.now() + timeout;
	while (!app.output().includes(text)) {
		if (Date.now() > deadline) throw new Error(`never wrote ${text}; wrote:\n${app.output()}`);
		await pause(10);
	}
}

describe.each([
	[80, 24, 'en', 'Indexing the reports', /of 65 reports/, 'Region'],
	[100, 30, 'zh', '正在建立索引', /\/ 65 份报告/, '地区'],
] as const)('at %i×%i (%s)', (columns, rows, lang, title, count, libraryHeading) => {
	it('shows the progress of the first build, then the library', async () => {
		const cache = tempDir('indexing-cache');
		session = await launch({
			columns,
			rows,
			args: ['--reports', small],
			env: {BAOGAO_CACHE_DIR: cache, LANG: lang === 'zh' ? 'zh_CN.UTF-8' : 'en_US.UTF-8'},
			timeout: 60_000,
		});
		await written(session, title);
		await session.waitFor(libraryHeading);
		// What was drawn in the app's screen while the build ran: the title, the count, a bar.
		const output = session.output();
		expect(output).toMatch(count);
		expect(output).toContain('█');
		expect(session.buffer()).toBe('alternate');
		// Built once: the next start goes straight to the library.
		session.type('q');
		await session.exited;
		session.close();
		session = await launch({
			columns,
			rows,
			args: ['--reports', small],
			env: {BAOGAO_CACHE_DIR: cache, LANG: lang === 'zh' ? 'zh_CN.UTF-8' : 'en_US.UTF-8'},
		});
		await session.waitFor(libraryHeading);
		expect(session.output()).not.toContain(title);
	});
});

it('Ctrl-C during the first build gives the terminal back, and the next start is right', async () => {
	const cache = tempDir('indexing-cache');
	session = await launch({
		args: ['--reports', large],
		env: {BAOGAO_CACHE_DIR: cache},
		timeout: 60_000,
	});
	await written(session, 'Indexing the reports');
	session.type(key.ctrlC);
	const exit = await session.exited;
	expect(exit.exitCode !== 0 || exit.signal !== undefined).toBe(true);
	expect(session.buffer()).toBe('normal');
	expect(session.cursorShown()).toBe(true);
	session.close();
	session = undefined;
	const listed = spawnSync(process.execPath, [cli, 'list', '--json', '--reports', large], {
		env: {...process.env, BAOGAO_CACHE_DIR: cache, LANG: 'en_US.UTF-8'},
		encoding: 'utf8',
	});
	expect(listed.status).toBe(0);
	expect((JSON.parse(listed.stdout) as unknown[]).length).toBe(405);
}, 120_000);

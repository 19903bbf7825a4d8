// The app in a real pseudo-terminal under rough handling: a 1×1 and a 20×5 terminal, a storm of
// resizes, the terminal going away (stdin closed, SIGHUP as from a dropped SSH connection),
// SIGTERM, an evil report on screen, and a state directory it cannot write. It exits cleanly,
// gives the terminal back when there still is one, and keeps reading positions.
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {DatabaseSync} from 'node:sqlite';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {textWidth} from '../../source/text/width.js';
import {
	key,
	type LaunchOptions,
	launch,
	pause,
	removeStateDirs,
	type Session,
} from '../e2e/terminal.js';
import {reportFileHead} from '../helpers/reports.js';
import {ensureBuilt, fixtures} from './cli.js';

beforeAll(ensureBuilt, 60_000);
afterAll(removeStateDirs);

let session: Session | undefined;
afterEach(() => {
	session?.close();
	session = undefined;
});

/** Without the cache, and with more time to wait for a screen than the e2e tests give. */
const start = async (options: LaunchOptions = {}) => {
	session = await launch({
		timeout: 10_000,
		...options,
		env: {BAOGAO_CACHE: 'off', ...options.env},
	});
	return session;
};

/** The screen is drawn and fits: no line wider than the terminal. */
const fits = (app: Session, columns: number) => () =>
	app.lines().every((line) => textWidth(line) <= columns);

/** The positions a run saved in its state database, by report. */
const savedPositions = (dir: string): Record<string, {section: number}> => {
	const db = new DatabaseSync(path.join(dir, 'state.db'), {readOnly: true});
	try {
		const rows = db.prepare('SELECT report, section FROM positions').all();
		return Object.fromEntries(
			rows.map((row) => [String(row.report), {section: Number(row.section)}]),
		);
	} finally {
		db.close();
	}
};

/** Opens leshan (third in the library) and moves two sections on. */
async function readLeshan(app: Session): Promise<void> {
	await app.waitFor('Region');
	app.type(key.down, key.down, key.enter);
	await app.waitFor('Leshan 乐山市');
	app.type(']', ']');
	await app.waitFor(() => app.lines()[1]!.includes('1. 强化思想引领'));
}

async function waitForFile(file: string, timeout = 15_000): Promise<void> {
	const deadline = Date.now() + timeout;
	while (!existsSync(file)) {
		if (Date.now() > deadline) throw new Error(`${file} did not appear`);
		await pause(50);
	}
}

describe('tiny terminals', () => {
	test('1×1: draws what fits, quits on q with the terminal given back', async () => {
		const app = await start({columns: 1, rows: 1});
		await app.settle(300);
		expect(fits(app, 1)()).toBe(true);
		app.type('q');
		const exit = await app.exited;
		expect(exit.exitCode).toBe(0);
		expect(app.buffer()).toBe('normal');
		expect(app.cursorShown()).toBe(true);
		expect(app.output()).not.toMatch(/Error| {4}at /);
	});

	test('20×5: says it is too small, keeps taking keys, quits cleanly', async () => {
		const app = await start({columns: 20, rows: 5});
		await app.waitFor(/small|小/);
		expect(fits(app, 20)()).toBe(true);
		app.type(key.down, key.enter, '/', 'x', key.escape, key.escape);
		await app.settle();
		expect(fits(app, 20)()).toBe(true);
		app.type(key.ctrlC);
		expect((await app.exited).exitCode).toBe(0);
		expect(app.buffer()).toBe('normal');
		expect(app.cursorShown()).toBe(true);
	});
});

test('a hundred resizes in a burst, while reading: the app keeps up and keeps its place', async () => {
	const app = await start();
	await readLeshan(app);
	const sizes = [
		[1, 1],
		[300, 100],
		[20, 5],
		[2, 40],
		[120, 2],
		[81, 25],
	] as const;
	for (let index = 0; index < 100; index++) {
		const [columns, rows] = sizes[index % sizes.length]!;
		app.resize(columns, rows);
		if (index % 10 === 0) app.type(key.down);
	}
	app.resize(90, 30);
	await app.waitFor(() => fits(app, 90)() && app.lines()[29]!.includes('? keys'));
	expect(app.screen()).toContain('Leshan 乐山市');
	app.type('q', 'q');
	expect((await app.exited).exitCode).toBe(0);
	expect(app.buffer()).toBe('normal');
	expect(savedPositions(app.stateDir).leshan).toBeDefined();
});

describe('the terminal going away', () => {
	test('stdin closed mid-session: the app notices, saves the position and ends', async () => {
		// The app is not the session leader here, so closing the terminal sends it no signal:
		// all it sees is its input ending (and its output failing).
		const dir = mkdtempSync(path.join(os.tmpdir(), 'baogao-hostile-eof-'));
		const status = path.join(dir, 'status');
		try {
			const app = await start({
				stateDir: dir,
				shell: `trap '' HUP; eval "$BAOGAO"; echo $? > '${status}'`,
			});
			await readLeshan(app);
			app.hangUp();
			await waitForFile(status);
			await pause(100);
			expect(readFileSync(status, 'utf8').trim()).toMatch(/^(0|129|143)$/);
			expect(savedPositions(dir).leshan!.section).toBe(1);
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});

	test('SIGHUP from a dropped connection: position saved, process gone', async () => {
		const app = await start();
		await readLeshan(app);
		app.hangUp();
		const exit = await app.exited;
		expect(exit.signal === 1 || exit.exitCode === 129 || exit.exitCode === 0).toBe(true);
		expect(savedPositions(app.stateDir).leshan!.section).toBe(1);
	});

	test('SIGHUP with the terminal still there: screen given back, position saved', async () => {
		const app = await start();
		await readLeshan(app);
		app.signal('SIGHUP');
		await app.exited;
		expect(app.buffer()).toBe('normal');
		expect(app.cursorShown()).toBe(true);
		expect(savedPositions(app.stateDir).leshan!.section).toBe(1);
	});

	test('SIGTERM: screen given back, position saved, no stack trace', async () => {
		const app = await start();
		await readLeshan(app);
		app.signal('SIGTERM');
		const exit = await app.exited;
		expect(exit.signal === 15 || exit.exitCode === 143).toBe(true);
		expect(app.buffer()).toBe('normal');
		expect(app.cursorShown()).toBe(true);
		expect(app.output()).not.toMatch(/ {4}at /);
		expect(savedPositions(app.stateDir).leshan!.section).toBe(1);
	});
});

describe('state that cannot be saved', () => {
	test('a state directory that cannot be made: a warning, and the app keeps working', async () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'baogao-hostile-blocked-'));
		try {
			// A file where the directory should be: mkdir fails for everyone, root included.
			writeFileSync(path.join(dir, 'blocked'), 'not a directory');
			const app = await start({stateDir: path.join(dir, 'blocked', 'state')});
			await readLeshan(app);
			app.type(']');
			await app.waitFor(/not saving positions|无法保存/i);
			app.type(']');
			await app.waitFor(() => app.lines()[1]!.includes('3. '));
			app.type('q', 'q');
			expect((await app.exited).exitCode).toBe(0);
			expect(app.buffer()).toBe('normal');
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});
});

test('an evil report on screen: no title change, no clipboard write, no link, no bidi', async () => {
	const app = await start({args: ['--reports', path.join(fixtures, 'evil')]});
	await app.waitFor('Region');
	// Evil comes after the five bundled reports.
	app.type(key.down, key.down, key.down, key.down, key.down);
	await app.settle();
	expect(app.screen()).toContain('恶意');
	app.type(key.enter);
	await app.waitFor('? keys');
	for (let page = 0; page < 4; page++) app.type(key.pageDown);
	await app.settle();
	// `/` searches the report; Tab widens the search to all reports.
	app.type('/', '劳模');
	await app.waitFor(/hit \d+\/\d+|Find in/);
	app.type(key.tab);
	await app.waitFor('Search:');
	await app.waitFor(/\d+ results/);
	app.type(key.escape, 'c');
	await app.settle();
	app.type(key.escape, 'q', 'q', 'q');
	await app.exited;
	const output = app.output();
	expect(app.titles).toEqual([]);
	expect(output).not.toContain('\u001b]');
	expect(output).not.toContain('\u0007');
	expect(output).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
	expect(output).toContain('␛');
});

describe('huge reports in the reader', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(path.join(os.tmpdir(), 'baogao-hostile-huge-'));
		writeFileSync(
			path.join(dir, 'long-line.md'),
			`${reportFileHead('huge-line', '长行市')}${'职工书屋建设，'.repeat(50_000)}劳模。\n`,
		);
		const sections = Array.from({length: 100_000}, (_, i) => `## 第${i + 1}节\n\n第${i + 1}段。\n`);
		writeFileSync(
			path.join(dir, 'headings.md'),
			reportFileHead('huge-headings', '多节市') + sections.join('\n'),
		);
	});
	afterAll(() => rmSync(dir, {recursive: true, force: true}));

	// After the five bundled reports, in file-name order: headings.md, long-line.md.
	test.each([
		['100,000 sections', 5, '多节市'],
		['a 1 MB paragraph', 6, '长行市'],
	])(
		'%s: opens, scrolls to the end and back, quits',
		async (_name, downs, region) => {
			const app = await start({args: ['--reports', dir]});
			await app.waitFor('Region');
			for (let index = 0; index < downs; index++) app.type(key.down);
			app.type(key.enter);
			await app.waitFor((screen) => screen.includes('? keys') && screen.includes(region), 60_000);
			app.type(key.pageDown, key.pageDown, 'G');
			await app.settle(300);
			app.type('g');
			await app.settle(300);
			expect(fits(app, 80)()).toBe(true);
			app.type('q', 'q');
			expect((await app.exited).exitCode).toBe(0);
		},
		120_000,
	);
});

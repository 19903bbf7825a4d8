// The built CLI in a real pseudo-terminal: what a person at 80×24 (and larger) sees and does.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {DatabaseSync} from 'node:sqlite';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {textWidth} from '../../source/text/width.js';
import {cli, ensureBuilt, key, launch, type Session} from './terminal.js';

beforeAll(ensureBuilt, 60_000);

let session: Session | undefined;
afterEach(() => {
	session?.close();
	session = undefined;
});

const regions = ['宜宾市翠屏区', '济南市', '乐山市', '邵阳市', '四川省'];
// Leaving the alternate screen (DECRST 1049) and showing the cursor again.
const leaveAlternateScreen = '\u001B[?1049l';

async function start(columns: number, rows: number, options = {}) {
	session = await launch({columns, rows, ...options});
	await session.waitFor('Region');
	return session;
}

describe.each([
	[80, 24],
	[100, 30],
	[120, 40],
])('at %i×%i', (columns, rows) => {
	it('lists the five regions in the alternate screen, never overflowing', async () => {
		const app = await start(columns, rows);
		for (const region of regions) expect(app.screen()).toContain(region);
		expect(app.buffer()).toBe('alternate');
		// The frame uses the whole terminal: the hints are on the last row.
		expect(app.lines().at(-1)).toContain('q quit');
	});

	it('searches by pinyin and opens the reader on the hit', async () => {
		const app = await start(columns, rows);
		app.type('/');
		await app.waitFor('Search:');
		app.type('laomo');
		await app.waitFor(/\d+ results/);
		expect(app.screen()).toContain('劳模');
		await app.waitFor(() => app.lines().some((line) => line.startsWith(' › ')));
		const chosen = app.lines().find((line) => line.startsWith(' › '))!;
		const region = chosen.slice(3).split(' · ')[0]!;
		app.type(key.enter);
		await app.waitFor((screen) => !screen.includes('Search:') && screen.includes('? keys'));
		const status = app.lines().at(-1)!;
		expect(status).toContain(region);
		expect(app.screen()).toMatch(/劳模|勞模/);
	});

	it('compares chosen regions with bars, and shows the keys on ?', async () => {
		const app = await start(columns, rows);
		app.type('c');
		await app.waitFor('Compare: choose regions');
		app.type(key.space, key.space, key.space);
		await app.waitFor('3 chosen');
		app.type(key.enter);
		await app.waitFor((screen) => screen.includes('Union members') && screen.includes('s scale'));
		expect(app.screen()).toMatch(/█/);
		// Region names head their columns, wrapped rather than cut.
		expect(app.lines()[1]).toMatch(/Cuiping District,?\s.*济南市\s.*乐山市/);
		expect(app.lines().slice(1, 3).join('\n')).toContain('宜宾市翠屏区');
		app.type('?');
		await app.waitFor('Keys — Compare: table');
		expect(app.screen()).toContain('log / linear bars');
		app.type(key.escape);
		await app.waitFor('Union members');
	});

	it('quits on q with status 0 and gives the screen back', async () => {
		const app = await start(columns, rows);
		app.type('q');
		const exit = await app.exited;
		expect(exit.exitCode).toBe(0);
		expect(app.buffer()).toBe('normal');
		expect(app.output()).toContain(leaveAlternateScreen);
	});
});

describe('terminal handling', () => {
	it('shows a clear notice on a tiny terminal, and recovers on resize', async () => {
		session = await launch({columns: 40, rows: 10});
		await session.waitFor('Terminal too small');
		for (const line of session.lines()) expect(line.length).toBeLessThanOrEqual(40);
		session.resize(80, 24);
		await session.waitFor('Region');
		session.type('q');
		expect((await session.exited).exitCode).toBe(0);
	});

	it('survives a 1×1 terminal', async () => {
		session = await launch({columns: 1, rows: 1});
		await new Promise((resolve) => setTimeout(resolve, 800));
		session.resize(80, 24);
		await session.waitFor('Region');
		session.type(key.ctrlC);
		const exit = await session.exited;
		expect(exit.exitCode).toBe(0);
		expect(session.output()).not.toMatch(/Error| {4}at /);
	});

	it('re-lays out at once when resized in the middle of reading', async () => {
		const app = await start(100, 30);
		app.type(key.down, key.down, key.enter);
		await app.waitFor('? keys');
		app.type(']', ']');
		await app.waitFor(() => app.lines()[1]!.includes('1. 强化思想引领'));
		// Redrawn for the new size: the status line on the last row, no line wider than the
		// terminal, the place in the text kept.
		const relaidOut = (columns: number, rows: number) => () => {
			const lines = app.lines();
			return (
				lines.length === rows &&
				lines[rows - 1]!.includes('? keys') &&
				lines[1]!.includes('1. 强化思想引领') &&
				lines.every((line) => textWidth(line) <= columns)
			);
		};
		app.resize(60, 20);
		await app.waitFor(relaidOut(60, 20));
		app.resize(120, 40);
		await app.waitFor(relaidOut(120, 40));
	});

	it('leaves the alternate screen and ends on SIGTERM', async () => {
		const app = await start(80, 24);
		app.signal('SIGTERM');
		const exit = await app.exited;
		expect(exit.signal === 15 || exit.exitCode === 143).toBe(true);
		expect(app.buffer()).toBe('normal');
		expect(app.output()).toContain(leaveAlternateScreen);
		expect(app.output()).not.toMatch(/ {4}at /);
	});

	it('quits on Ctrl-C from the reader with status 0', async () => {
		const app = await start(80, 24);
		app.type(key.enter);
		await app.waitFor('? keys');
		app.type(key.ctrlC);
		expect((await app.exited).exitCode).toBe(0);
		expect(app.buffer()).toBe('normal');
	});

	it('uses no colour under NO_COLOR, yet still marks the selection', async () => {
		const app = await start(80, 24, {env: {NO_COLOR: '1'}});
		app.type('q');
		await app.exited;
		expect(app.output()).not.toMatch(/\u001B\[(3[0-9]|9[0-7]|4[0-79]|10[0-7])(;[0-9]+)*m/);
		expect(app.output()).toContain('\u001B[7m');
	});
});

describe('reading positions', () => {
	const statePath = (dir: string) => path.join(dir, 'state.db');
	const savedSection = (dir: string, report: string) => {
		const db = new DatabaseSync(statePath(dir), {readOnly: true});
		try {
			return db.prepare('SELECT section FROM positions WHERE report = ?').get(report)?.section;
		} finally {
			db.close();
		}
	};
	const made: string[] = [];
	const stateDir = () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'baogao-e2e-state-'));
		made.push(dir);
		return dir;
	};
	afterAll(() => {
		for (const dir of made) rmSync(dir, {recursive: true, force: true});
	});

	it('reopens a report where it was left, in the next run', async () => {
		const dir = stateDir();
		let app = await start(80, 24, {stateDir: dir});
		app.type(key.down, key.down, key.enter);
		await app.waitFor('Leshan 乐山市 ·');
		app.type(']', ']', ']');
		await app.waitFor(() => app.lines()[1]!.includes('2. 紧贴时代脉搏'));
		const reading = app.lines().slice(1, 5);
		app.type('q', 'q');
		await app.exited;
		expect(savedSection(dir, 'leshan')).toBeDefined();
		session = undefined;
		app.close();
		app = await start(80, 24, {stateDir: dir});
		app.type(key.down, key.down, key.enter);
		await app.waitFor('Leshan 乐山市 ·');
		expect(app.lines().slice(1, 5)).toEqual(reading);
	});

	it('saves the reading position on SIGHUP before it exits', async () => {
		const app = await start(80, 24);
		app.type(key.down, key.down, key.enter);
		await app.waitFor('Leshan 乐山市 ·');
		app.type(']', ']');
		await app.waitFor(() => app.lines()[1]!.includes('1. 强化思想引领'));
		app.signal('SIGHUP');
		await app.exited;
		expect(savedSection(app.stateDir, 'leshan')).toBe(1);
	});

	it('moves a damaged state file aside with a warning and keeps working', async () => {
		const dir = stateDir();
		const first = await start(80, 24, {stateDir: dir});
		first.type('q');
		await first.exited;
		session = undefined;
		first.close();
		writeFileSync(statePath(dir), '{not a database');
		const app = await start(80, 24, {stateDir: dir});
		expect(app.screen()).toContain('Saved state was unusable (not a database): moved to');
		const moved = readdirSync(dir).filter((name) => name.startsWith('state.db.moved-'));
		expect(moved).toHaveLength(1);
		expect(readFileSync(path.join(dir, moved[0]!), 'utf8')).toBe('{not a database');
		app.type(key.enter);
		await app.waitFor('? keys');
		app.type('q', 'q');
		expect((await app.exited).exitCode).toBe(0);
	});
});

describe('without a terminal', () => {
	it('prints the list and a hint, with status 0', () => {
		const result = spawnSync(process.execPath, [cli], {
			stdio: ['ignore', 'pipe', 'pipe'],
			encoding: 'utf8',
			env: {...process.env, LANG: 'en_US.UTF-8'},
		});
		expect(result.status).toBe(0);
		for (const id of ['cuiping', 'jinan', 'leshan', 'shaoyang', 'sichuan'])
			expect(result.stdout).toContain(id);
		expect(result.stderr).toContain('No terminal');
		expect(result.stderr).not.toMatch(/ {4}at /);
	});
});

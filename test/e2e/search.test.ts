// Searching as a person at 80×24 and 100×30 does it, in a real pseudo-terminal: results that
// stay, n/N through them across reports, `/` within one report, widening, and the history of
// queries across a restart.
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {textWidth} from '../../source/text/width.js';
import {ensureBuilt, key, launch, type Session} from './terminal.js';

beforeAll(ensureBuilt, 60_000);

let session: Session | undefined;
afterEach(() => {
	session?.close();
	session = undefined;
});

async function start(columns: number, rows: number, options = {}) {
	session = await launch({columns, rows, ...options});
	await session.waitFor('Region');
	return session;
}

const selected = (app: Session) => app.lines().find((line) => line.startsWith(' › '));
const hitStatus = /hit (\d+)\/(\d+)/;
const statusOf = (app: Session) => app.lines().find((line) => hitStatus.test(line)) ?? '';
const hitOf = (app: Session) => {
	const match = hitStatus.exec(statusOf(app));
	return match ? {index: Number(match[1]), total: Number(match[2])} : undefined;
};
const regionOf = (app: Session) => statusOf(app).trim().split(' · ')[0]!;

async function searchFor(app: Session, query: string) {
	app.type('/');
	await app.waitFor('Search:');
	app.type(query);
	await app.waitFor((screen) => /\d+ results?/.test(screen) && screen.includes(`Search: ${query}`));
	await app.waitFor(() => selected(app) !== undefined);
}

describe.each([
	[80, 24],
	[100, 30],
])('searching at %i×%i', (columns, rows) => {
	const fits = (app: Session) => app.lines().every((line) => textWidth(line) <= columns);

	it('types lao and sees results, with the count of each kind on its tab', async () => {
		const app = await start(columns, rows);
		await searchFor(app, 'lao');
		expect(app.screen()).toMatch(/劳|老/);
		expect(app.screen()).toMatch(/all \d+ +sections \d+ +paragraphs \d+/);
		expect(fits(app)).toBe(true);
	});

	it('opens a hit, comes back with Esc to the same query and selection, and steps with n across reports', async () => {
		const app = await start(columns, rows);
		await searchFor(app, 'laomo');
		app.type(key.down, key.down);
		await app.waitFor(() => app.lines().indexOf(selected(app)!) > 2);
		const chosen = selected(app)!;
		app.type(key.enter);
		await app.waitFor(() => hitOf(app)?.index === 3);
		expect(chosen).toContain(regionOf(app).split(' ').at(-1)!);
		app.type(key.escape);
		await app.waitFor('Search: laomo');
		expect(selected(app)).toBe(chosen);
		// Back in the reader, n steps through the results until it crosses into another report.
		app.type(key.enter);
		await app.waitFor(() => hitOf(app)?.index === 3);
		const {total} = hitOf(app)!;
		const first = regionOf(app);
		let crossed = false;
		for (let index = 4; index <= total && !crossed; index++) {
			app.type('n');
			await app.waitFor(() => hitOf(app)?.index === index);
			crossed = regionOf(app) !== first;
		}
		expect(crossed).toBe(true);
		expect(app.screen()).toMatch(/劳模|勞模/);
		expect(fits(app)).toBe(true);
		app.type('N');
		await app.waitFor(() => regionOf(app) === first);
	});

	it('searches inside one report with / (hits marked, n/N), and widens to all with Tab', async () => {
		const app = await start(columns, rows);
		app.type(key.down, key.down, key.enter);
		await app.waitFor('? keys');
		app.type('/');
		await app.waitFor('Find in');
		app.type('gonghui');
		await app.waitFor(
			(screen) => screen.includes('gonghui') && screen.includes('Tab: all reports'),
		);
		expect(app.lines().find((line) => line.includes('Find in'))).toContain('乐山市');
		expect(fits(app)).toBe(true);
		app.type(key.enter);
		await app.waitFor(() => hitOf(app)?.index === 1);
		const {total} = hitOf(app)!;
		expect(total).toBeGreaterThan(2);
		// The prompt is closed, and the status line still says what is searched, and where.
		expect(statusOf(app)).toMatch(/^ \/gonghui in .*乐山市 · /);
		// The hits are marked: the shown one inverse-yellow, the others in their own colour.
		expect(app.output()).toMatch(/\u001B\[[0-9;]*46m/);
		app.type('n');
		await app.waitFor(() => hitOf(app)?.index === 2);
		app.type('N', 'N');
		await app.waitFor(() => hitOf(app)?.index === total);
		expect(regionOf(app)).toContain('乐山市');
		// Widen: the same query over every report.
		app.type('/', 'gonghui', key.tab);
		await app.waitFor((screen) => screen.includes('Search: gonghui') && /\d+ results/.test(screen));
		const regions = new Set(
			app
				.lines()
				.filter((line) => / · (paragraph|section|caption|figure) · /.test(line))
				.map((line) => line.slice(3).split(' · ')[0]),
		);
		expect(regions.size).toBeGreaterThan(1);
		app.type(key.escape);
		await app.waitFor(() => hitOf(app) !== undefined && !app.screen().includes('Search:'));
		expect(regionOf(app)).toContain('乐山市');
	});

	it('brings back an earlier query with ↑ after a restart (kept under XDG_STATE_HOME)', async () => {
		const home = mkdtempSync(path.join(os.tmpdir(), 'baogao-e2e-xdg-'));
		try {
			const env = {BAOGAO_STATE_DIR: undefined, XDG_STATE_HOME: home};
			let app = await start(columns, rows, {env});
			await searchFor(app, 'gongjiang');
			app.type(key.enter);
			await app.waitFor(() => hitOf(app) !== undefined);
			app.type(key.escape, key.escape, 'q');
			await app.exited;
			app.close();
			app = await start(columns, rows, {env});
			app.type('/');
			await app.waitFor('Search:');
			app.type(key.up);
			await app.waitFor('Search: gongjiang');
			await app.waitFor(/\d+ results/);
		} finally {
			rmSync(home, {recursive: true, force: true});
		}
	});

	it('edits the field like a shell line, with the cursor where the keys put it', async () => {
		const app = await start(columns, rows);
		app.type('/');
		await app.waitFor('Search:');
		app.type('laomo 乐山', key.left, key.left, 'X');
		await app.waitFor('Search: laomo X乐山');
		app.type('\u0005', '\u0017');
		await app.waitFor((screen) => screen.includes('Search: laomo X') && !screen.includes('乐山 '));
		app.type('\u0001', '劳');
		await app.waitFor('Search: 劳laomo X');
		app.type('\u0005', '\u0015');
		await app.waitFor('type in Chinese or pinyin');
	});
});

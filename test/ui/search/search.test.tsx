import {afterEach, describe, expect, it} from 'vitest';
import type {CountedHits} from '../../../source/search/search.js';
import type {SearchOptions} from '../../../source/search/types.js';
import {textWidth} from '../../../source/text/width.js';
import {createServices} from '../../../source/services/services.js';
import {fixtureReports} from '../fixtures.js';
import {keys, type Rendered} from '../helpers.js';
import {renderApp} from '../render.js';

let app: Rendered | undefined;
afterEach(() => app?.unmount());

async function searchFor(query: string, options = {}) {
	app = await renderApp(options);
	await app.press('/');
	for (const unit of query) await app.press(unit);
	await app.waitFor((frame) => /\d+ results?|No results/.test(frame));
	return app;
}

describe('search screen', () => {
	it('opens from the library with an empty query line', async () => {
		app = await renderApp();
		await app.press('/');
		expect(app.lines()[0]).toContain('Search:');
		expect(app.frame()).toContain('laomo');
		expect(app.frame()).toMatch(/all\s+sections\s+paragraphs\s+figures\s+captions/);
	});

	it('finds 劳模 by pinyin, with region, kind, section and the match marked', async () => {
		const search = await searchFor('laomo', {color: false});
		// The region as every screen names it: English, then Chinese, under --lang en.
		expect(search.frame()).toContain('Alpha 甲市 · paragraph · 强化思想引领');
		expect(search.rawFrame()).toMatch(/\u001B\[7m劳模\u001B\[27m/);
		expect(search.frame()).toContain('乙区');
		for (const line of search.lines()) expect(textWidth(line)).toBeLessThanOrEqual(80);
	});

	it('names regions in Chinese only under --lang zh', async () => {
		const search = (app = await renderApp({color: false, lang: 'zh'}));
		await search.press('/');
		for (const unit of 'laomo') await search.press(unit);
		await search.waitFor((frame) => /\d+ 条结果/.test(frame));
		expect(search.frame()).toContain(' 甲市 · 段落 · 强化思想引领');
		expect(search.frame()).not.toContain('Alpha');
	});

	it('finds by either script', async () => {
		const search = await searchFor('劳模');
		expect(search.frame()).toContain('勞模');
	});

	it('narrows by kind with Tab and widens again with Shift-Tab', async () => {
		const search = await searchFor('laomo');
		await search.press(keys.tab, keys.tab, keys.tab);
		await search.waitFor(
			(frame) => /results?|No results/.test(frame) && !frame.includes('searching'),
		);
		const results = search
			.lines()
			.filter((line) => / · (paragraph|section|caption|figure) · /.test(line));
		expect(results.length).toBeGreaterThan(0);
		for (const line of results) expect(line).toContain(' · figure · ');
		await search.press(keys.shiftTab);
		await search.waitFor((frame) => frame.includes(' · paragraph · '));
	});

	it('deletes with Backspace, whichever code the terminal sends for it', async () => {
		const search = await searchFor('laomox');
		await search.press(keys.backspace);
		expect(search.lines()[0]!.trimEnd()).toBe(' Search: laomo');
		await search.press(keys.delete);
		expect(search.lines()[0]!.trimEnd()).toBe(' Search: laom');
	});

	it('opens the reader at the hit with it marked, and Esc goes back to where it began', async () => {
		const search = await searchFor('laomo', {color: false});
		const chosen = search.lines().find((line) => line.startsWith(' › '))!;
		const [region, , section] = chosen.slice(3).split(' · ');
		await search.press(keys.enter);
		expect(search.lines().at(-1)).toContain(region);
		expect(search.lines().at(-1)).toContain(section!.trim());
		expect(search.rawFrame()).toMatch(/\u001B\[7m(劳模|勞模)\u001B\[27m/);
		expect(search.lines().at(-1)).toMatch(/hit 1\/\d+/);
		await search.press('n');
		expect(search.lines().at(-1)).toMatch(/hit 2\/\d+/);
		// Esc comes back to the same results, the one now open selected.
		await search.press(keys.escape);
		expect(search.lines()[0]!.trimEnd()).toBe(' Search: laomo');
		expect(search.lines()[2]!.startsWith('   ')).toBe(true);
		expect(search.lines()[4]!.startsWith(' › ')).toBe(true);
		await search.press(keys.escape);
		expect(search.frame()).toContain('Beta District');
	});

	it('shows a cursor in the field and edits at it, CJK two columns wide', async () => {
		const search = await searchFor('laomo乐山', {color: false});
		await search.press(keys.left, keys.left);
		// The character under the cursor is drawn inverse: 乐.
		expect(search.rawFrame()).toMatch(/laomo\u001B\[7m乐\u001B\[27m山/);
		await search.press('X');
		expect(search.lines()[0]!.trimEnd()).toBe(' Search: laomoX乐山');
		await search.press('\u0001');
		expect(search.rawFrame()).toMatch(/\u001B\[7ml\u001B\[27maomoX乐山/);
		await search.press('\u0005', '\u0017');
		expect(search.lines()[0]!.trimEnd()).toBe(' Search: laomoX');
		await search.press(keys.ctrlU);
		expect(search.lines()[0]).toContain('type in Chinese or pinyin');
	});

	it('fits 60×16 in either language, counts on the tabs and all', async () => {
		for (const lang of ['en', 'zh'] as const) {
			const search = await renderApp({columns: 60, rows: 16, lang});
			app = search;
			await search.press('/');
			for (const unit of 'laomo') await search.press(unit);
			const figures = lang === 'en' ? /figures \d+/ : /数字 \d+/;
			await search.waitFor(() => figures.test(search.lines()[1]!));
			for (const line of search.lines()) expect(textWidth(line)).toBeLessThanOrEqual(60);
			search.unmount();
			app = undefined;
		}
	});

	it('shows on each kind tab how many hits it has, counted over all hits', async () => {
		const search = await searchFor('laomo');
		const tabs = search.lines()[1]!;
		const count = (name: string) => Number(new RegExp(`${name} (\\d+)`).exec(tabs)?.[1]);
		const kinds = ['sections', 'paragraphs', 'figures', 'captions'].map(count);
		for (const value of kinds) expect(Number.isInteger(value)).toBe(true);
		expect(count('all')).toBe(kinds.reduce((sum, value) => sum + value, 0));
		expect(tabs).toContain(`${count('all')} results`);
	});

	it('Esc leaves the search for the screen it was opened from', async () => {
		app = await renderApp();
		await app.press(keys.enter, ']', ']');
		const reading = app.frame();
		await app.press('/', 'x', keys.escape);
		expect(app.frame()).toBe(reading);
	});

	it('keeps typing smooth: a slow search never runs for a query already typed over', async () => {
		const reports = fixtureReports();
		const real = createServices(reports);
		const searched: {query: string; screen: string}[] = [];
		const services = {
			...real,
			searchCounted(query: string, options: SearchOptions): CountedHits {
				// What the screen showed when the search began.
				searched.push({query, screen: app?.frame() ?? ''});
				// As slow as a search over ten thousand reports.
				Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 40);
				return real.searchCounted(query, options);
			},
		};
		app = await renderApp({reports, services});
		await app.press('/', 'l');
		await app.waitFor((frame) => /results?|No results/.test(frame));
		searched.length = 0;
		app.type('aomo');
		await app.waitFor((frame) => frame.includes('Search: laomo') && /\d+ results?/.test(frame));
		// The queries typed over were dropped before they ran, and the typed keys were on the
		// screen before the one (slow) search began: typing never waits for a search.
		expect(searched.map((entry) => entry.query)).toEqual(['laomo']);
		expect(searched[0]!.screen).toContain('Search: laomo');
	});
});

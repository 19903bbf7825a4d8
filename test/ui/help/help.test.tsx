import {afterEach, describe, expect, it} from 'vitest';
import {helpRows} from '../../../source/ui/app/keys.js';
import {textWidth} from '../../../source/text/width.js';
import {helpBody} from '../../../source/ui/help/help-lines.js';
import {keys, type Rendered} from '../helpers.js';
import {renderApp} from '../render.js';

let app: Rendered | undefined;
afterEach(() => app?.unmount());

describe('help screen', () => {
	it('lists the keys of the library, from the key table', async () => {
		app = await renderApp();
		await app.press('?');
		expect(app.lines()[0]).toContain('Keys — Library');
		for (const row of helpRows('library', 'en')) {
			expect(app.frame()).toContain(row.label);
		}
		expect(app.frame()).toMatch(/↓ j\s+next report/);
		await app.press('?');
		expect(app.frame()).toContain('Region');
	});

	it('lists the keys of the screen it was opened from', async () => {
		app = await renderApp();
		await app.press(keys.enter, '?');
		expect(app.lines()[0]).toContain('Keys — Reader');
		expect(app.frame()).toMatch(/\[\s+previous section/);
		expect(app.frame()).toMatch(/f\s+highlight statistics/);
		await app.press(keys.escape);
		expect(app.lines().at(-1)).toContain('Alpha 甲市');
	});

	it('opens over the search without typing into it', async () => {
		app = await renderApp();
		await app.press('/', '?');
		expect(app.lines()[0]).toContain('Keys — Search');
		expect(app.frame()).toMatch(/Tab\s+next kind/);
		await app.press('q');
		expect(app.lines()[0]).toMatch(/^ Search: +type in Chinese or pinyin/);
	});

	it('speaks Chinese when the interface does', async () => {
		app = await renderApp({lang: 'zh'});
		await app.press('c', '?');
		expect(app.lines()[0]).toContain('按键 — 对比：地区');
		expect(app.frame()).toContain('选择/取消地区');
	});

	it('scrolls when the page is longer than the terminal', async () => {
		app = await renderApp({columns: 60, rows: 16});
		await app.press(keys.enter, '?');
		const first = app.lines()[2];
		await app.press('j');
		expect(app.lines()[2]).not.toBe(first);
		expect(app.lines().length).toBe(16);
	});

	it('wraps what a key does under itself rather than cutting it, at Chinese line breaks', async () => {
		for (const lang of ['en', 'zh'] as const) {
			const rows = helpRows('table', lang);
			const lines = helpBody(rows, 44);
			expect(lines.length).toBeGreaterThan(rows.length);
			for (const line of lines) {
				const shown = line.segments.map((segment) => segment.text).join('');
				expect(textWidth(shown.trimEnd())).toBeLessThanOrEqual(44);
				expect(shown).not.toContain('…');
				// The label, after the keys column.
				expect(line.segments.at(-1)!.text).not.toMatch(/^[”’」』）》】，。、；：？！,.;:?!)\]}%]/);
			}
			// Every word of every label is there, in order.
			const labels = lines.map((line) => line.segments.at(-1)!.text);
			const text = labels.join('').replace(/\s+/g, '');
			for (const row of rows) expect(text).toContain(row.label.replace(/\s+/g, ''));
		}
		app = await renderApp({columns: 60, rows: 16});
		await app.press('c', 'a', keys.enter, '?');
		expect(app.frame()).not.toContain('…');
		for (let step = 0; step < 30; step++) await app.press('j');
		expect(app.frame()).toContain('choose regions again');
	});
});

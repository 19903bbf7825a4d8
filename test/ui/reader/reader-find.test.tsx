// `/` in the reader: a search within the open report, its prompt, its marks and n/N, and Tab
// to widen it to all reports.
import {afterEach, describe, expect, it} from 'vitest';
import {textWidth} from '../../../source/text/width.js';
import {keys, type Rendered} from '../helpers.js';
import {renderApp} from '../render.js';

let app: Rendered | undefined;
afterEach(() => app?.unmount());

const status = (rendered: Rendered) => rendered.lines().at(-1) ?? '';
// Monochrome: the hit shown is inverse, the other hits bold and underlined.
const shownHit = /\u001B\[7m(\u001B\[[0-9;]*m)*(劳模|勞模)\u001B\[27m/;
const otherHit = /\u001B\[4m\u001B\[1m(劳模|勞模)/;

async function findInAlpha(query: string, options = {}) {
	app = await renderApp({color: false, ...options});
	await app.press(keys.enter, '/');
	for (const unit of query) await app.press(unit);
	return app;
}

describe('search within the report', () => {
	it('shows the scope and the Tab key in the prompt, and the query with its cursor', async () => {
		const reader = await findInAlpha('laomo');
		expect(status(reader)).toMatch(/^ Find in Alpha 甲市 · .*: laomo/);
		expect(status(reader)).toContain('Tab: all reports');
		expect(textWidth(status(reader))).toBeLessThanOrEqual(80);
	});

	it('fits the prompt at 60 columns and in Chinese', async () => {
		const reader = await findInAlpha('laomo', {columns: 60, rows: 16, lang: 'zh'});
		expect(status(reader)).toContain('在 甲市');
		expect(status(reader)).toContain('laomo');
		expect(status(reader)).toContain('Tab：全部报告');
		for (const line of reader.lines()) expect(textWidth(line)).toBeLessThanOrEqual(60);
	});

	it('marks every hit as it is typed, and steps through them with n/N after Enter', async () => {
		const reader = await findInAlpha('laomo');
		expect(reader.rawFrame()).toMatch(shownHit);
		expect(reader.rawFrame()).toMatch(otherHit);
		await reader.press(keys.enter);
		expect(status(reader)).toMatch(/hit 1\/(\d+)/);
		const total = Number(/hit 1\/(\d+)/.exec(status(reader))![1]);
		expect(total).toBeGreaterThan(1);
		await reader.press('n');
		expect(status(reader)).toContain(`hit 2/${total}`);
		await reader.press('N', 'N');
		expect(status(reader)).toContain(`hit ${total}/${total}`);
		expect(status(reader)).toContain('Alpha 甲市');
	});

	it('keeps the query and its scope in the status line once the prompt closes, with the hit', async () => {
		const reader = await findInAlpha('laomo');
		await reader.press(keys.enter);
		expect(status(reader)).toMatch(/^ \/laomo in Alpha 甲市 · .*hit 1\/\d+/);
		await reader.press('n');
		expect(status(reader)).toMatch(/^ \/laomo in Alpha 甲市 · .*hit 2\/\d+/);
		expect(reader.rawFrame()).toMatch(shownHit);
	});

	it('says the query and scope in Chinese too, within 60 columns', async () => {
		const reader = await findInAlpha('laomo', {columns: 60, rows: 16, lang: 'zh'});
		await reader.press(keys.enter);
		expect(status(reader)).toMatch(/^ \/laomo（甲市内） · .*第 1\/\d+ 条/);
		for (const line of reader.lines()) expect(textWidth(line)).toBeLessThanOrEqual(60);
	});

	it('takes letters bound in the reader as text while the prompt is open', async () => {
		const reader = await findInAlpha('qjGn');
		expect(status(reader)).toContain(': qjGn');
		await reader.press(keys.escape);
		expect(status(reader)).toMatch(/Alpha 甲市/);
	});

	it('widens to all reports with Tab, keeping the query; Esc comes back', async () => {
		const reader = await findInAlpha('laomo');
		await reader.press(keys.tab);
		await reader.waitFor((frame) => /\d+ results?/.test(frame));
		expect(reader.lines()[0]!.trimEnd()).toBe(' Search: laomo');
		expect(reader.frame()).toContain('乙区');
		await reader.press(keys.escape);
		expect(reader.frame()).toContain('甲市工会五年工作报告');
	});

	it('lists the keys of the prompt on the reader help page, in either language', async () => {
		for (const [lang, widen] of [
			['en', 'search all reports for it'],
			['zh', '改为搜索全部报告'],
		] as const) {
			app = await renderApp({lang, rows: 50});
			await app.press(keys.enter, '?');
			expect(app.frame()).toMatch(new RegExp(`/ … Tab\\s+${widen}`));
			expect(app.frame()).toContain('/ … Ctrl-W');
			app.unmount();
			app = undefined;
		}
	});
});

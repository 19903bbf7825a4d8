import {afterEach, describe, expect, it} from 'vitest';
import {textWidth} from '../../../source/text/width.js';
import {manyReports} from '../fixtures.js';
import {keys, type Rendered} from '../helpers.js';
import {renderApp} from '../render.js';

let app: Rendered | undefined;
afterEach(() => app?.unmount());

describe('library screen', () => {
	it('lists every report with region, level, period, size and title', async () => {
		app = await renderApp();
		const frame = app.frame();
		expect(frame).toContain('Alpha 甲市');
		expect(frame).toContain('Beta District 乙区');
		expect(frame).toContain('Gamma 丙省');
		expect(frame).toMatch(/city\s+2018–2023/);
		expect(frame).toMatch(/district\s+2013–2018/);
		expect(frame).toMatch(/Chars\s+Title/);
		expect(frame).toMatch(/2018–2023\s+\d[\d,]*\s+甲市/);
		expect(frame).toContain('甲市工会五年工作报告');
	});

	it('draws every row of the terminal, none wider than it', async () => {
		app = await renderApp({columns: 80, rows: 24});
		const lines = app.lines();
		expect(lines.length).toBe(24);
		for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(80);
	});

	it('marks the chosen report and moves with j/k and the arrows', async () => {
		app = await renderApp();
		const marked = () => app!.lines().find((line) => line.startsWith('›')) ?? '';
		expect(marked()).toContain('Alpha');
		await app.press('j');
		expect(marked()).toContain('Beta');
		await app.press(keys.down);
		expect(marked()).toContain('Gamma');
		await app.press(keys.up, 'k');
		expect(marked()).toContain('Alpha');
	});

	it('shows the Chinese interface when asked', async () => {
		app = await renderApp({lang: 'zh'});
		expect(app.frame()).toContain('地区');
		expect(app.frame()).toContain('区县级');
		expect(app.frame()).toContain('q 退出');
	});

	it('draws only the reports that fit, following the cursor', async () => {
		app = await renderApp({reports: manyReports(500), rows: 20});
		expect(app.lines().length).toBe(20);
		expect(app.frame()).toContain('Region 0 ');
		expect(app.frame()).not.toContain('Region 40 ');
		await app.press(keys.end);
		expect(app.frame()).toContain('Region 499');
		expect(app.frame()).not.toContain('Region 0 ');
	});

	it('opens the reader on Enter and comes back on Esc', async () => {
		app = await renderApp();
		await app.press(keys.enter);
		expect(app.frame()).toContain('砥砺奋进谱新篇');
		await app.press(keys.escape);
		expect(app.frame()).toContain('Beta District');
	});

	it('quits on q', async () => {
		app = await renderApp();
		await app.press('q');
		await expect(app.exited).resolves.toBeUndefined();
	});
});

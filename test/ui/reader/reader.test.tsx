import {afterEach, describe, expect, it} from 'vitest';
import {textWidth} from '../../../source/text/width.js';
import {keys, type Rendered} from '../helpers.js';
import {renderApp} from '../render.js';

let app: Rendered | undefined;
afterEach(() => app?.unmount());

async function openAlpha(columns = 80, rows = 24, options = {}) {
	app = await renderApp({columns, rows, ...options});
	await app.press(keys.enter);
	return app;
}

const status = (rendered: Rendered) => rendered.lines().at(-1) ?? '';

describe('reader screen', () => {
	it('shows the title, the text wrapped within the width and a status line', async () => {
		const reader = await openAlpha();
		const lines = reader.lines();
		expect(lines.length).toBe(24);
		for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(80);
		expect(reader.frame()).toContain('甲市工会五年工作报告');
		expect(reader.frame()).toContain('五年来，全市工会发展会员80.2万人');
		expect(status(reader)).toMatch(/Alpha 甲市/);
		expect(status(reader)).toMatch(/\d+%/);
	});

	it('shows a photo caption as a labelled figure block with its credit', async () => {
		const reader = await openAlpha();
		const caption = reader.lines().find((line) => line.includes('劳模表彰大会现场'))!;
		expect(caption).toMatch(/^\s+▎Photo 劳模表彰大会现场/);
		expect(reader.frame()).toMatch(/▎\s+— 张三 摄/);
	});

	it('scrolls with j, Space and G and reports how far it is', async () => {
		const reader = await openAlpha();
		const first = reader.lines()[1];
		await reader.press('j');
		expect(reader.lines()[1]).not.toBe(first);
		await reader.press(keys.space);
		await reader.press('G');
		expect(status(reader)).toContain('100%');
		await reader.press('g');
		expect(reader.lines()[1]).toBe(first);
	});

	it('moves by section with ] and [ and names the section in the status line', async () => {
		// Short enough that the last section does not fit below the second: at the end of the
		// text the status line names the last section.
		const reader = await openAlpha(80, 22);
		await reader.press(']', ']');
		expect(reader.lines()[1]).toContain('1. 强化思想引领');
		await reader.press(']');
		expect(reader.lines()[1]).toContain('2. 维护职工权益');
		expect(status(reader)).toContain('维护职工权益');
		await reader.press('[');
		expect(reader.lines()[1]).toContain('1. 强化思想引领');
	});

	it('opens the contents above the text when narrow, and jumps on Enter', async () => {
		const reader = await openAlpha(80, 24);
		await reader.press('t');
		expect(reader.lines()[1]).toContain('Contents');
		expect(reader.frame()).toContain('3. 深化工会改革');
		await reader.press('j', 'j', 'j', keys.enter);
		expect(reader.frame()).not.toContain('Contents');
		// The last section is short: the page ends on the last line, with the heading on it.
		expect(reader.frame()).toContain('3. 深化工会改革');
		expect(status(reader)).toContain('深化工会改革');
	});

	it('puts the contents beside the text when wide', async () => {
		const reader = await openAlpha(120, 30);
		await reader.press('t');
		const row = reader.lines().find((line) => line.includes('Contents'))!;
		expect(row).toMatch(/Contents\s+│/);
		const tocLine = reader.lines().find((line) => line.includes('1. 强化思想引领'))!;
		expect(tocLine).toMatch(/│ /);
		for (const line of reader.lines()) expect(textWidth(line)).toBeLessThanOrEqual(120);
	});

	it('marks statistics on f, with attributes only when there is no colour', async () => {
		const reader = await openAlpha(80, 24, {color: false});
		expect(reader.rawFrame()).not.toMatch(/\u001B\[4m80\.2万人/);
		await reader.press('f');
		expect(reader.rawFrame()).toMatch(/\u001B\[4m80\.2万人\u001B\[24m/);
		expect(reader.rawFrame()).not.toMatch(/\u001B\[(3\d|4[0-79]|9\d)m/);
		expect(status(reader)).toContain('figures');
		await reader.press('f');
		expect(reader.rawFrame()).not.toMatch(/\u001B\[4m80\.2万人/);
	});

	it('shows control characters in report text as harmless symbols', async () => {
		app = await renderApp();
		await app.press('G', keys.enter, 'G');
		const raw = app.rawFrame();
		expect(raw).toContain('␛[31m转义序列');
		expect(raw).not.toContain('\u001B[31m转义');
		expect(raw).not.toContain('\u202e');
	});

	it('re-lays out at once when the terminal is resized', async () => {
		const reader = await openAlpha(100, 30);
		await reader.press(']', ']');
		const heading = reader.lines()[1];
		await reader.resize(60, 20);
		expect(reader.lines().length).toBe(20);
		for (const line of reader.lines()) expect(textWidth(line)).toBeLessThanOrEqual(60);
		expect(reader.lines()[1]).toBe(heading);
		await reader.resize(120, 40);
		expect(reader.lines().length).toBe(40);
	});
});

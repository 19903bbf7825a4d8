import {afterEach, describe, expect, it} from 'vitest';
import {textWidth} from '../../../source/text/width.js';
import {keys, type Rendered} from '../helpers.js';
import {renderApp} from '../render.js';

let app: Rendered | undefined;
afterEach(() => app?.unmount());

async function compareAll(columns = 80, rows = 24, options = {}) {
	app = await renderApp({columns, rows, ...options});
	await app.press('c', 'a', keys.enter);
	return app;
}

describe('compare screens', () => {
	it('lists the regions to choose, and needs at least two', async () => {
		app = await renderApp();
		await app.press('c');
		expect(app.frame()).toContain('Compare: choose regions');
		expect(app.frame()).toMatch(/\[ \] Alpha 甲市/);
		// The widest level names ("district", "province") still leave a gap before the period.
		expect(app.frame()).toMatch(/district {2,}\d{4}–\d{4}/);
		expect(app.frame()).toMatch(/province {2,}\d{4}–\d{4}/);
		await app.press(keys.space);
		expect(app.frame()).toMatch(/\[x\] Alpha 甲市/);
		await app.press(keys.enter);
		expect(app.lines().at(-1)).toContain('at least two');
		await app.press(keys.space, keys.enter);
		expect(app.frame()).toContain('Union members');
	});

	it('shows one column per region with bars, values with units, and the source sentence', async () => {
		const table = await compareAll();
		const frame = table.frame();
		expect(frame).toMatch(/Alpha 甲市\s+Beta District 乙区\s+Gamma 丙省/);
		const members = table.lines().find((line) => line.includes('Union members'))!;
		expect(members).toMatch(/█/);
		expect(members).toContain('802,000');
		expect(members).toContain('18.84M');
		// The cursor starts on the first metric of the first region.
		expect(frame).toContain('五年来，全市工会发展会员80.2万人');
		for (const line of table.lines()) expect(textWidth(line)).toBeLessThanOrEqual(80);
		expect(table.lines().length).toBe(24);
	});

	it('moves the cursor over cells, showing each source', async () => {
		const table = await compareAll();
		await table.press(keys.right);
		expect(table.frame()).toContain('發展會員12.6萬人');
		await table.press(keys.right);
		expect(table.frame()).toContain('全省工会会员1883.5万人');
	});

	it('cycles the bar scale with l', async () => {
		const table = await compareAll();
		await table.press('l');
		expect(table.lines()[0]).toContain('log scale');
		await table.press('l');
		expect(table.lines()[0]).toContain('linear scale');
	});

	it('opens the report at the figure on Enter, marked', async () => {
		const table = await compareAll(80, 24, {color: false});
		await table.press(keys.right, keys.right, keys.enter);
		expect(table.lines().at(-1)).toContain('Gamma 丙省');
		expect(table.rawFrame()).toMatch(/\u001B\[7m1883\.5万人\u001B\[27m/);
		await table.press(keys.escape);
		expect(table.frame()).toContain('Union members');
	});

	it('pages the region columns with < and > when they do not fit', async () => {
		const table = await compareAll(60, 20);
		expect(table.lines()[0]).toContain('regions 1–2 of 3');
		expect(table.frame()).not.toMatch(/丙省/);
		await table.press('>');
		expect(table.lines()[0]).toContain('regions 2–3 of 3');
		expect(table.frame()).toMatch(/丙省/);
		await table.press('<');
		expect(table.lines()[0]).toContain('regions 1–2 of 3');
		for (const line of table.lines()) expect(textWidth(line)).toBeLessThanOrEqual(60);
	});

	it('shows the sections on a theme side by side, scrolling together', async () => {
		const table = await compareAll(100, 30);
		await table.press('v');
		expect(table.lines()[0]).toContain('Themes:');
		expect(table.lines()[1]).toMatch(/Alpha 甲市\s+│Beta District 乙区\s+│Gamma 丙省/);
		for (const line of table.lines()) expect(textWidth(line)).toBeLessThanOrEqual(100);
		await table.press('v');
		expect(table.frame()).toContain('Union members');
	});

	it('scrolls all theme columns together and changes theme with the arrows', async () => {
		const table = await compareAll(60, 16);
		await table.press('v');
		const title = table.lines()[0];
		await table.press(keys.right);
		expect(table.lines()[0]).not.toBe(title);
		// Find a theme with more text than fits, then scroll it one line.
		for (let theme = 0; theme < 8; theme++) {
			const before = table.lines();
			await table.press('j');
			const after = table.lines();
			if (after.join('\n') !== before.join('\n')) {
				// Every column moved up by one line: the body's second line is now its first.
				expect(after[3]).toBe(before[4]);
				expect(after[10]).toBe(before[11]);
				return;
			}
			await table.press(keys.right);
		}
		throw new Error('no theme had text to scroll');
	});
});

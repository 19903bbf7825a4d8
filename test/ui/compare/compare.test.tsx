import {afterEach, describe, expect, it} from 'vitest';
import {compareReports} from '../../../source/compare/compare.js';
import {textWidth} from '../../../source/text/width.js';
import {fixtureReports} from '../fixtures.js';
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

	it('cycles the bar scale with s', async () => {
		const table = await compareAll();
		await table.press('s');
		expect(table.lines()[0]).toContain('log scale');
		await table.press('s');
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
		// A gap either side of each rule: neighbouring columns never touch.
		expect(table.lines()[1]).toMatch(/Alpha 甲市\s+ │ Beta District 乙区\s+ │ Gamma 丙省/);
		for (const line of table.lines().slice(3, -1)) {
			expect(line).not.toMatch(/[^ ]│|│[^ ]/);
		}
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

	it('cuts nothing in the table: whole labels or short ones, whole values and sentences', async () => {
		for (const [columns, rows] of [
			[80, 24],
			[100, 30],
			[60, 16],
		] as const) {
			const table = await compareAll(columns, rows);
			const body = table.lines().slice(1, -1);
			for (const line of body) {
				expect(line).not.toContain('…');
				expect(textWidth(line)).toBeLessThanOrEqual(columns);
			}
			expect(table.frame()).toContain('802,000');
			app?.unmount();
		}
	});

	it('lists every match of a cell with its sentence on o, and opens the one chosen', async () => {
		// A cell whose metric matched more than one figure in the fixture reports.
		const comparison = compareReports(fixtureReports());
		const row = comparison.metrics.findIndex((metric) =>
			Object.values(metric.cells).some((cell) => (cell?.alternatives.length ?? 0) > 0),
		);
		expect(row).toBeGreaterThanOrEqual(0);
		const metric = comparison.metrics[row]!;
		const column = comparison.regions.findIndex(
			(region) => (metric.cells[region.report]?.alternatives.length ?? 0) > 0,
		);
		const cell = metric.cells[comparison.regions[column]!.report]!;
		const table = await compareAll(100, 30);
		for (let step = 0; step < row; step++) await table.press('j');
		for (let step = 0; step < column; step++) await table.press(keys.right);
		expect(table.frame()).toMatch(/\d+ other match/);
		await table.press(keys.enter);
		expect(table.lines()[0]).toContain('every match');
		expect(table.frame()).toContain('shown in the table');
		expect(table.frame()).toContain('1. ');
		expect(table.frame()).toContain('2. ');
		expect(table.frame()).toContain(cell.figure.quote.slice(0, 10));
		await table.press(keys.escape);
		expect(table.frame()).toContain('Union members');
		await table.press('o');
		await table.press('j');
		expect(table.lines().find((line) => line.startsWith(' › '))).toContain('2. ');
		await table.press(keys.enter);
		// The reader, at the second match.
		expect(table.lines().at(-1)).toContain(comparison.regions[column]!.region.en);
		await table.press(keys.escape);
		expect(table.lines()[0]).toContain('every match');
	});

	it('opens the focused region’s section from the theme view on Enter', async () => {
		const table = await compareAll(100, 30, {color: false});
		await table.press('v');
		await table.press('>');
		// A theme on which Beta has a section.
		for (let theme = 0; theme < 8 && table.lines()[3]!.includes('nothing on this theme'); theme++) {
			await table.press(keys.right);
		}
		const column = table.lines()[3]!.split(' │ ')[1]!;
		expect(column).not.toContain('nothing on this theme');
		const heading = column.trim().replace(/^\d+\. /, '');
		await table.press(keys.enter);
		expect(table.lines().at(-1)).toContain('Beta District 乙区');
		expect(table.lines().at(-1)).toContain(heading);
		await table.press(keys.escape);
		expect(table.lines()[0]).toContain('Themes:');
	});
});

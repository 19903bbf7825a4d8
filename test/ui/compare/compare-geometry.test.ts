import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {compareReports} from '../../../source/compare/compare.js';
import {comparisonRows} from '../../../source/compare/rows.js';
import {textWidth} from '../../../source/text/width.js';
import {
	compareGeometry,
	detailRoom,
	tableWidths,
	themeGeometry,
} from '../../../source/ui/compare/compare-geometry.js';
import {fixtureReports} from '../fixtures.js';

describe('tableWidths', () => {
	it('measures the widest label, short label and value of the rows in the language asked', () => {
		const comparison = compareReports(fixtureReports());
		for (const lang of ['zh', 'en'] as const) {
			const rows = comparisonRows(comparison, lang);
			const widths = tableWidths(comparison, lang);
			expect(widths.label).toBe(Math.max(...rows.map((row) => textWidth(row.label))));
			expect(widths.short).toBe(Math.max(...rows.map((row) => textWidth(row.shortLabel))));
			expect(widths.value).toBe(
				Math.max(1, ...rows.flatMap((row) => row.cells.map((cell) => textWidth(cell.value)))),
			);
		}
	});
});

describe('compareGeometry', () => {
	it('fits compare columns across the width, paging the rest', () => {
		// The widths of the bundled reports' table in English.
		const widths = {label: 18, short: 9, value: 14};
		fc.assert(
			fc.property(
				fc.integer({min: 60, max: 400}),
				fc.integer({min: 2, max: 30}),
				(columns, regions) => {
					const table = compareGeometry({columns, rows: 24}, regions, widths);
					expect(
						1 + table.labelWidth + 1 + table.columnsShown * table.columnWidth,
					).toBeLessThanOrEqual(columns);
					// Every value fits beside its bar.
					expect(table.barWidth + 1 + widths.value + 1).toBeLessThanOrEqual(table.columnWidth);
					expect(table.columnsShown).toBeLessThanOrEqual(regions);
				},
			),
		);
		expect(compareGeometry({columns: 80, rows: 24}, 5, widths).columnsShown).toBe(3);
		// Whole labels when they cost no region column; the short ones when they would.
		expect(compareGeometry({columns: 80, rows: 24}, 5, widths).labelWidth).toBe(18);
		expect(compareGeometry({columns: 72, rows: 24}, 5, widths).labelWidth).toBe(9);
	});
});

describe('detailRoom', () => {
	it('leaves the table its title, header, three rows and the hints, and is never under three', () => {
		expect(detailRoom({columns: 80, rows: 24}, 1)).toBe(18);
		expect(detailRoom({columns: 80, rows: 24}, 2)).toBe(17);
		expect(detailRoom({columns: 60, rows: 8}, 2)).toBe(3);
	});
});

describe('themeGeometry', () => {
	it('fits theme columns across the width with their gutters, at least one', () => {
		fc.assert(
			fc.property(
				fc.integer({min: 60, max: 400}),
				fc.integer({min: 16, max: 100}),
				fc.integer({min: 0, max: 30}),
				(columns, rows, regions) => {
					const themes = themeGeometry({columns, rows}, regions);
					expect(themes.columnsShown).toBeGreaterThanOrEqual(1);
					expect(themes.columnsShown).toBeLessThanOrEqual(Math.max(1, regions));
					expect(themes.columnsShown * (themes.columnWidth + 3) - 3).toBeLessThanOrEqual(columns);
					expect(themes.bodyHeight).toBe(rows - 4);
				},
			),
		);
		expect(themeGeometry({columns: 80, rows: 24}, 5).columnsShown).toBe(2);
	});
});

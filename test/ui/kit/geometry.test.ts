import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {frameHeight, isTooSmall, scrollWindow} from '../../../source/ui/kit/geometry.js';
import {compareGeometry, themeGeometry} from '../../../source/ui/compare/compare-geometry.js';
import {readerGeometry} from '../../../source/ui/reader/reader-geometry.js';
import {searchResultsShown} from '../../../source/ui/search/search-geometry.js';

describe('layout', () => {
	it('gives frames every row of the terminal', () => {
		expect(frameHeight({columns: 80, rows: 24})).toBe(24);
		expect(frameHeight({columns: 1, rows: 1})).toBe(1);
		expect(frameHeight({columns: 1, rows: 0})).toBe(0);
	});

	it('calls anything under 60×16 too small', () => {
		expect(isTooSmall({columns: 60, rows: 16})).toBe(false);
		expect(isTooSmall({columns: 59, rows: 40})).toBe(true);
		expect(isTooSmall({columns: 200, rows: 15})).toBe(true);
	});

	it('keeps the cursor inside the scrolled window', () => {
		fc.assert(
			fc.property(
				fc.nat(500),
				fc.nat(500),
				fc.integer({min: 1, max: 60}),
				fc.integer({min: -50, max: 550}),
				(cursor, extra, height, top) => {
					const count = cursor + extra + 1;
					const start = scrollWindow(cursor, count, height, top);
					expect(start).toBeGreaterThanOrEqual(0);
					expect(cursor).toBeGreaterThanOrEqual(start);
					expect(cursor).toBeLessThan(start + height);
					if (count > height) expect(start + height).toBeLessThanOrEqual(count);
				},
			),
		);
	});

	it('puts the contents beside the text only when there is room', () => {
		expect(readerGeometry({columns: 80, rows: 24}, true, 5).toc).toBe('above');
		expect(readerGeometry({columns: 120, rows: 40}, true, 5).toc).toBe('beside');
		expect(readerGeometry({columns: 120, rows: 40}, false, 5).toc).toBe('hidden');
	});

	it('fits the reader in the frame at every size', () => {
		fc.assert(
			fc.property(
				fc.integer({min: 60, max: 400}),
				fc.integer({min: 16, max: 200}),
				fc.boolean(),
				fc.nat(40),
				(columns, rows, toc, sections) => {
					const geometry = readerGeometry({columns, rows}, toc, sections);
					expect(
						geometry.bodyHeight + geometry.tocHeight * (geometry.toc === 'above' ? 1 : 0) + 2,
					).toBeLessThanOrEqual(rows);
					const used =
						geometry.textWidth + 1 + (geometry.toc === 'beside' ? geometry.tocWidth + 2 : 0);
					expect(used).toBeLessThanOrEqual(columns);
					expect(geometry.bodyHeight).toBeGreaterThan(0);
				},
			),
		);
	});

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
					const themes = themeGeometry({columns, rows: 24}, regions);
					expect(themes.columnsShown * (themes.columnWidth + 3) - 3).toBeLessThanOrEqual(columns);
				},
			),
		);
		expect(compareGeometry({columns: 80, rows: 24}, 5, widths).columnsShown).toBe(3);
		// Whole labels when they cost no region column; the short ones when they would.
		expect(compareGeometry({columns: 80, rows: 24}, 5, widths).labelWidth).toBe(18);
		expect(compareGeometry({columns: 72, rows: 24}, 5, widths).labelWidth).toBe(9);
	});

	it('pages region columns so the chosen one is visible', () => {
		expect(scrollWindow(4, 5, 3, 0)).toBe(2);
		expect(scrollWindow(0, 5, 3, 2)).toBe(0);
		expect(scrollWindow(3, 5, 3, 1)).toBe(1);
		expect(scrollWindow(1, 3, 5, 0)).toBe(0);
	});

	it('shows as many two-line results as fit', () => {
		expect(searchResultsShown({columns: 80, rows: 24})).toBe(10);
	});
});

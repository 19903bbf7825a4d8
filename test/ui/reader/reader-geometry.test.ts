import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {readerGeometry} from '../../../source/ui/reader/reader-geometry.js';

describe('readerGeometry', () => {
	it('puts the contents beside the text only when there is room', () => {
		expect(readerGeometry({columns: 80, rows: 24}, true, 5).toc).toBe('above');
		expect(readerGeometry({columns: 120, rows: 40}, true, 5).toc).toBe('beside');
		expect(readerGeometry({columns: 120, rows: 40}, false, 5).toc).toBe('hidden');
	});

	it('keeps the text at a readable measure on a wide terminal', () => {
		expect(readerGeometry({columns: 300, rows: 40}, false, 5).textWidth).toBe(100);
		expect(readerGeometry({columns: 80, rows: 24}, false, 5).textWidth).toBe(78);
	});

	it('gives the contents above the text at most half the height, or what the sections need', () => {
		expect(readerGeometry({columns: 80, rows: 24}, true, 3).tocHeight).toBe(5);
		expect(readerGeometry({columns: 80, rows: 24}, true, 40).tocHeight).toBe(11);
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
});

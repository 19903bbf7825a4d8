import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {logScaleRatio, needsLogScale, scaleRow} from '../../source/compare/scale.js';

describe('needsLogScale', () => {
	it('switches past a ratio of 100 between the largest and smallest value', () => {
		expect(logScaleRatio).toBe(100);
		expect(needsLogScale([1, 100])).toBe(false);
		expect(needsLogScale([1, 101])).toBe(true);
		expect(needsLogScale([126_184, 18_835_000, null])).toBe(true);
		expect(needsLogScale([85, 91.2, 90])).toBe(false);
	});

	it('needs two positive values', () => {
		expect(needsLogScale([5])).toBe(false);
		expect(needsLogScale([null, 0, 1000])).toBe(false);
	});
});

describe('scaleRow', () => {
	it('is linear by default for a narrow row: value / max', () => {
		expect(scaleRow([50, 100, null, 25])).toEqual([0.5, 1, null, 0.25]);
	});

	it('goes log for a wide row, the smallest short but visible', () => {
		const [small, middle, large] = scaleRow([10, 1000, 100_000]) as number[];
		expect(large).toBe(1);
		expect(small).toBeGreaterThan(0);
		expect(small).toBeCloseTo(0.2);
		expect(middle).toBeCloseTo(0.6);
	});

	it('follows an explicit choice', () => {
		expect(scaleRow([10, 100_000], {log: false})).toEqual([0.0001, 1]);
		expect(scaleRow([50, 100], {log: true})[1]).toBe(1);
	});

	it('gives 0..1, keeps nulls and order, and the max gets 1', () => {
		const values = fc.array(fc.option(fc.double({min: 0.001, max: 1e12, noNaN: true})), {
			minLength: 1,
			maxLength: 8,
		});
		fc.assert(
			fc.property(values, fc.option(fc.boolean(), {nil: undefined}), (row, log) => {
				const fractions = scaleRow(row, log === undefined ? {} : {log});
				expect(fractions).toHaveLength(row.length);
				row.forEach((value, index) => {
					const fraction = fractions[index];
					if (value === null) expect(fraction).toBeNull();
					else {
						expect(fraction).toBeGreaterThanOrEqual(0);
						expect(fraction).toBeLessThanOrEqual(1 + 1e-9);
					}
				});
				const present = row.filter((value): value is number => value !== null);
				if (present.length > 0) {
					const max = Math.max(...present);
					expect(fractions[row.indexOf(max)]).toBeCloseTo(1);
				}
			}),
		);
	});
});

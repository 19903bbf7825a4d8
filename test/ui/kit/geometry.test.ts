// The kit's geometry, helper by helper: what every screen's layout is built from.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
	clamp,
	frameHeight,
	isTooSmall,
	listCursor,
	pageStep,
	scrollWindow,
} from '../../../source/ui/kit/geometry.js';

describe('frameHeight', () => {
	it('gives frames every row of the terminal', () => {
		expect(frameHeight({columns: 80, rows: 24})).toBe(24);
		expect(frameHeight({columns: 1, rows: 1})).toBe(1);
		expect(frameHeight({columns: 1, rows: 0})).toBe(0);
		expect(frameHeight({columns: 80, rows: -3})).toBe(0);
	});
});

describe('isTooSmall', () => {
	it('calls anything under 60×16 too small', () => {
		expect(isTooSmall({columns: 60, rows: 16})).toBe(false);
		expect(isTooSmall({columns: 59, rows: 40})).toBe(true);
		expect(isTooSmall({columns: 200, rows: 15})).toBe(true);
	});
});

describe('scrollWindow', () => {
	it('keeps the cursor inside the window, moving from top only as far as it must', () => {
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
					// A window that already shows the cursor, inside the list, stays where it is.
					if (top >= 0 && top <= cursor && cursor < top + height && top + height <= count) {
						expect(start).toBe(top);
					}
				},
			),
		);
	});

	it('pages region columns so the chosen one is visible', () => {
		expect(scrollWindow(4, 5, 3, 0)).toBe(2);
		expect(scrollWindow(0, 5, 3, 2)).toBe(0);
		expect(scrollWindow(3, 5, 3, 1)).toBe(1);
		expect(scrollWindow(1, 3, 5, 0)).toBe(0);
		// Nothing to show, or all of it fits: the window starts at the top.
		expect(scrollWindow(2, 10, 0, 4)).toBe(0);
		expect(scrollWindow(2, 4, 4, 3)).toBe(0);
	});
});

describe('clamp', () => {
	it('keeps a value within low and high, and at low when the range is empty', () => {
		expect(clamp(5, 0, 10)).toBe(5);
		expect(clamp(-1, 0, 10)).toBe(0);
		expect(clamp(11, 0, 10)).toBe(10);
		// An empty list: high is -1, and the cursor stays at 0 rather than going below it.
		expect(clamp(3, 0, -1)).toBe(0);
	});
});

describe('pageStep', () => {
	it('moves a page less two lines of overlap, and always at least one', () => {
		expect(pageStep(22)).toBe(20);
		expect(pageStep(3)).toBe(1);
		expect(pageStep(2)).toBe(1);
		expect(pageStep(0)).toBe(1);
	});
});

describe('listCursor', () => {
	it('moves by one, half a page, a page (keeping two rows), and to the ends, within the list', () => {
		expect(listCursor('down', 3, 50, 20)).toBe(4);
		expect(listCursor('up', 0, 50, 20)).toBe(0);
		expect(listCursor('halfPageDown', 3, 50, 20)).toBe(13);
		expect(listCursor('halfPageUp', 3, 50, 20)).toBe(0);
		expect(listCursor('pageDown', 3, 50, 20)).toBe(21);
		expect(listCursor('pageUp', 30, 50, 20)).toBe(12);
		expect(listCursor('top', 30, 50, 20)).toBe(0);
		expect(listCursor('bottom', 3, 50, 20)).toBe(49);
		expect(listCursor('pageDown', 45, 50, 20)).toBe(49);
		expect(listCursor('halfPageDown', 0, 50, 1)).toBe(1);
	});

	it('stays at 0 in an empty list, and leaves other commands to the screen', () => {
		expect(listCursor('down', 0, 0, 20)).toBe(0);
		expect(listCursor('bottom', 0, 0, 20)).toBe(0);
		expect(listCursor('open', 3, 50, 20)).toBeUndefined();
	});
});

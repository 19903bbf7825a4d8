import {expect, it} from 'vitest';
import {figureRowsShown, sentenceLines} from '../../../source/ui/figures/figures-geometry.js';

it('keeps lines for the sentence and shows a figure a row in the rest, at least one', () => {
	expect(sentenceLines).toBe(3);
	expect(figureRowsShown({columns: 80, rows: 24})).toBe(17);
	expect(figureRowsShown({columns: 80, rows: 16})).toBe(9);
	expect(figureRowsShown({columns: 80, rows: 5})).toBe(1);
});

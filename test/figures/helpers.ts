import {expect} from 'vitest';
import {extractFiguresFromText, type TextFigure} from '../../source/figures/extract.js';

/** The figure whose raw text is `raw` (exactly one must exist). */
export function figureOf(text: string, raw: string): TextFigure {
	const matches = extractFiguresFromText(text).filter((figure) => figure.raw === raw);
	expect(
		matches.map((figure) => figure.raw),
		`figures with raw "${raw}"`,
	).toEqual([raw]);
	return matches[0]!;
}

/** The raw texts of every figure found, in order. */
export function raws(text: string): string[] {
	return extractFiguresFromText(text).map((figure) => figure.raw);
}

/** The parts of a figure that say what it is, for compact exact assertions. */
export function summary(figure: TextFigure) {
	return {
		number: figure.number,
		multiplier: figure.multiplier,
		value: figure.value,
		unit: figure.unit,
		qualifier: figure.qualifier,
	};
}

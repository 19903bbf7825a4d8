// The figures view's layout: a title line, a column header, one row a figure, the selected
// figure's sentence (wrapped, a few lines) and a hint line.
import {frameHeight, type Size} from '../kit/geometry.js';

/** Title, header, the rule above the sentence, the hint line. */
const chromeLines = 4;
/** Lines kept for the selected figure's sentence. */
export const sentenceLines = 3;

export function figureRowsShown(size: Size): number {
	return Math.max(1, frameHeight(size) - chromeLines - sentenceLines);
}

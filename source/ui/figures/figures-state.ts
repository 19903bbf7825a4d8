// The figures view (F in the reader): the open report's figures in reading order, one a row;
// Enter reads the sentence a figure is in.
import type {Command} from '../kit/commands.js';
import {clamp, pageStep, type Size} from '../kit/geometry.js';
import {figureRowsShown} from './figures-geometry.js';

export type FiguresView = {
	screen: 'figures';
	report: string;
	cursor: number;
};

export function newFigures(report: string): FiguresView {
	return {screen: 'figures', report, cursor: 0};
}

type FiguresResult = {
	view: FiguresView;
	back?: boolean;
	/** Enter: read the figure at this index. */
	open?: number;
};

export function reduceFigures(
	view: FiguresView,
	command: Command,
	count: number,
	size: Size,
): FiguresResult {
	const shown = figureRowsShown(size);
	const move = (cursor: number): FiguresResult => ({
		view: {...view, cursor: clamp(cursor, 0, count - 1)},
	});
	switch (command) {
		case 'down':
			return move(view.cursor + 1);
		case 'up':
			return move(view.cursor - 1);
		case 'halfPageDown':
			return move(view.cursor + Math.max(1, Math.floor(shown / 2)));
		case 'halfPageUp':
			return move(view.cursor - Math.max(1, Math.floor(shown / 2)));
		case 'pageDown':
			return move(view.cursor + pageStep(shown));
		case 'pageUp':
			return move(view.cursor - pageStep(shown));
		case 'top':
			return move(0);
		case 'bottom':
			return move(count - 1);
		case 'open':
			return count > 0 ? {view, open: view.cursor} : {view};
		case 'back':
			return {view, back: true};
		default:
			return {view};
	}
}

// The figures view (F in the reader): the open report's figures in reading order, one a row;
// Enter reads the sentence a figure is in.
import type {Command} from '../kit/commands.js';
import {listCursor, type Size} from '../kit/geometry.js';
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
	const cursor = listCursor(command, view.cursor, count, figureRowsShown(size));
	if (cursor !== undefined) return {view: {...view, cursor}};
	switch (command) {
		case 'open':
			return count > 0 ? {view, open: view.cursor} : {view};
		case 'back':
			return {view, back: true};
		default:
			return {view};
	}
}

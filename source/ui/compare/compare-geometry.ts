// The compare screens' layout: the metrics table and the theme columns.
import {clamp, frameHeight, type Size} from '../kit/geometry.js';

// Compare table: title, column header, metric rows, blank, detail lines, hints.
export const compareDetailLines = 5;
const compareChromeLines = 4 + compareDetailLines;

type CompareGeometry = {
	labelWidth: number;
	columnWidth: number;
	/** Region columns that fit side by side. */
	columnsShown: number;
	rowsShown: number;
};

export function compareGeometry(size: Size, regionCount: number): CompareGeometry {
	const labelWidth = clamp(Math.floor(size.columns * 0.22), 12, 24);
	const minColumn = 20;
	const room = Math.max(minColumn, size.columns - labelWidth - 1);
	const columnsShown = clamp(Math.floor(room / minColumn), 1, Math.max(1, regionCount));
	const columnWidth = Math.min(32, Math.floor(room / columnsShown));
	return {
		labelWidth,
		columnWidth,
		columnsShown,
		rowsShown: Math.max(1, frameHeight(size) - compareChromeLines),
	};
}

// Theme view: title, theme line, column headers, columns, hints.
const themeChromeLines = 4;

type ThemeGeometry = {columnWidth: number; columnsShown: number; bodyHeight: number};

export function themeGeometry(size: Size, regionCount: number): ThemeGeometry {
	const minColumn = 26;
	const columnsShown = clamp(
		Math.floor((size.columns + 1) / (minColumn + 1)),
		1,
		Math.max(1, regionCount),
	);
	const columnWidth = Math.floor((size.columns + 1) / columnsShown) - 1;
	return {
		columnWidth,
		columnsShown,
		bodyHeight: Math.max(1, frameHeight(size) - themeChromeLines),
	};
}

// Screen geometry, kept pure so it can be tested without a terminal. Every screen draws at
// most rows - 1 lines: Ink clears and redraws the whole terminal when a frame is as tall as it.

export type Size = {columns: number; rows: number};

export const minimumSize: Size = {columns: 60, rows: 16};

export function isTooSmall(size: Size): boolean {
	return size.columns < minimumSize.columns || size.rows < minimumSize.rows;
}

/** Lines a frame may use. */
export function frameHeight(size: Size): number {
	return Math.max(0, size.rows - 1);
}

/** The first index of a window of `height` items that keeps `cursor` visible. */
export function scrollWindow(cursor: number, count: number, height: number, top = 0): number {
	if (height <= 0 || count <= height) return 0;
	let start = top;
	if (cursor < start) start = cursor;
	if (cursor >= start + height) start = cursor - height + 1;
	return clamp(start, 0, count - height);
}

export function clamp(value: number, low: number, high: number): number {
	return Math.min(Math.max(value, low), Math.max(low, high));
}

// Reader: header line, body, status line.
export const readerChromeLines = 2;
/** Widest the text column grows; longer lines are tiring to read. */
export const readerMaxMeasure = 100;
/** From this width on the table of contents sits beside the text instead of above it. */
export const tocBesideFrom = 100;

export type ReaderGeometry = {
	/** Width the report text is wrapped to. */
	textWidth: number;
	/** Lines of report text shown. */
	bodyHeight: number;
	toc: 'hidden' | 'beside' | 'above';
	tocWidth: number;
	tocHeight: number;
};

export function readerGeometry(size: Size, tocOpen: boolean, sectionCount: number): ReaderGeometry {
	const height = Math.max(1, frameHeight(size) - readerChromeLines);
	if (!tocOpen) {
		return {
			textWidth: Math.max(10, Math.min(readerMaxMeasure, size.columns - 2)),
			bodyHeight: height,
			toc: 'hidden',
			tocWidth: 0,
			tocHeight: 0,
		};
	}
	if (size.columns >= tocBesideFrom) {
		const tocWidth = clamp(Math.floor(size.columns * 0.3), 24, 40);
		return {
			textWidth: Math.max(10, Math.min(readerMaxMeasure, size.columns - tocWidth - 3)),
			bodyHeight: height,
			toc: 'beside',
			tocWidth,
			tocHeight: height,
		};
	}
	// Above the text: a title line, the entries and a rule, in up to half the height.
	const tocHeight = Math.min(sectionCount + 2, Math.max(4, Math.floor(height / 2)));
	return {
		textWidth: Math.max(10, Math.min(readerMaxMeasure, size.columns - 2)),
		bodyHeight: Math.max(1, height - tocHeight),
		toc: 'above',
		tocWidth: size.columns,
		tocHeight,
	};
}

// Search: prompt line, kind tabs line, results (two lines each), status line.
export const searchChromeLines = 3;
export const searchResultLines = 2;

export function searchResultsShown(size: Size): number {
	return Math.max(1, Math.floor((frameHeight(size) - searchChromeLines) / searchResultLines));
}

// Library: title line, column header, list, hint line.
export const libraryChromeLines = 3;

export function libraryRowsShown(size: Size): number {
	return Math.max(1, frameHeight(size) - libraryChromeLines);
}

// Compare table: title, column header, metric rows, blank, detail lines, hints.
export const compareDetailLines = 5;
export const compareChromeLines = 4 + compareDetailLines;

export type CompareGeometry = {
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

/** The first region column shown so that `column` is visible, paging by whole screens. */
export function columnPage(column: number, first: number, shown: number, count: number): number {
	if (count <= shown) return 0;
	let start = first;
	if (column < start) start = column;
	if (column >= start + shown) start = column - shown + 1;
	return clamp(start, 0, count - shown);
}

// Theme view: title, theme line, column headers, columns, hints.
export const themeChromeLines = 4;

export type ThemeGeometry = {columnWidth: number; columnsShown: number; bodyHeight: number};

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

// Help: title, a blank line, the bindings, the closing hint.
export function helpRowsShown(size: Size): number {
	return Math.max(1, frameHeight(size) - 3);
}

export function pageStep(height: number): number {
	return Math.max(1, height - 2);
}

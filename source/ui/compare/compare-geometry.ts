// The compare screens' layout: the metrics table and the theme columns. Nothing is cut: the
// columns are as wide as the widest value needs, labels are whole or the catalogue's short form,
// and region columns that do not fit are paged.
import type {Lang} from '../../i18n/lang.js';
import {comparisonRows, labelWidths, valueWidth} from '../../compare/rows.js';
import type {Comparison} from '../../compare/types.js';
import {clamp, frameHeight, type Size} from '../kit/geometry.js';

/** What the table's contents need: the widest label, short label and value (in columns). */
type TableWidths = {label: number; short: number; value: number};

/** What a comparison's table needs, measured on its rows in `lang`. */
export function tableWidths(comparison: Comparison, lang: Lang): TableWidths {
	const rows = comparisonRows(comparison, lang);
	const labels = labelWidths(rows);
	return {label: labels.label, short: labels.short, value: valueWidth(rows)};
}

type CompareGeometry = {
	/** The label column, not counting the one-column margin before it. */
	labelWidth: number;
	columnWidth: number;
	barWidth: number;
	/** Region columns that fit side by side. */
	columnsShown: number;
};

const margin = 1;
/** A gap after the label column and after each cell. */
const gap = 1;
const minBar = 4;
const maxBar = 16;
const maxColumn = 34;

export function compareGeometry(
	size: Size,
	regionCount: number,
	widths: TableWidths,
): CompareGeometry {
	const regions = Math.max(1, regionCount);
	// A cell: bar, space, value, gap.
	const minColumn = minBar + 1 + widths.value + gap;
	const fitting = (labelWidth: number) =>
		Math.floor((size.columns - margin - labelWidth - gap) / minColumn);
	// Whole labels when they leave room for as many regions as short ones do.
	const shortLabel = Math.min(widths.label, Math.max(widths.short, 8));
	const wholeFits = fitting(widths.label) >= Math.min(regions, fitting(shortLabel));
	const labelWidth = wholeFits ? widths.label : shortLabel;
	const columnsShown = clamp(fitting(labelWidth), 1, regions);
	const room = size.columns - margin - labelWidth - gap;
	const columnWidth = Math.max(1, Math.min(maxColumn, Math.floor(room / columnsShown)));
	const barWidth = clamp(columnWidth - widths.value - 1 - gap, 1, maxBar);
	return {labelWidth, columnWidth, barWidth, columnsShown};
}

/** Lines the focused cell's panel may take, leaving the table at least a few rows. */
export function detailRoom(size: Size, headerLines: number): number {
	// Title, region header, at least three metric rows, and the hints line.
	return Math.max(3, frameHeight(size) - 1 - headerLines - 3 - 1);
}

// Theme view: title, column headers, rule, columns, hints.
const themeChromeLines = 4;
/** Between theme columns: a space, a rule, a space. */
const themeGutter = 3;

type ThemeGeometry = {columnWidth: number; columnsShown: number; bodyHeight: number};

export function themeGeometry(size: Size, regionCount: number): ThemeGeometry {
	const minColumn = 26;
	const columnsShown = clamp(
		Math.floor((size.columns + themeGutter) / (minColumn + themeGutter)),
		1,
		Math.max(1, regionCount),
	);
	const columnWidth = Math.floor((size.columns + themeGutter) / columnsShown) - themeGutter;
	return {
		columnWidth,
		columnsShown,
		bodyHeight: Math.max(1, frameHeight(size) - themeChromeLines),
	};
}

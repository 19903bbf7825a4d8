// A comparison as rows: for each metric, its label (and the catalogue's short form of it) and
// unit, whether its bars are on a log scale, and each region's value as text with its bar
// length. The one model of the table: `compare` prints it (compare/table.ts) and the compare
// screen draws it (ui/compare/); both show the whole label or the short one, never one cut.
import type {Lang} from '../i18n/lang.js';
import {strings} from '../i18n/strings.js';
import {sanitizeLine} from '../text/sanitize.js';
import {textWidth} from '../text/width.js';
import {wrapText} from '../text/wrap.js';
import {metricById} from './catalogue.js';
import {formatValue, unitLabel} from './present.js';
import {needsLogScale, scaleRow} from './scale.js';
import type {Cell, Comparison, MetricRow, RegionColumn} from './types.js';

type ComparisonCell = {
	region: RegionColumn;
	cell: Cell | null;
	/** The value as read ("1883.5万人", "~14.2亿元"), or the mark for "not stated". */
	value: string;
	/** Bar length in [0, 1]; null where the region does not state the metric. */
	fraction: number | null;
};

type ComparisonRow = {
	metric: MetricRow;
	label: string;
	/** The catalogue's short form of the label (the label itself when it has none). */
	shortLabel: string;
	unit: string;
	log: boolean;
	/** One per region, in the comparison's order. */
	cells: ComparisonCell[];
};

/**
 * The rows of a comparison. `log` forces a log (true) or linear (false) scale on every row;
 * undefined lets each row choose (log when its values span orders of magnitude).
 */
export function comparisonRows(comparison: Comparison, lang: Lang, log?: boolean): ComparisonRow[] {
	return comparison.metrics.map((metric) => {
		const cells = comparison.regions.map((region) => metric.cells[region.report] ?? null);
		const values = cells.map((cell) => cell?.value ?? null);
		const rowLog = log ?? needsLogScale(values);
		const fractions = scaleRow(values, {log: rowLog});
		return {
			metric,
			label: sanitizeLine(metric.label[lang]),
			shortLabel: sanitizeLine(metricById(metric.id)?.short[lang] ?? metric.label[lang]),
			unit: unitLabel(metric.unit, lang),
			log: rowLog,
			cells: cells.map((cell, index) => ({
				region: comparison.regions[index]!,
				cell,
				value: cell
					? formatValue(cell.value, cell.unit, cell.qualifier, lang)
					: strings[lang].notStated,
				fraction: fractions[index] ?? null,
			})),
		};
	});
}

/**
 * A row's label in `width` columns: the whole label when it fits, else the short form, wrapped
 * (at Chinese line breaks) when even that is wider. Never cut.
 */
export function fittedLabel(row: ComparisonRow, width: number): string[] {
	if (textWidth(row.label) <= width) return [row.label];
	if (textWidth(row.shortLabel) <= width) return [row.shortLabel];
	return wrapText(row.shortLabel, width);
}

/** The widest whole label, and the widest short one. */
export function labelWidths(rows: readonly ComparisonRow[]): {label: number; short: number} {
	return {
		label: Math.max(0, ...rows.map((row) => textWidth(row.label))),
		short: Math.max(0, ...rows.map((row) => textWidth(row.shortLabel))),
	};
}

/** The widest value of any cell. */
export function valueWidth(rows: readonly ComparisonRow[]): number {
	return Math.max(1, ...rows.flatMap((row) => row.cells.map((cell) => textWidth(cell.value))));
}

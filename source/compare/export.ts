// The comparison as plain data for --json and --csv. Both carry the same cells: the picked
// value with its sentence; JSON also lists the other candidates as {value, unit, quote}.
import {formatPeriod, type Lang} from '../i18n/lang.js';
import type {Cell, Comparison} from './types.js';

type CellJson = {
	value: number;
	unit: string;
	qualifier: string;
	quote: string;
	section: string;
	alternatives: Array<{value: number; unit: string; quote: string}>;
};

export type ComparisonJson = {
	regions: Array<{
		report: string;
		region: {zh: string; en: string};
		level: string | null;
		period: {from: number; to: number} | null;
	}>;
	metrics: Array<{
		id: string;
		label: {zh: string; en: string};
		unit: string;
		cells: Record<string, CellJson | null>;
	}>;
};

function cellJson(cell: Cell): CellJson {
	return {
		value: cell.value,
		unit: cell.unit,
		qualifier: cell.qualifier,
		quote: cell.quote,
		section: cell.section,
		alternatives: cell.alternatives.map((figure) => ({
			value: figure.value,
			unit: figure.unit,
			quote: figure.quote,
		})),
	};
}

export function comparisonJson(comparison: Comparison): ComparisonJson {
	return {
		regions: comparison.regions.map((region) => ({
			report: region.report,
			region: {...region.region},
			level: region.level ?? null,
			period: region.period ? {...region.period} : null,
		})),
		metrics: comparison.metrics.map((row) => ({
			id: row.id,
			label: {...row.label},
			unit: row.unit,
			cells: Object.fromEntries(
				comparison.regions.map((region) => {
					const cell = row.cells[region.report];
					return [region.report, cell ? cellJson(cell) : null];
				}),
			),
		})),
	};
}

const csvHeader = [
	'metric',
	'label',
	'report',
	'region',
	'level',
	'period',
	'value',
	'unit',
	'qualifier',
	'section',
	'quote',
] as const;

/** Header, then one row per metric and region; empty value fields where a cell is null. */
export function comparisonCsvRows(comparison: Comparison, lang: Lang): string[][] {
	const rows: string[][] = [[...csvHeader]];
	for (const row of comparison.metrics) {
		for (const region of comparison.regions) {
			const cell = row.cells[region.report] ?? null;
			rows.push([
				row.id,
				row.label[lang],
				region.report,
				region.region[lang] || region.region.zh,
				region.level ?? '',
				formatPeriod(region.period).replace('–', '-'),
				cell ? String(cell.value) : '',
				cell ? cell.unit : '',
				cell ? cell.qualifier : '',
				cell ? cell.section : '',
				cell ? cell.quote : '',
			]);
		}
	}
	return rows;
}

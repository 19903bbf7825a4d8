// Building the comparison: one row per metric, one column per report. Figures are extracted
// once per report and matched against every metric of the catalogue.
import type {Report} from '../corpus/types.js';
import {extractFigures} from '../figures/extract.js';
import type {Figure} from '../figures/types.js';
import {catalogue, type Metric, metrics} from './catalogue.js';
import {ChoiceError} from './errors.js';
import {matchMetric, windowFigures} from './match.js';
import type {Comparison, MetricRow, RegionColumn} from './types.js';

type CompareOptions = {
	/** Metric ids (a comma-separated list also works); all metrics when absent or empty. */
	metrics?: string[];
	/** Where figures come from; the extractor unless a test supplies its own. */
	figures?: (report: Report) => Figure[];
};

/** The catalogue metrics named by ids, in the order given; throws ChoiceError for unknown ids. */
export function resolveMetrics(ids: string[] = []): Metric[] {
	const wanted = ids.flatMap((id) => id.split(',')).map((id) => id.trim().toLowerCase());
	if (wanted.every((id) => id === '')) return [...metrics];
	const out: Metric[] = [];
	for (const id of wanted) {
		if (id === '') continue;
		const metric = metrics.find((candidate) => candidate.id === id);
		if (!metric) {
			throw new ChoiceError(
				'metric',
				id,
				metrics.map((known) => known.id),
			);
		}
		if (!out.includes(metric)) out.push(metric);
	}
	return out;
}

export function regionColumn(report: Report): RegionColumn {
	const {meta} = report;
	return {
		report: meta.id,
		region: {...meta.region},
		level: meta.level,
		period: meta.period && {...meta.period},
	};
}

export function compareReports(reports: Report[], options: CompareOptions = {}): Comparison {
	const chosen = resolveMetrics(options.metrics);
	const figuresOf = options.figures ?? extractFigures;
	const rows: MetricRow[] = chosen.map((metric) => ({
		id: metric.id,
		label: {...metric.label},
		unit: metric.unit,
		cells: {},
	}));
	for (const report of reports) {
		const figures = windowFigures(figuresOf(report), report);
		chosen.forEach((metric, index) => {
			rows[index]!.cells[report.meta.id] = matchMetric(metric, figures, catalogue);
		});
	}
	return {regions: reports.map(regionColumn), metrics: rows};
}

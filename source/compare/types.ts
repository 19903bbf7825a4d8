import type {Bilingual, Level} from '../corpus/types.js';
import type {Figure} from '../figures/types.js';

/** One region's value for one metric, with where it came from. */
export type Cell = {
	report: string;
	value: number;
	unit: string;
	qualifier: string;
	/** The verbatim sentence the number is in. */
	quote: string;
	/** Title of the section the sentence is in. */
	section: string;
	/** The figure picked by the metric's rule. */
	figure: Figure;
	/** Other figures that also matched the metric, kept visible (not picked). */
	alternatives: Figure[];
};

export type MetricRow = {
	id: string;
	label: Bilingual;
	unit: string;
	/** Keyed by report id; null where the report does not state the metric. */
	cells: Record<string, Cell | null>;
};

export type RegionColumn = {
	report: string;
	region: Bilingual;
	level?: Level | undefined;
	period?: {from: number; to: number} | undefined;
};

export type Comparison = {regions: RegionColumn[]; metrics: MetricRow[]};

export type Theme = {id: string; label: Bilingual};

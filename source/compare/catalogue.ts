// The metric catalogue is data (metrics.json): adding or tuning a metric is an edit there, not
// here. This module only gives the data a type, folds its phrases to simplified characters and
// checks it once, so a typo in the file fails loudly instead of silently matching nothing.
import type {Bilingual} from '../corpus/types.js';
import {foldKey} from '../text/fold.js';
import data from './metrics.json' with {type: 'json'};

/** Where a metric's context words must appear, relative to the number. */
type ContextScope = 'clause' | 'sentence' | 'paragraph';

export type Metric = {
	id: string;
	label: Bilingual;
	/**
	 * The label in a few columns, for tables too narrow for the whole one (协商建制率,
	 * "Bargaining"): the comparison shows one or the other, never a label cut short.
	 */
	short: Bilingual;
	/** The unit the row is counted in (cells show the unit the report wrote). */
	unit: string;
	/** Figure units accepted as this metric. */
	units: string[];
	/** What is counted: one of these must name the number (see match.ts). */
	phrases: string[];
	/**
	 * Preferred wordings, best group first: among candidates, one whose words around the
	 * number hold a word of an earlier group wins (送温暖 before any other 资金).
	 */
	prefer: string[][];
	/** Words that must also appear near the number (e.g. 新业态 for new-form members). */
	context?: {scope: ContextScope; any: string[]};
	/** Words that disqualify a number when they appear in its clause. */
	exclude: string[];
	/** Words that disqualify a number when they appear earlier in its sentence. */
	excludeInSentence: string[];
	note: string;
};

export type Catalogue = {
	metrics: Metric[];
	/** Verbs and quantifiers stripped from the end of the words before a number. */
	linkWords: string[];
	/** How far into the words after a number the counted noun may start. */
	afterReach: number;
	unitLabels: Record<string, Bilingual>;
};

type RawMetric = Omit<Metric, 'prefer' | 'exclude' | 'excludeInSentence'> & {
	prefer?: string[][];
	exclude?: string[];
	excludeInSentence?: string[];
};

const scopes: readonly ContextScope[] = ['clause', 'sentence', 'paragraph'];

function buildCatalogue(raw: unknown): Catalogue {
	const file = raw as {
		metrics: RawMetric[];
		linkWords: string[];
		afterReach: number;
		unitLabels: Record<string, Bilingual>;
	};
	const seen = new Set<string>();
	const fold = (words: string[] | undefined) => (words ?? []).map((word) => foldKey(word));
	const metrics = file.metrics.map((metric): Metric => {
		if (!/^[a-z][a-z0-9_]*$/.test(metric.id))
			throw new Error(`metric id "${metric.id}" is malformed`);
		if (seen.has(metric.id)) throw new Error(`metric "${metric.id}" is defined twice`);
		seen.add(metric.id);
		if (metric.phrases.length === 0 || metric.units.length === 0) {
			throw new Error(`metric "${metric.id}" needs phrases and units`);
		}
		if (!metric.short?.zh || !metric.short.en) {
			throw new Error(`metric "${metric.id}" needs a short label in zh and en`);
		}
		if (metric.context && !scopes.includes(metric.context.scope)) {
			throw new Error(`metric "${metric.id}" has an unknown context scope`);
		}
		const built: Metric = {
			id: metric.id,
			label: metric.label,
			short: metric.short,
			unit: metric.unit,
			units: metric.units,
			phrases: fold(metric.phrases),
			prefer: (metric.prefer ?? []).map(fold),
			exclude: fold(metric.exclude),
			excludeInSentence: fold(metric.excludeInSentence),
			note: metric.note,
		};
		if (metric.context)
			built.context = {scope: metric.context.scope, any: fold(metric.context.any)};
		return built;
	});
	// Longest first, so 达到 is stripped whole rather than leaving 达.
	const linkWords = fold(file.linkWords).sort((a, b) => b.length - a.length);
	return {metrics, linkWords, afterReach: file.afterReach, unitLabels: file.unitLabels};
}

export const catalogue: Catalogue = buildCatalogue(data);
export const metrics: readonly Metric[] = catalogue.metrics;

export function metricById(id: string): Metric | undefined {
	return metrics.find((metric) => metric.id === id);
}

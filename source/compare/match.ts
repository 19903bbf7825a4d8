// Deciding which figure, if any, states a metric for one report.
//
// A figure is a candidate when
//   1. its unit is one of the metric's units;
//   2. one of the metric's phrases names what it counts: either the words just before the
//      number end with the phrase (after link words such as 达/共/累计 are stripped:
//      "工会会员达14038人"), or the phrase begins within `afterReach` characters after the
//      number ("28名劳模…", "3821名市州级工匠"). When the words before end with 等 (a list:
//      "慰问困难职工、劳模先进等232.57万余人次"), the phrase may be anywhere in the clause;
//   3. the metric's context words, if any, appear in the given scope (clause, sentence up to
//      the counted words, or paragraph);
//   4. it is not a threshold describing something else (followed by 的: "会员50人以上的单位");
//   5. none of its exclusion words is in the clause, and none of its sentence exclusions
//      (e.g. 新业态 for total members) is earlier in the sentence.
//
// The pick rule, among candidates:
//   a. a figure that is not a subset (its clause does not open with 其中) beats one that is;
//   b. a preferred wording near the number beats a plain one (metric.prefer, best first:
//      送温暖 funds before other 资金, 集体协商建制率 before another 建制率);
//   c. a period total beats a yearly figure (每年/年均 in the clause);
//   d. the larger value wins (the total over its parts);
//   e. the earlier position in the report wins.
// The picked figure fills the cell; every other candidate stays in `alternatives`.
import type {Report} from '../corpus/types.js';
import type {Figure} from '../figures/types.js';
import type {Catalogue, Metric} from './catalogue.js';
import type {Cell} from './types.js';
import {type FigureWindow, figureWindow} from './window.js';

type Candidate = {
	figure: Figure;
	window: FigureWindow;
	/** Index in metric.prefer of the first group found near the number (prefer.length if none). */
	preference: number;
	subset: boolean;
	yearly: boolean;
};

/** A figure with its windows computed once, shared by every metric. */
type WindowedFigure = {figure: Figure; window: FigureWindow};

export function windowFigures(figures: Figure[], report: Report | undefined): WindowedFigure[] {
	const out: WindowedFigure[] = [];
	const folded = new Map<string, string>();
	for (const figure of figures) {
		const window = figureWindow(figure, report, folded);
		if (window) out.push({figure, window});
	}
	return out;
}

/** Strips trailing link words (达到, 共, 累计, 保持在 …) until none is left. */
export function stripLinkWords(text: string, linkWords: string[]): string {
	let out = text.trimEnd();
	for (;;) {
		const word = linkWords.find((link) => out.endsWith(link));
		if (!word) return out;
		out = out.slice(0, -word.length).trimEnd();
	}
}

/** Whether one of the metric's phrases names what the figure counts. */
function namesCount(
	metric: Metric,
	window: FigureWindow,
	catalogue: Pick<Catalogue, 'linkWords' | 'afterReach'>,
): boolean {
	const subject = stripLinkWords(window.item, catalogue.linkWords);
	const listed = subject.endsWith('等');
	return metric.phrases.some((phrase) => {
		if (subject.endsWith(phrase)) return true;
		if (listed && window.clauseBefore.includes(phrase)) return true;
		const at = window.after.indexOf(phrase);
		return at !== -1 && at <= catalogue.afterReach;
	});
}

/** The first preferred group with a word in the list item or the words after the number. */
function preferenceOf(metric: Metric, window: FigureWindow): number {
	const near = window.item + window.after;
	const index = metric.prefer.findIndex((group) => group.some((word) => near.includes(word)));
	return index === -1 ? metric.prefer.length : index;
}

function candidateFor(
	metric: Metric,
	{figure, window}: WindowedFigure,
	catalogue: Pick<Catalogue, 'linkWords' | 'afterReach'>,
): Candidate | null {
	if (!metric.units.includes(figure.unit)) return null;
	// "会员50人以上的用人单位": a number followed by 的 describes something else.
	if (window.after.startsWith('的')) return null;
	if (!namesCount(metric, window, catalogue)) return null;
	if (metric.context) {
		const scope =
			metric.context.scope === 'clause'
				? window.clause
				: metric.context.scope === 'sentence'
					? window.sentenceSoFar
					: window.paragraph;
		if (!metric.context.any.some((word) => scope.includes(word))) return null;
	}
	if (metric.exclude.some((word) => window.clause.includes(word))) return null;
	if (metric.excludeInSentence.some((word) => window.sentenceSoFar.includes(word))) return null;
	return {
		figure,
		window,
		preference: preferenceOf(metric, window),
		subset: window.clauseBefore.startsWith('其中'),
		yearly: /每年|年均/.test(window.clause),
	};
}

/** Orders candidates by the pick rule: the first one is picked. */
function compareCandidates(a: Candidate, b: Candidate): number {
	return (
		Number(a.subset) - Number(b.subset) ||
		a.preference - b.preference ||
		Number(a.yearly) - Number(b.yearly) ||
		b.figure.value - a.figure.value ||
		a.figure.section - b.figure.section ||
		a.figure.block - b.figure.block ||
		a.figure.start - b.figure.start
	);
}

/** The cell for one metric in one report: null when no figure states it. */
export function matchMetric(
	metric: Metric,
	figures: WindowedFigure[],
	catalogue: Pick<Catalogue, 'linkWords' | 'afterReach'>,
): Cell | null {
	const candidates = figures
		.map((figure) => candidateFor(metric, figure, catalogue))
		.filter((candidate): candidate is Candidate => candidate !== null)
		.sort(compareCandidates);
	const [picked, ...others] = candidates;
	if (!picked) return null;
	const {figure} = picked;
	return {
		report: figure.report,
		value: figure.value,
		unit: figure.unit,
		qualifier: figure.qualifier,
		quote: figure.quote,
		section: figure.sectionTitle,
		figure,
		alternatives: others.map((other) => other.figure),
	};
}

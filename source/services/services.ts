// What the screens need from the rest of baogao, as one object: the app gets the real thing,
// tests may pass stand-ins. Every function here is pure (same input, same output).
import {compareReports} from '../compare/compare.js';
import {sectionsForTheme, themes} from '../compare/themes.js';
import type {Comparison, Theme} from '../compare/types.js';
import type {Report} from '../corpus/types.js';
import {extractFigures} from '../figures/extract.js';
import type {Figure} from '../figures/types.js';
import {buildIndex, type CountedHits, search, searchCounted} from '../search/index.js';
import type {Hit, SearchIndex, SearchOptions} from '../search/types.js';

/** One region's sections on a theme, by index into its report's sections. */
type ThemeColumn = {report: string; sections: number[]};

export type AppServices = {
	figures(report: Report): Figure[];
	search(query: string, options: SearchOptions): Hit[];
	/** The search screen's search: hits of the kind asked for, and counts of every kind. */
	searchCounted(query: string, options: SearchOptions): CountedHits;
	/**
	 * searchCounted answered off the keystroke path (on another thread); resolves undefined
	 * when a newer query took its place. When absent, `searchCounted` is used.
	 */
	searchInBackground?(query: string, options: SearchOptions): Promise<CountedHits | undefined>;
	compare(reports: Report[]): Comparison;
	themes(): Theme[];
	themeSections(reports: Report[], themeId: string): ThemeColumn[];
};

/** The real services, with figures and the search index computed once, when first needed. */
export function createServices(reports: Report[]): AppServices {
	// Only memoization of extractFigures, a pure function of the report.
	const figureCache = new WeakMap<Report, Figure[]>();
	const figuresOf = (report: Report): Figure[] => {
		let figures = figureCache.get(report);
		if (!figures) {
			figures = extractFigures(report);
			figureCache.set(report, figures);
		}
		return figures;
	};
	let index: SearchIndex | undefined;
	const themeCache = new Map<string, ThemeColumn[]>();
	return {
		figures: figuresOf,
		search(query, options) {
			index ??= buildIndex(reports, reports.flatMap(figuresOf));
			return search(index, query, options);
		},
		searchCounted(query, options) {
			index ??= buildIndex(reports, reports.flatMap(figuresOf));
			return searchCounted(index, query, options);
		},
		compare: (chosen) => compareReports(chosen, {figures: figuresOf}),
		themes: () => [...themes],
		themeSections(chosen, themeId) {
			const key = `${themeId}:${chosen.map((report) => report.meta.id).join(',')}`;
			let columns = themeCache.get(key);
			if (!columns) {
				columns = sectionsForTheme(chosen, themeId).map(({report, sections}) => ({
					report: report.meta.id,
					sections: sections.map(({index}) => index),
				}));
				themeCache.set(key, columns);
			}
			return columns;
		},
	};
}

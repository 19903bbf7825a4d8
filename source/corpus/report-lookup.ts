// A report by its id, in a map made once per list of reports (the app's list never changes
// after start-up). Looking it up instead of reading every report keeps each frame's cost to
// the reports it shows: at 10,000 reports from the index, each report's front matter is read
// from its row on first use, and the search screen's map of every report's region name took
// 1 s to make each time the screen opened.
import type {LoadResult} from './load.js';
import type {Report} from './types.js';

const maps = new WeakMap<readonly Report[], ReadonlyMap<string, Report>>();

export function reportById(reports: readonly Report[], id: string): Report | undefined {
	let map = maps.get(reports);
	if (!map) {
		// Only ids are read here: they are known without reading any row.
		map = new Map(reports.map((report) => [report.meta.id, report]));
		maps.set(reports, map);
	}
	return map.get(id);
}

/**
 * The reports of a corpus, and reports found by id without making them all: the index's
 * corpus answers from its rows (making its 10,000 report objects took 80 ms of a search's
 * text output, which names only its hits' regions).
 */
export type Library = LoadResult & {
	reportById(id: string): Report | undefined;
	/** The first report, in corpus order, whose id passes `test`. */
	firstReportWhere(test: (id: string) => boolean): Report | undefined;
};

/** A library of reports already made (loaded from their files, or a test's). */
export function libraryOf(loaded: LoadResult): Library {
	return {
		...loaded,
		reportById: (id) => reportById(loaded.reports, id),
		firstReportWhere: (test) => loaded.reports.find((report) => test(report.meta.id)),
	};
}

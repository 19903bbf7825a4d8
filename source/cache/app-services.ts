// The app's services for a corpus that may be large: the search over all reports runs on its
// own thread (searchInBackground), and a search within one report (the reader's hit list) uses
// a small index of that report alone, so nothing on the keystroke path waits for, or builds,
// the whole corpus's index.
import type {Report} from '../corpus/types.js';
import {buildIndex, type SearchIndex, type SearchOptions, search} from '../search/index.js';
import {type AppServices, createServices} from '../ui/services.js';
import {type BackgroundSearch, startBackgroundSearch} from './background-search.js';
import type {WorkerStart} from './worker-messages.js';

export type AppServicesWithThread = AppServices & {close(): void};

export function createAppServices(
	reports: Report[],
	thread: {file: URL; start: WorkerStart} | undefined,
): AppServicesWithThread {
	const base = createServices(reports);
	const byId = new Map(reports.map((report) => [report.meta.id, report]));
	const reportIndexes = new Map<string, SearchIndex>();
	const reportIndex = (id: string): SearchIndex | undefined => {
		let index = reportIndexes.get(id);
		const report = byId.get(id);
		if (!index && report) {
			index = buildIndex([report], base.figures(report));
			reportIndexes.set(id, index);
		}
		return index;
	};
	// The thread starts once the first frame is out (a timer runs after the synchronous first
	// render), so its start-up does not compete with the app's; a search asked for sooner
	// starts it at once.
	let background: BackgroundSearch | undefined;
	let closed = false;
	const startThread = (): BackgroundSearch | undefined => {
		if (thread && !background && !closed) {
			background = startBackgroundSearch(thread.file, thread.start, base.search);
		}
		return background;
	};
	if (thread) setTimeout(startThread, 0).unref();
	return {
		...base,
		search(query, options) {
			if (options.report === undefined) return base.search(query, options);
			const index = reportIndex(options.report);
			return index ? search(index, query, options) : [];
		},
		...(thread
			? {
					searchInBackground: (query: string, options: SearchOptions) =>
						startThread()?.search(query, options) ?? Promise.resolve(base.search(query, options)),
				}
			: {}),
		close: () => {
			closed = true;
			background?.close();
		},
	};
}

// The app's services for a corpus that may be large: the search over all reports runs on its
// own thread (searchInBackground), and a search within one report (the reader's hit list) uses
// a small index of that report alone, so nothing on the keystroke path waits for, or builds,
// the whole corpus's index.
//
// The modules behind the services (figure extractor, comparison, search tables) are not needed
// for the first frame. In the build, `require` is the bundle's own and evaluates a module on
// first call, so they load just after the first frame (or on first use, if sooner); run from
// the sources, they are imported before the app starts.
import type {Report} from '../corpus/types.js';
import type {CountedHits} from '../search/search.js';
import type {Hit, SearchIndex, SearchOptions} from '../search/types.js';
import type {AppServices} from './services.js';
import {type BackgroundSearch, startBackgroundSearch} from './index/background-search.js';
import type {IndexedSearch} from './index/search.js';
import type {WorkerStart} from './index/worker-messages.js';

type AppServicesWithThread = AppServices & {close(): void};

/** The whole corpus's search through its index, on this thread. */
export type CorpusSearch = IndexedSearch;

type Modules = {
	services: typeof import('../services/services.js');
	search: typeof import('../search/index.js');
};

let modules: Modules | undefined;

function loaded(): Modules {
	modules ??= {services: require('../services/services.js'), search: require('../search/index.js')};
	return modules;
}

export async function createAppServices(
	reports: Report[],
	thread: {file: URL; start: WorkerStart} | undefined,
	corpus?: CorpusSearch,
): Promise<AppServicesWithThread> {
	if (typeof require !== 'function') {
		modules ??= {
			services: await import('../services/services.js'),
			search: await import('../search/index.js'),
		};
	}
	let base: AppServices | undefined;
	const real = (): AppServices => {
		base ??= loaded().services.createServices(reports);
		return base;
	};
	const byId = new Map(reports.map((report) => [report.meta.id, report]));
	const reportIndexes = new Map<string, SearchIndex>();
	const reportIndex = (id: string): SearchIndex | undefined => {
		let index = reportIndexes.get(id);
		const report = byId.get(id);
		if (!index && report) {
			index = loaded().search.buildIndex([report], real().figures(report));
			reportIndexes.set(id, index);
		}
		return index;
	};
	// The whole corpus through its index when there is one, else an index built here.
	const searchAll = (query: string, options: SearchOptions): Hit[] =>
		corpus ? corpus.search(query, options) : real().search(query, options);
	const countedAll = (query: string, options: SearchOptions): CountedHits =>
		corpus ? corpus.searchCounted(query, options) : real().searchCounted(query, options);
	let background: BackgroundSearch | undefined;
	let closed = false;
	const startThread = (): BackgroundSearch | undefined => {
		if (thread && !background && !closed) {
			background = startBackgroundSearch(thread.file, thread.start, countedAll);
		}
		return background;
	};
	// Once the first frame is out (a timer runs after the synchronous first render): start the
	// search thread and load the services' modules, while the user looks at the library.
	setTimeout(() => {
		startThread();
		real();
	}, 0).unref();
	const own: Partial<AppServicesWithThread> = {
		search(query, options) {
			if (options.report === undefined) return searchAll(query, options);
			const index = reportIndex(options.report);
			return index ? loaded().search.search(index, query, options) : [];
		},
		searchCounted: countedAll,
		close() {
			closed = true;
			background?.close();
		},
	};
	if (thread) {
		own.searchInBackground = (query: string, options: SearchOptions) =>
			startThread()?.search(query, options) ?? Promise.resolve(countedAll(query, options));
	}
	// Every other service is the real one's, looked up when called. (Not `then`: awaiting the
	// services looks for it, and must not load anything.)
	return new Proxy(own as AppServicesWithThread, {
		get(target, name) {
			if (name in target) return target[name as keyof AppServicesWithThread];
			if (typeof name !== 'string' || name === 'then') return undefined;
			const service = real()[name as keyof AppServices];
			return typeof service === 'function' ? service.bind(real()) : service;
		},
	});
}

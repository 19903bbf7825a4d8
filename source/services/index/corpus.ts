// The corpus through the index: the report files are brought up to date in the index (see
// sync.ts), and the library is made from its rows: each report's front matter and counts, its
// text read from its file only when something asks for it.
import type {DatabaseSync} from 'node:sqlite';
import {
	claimId,
	loadDirectories,
	type LoadResult,
	loadReportFile,
	type Problem,
} from '../../corpus/load.js';
import type {Report, Section} from '../../corpus/types.js';
import type {Figure} from '../../figures/types.js';
import {problems as reportProblems} from '../../i18n/messages.js';
import {buildIndex, search, searchCounted, type SearchIndex} from '../../search/index.js';
import {
	isDamage,
	type IndexDatabase,
	openIndexDatabase,
	openMemoryDatabase,
	removeDatabase,
} from './database.js';
import {type IndexedReport, type IndexedSearch, indexedSearch} from './search.js';
import {type FileRow, type LibraryEntry, syncIndex, type SyncOptions} from './sync.js';

export type Corpus = LoadResult & {
	/** Search over every report of the corpus (call prepareSearch first). */
	search: IndexedSearch['search'];
	/** The same, with the number of hits of every kind (the search screen's). */
	searchCounted: IndexedSearch['searchCounted'];
	/** Loads what search needs (the figure extractor, when the index is built in memory). */
	prepareSearch(): Promise<void>;
	/** Each report's number of figures: as the index rows hold them, else extracted now. */
	figureCounts(): Promise<ReadonlyMap<Report, number>>;
	/** The index file (for another thread to search), undefined when the index is in memory. */
	indexFile: string | undefined;
	/** The reports as rows of the index, in corpus order (what another thread's search needs). */
	indexed: IndexedReport[];
	/** How many report files this start read and indexed. */
	indexedFiles: number;
	close(): void;
};

type OpenOptions = {
	/** Where the index lives; undefined keeps it in memory for this run. */
	cacheDir: string | undefined;
	progress?: SyncOptions['progress'];
	beforeBuild?: SyncOptions['beforeBuild'];
	figuresOf: () => Promise<(report: Report) => Figure[]>;
};

function synced(database: IndexDatabase, dirs: string[], options: OpenOptions) {
	return syncIndex(database.db, dirs, {
		figuresOf: options.figuresOf,
		...(options.progress ? {progress: options.progress} : {}),
		...(options.beforeBuild ? {beforeBuild: options.beforeBuild} : {}),
	});
}

/** The reports of `dirs`, in the loader's order and with its problems, through the index. */
export async function openCorpus(dirs: string[], options: OpenOptions): Promise<Corpus> {
	// Without a cache the reports are loaded as they are, and the search builds its index in
	// memory when first asked: a run that keeps nothing need not pay for writing an index.
	if (options.cacheDir === undefined) return await loadedCorpus(dirs, options);
	let database = openIndexDatabase(options.cacheDir);
	let result;
	try {
		result = await synced(database, dirs, options);
	} catch (error) {
		database.db.close();
		// A damaged file is rebuilt; anything else (a database locked for longer than the busy
		// timeout) costs only speed: this run indexes in memory.
		if (database.file && isDamage(error) && removeDatabase(database.file)) {
			database = openIndexDatabase(options.cacheDir);
		} else {
			database = openMemoryDatabase();
		}
		try {
			result = await synced(database, dirs, options);
		} catch {
			database.db.close();
			database = openMemoryDatabase();
			result = await synced(database, dirs, options);
		}
	}
	return corpusOf(database, result.files, result.problems, result.indexed);
}

async function loadedCorpus(dirs: string[], options: OpenOptions): Promise<Corpus> {
	const {reports, problems} = loadDirectories(dirs);
	let index: SearchIndex | undefined;
	let figuresOf: ((report: Report) => Figure[]) | undefined;
	let figureCounts: Promise<Map<Report, number>> | undefined;
	const built = () => {
		index ??= buildIndex(
			reports,
			reports.flatMap((report) => figuresOf!(report)),
		);
		return index;
	};
	const loadFigures = options.figuresOf;
	const figures = async () => {
		figuresOf ??= await loadFigures();
		return figuresOf;
	};
	return {
		reports,
		problems,
		figureCounts: () => {
			figureCounts ??= figures().then(
				(figuresOf) => new Map(reports.map((report) => [report, figuresOf(report).length])),
			);
			return figureCounts;
		},
		search: (query, searchOptions) => search(built(), query, searchOptions),
		searchCounted: (query, searchOptions) => searchCounted(built(), query, searchOptions),
		prepareSearch: async () => {
			await figures();
		},
		indexFile: undefined,
		indexed: [],
		indexedFiles: 0,
		close: () => {},
	};
}

function corpusOf(
	database: IndexDatabase,
	files: FileRow[],
	listProblems: Problem[],
	indexedFiles: number,
): Corpus {
	const {db} = database;
	const reports: Report[] = [];
	const problems: Problem[] = [...listProblems];
	const indexed: IndexedReport[] = [];
	const figureCounts = new Map<Report, number>();
	const seen = new Map<string, string>();
	for (const row of files) {
		if (row.problem !== undefined || !row.library) {
			problems.push({file: row.path, problem: row.problem ?? reportProblems.cannotReadFile});
			continue;
		}
		const {meta} = row.library;
		if (!claimId(seen, meta.id, row.path, problems)) continue;
		const report = lazyReport(row.path, row.library);
		figureCounts.set(report, row.library.figures);
		reports.push(report);
		indexed.push({file: row.id, id: meta.id, region: meta.region.zh});
	}
	return {
		reports,
		problems,
		figureCounts: async () => figureCounts,
		...indexedSearch(db, indexed),
		prepareSearch: async () => {},
		indexFile: database.file,
		indexed,
		indexedFiles,
		close: () => closeQuietly(db),
	};
}

function closeQuietly(db: DatabaseSync): void {
	try {
		db.close();
	} catch {}
}

/** A report whose sections are read from its file the first time they are asked for. */
function lazyReport(file: string, entry: LibraryEntry): Report {
	let sections: Section[] | undefined;
	return {
		meta: entry.meta,
		file,
		counts: {chars: entry.chars, sections: entry.sections},
		get sections(): Section[] {
			sections ??= readSections(file);
			return sections;
		},
	};
}

function readSections(file: string): Section[] {
	try {
		return loadReportFile(file).sections;
	} catch (error) {
		// The file changed or went away since start-up; say so where the text would be.
		const problem = error instanceof Error ? error.message : String(error);
		return [{title: '', blocks: [{kind: 'paragraph', text: `(${problem})`}]}];
	}
}

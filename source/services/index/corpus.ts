// The corpus through the index: the report files are brought up to date in the index (see
// sync.ts), and the library is made from its rows: each report's front matter and counts, its
// text read from its file only when something asks for it.
import type {DatabaseSync} from 'node:sqlite';
import {claimId, loadDirectories, loadReportFile, type Problem} from '../../corpus/load.js';
import {ReportError} from '../../corpus/format.js';
import {type Library, libraryOf} from '../../corpus/report-lookup.js';
import type {Report, ReportMeta, Section} from '../../corpus/types.js';
import type {Figure} from '../../figures/types.js';
import type {Lang} from '../../i18n/lang.js';
import {fileProblem, problems as reportProblems, systemReason} from '../../i18n/messages.js';
import {buildIndex, search, searchCounted, type SearchIndex} from '../../search/index.js';
import {
	isDamage,
	type IndexDatabase,
	openIndexDatabase,
	openMemoryDatabase,
	removeDatabase,
} from './database.js';
import {type IndexedReport, type IndexedSearch, indexedSearch} from './search.js';
import {
	type FileRow,
	type LibraryEntry,
	libraryEntryOf,
	storedFiles,
	syncIndex,
	type SyncOptions,
} from './sync.js';

export type Corpus = Library & {
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
	buildWorker?: SyncOptions['buildWorker'];
	/** The language of a problem said in place of a report's text (default en). */
	lang?: Lang;
};

function synced(database: IndexDatabase, dirs: string[], options: OpenOptions) {
	return syncIndex(database.db, dirs, {
		figuresOf: options.figuresOf,
		...(options.progress ? {progress: options.progress} : {}),
		...(options.beforeBuild ? {beforeBuild: options.beforeBuild} : {}),
		...(options.buildWorker ? {buildWorker: options.buildWorker} : {}),
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
	return corpusOf(database, result.files, result.problems, result.indexed, options.lang ?? 'en');
}

/** A corpus as the index's rows last said, and how to bring it up to date with the files. */
type StoredCorpus = {
	corpus: Corpus;
	/** Syncs the index with the files: the corpus anew when anything changed, else undefined. */
	check(): Promise<Corpus | undefined>;
};

/**
 * The corpus from the index's rows as the last run left them, without listing or stating a
 * file (the app's first frame: at 10,000 reports the listing and the 10,000 stats were 50-130
 * ms of it in --cpu-prof, and the first frame went from 220 to 152-157 ms, medians of 4 at load
 * 3); `check` then syncs as openCorpus does. Undefined when there is
 * no index of every directory yet (openCorpus builds it).
 */
export function openStoredCorpus(dirs: string[], options: OpenOptions): StoredCorpus | undefined {
	if (options.cacheDir === undefined) return undefined;
	const database = openIndexDatabase(options.cacheDir);
	let files: FileRow[] | undefined;
	try {
		files = database.file === undefined ? undefined : storedFiles(database.db, dirs);
	} catch {
		files = undefined;
	}
	if (!files) {
		closeQuietly(database.db);
		return undefined;
	}
	const lang = options.lang ?? 'en';
	const shown = files;
	// The check's build, if any, draws no progress: the app shows the library meanwhile.
	const quiet: OpenOptions = {
		cacheDir: options.cacheDir,
		figuresOf: options.figuresOf,
		...(options.buildWorker ? {buildWorker: options.buildWorker} : {}),
		...(options.lang ? {lang: options.lang} : {}),
	};
	return {
		corpus: corpusOf(database, shown, [], 0, lang),
		check: async () => {
			let result;
			try {
				result = await synced(database, dirs, quiet);
			} catch {
				// Damaged, or locked for longer than the busy timeout: as openCorpus copes.
				return await openCorpus(dirs, quiet);
			}
			if (result.indexed === 0 && result.problems.length === 0 && sameRows(shown, result.files))
				return undefined;
			return corpusOf(database, result.files, result.problems, result.indexed, lang);
		},
	};
}

/** Whether two listings of rows say the same files, reports and problems, in the same order. */
function sameRows(before: FileRow[], after: FileRow[]): boolean {
	return (
		before.length === after.length &&
		after.every((row, at) => {
			const was = before[at]!;
			return (
				was.id === row.id &&
				was.path === row.path &&
				was.report?.id === row.report?.id &&
				was.report?.region === row.report?.region &&
				was.problem?.en === row.problem?.en
			);
		})
	);
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
		...libraryOf({reports, problems}),
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
	lang: Lang,
): Corpus {
	const {db} = database;
	const problems: Problem[] = [...listProblems];
	const indexed: IndexedReport[] = [];
	const paths: string[] = [];
	const seen = new Map<string, string>();
	for (const row of files) {
		if (row.problem !== undefined || !row.report) {
			problems.push({file: row.path, problem: row.problem ?? reportProblems.cannotReadFile});
			continue;
		}
		const {id, region} = row.report;
		if (!claimId(seen, id, row.path, problems)) continue;
		indexed.push({file: row.id, id, region});
		paths.push(row.path);
	}
	// The library's report objects are made when first asked for: a search finds its hits and
	// their reports from the rows alone, and making 10,000 of them took 80 ms of its start. A
	// report looked up by id is made alone, and is the library's when that is made later.
	let entryOf: ((file: number) => LibraryEntry | undefined) | undefined;
	const entries = new Array<LibraryEntry | undefined>(indexed.length);
	const entryAt = (at: number): LibraryEntry => {
		const {file, id, region} = indexed[at]!;
		entryOf ??= libraryEntryOf(db);
		return (entries[at] ??= entryOf(file) ?? entryFromFile(paths[at]!, id, region));
	};
	const made = new Array<Report | undefined>(indexed.length);
	const reportAt = (at: number): Report =>
		(made[at] ??= new StoredReport(paths[at]!, indexed[at]!.id, () => entryAt(at), lang));
	let library: Report[] | undefined;
	const libraryOfRows = () => (library ??= indexed.map((_, at) => reportAt(at)));
	let positions: Map<string, number> | undefined;
	const positionOf = (id: string) => {
		positions ??= new Map(indexed.map((report, at) => [report.id, at]));
		return positions.get(id);
	};
	return {
		get reports() {
			return libraryOfRows();
		},
		problems,
		reportById: (id) => {
			const at = positionOf(id);
			return at === undefined ? undefined : reportAt(at);
		},
		firstReportWhere: (test) => {
			const at = indexed.findIndex((report) => test(report.id));
			return at === -1 ? undefined : reportAt(at);
		},
		figureCounts: async () =>
			new Map(libraryOfRows().map((report, at) => [report, entryAt(at).figures])),
		...indexedSearch(db, indexed),
		prepareSearch: async () => {},
		indexFile: database.file,
		indexed,
		indexedFiles,
		close: () => closeQuietly(db),
	};
}

/**
 * The entry of a report whose row went away since start-up (another run saw its file change or
 * go): what its file says now, else what the row said.
 */
function entryFromFile(file: string, id: string, region: string): LibraryEntry {
	try {
		const report = loadReportFile(file);
		return {
			meta: report.meta,
			chars: report.counts.chars,
			sections: report.counts.sections,
			figures: 0,
		};
	} catch {
		const none = {zh: '', en: ''};
		const meta = {
			id,
			title: id,
			region: {zh: region, en: ''},
			province: none,
			published: '',
			source: '',
			authors: [],
			script: 'simplified' as const,
			origin: file,
		};
		return {meta, chars: 0, sections: 0, figures: 0};
	}
}

function closeQuietly(db: DatabaseSync): void {
	try {
		db.close();
	} catch {}
}

/**
 * A report from its row: its id at once, the rest of its front matter and its counts from its
 * library entry the first time one is asked for (a search touches only its hits' reports), and
 * its sections from its file the first time they are asked for. Getters on a class's prototype:
 * as getters in object literals (13 closures a report) the 10,000 reports of the app's first
 * frame took 28 ms to make and 33 ms of collections (--cpu-prof, up to the first frame's
 * draw); defining them one by one (Object.defineProperty) took 150 ms.
 */
class StoredMeta implements ReportMeta {
	readonly #entry: () => LibraryEntry;
	constructor(
		readonly id: string,
		entry: () => LibraryEntry,
	) {
		this.#entry = entry;
	}
	get title() {
		return this.#entry().meta.title;
	}
	get subtitle() {
		return this.#entry().meta.subtitle;
	}
	get region() {
		return this.#entry().meta.region;
	}
	get province() {
		return this.#entry().meta.province;
	}
	get level() {
		return this.#entry().meta.level;
	}
	get period() {
		return this.#entry().meta.period;
	}
	get published() {
		return this.#entry().meta.published;
	}
	get source() {
		return this.#entry().meta.source;
	}
	get authors() {
		return this.#entry().meta.authors;
	}
	get script() {
		return this.#entry().meta.script;
	}
	get origin() {
		return this.#entry().meta.origin;
	}
}

class StoredReport implements Report {
	readonly meta: StoredMeta;
	readonly #entry: () => LibraryEntry;
	readonly #lang: Lang;
	#sections: Section[] | undefined;
	constructor(
		readonly file: string,
		id: string,
		entry: () => LibraryEntry,
		lang: Lang,
	) {
		this.meta = new StoredMeta(id, entry);
		this.#entry = entry;
		this.#lang = lang;
	}
	get counts() {
		const {chars, sections} = this.#entry();
		return {chars, sections};
	}
	get sections(): Section[] {
		this.#sections ??= readSections(this.file, this.#lang);
		return this.#sections;
	}
}

function readSections(file: string, lang: Lang): Section[] {
	try {
		return loadReportFile(file).sections;
	} catch (error) {
		// The file changed or went away since start-up; say so where the text would be.
		const problem =
			error instanceof ReportError
				? fileProblem(error.file, error.problem)[lang]
				: systemReason(error)[lang];
		return [
			{
				title: '',
				blocks: [{kind: 'paragraph', text: lang === 'zh' ? `（${problem}）` : `(${problem})`}],
			},
		];
	}
}

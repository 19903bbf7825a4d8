// Loading the corpus through the cache. With a cache made from exactly these files, start-up
// reads one small part of it (every report's front matter and counts) instead of parsing every
// report: each report's text is read from its file only when something asks for it. Without
// one, the files are loaded as usual and whoever builds the search index saves both parts.
import path from 'node:path';
import {charCount, rememberCharCount} from '../corpus/format.js';
import {type LoadResult, loadDirectories, loadReportFile, type Problem} from '../corpus/load.js';
import type {Report, ReportMeta, Section} from '../corpus/types.js';
import {type CacheIdentity, type CacheReader, openCache, writeCache} from './container.js';
import {corpusListing} from './key.js';

export type ReportStats = {chars: number; figures: number; sections: number};

type LibraryEntry = ReportStats & {file: string; meta: ReportMeta};
type Library = {reports: LibraryEntry[]; problems: Problem[]};

export type Corpus = LoadResult & {
	/** Counts known without reading the report's text (from the cache). */
	stats(report: Report): ReportStats | undefined;
	/** Whether the reports came from the cache (and are read lazily). */
	fromCache: boolean;
	/** The cache file and what it must be made from; undefined when caching is off. */
	cache: CorpusCache | undefined;
};

export type CorpusCache = {file: string; identity: CacheIdentity};

export const corpusKind = 'corpus';

/**
 * The reports of `dirs` (in the loader's order and with its problems), from the cache in
 * `cacheDir` when it holds them, else from the files. `cacheDir` undefined turns caching off.
 */
export function openCorpus(dirs: string[], cacheDir: string | undefined, stamp: string): Corpus {
	const stats = new WeakMap<Report, ReportStats>();
	let cache: Corpus['cache'];
	if (cacheDir !== undefined) {
		const listing = corpusListing(dirs, stamp);
		cache = {
			file: path.join(cacheDir, listing.name),
			identity: {kind: corpusKind, key: listing.key},
		};
		const reader = openCache(cache.file, cache.identity);
		if (reader) {
			const library = readLibrary(reader);
			reader.close();
			if (library) {
				const reports = library.reports.map((entry) => {
					const report = lazyReport(entry);
					stats.set(report, {chars: entry.chars, figures: entry.figures, sections: entry.sections});
					rememberCharCount(report, entry.chars);
					return report;
				});
				return {
					reports,
					problems: library.problems,
					stats: (report) => stats.get(report),
					fromCache: true,
					cache,
				};
			}
		}
	}
	const loaded = loadDirectories(dirs);
	return {...loaded, stats: (report) => stats.get(report), fromCache: false, cache};
}

function readLibrary(reader: CacheReader): Library | undefined {
	try {
		const library = JSON.parse(reader.read('library').toString('utf8')) as Library;
		const valid =
			Array.isArray(library?.reports) &&
			Array.isArray(library.problems) &&
			library.reports.every(
				(entry) =>
					typeof entry?.file === 'string' &&
					typeof entry.meta?.id === 'string' &&
					Number.isInteger(entry.chars) &&
					Number.isInteger(entry.figures) &&
					Number.isInteger(entry.sections),
			);
		return valid ? library : undefined;
	} catch {
		return undefined;
	}
}

/** A report whose sections are read from its file the first time they are asked for. */
function lazyReport(entry: LibraryEntry): Report {
	let sections: Section[] | undefined;
	return {
		meta: entry.meta,
		file: entry.file,
		get sections(): Section[] {
			sections ??= readSections(entry.file);
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

/** The library part of a cache: every report's front matter and counts, and the problems. */
export function libraryPart(
	corpus: LoadResult,
	figureCounts: ReadonlyMap<string, number>,
): Uint8Array {
	const library: Library = {
		reports: corpus.reports
			.filter((report) => report.file !== undefined)
			.map((report) => ({
				file: report.file!,
				meta: report.meta,
				chars: charCount(report),
				figures: figureCounts.get(report.meta.id) ?? 0,
				sections: report.sections.filter((section) => section.title).length,
			})),
		problems: corpus.problems,
	};
	return Buffer.from(JSON.stringify(library), 'utf8');
}

/** Writes a cache of the corpus with `parts` after the library; false when it could not. */
export function saveCorpus(
	cache: CorpusCache,
	corpus: LoadResult,
	figureCounts: ReadonlyMap<string, number>,
	parts: (write: (name: string, bytes: Uint8Array) => void) => void,
): boolean {
	return writeCache(cache.file, cache.identity, (write) => {
		write('library', libraryPart(corpus, figureCounts));
		parts(write);
	});
}

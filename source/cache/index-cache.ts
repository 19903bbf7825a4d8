// The search index part of the corpus cache, and building it (with the figures it holds) when
// there is none. Kept apart from corpus.ts so start-up paths that need no search (the library
// list) do not load the search module and its tables.
import type {LoadResult} from '../corpus/load.js';
import type {Report} from '../corpus/types.js';
import {extractFigures} from '../figures/extract.js';
import type {Figure} from '../figures/types.js';
import {tablesStamp} from '../search/build.js';
import {buildIndex, type SearchIndex} from '../search/index.js';
import {decodeValue, encodeValue, type Shape} from './columnar.js';
import {type CacheReader, openCache} from './container.js';
import {type Corpus, type CorpusCache, saveCorpus} from './corpus.js';

const shapePart = 'index.shape';
const blobPart = (n: number) => `index.${n}`;

/** Writes the index as parts: blobs as they are encoded, then the shape that ties them. */
export function writeIndexParts(
	index: SearchIndex,
	write: (name: string, bytes: Uint8Array) => void,
): void {
	let blobs = 0;
	const shape = encodeValue(index, (bytes) => {
		write(blobPart(blobs), bytes);
		return blobs++;
	});
	write(shapePart, Buffer.from(JSON.stringify(shape), 'utf8'));
}

/** The index stored in an open cache, or undefined when it has none or it does not check out. */
export function readIndex(reader: CacheReader): SearchIndex | undefined {
	if (!reader.has(shapePart)) return undefined;
	try {
		const shape = JSON.parse(reader.read(shapePart).toString('utf8')) as Shape;
		const index = decodeValue(shape, (n) => reader.read(blobPart(n))) as SearchIndex;
		return looksLikeIndex(index) ? index : undefined;
	} catch {
		return undefined;
	}
}

/** Cheap checks that the decoded value is an index made with today's tables. */
function looksLikeIndex(index: SearchIndex): boolean {
	return (
		index?.format === 'baogao-search' &&
		index.tables === tablesStamp() &&
		Array.isArray(index.items) &&
		Array.isArray(index.starts) &&
		index.starts.length === index.items.length + 1 &&
		Array.isArray(index.reports)
	);
}

export type BuiltIndex = {index: SearchIndex; figureCounts: Map<string, number>};

/** Figures of every report, and the index over text and figures. */
export function buildCorpusIndex(
	reports: Report[],
	figuresOf: (report: Report) => Figure[] = extractFigures,
): BuiltIndex {
	const figureCounts = new Map<string, number>();
	const figures: Figure[] = [];
	for (const report of reports) {
		const list = figuresOf(report);
		figureCounts.set(report.meta.id, list.length);
		for (const figure of list) figures.push(figure);
	}
	return {index: buildIndex(reports, figures), figureCounts};
}

/** Saves library and index; false when the cache could not be written (it is not needed). */
export function saveCorpusIndex(
	cache: CorpusCache | undefined,
	corpus: LoadResult,
	built: BuiltIndex,
): boolean {
	if (!cache) return false;
	return saveCorpus(cache, corpus, built.figureCounts, (write) =>
		writeIndexParts(built.index, write),
	);
}

/**
 * The corpus's search index: from the cache when the reports came from it too, else built (and
 * the cache saved, so the next start finds both).
 */
export function corpusIndex(corpus: Corpus): SearchIndex {
	if (corpus.cache && corpus.fromCache) {
		const reader = openCache(corpus.cache.file, corpus.cache.identity);
		if (reader) {
			const index = readIndex(reader);
			reader.close();
			if (index) return index;
		}
	}
	const built = buildCorpusIndex(corpus.reports);
	saveCorpusIndex(corpus.cache, corpus, built);
	return built.index;
}

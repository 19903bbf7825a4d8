// The search index part of the corpus cache. Kept apart from corpus.ts so start-up paths that
// need no search (the library list) do not load the search module and its tables, and apart
// from index-build.ts so a start that finds the index in the cache does not load the figure
// extractor either.
import type {LoadResult} from '../corpus/load.js';
import type {Figure} from '../figures/types.js';
import {tablesStamp} from '../search/build.js';
import type {SearchIndex, SearchItem} from '../search/types.js';
import {decode, encodeValue, type Shape} from './columnar.js';
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

export type LoadedIndex = {
	index: SearchIndex;
	/** With detached figures: a figure item's figure, made when asked for. */
	figureOf(item: SearchItem): Figure | undefined;
};

/**
 * The index stored in an open cache, or undefined when it has none or it does not check out.
 * With `detachFigures`, figure items come without their figure objects (a search never looks
 * at them, and at 10,000 reports they take some 100 MB); figureOf makes one when asked.
 */
export function readIndex(
	reader: CacheReader,
	options: {detachFigures?: boolean} = {},
): LoadedIndex | undefined {
	if (!reader.has(shapePart)) return undefined;
	try {
		const shape = JSON.parse(reader.read(shapePart).toString('utf8')) as Shape;
		// Blobs are read into one reused buffer: the decoder copies what it keeps.
		const decoded = decode(shape, (n) => reader.readShared(blobPart(n)), {
			...(options.detachFigures ? {detach: 'figure'} : {}),
		});
		const index = decoded.value as SearchIndex;
		if (!looksLikeIndex(index)) return undefined;
		return {
			index,
			figureOf: (item) => item.figure ?? (decoded.detached(item) as Figure | undefined),
		};
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
 * The index in the cache, when the reports came from it too (else the cache is stale); with
 * `detachFigures`, see readIndex.
 */
export function cachedIndex(
	corpus: Corpus,
	options: {detachFigures?: boolean} = {},
): LoadedIndex | undefined {
	if (!corpus.cache || !corpus.fromCache) return undefined;
	const reader = openCache(corpus.cache.file, corpus.cache.identity);
	if (!reader) return undefined;
	const loaded = readIndex(reader, options);
	reader.close();
	return loaded;
}

/**
 * The corpus's search index: from the cache (figures made only for the hits that need them),
 * else built (loading the figure extractor only then) and saved with the library, so the next
 * start finds both.
 */
export async function loadCorpusIndex(corpus: Corpus): Promise<LoadedIndex> {
	const cached = cachedIndex(corpus, {detachFigures: true});
	if (cached) return cached;
	const {buildCorpusIndex} = await import('./index-build.js');
	const built = buildCorpusIndex(corpus.reports);
	saveCorpusIndex(corpus.cache, corpus, built);
	return {index: built.index, figureOf: (item) => item.figure};
}

// Building the search index with the figures it holds, for a corpus the cache does not have
// (or does not have any more).
import type {Report} from '../corpus/types.js';
import {extractFigures} from '../figures/extract.js';
import type {Figure} from '../figures/types.js';
import {buildIndex, type SearchIndex} from '../search/index.js';
import type {Corpus} from './corpus.js';
import {type BuiltIndex, cachedIndex, saveCorpusIndex} from './index-cache.js';

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

/** loadCorpusIndex without waiting: from the cache, else built and saved. */
export function corpusIndex(corpus: Corpus): SearchIndex {
	const cached = cachedIndex(corpus)?.index;
	if (cached) return cached;
	const built = buildCorpusIndex(corpus.reports);
	saveCorpusIndex(corpus.cache, corpus, built);
	return built.index;
}

// Answering a query: strict matches (exact substring, pinyin) first; typo matches only when the
// strict ones do not fill the page, since they would all rank below them anyway.
import {codecOf, recode} from './codec.js';
import {mergeRanges} from './highlight.js';
import {type HitList, intersect, tier, unionBest} from './hit-list.js';
import {
	cheapFirst,
	exactRanges,
	itemKey,
	keyLength,
	pinyinRanges,
	pinyinScore,
	type Range,
	scanPinyin,
	type Scope,
	strictHits,
} from './match.js';
import {parseQuery, type Term} from './query.js';
import {topHits} from './rank.js';
import type {Hit, SearchIndex, SearchOptions} from './types.js';
import {itemTypoWindows, typoBaseScore, typoHits} from './typo.js';

export const defaultLimit = 50;

/**
 * Items matching every term of `query`, best first. Never throws on any query text; queries
 * longer than maxQueryChars (200) are cut there.
 */
export function search(index: SearchIndex, query: string, options?: SearchOptions): Hit[] {
	const given = options ?? {};
	const limit = limitOf(given.limit);
	if (limit === 0) return [];
	const {encode} = codecOf(index);
	const terms = parseQuery(query).map((term) => encodeTerm(term, encode));
	if (terms.length === 0) return [];
	const scope = scopeOf(index, given);
	if (!scope) return [];
	const ordered = cheapFirst(index, terms);
	const scanned = new Map<Term, HitList>();
	let found: HitList | undefined;
	for (const term of ordered) {
		const candidates = narrowTo(index, scope, found);
		const hits = strictHits(index, term, scope, candidates);
		if (!candidates) scanned.set(term, hits);
		found = found ? intersect(found, hits) : hits;
		if (found.items.length === 0) break;
	}
	if (found!.items.length < limit && terms.some(forgivesTypos)) {
		let lenient: HitList | undefined;
		for (const term of ordered) {
			const candidates = narrowTo(index, scope, lenient);
			const strict =
				(!candidates && scanned.get(term)) || strictHits(index, term, scope, candidates);
			let hits = term.typos
				? unionBest(strict, typoHits(index, term, scope, strict, candidates))
				: strict;
			if (term.typoReadings.length > 0) {
				hits = unionBest(hits, pinyinTypoHits(index, term, scope, candidates));
			}
			lenient = lenient ? intersect(lenient, hits) : hits;
			if (lenient.items.length === 0) break;
		}
		found = lenient;
	}
	return topHits(index, found!, terms.length, limit).map(({item, score}) => ({
		item: index.items[item]!,
		score,
		ranges: mergeRanges(terms.flatMap((term) => termRanges(index, item, term))),
	}));
}

/** The term in the index's codes (see codec.ts); pinyin readings stay letters. */
function encodeTerm(term: Term, encode: Uint16Array): Term {
	return {
		...term,
		text: recode(term.text, encode),
		parts: term.parts.map((part) => encodeTerm(part, encode)),
	};
}

export function limitOf(limit: number | undefined): number {
	if (limit === undefined || Number.isNaN(limit)) return defaultLimit;
	if (limit === Number.POSITIVE_INFINITY) return limit;
	return Math.max(0, Math.floor(limit));
}

function scopeOf(index: SearchIndex, options: SearchOptions): Scope | undefined {
	const kind = options.kind;
	if (options.report === undefined) return {first: 0, end: index.items.length, kind};
	const report = index.reports.find((entry) => entry.id === options.report);
	return report ? {first: report.first, end: report.end, kind} : undefined;
}

/** The items found so far, when checking them one by one is cheaper than a scan of the scope. */
function narrowTo(index: SearchIndex, scope: Scope, found?: HitList): number[] | undefined {
	if (!found) return undefined;
	const scopeLength = index.starts[scope.end]! - index.starts[scope.first]!;
	return keyLength(index, found.items) * 2 < scopeLength ? found.items : undefined;
}

/** Where a term matched an item, by the best way it matches there. */
function termRanges(index: SearchIndex, item: number, term: Term): Range[] {
	const exact = exactRanges(index, itemKey(index, item), term);
	if (exact.length > 0) return exact;
	if (term.readings.length > 0) {
		const pinyin = pinyinRanges(index, item, term.readings);
		if (pinyin.length > 0) return pinyin;
	}
	if (term.parts.length > 0) {
		const parts = term.parts.map((part) => termRanges(index, item, part));
		if (parts.every((ranges) => ranges.length > 0)) return parts.flat();
	}
	const typos = term.typos ? itemTypoWindows(index, item, term) : [];
	if (typos.length > 0 || term.typoReadings.length === 0) return typos;
	return pinyinRanges(index, item, term.typoReadings);
}

export function forgivesTypos(term: Term): boolean {
	return term.typos || term.typoReadings.length > 0 || term.parts.some(forgivesTypos);
}

/** Items where the term reads as pinyin one edit away (see typoReadings), as typo matches. */
function pinyinTypoHits(
	index: SearchIndex,
	term: Term,
	scope: Scope,
	candidates: readonly number[] | undefined,
): HitList {
	const found = candidates
		? strictHits(
				index,
				{...term, text: '\n', readings: term.typoReadings, parts: []},
				scope,
				candidates,
			)
		: scanPinyin(index, term.typoReadings, scope);
	return {
		...found,
		tiers: found.tiers.map(() => tier.typo),
		scores: found.scores.map(() => typoBaseScore + pinyinScore),
	};
}

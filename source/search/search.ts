// Answering a query: strict matches (exact substring, pinyin) first; typo matches only when the
// strict ones do not fill the page, since they would all rank below them anyway.
import {codecOf, recode} from './codec.js';
import {mergeRanges} from './highlight.js';
import {emptyHits, type HitList, intersect, pushHit, tier, unionBest} from './hit-list.js';
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
import type {Hit, SearchIndex, SearchKind, SearchOptions} from './types.js';
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
	const matched = matching(index, query, given, limit);
	return matched ? hitsOf(index, matched.found, matched.terms, limit) : [];
}

/** Hits of a query, and how many of each kind there are in all. */
export type CountedHits = {hits: Hit[]; counts: Record<SearchKind, number>};

/**
 * The best `limit` hits of `options.kind` (all kinds when not given), with the number of
 * matching items of every kind, counted over all of them rather than those returned. The items
 * are matched once over all kinds, so the counts and the hits agree: typo matches are looked
 * for when the strict matches of all kinds do not fill `limit`.
 */
export function searchCounted(
	index: SearchIndex,
	query: string,
	options?: SearchOptions,
): CountedHits {
	const given = options ?? {};
	const limit = limitOf(given.limit);
	const counts: Record<SearchKind, number> = {section: 0, paragraph: 0, figure: 0, caption: 0};
	const matched = matching(index, query, {...given, kind: undefined}, Math.max(1, limit));
	if (!matched) return {hits: [], counts};
	const {found, terms} = matched;
	for (const item of found.items) counts[index.items[item]!.kind]++;
	const kind = given.kind;
	const shown = kind ? only(found, (item) => index.items[item]!.kind === kind) : found;
	return {hits: limit === 0 ? [] : hitsOf(index, shown, terms, limit), counts};
}

function hitsOf(index: SearchIndex, found: HitList, terms: Term[], limit: number): Hit[] {
	return topHits(index, found, terms.length, limit).map(({item, score}) => ({
		item: index.items[item]!,
		score,
		ranges: mergeRanges(terms.flatMap((term) => termRanges(index, item, term))),
	}));
}

function only(list: HitList, keep: (item: number) => boolean): HitList {
	const out = emptyHits();
	list.items.forEach((item, at) => {
		if (keep(item)) pushHit(out, item, list.tiers[at]!, list.scores[at]!, list.counts[at]!);
	});
	return out;
}

/** The items matching every term, with the terms as coded for the index. */
function matching(
	index: SearchIndex,
	query: string,
	given: SearchOptions,
	limit: number,
): {found: HitList; terms: Term[]} | undefined {
	const {encode} = codecOf(index);
	const terms = parseQuery(query).map((term) => encodeTerm(term, encode));
	if (terms.length === 0) return undefined;
	const scope = scopeOf(index, given);
	if (!scope) return undefined;
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
	return {found: found!, terms};
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

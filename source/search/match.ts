// Exact and pinyin matching of one term. Two ways to look: a scan of the joined keys (a few
// indexOf or regex passes over one string, fast whatever the item count), or item by item for a
// small set of candidates left by other terms.
import {
	countHit,
	emptyHits,
	type HitList,
	intersect,
	pushHit,
	tier,
	unionBest,
} from './hit-list.js';
import {initialsPattern, type Reading, readsAs} from './pinyin.js';
import type {Term} from './query.js';
import type {SearchIndex, SearchKind} from './types.js';

/** A term found by pinyin scores this (an exact substring scores 0). */
export const pinyinScore = 0.1;

/** Which items a search looks at: [first, end) of index.items, and maybe one kind. */
export type Scope = {first: number; end: number; kind: SearchKind | undefined};

export type Range = [number, number];

export function itemStart(index: SearchIndex, item: number): number {
	return index.starts[item]!;
}

export function itemEnd(index: SearchIndex, item: number): number {
	return index.starts[item]! + index.items[item]!.text.length;
}

export function itemKey(index: SearchIndex, item: number): string {
	return index.folded.slice(itemStart(index, item), itemEnd(index, item));
}

/** Items of the scope, as a candidate list (used when a scope is small). */
export function scopeItems(index: SearchIndex, scope: Scope): number[] {
	const list: number[] = [];
	for (let item = scope.first; item < scope.end; item++) {
		if (!scope.kind || index.items[item]!.kind === scope.kind) list.push(item);
	}
	return list;
}

/** Total key length of some items: what scanning them one by one would cost. */
export function keyLength(index: SearchIndex, items: readonly number[]): number {
	let total = 0;
	for (const item of items) total += index.starts[item + 1]! - index.starts[item]!;
	return total;
}

/** Items matching a term exactly or by pinyin (not by typo). */
export function strictHits(
	index: SearchIndex,
	term: Term,
	scope: Scope,
	candidates?: readonly number[],
): HitList {
	if (candidates) return strictHitsIn(index, term, candidates);
	let hits = scanExact(index, term.text, scope);
	if (term.readings.length > 0) hits = unionBest(hits, scanPinyin(index, term.readings, scope));
	if (term.parts.length > 0) {
		let parts: HitList | undefined;
		for (const part of term.parts) {
			const partHits = strictHits(index, part, scope, parts?.items);
			parts = parts ? intersect(parts, partHits) : partHits;
			if (parts.items.length === 0) break;
		}
		if (parts) hits = unionBest(hits, averageScores(parts, term.parts.length));
	}
	return hits;
}

function strictHitsIn(index: SearchIndex, term: Term, candidates: readonly number[]): HitList {
	const hits = emptyHits();
	for (const item of candidates) {
		const match = matchItem(index, item, term);
		if (match) pushHit(hits, item, match.tier, match.score, match.count);
	}
	return hits;
}

type ItemMatch = {tier: number; score: number; count: number};

function matchItem(index: SearchIndex, item: number, term: Term): ItemMatch | undefined {
	const key = itemKey(index, item);
	const exact = exactRanges(key, term.text).length;
	if (exact > 0) return {tier: tier.exact, score: 0, count: exact};
	if (term.readings.length > 0) {
		const pinyin = pinyinRanges(index, item, term.readings).length;
		if (pinyin > 0) return {tier: tier.pinyin, score: pinyinScore, count: pinyin};
	}
	if (term.parts.length === 0) return undefined;
	const result: ItemMatch = {tier: tier.exact, score: 0, count: 0};
	for (const part of term.parts) {
		const match = matchItem(index, item, part);
		if (!match) return undefined;
		result.tier = Math.max(result.tier, match.tier);
		result.score += match.score / term.parts.length;
		result.count += match.count;
	}
	return result;
}

function averageScores(hits: HitList, terms: number): HitList {
	return {...hits, scores: hits.scores.map((score) => score / terms)};
}

/** Every occurrence of `text` in the scope, counted per item. */
export function scanExact(index: SearchIndex, text: string, scope: Scope): HitList {
	const hits = emptyHits();
	const {folded, starts, items} = index;
	const limit = starts[scope.end]!;
	let item = scope.first;
	let position = folded.indexOf(text, starts[scope.first]);
	while (position !== -1 && position < limit) {
		while (starts[item + 1]! <= position) item++;
		if (!scope.kind || items[item]!.kind === scope.kind) {
			countHit(hits, item, tier.exact, 0);
		}
		position = folded.indexOf(text, position + 1);
	}
	return hits;
}

/** Every place in the scope where a run of chars reads as one of `readings`. */
export function scanPinyin(
	index: SearchIndex,
	readings: readonly Reading[],
	scope: Scope,
): HitList {
	const hits = emptyHits();
	const {folded, initials, starts, items} = index;
	const limit = starts[scope.end]!;
	const pattern = patternFor(readings);
	pattern.lastIndex = starts[scope.first]!;
	let item = scope.first;
	for (let match = pattern.exec(initials); match; match = pattern.exec(initials)) {
		const position = match.index;
		if (position >= limit) break;
		pattern.lastIndex = position + 1;
		while (starts[item + 1]! <= position) item++;
		if (scope.kind && items[item]!.kind !== scope.kind) continue;
		if (readings.some((pieces) => readsAs(folded, position, pieces))) {
			countHit(hits, item, tier.pinyin, pinyinScore);
		}
	}
	return hits;
}

const patterns = new WeakMap<readonly Reading[], RegExp>();

function patternFor(readings: readonly Reading[]): RegExp {
	const known = patterns.get(readings);
	if (known) return known;
	const pattern = initialsPattern(readings);
	patterns.set(readings, pattern);
	return pattern;
}

/** Where `text` occurs in `key` (overlapping occurrences included). */
export function exactRanges(key: string, text: string): Range[] {
	const ranges: Range[] = [];
	for (let at = key.indexOf(text); at !== -1; at = key.indexOf(text, at + 1)) {
		ranges.push([at, at + text.length]);
	}
	return ranges;
}

/** Where chars of an item read as one of `readings`; offsets into the item's text. */
export function pinyinRanges(
	index: SearchIndex,
	item: number,
	readings: readonly Reading[],
): Range[] {
	const start = itemStart(index, item);
	const end = itemEnd(index, item);
	const initials = index.initials.slice(start, end);
	const key = index.folded.slice(start, end);
	const pattern = patternFor(readings);
	pattern.lastIndex = 0;
	const ranges: Range[] = [];
	for (let match = pattern.exec(initials); match; match = pattern.exec(initials)) {
		const position = match.index;
		pattern.lastIndex = position + 1;
		let longest = 0;
		for (const pieces of readings) {
			if (pieces.length > longest && readsAs(key, position, pieces)) longest = pieces.length;
		}
		if (longest > 0) ranges.push([position, position + longest]);
	}
	return ranges;
}

// Exact and pinyin matching of one term. Two ways to look: a scan of the joined keys (a few
// indexOf passes over one string, fast whatever the item count), or item by item for a small
// set of candidates left by other terms.
import {codecOf, forEachOccurrence, pairPattern} from './codec.js';
import {initialsKeyOf, pairCodecOf} from './keys.js';
import {emptyHits, type HitList, intersect, pushHit, tier, unionBest} from './hit-list.js';
import {fits, type Reading, readingTables} from '../text/pinyin.js';
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
	return index.keys.slice(itemStart(index, item), itemEnd(index, item));
}

/** Total key length of some items: what scanning them one by one would cost. */
export function keyLength(index: SearchIndex, items: readonly number[]): number {
	let total = 0;
	for (const item of items) total += index.starts[item + 1]! - index.starts[item]!;
	return total;
}

/**
 * Terms in the order to look them up, likeliest rarest first: later terms only check the items
 * the earlier ones left.
 */
export function cheapFirst(index: SearchIndex, terms: readonly Term[]): Term[] {
	const estimates = new Map(terms.map((term) => [term, estimateMatches(index, term)]));
	return [...terms].sort((a, b) => estimates.get(a)! - estimates.get(b)!);
}

/**
 * A guess at how many places a term matches: a run of units occurs at most as often as its
 * rarest unit, and each further unit is taken to divide that by five. Only used to order look-ups.
 */
function estimateMatches(index: SearchIndex, term: Term): number {
	const guess = (text: string, counts: Float64Array): number => {
		let rarest = Number.POSITIVE_INFINITY;
		for (let at = 0; at < text.length; at++)
			rarest = Math.min(rarest, counts[text.charCodeAt(at)]!);
		return text.length === 0 ? 0 : rarest / 5 ** (text.length - 1);
	};
	let estimate = guess(term.text, codecOf(index).counts);
	// The initials key only for a term with readings: one without never makes it.
	if (term.readings.length > 0) {
		const pairs = pairCodecOf(index);
		const {otherInitials} = initialsKeyOf(index);
		for (const pieces of term.readings) {
			const letters = pieces.map((piece) => piece[0]!).join('');
			// Every reading also costs a walk through the other-readings lists of its letters.
			const others = [...letters].reduce(
				(sum, letter) => sum + (otherInitials[letter]?.length ?? 0) / 10,
				0,
			);
			estimate += guess(pairPattern(letters, pairs), pairs.counts) + others;
		}
	}
	if (term.parts.length > 0) {
		estimate += Math.min(...term.parts.map((part) => estimateMatches(index, part)));
	}
	return estimate;
}

/** Items matching a term exactly or by pinyin (not by typo). */
export function strictHits(
	index: SearchIndex,
	term: Term,
	scope: Scope,
	candidates?: readonly number[],
): HitList {
	if (candidates) return strictHitsIn(index, term, candidates);
	let hits = scanExact(index, term, scope);
	if (term.readings.length > 0) hits = unionBest(hits, scanPinyin(index, term.readings, scope));
	if (term.parts.length > 0) {
		let parts: HitList | undefined;
		for (const part of cheapFirst(index, term.parts)) {
			const partHits = strictHits(index, part, scope, parts?.items);
			parts = parts ? intersect(parts, partHits) : partHits;
			if (parts.items.length === 0) break;
		}
		if (parts) hits = unionBest(hits, averageScores(parts, term.parts.length));
	}
	return hits;
}

function isDigit(code: number | undefined): boolean {
	return code !== undefined && code >= 0x30 && code <= 0x39;
}

/**
 * Whether an occurrence of `term` at `at` in coded `keys` stands on its own as a number: no
 * digit right before a term starting with one, none right after a term ending with one.
 */
function digitBounded(keys: string, at: number, term: Term, decode: Uint16Array): boolean {
	if (term.digitStart && at > 0 && isDigit(decode[keys.charCodeAt(at - 1)])) return false;
	const end = at + term.text.length;
	return !(term.digitEnd && end < keys.length && isDigit(decode[keys.charCodeAt(end)]));
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
	// Counted without building ranges: this runs for every candidate item.
	const key = itemKey(index, item);
	const {decode} = codecOf(index);
	let exact = 0;
	for (let at = key.indexOf(term.text); at !== -1; at = key.indexOf(term.text, at + 1)) {
		if (digitBounded(key, at, term, decode)) exact++;
	}
	if (exact > 0) return {tier: tier.exact, score: 0, count: exact};
	if (term.readings.length > 0) {
		let pinyin = 0;
		const start = itemStart(index, item);
		forEachPinyinMatch(index, term.readings, start, itemEnd(index, item), () => {
			pinyin++;
		});
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
function scanExact(index: SearchIndex, term: Term, scope: Scope): HitList {
	const {starts} = index;
	const first = scope.first;
	const from = starts[first]!;
	// A slice of the scope: indexOf must not run on past it.
	const keys = index.keys.slice(from, starts[scope.end]! - 1);
	const counts = scratchCounts(index, scope);
	let item = first;
	const {counts: unitCounts, decode} = codecOf(index);
	forEachOccurrence(keys, term.text, unitCounts, (at) => {
		if (!digitBounded(keys, at, term, decode)) return;
		const position = at + from;
		while (starts[item + 1]! <= position) item++;
		counts[item - first]!++;
	});
	return countedHits(index, scope, counts, tier.exact, 0);
}

/** Every place in the scope where a run of chars reads as one of `readings`. */
export function scanPinyin(
	index: SearchIndex,
	readings: readonly Reading[],
	scope: Scope,
): HitList {
	const {starts} = index;
	const first = scope.first;
	const counts = scratchCounts(index, scope);
	let item = first;
	forEachPinyinMatch(index, readings, starts[first]!, starts[scope.end]! - 1, (position) => {
		// Matches come in ascending runs; a new run may start behind the last one.
		if (position < starts[item]!) item = itemAt(starts, position);
		while (starts[item + 1]! <= position) item++;
		counts[item - first]!++;
	});
	return countedHits(index, scope, counts, tier.pinyin, pinyinScore);
}

const scratch = new WeakMap<SearchIndex, Uint32Array>();

/**
 * Zeroed counters for the items of a scope (counts[i] belongs to item scope.first + i), one
 * array per index, reused: a fresh one per keypress would be garbage the size of the index's
 * item list each time. countedHits zeroes it again.
 */
function scratchCounts(index: SearchIndex, scope: Scope): Uint32Array {
	let counts = scratch.get(index);
	if (!counts) {
		counts = new Uint32Array(index.items.length);
		scratch.set(index, counts);
	}
	return counts.subarray(0, Math.max(0, scope.end - scope.first));
}

/** The items of the scope with a count, as hits; leaves the counters at zero. */
function countedHits(
	index: SearchIndex,
	scope: Scope,
	counts: Uint32Array,
	matchTier: number,
	score: number,
): HitList {
	const hits = emptyHits();
	for (let offset = 0; offset < counts.length; offset++) {
		const count = counts[offset]!;
		if (count === 0) continue;
		counts[offset] = 0;
		const item = scope.first + offset;
		if (scope.kind && index.items[item]!.kind !== scope.kind) continue;
		pushHit(hits, item, matchTier, score, count);
	}
	return hits;
}

/**
 * Calls `visit` with each offset in the joined keys where a run of chars inside [from, to)
 * reads as one of `readings`: found by an indexOf of the pieces' first letters in the initials
 * key, plus the places where a char fits by one of its other readings. Offsets come in
 * ascending runs; one place may come once per reading it fits.
 */
export function forEachPinyinMatch(
	index: SearchIndex,
	readings: readonly Reading[],
	from: number,
	to: number,
	visit: (position: number) => void,
): void {
	const {keys} = index;
	const {initials, otherInitials} = initialsKeyOf(index);
	const {decode} = codecOf(index);
	const pairs = pairCodecOf(index);
	// A slice of the range: indexOf must not run on past it.
	const letterKeys = initials.slice(from, to);
	for (const pieces of readings) {
		const tables = readingTables(pieces);
		if (pieces.length === 1) {
			// One char (a single syllable): the letter-pair key has nothing to look up, so every
			// char of the range is checked against the table, which holds all its readings.
			const table = tables[0]!;
			for (let at = from; at < to; at++) if (table[decode[keys.charCodeAt(at)]!] === 1) visit(at);
			continue;
		}
		const letters = pieces.map((piece) => piece[0]!).join('');
		const length = letters.length;
		// Where every char has the letter as its initials-key letter, pieces of one letter are
		// settled already.
		const byLetters = pieces.every((piece) => piece.length === 1);
		forEachOccurrence(letterKeys, pairPattern(letters, pairs), pairs.counts, (at) => {
			if (byLetters || fits(keys, at + from, tables, decode)) visit(at + from);
		});
		const other: number[] = [];
		for (let offset = 0; offset < length; offset++) {
			const list = otherInitials[letters[offset]!];
			if (!list) continue;
			for (let entry = lowerBound(list, from + offset); entry < list.length; entry++) {
				const at = list[entry]! - offset;
				if (at + length > to) break;
				if (
					// The listed char first: it fits by another reading only sometimes.
					fits(keys, at, tables, decode, offset) &&
					!foundEarlier(initials, pairs.firstLetter, at, offset, letters)
				) {
					other.push(at);
				}
			}
		}
		if (other.length > 1) other.sort((a, b) => a - b);
		for (const at of other) visit(at);
	}
}

/**
 * Whether a place reached through the other-readings list at `offset` is reached through an
 * earlier offset's list too: some char before `offset` fits only by another reading. Each place
 * is visited once, from its first such char. (Places where every char fits by its
 * initials-key letter are found by the indexOf and never through the lists.)
 */
function foundEarlier(
	initials: string,
	firstLetter: Uint8Array,
	at: number,
	offset: number,
	letters: string,
): boolean {
	for (let before = 0; before < offset; before++) {
		const letter = firstLetter[initials.charCodeAt(at + before)];
		if (letter !== letters.charCodeAt(before)) return true;
	}
	return false;
}

function lowerBound(list: readonly number[], value: number): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (list[middle]! < value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Where the term occurs in `key` (overlapping occurrences included). */
export function exactRanges(index: SearchIndex, key: string, term: Term): Range[] {
	const {text} = term;
	const {decode} = codecOf(index);
	const ranges: Range[] = [];
	for (let at = key.indexOf(text); at !== -1; at = key.indexOf(text, at + 1)) {
		if (digitBounded(key, at, term, decode)) ranges.push([at, at + text.length]);
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
	const ranges: Range[] = [];
	for (const pieces of readings) {
		forEachPinyinMatch(index, [pieces], start, itemEnd(index, item), (position) => {
			ranges.push([position - start, position - start + pieces.length]);
		});
	}
	return ranges;
}

/** The item whose key holds offset `position` of the joined keys. */
export function itemAt(starts: readonly number[], position: number): number {
	let low = 0;
	let high = starts.length - 2;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (starts[middle]! <= position) low = middle;
		else high = middle - 1;
	}
	return low;
}

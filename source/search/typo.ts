// Forgiving one typo. Fuse.js scores the fuzzy matches, but only on candidates found first by a
// bounded prefilter: cut the term in two anywhere, and one edit leaves the head or the tail as it
// was, so both are looked up like any exact term (cut where they look rarest) and each place
// they occur is checked for a window of text within one edit of the term.
import Fuse, {type IFuseOptions} from 'fuse.js';
import {codecOf, forEachOccurrence} from './codec.js';
import {emptyHits, type HitList, pushHit, tier} from './hit-list.js';
import {itemAt, itemEnd, itemKey, itemStart, type Range, type Scope} from './match.js';
import type {Term} from './query.js';
import type {SearchIndex, SearchItem} from './types.js';

/** No counts: every unit equally common, so look-ups start where the pattern does. */
const noCounts = new Float64Array(0x10000);

/** At most this many items go to fuse.js per term; beyond it the likeliest are kept. */
const maxTypoCandidates = 2000;
/** A typo match scores this plus fuse's score, so it ranks below exact and pinyin matches. */
export const typoBaseScore = 0.2;
/** Chars of context on each side of a window handed to fuse.js. */
const context = 4;

/**
 * Whether text[from, to) is within one edit of `term`: one char replaced anywhere, or one char
 * added or left out inside the term (not at its ends, where that would just be a shorter match).
 */
export function withinOneEdit(text: string, from: number, to: number, term: string): boolean {
	const length = to - from;
	const termLength = term.length;
	if (Math.abs(length - termLength) > 1 || from < 0 || to > text.length) return false;
	const shorter = Math.min(length, termLength);
	let head = 0;
	while (head < shorter && text.charCodeAt(from + head) === term.charCodeAt(head)) head++;
	let tail = 0;
	while (
		tail < shorter &&
		text.charCodeAt(to - 1 - tail) === term.charCodeAt(termLength - 1 - tail)
	) {
		tail++;
	}
	// Where the edit can sit: after `at` matching chars, with the rest matching as a tail. In
	// a run of equal chars there are several such places; one inside the term is enough.
	let first: number;
	let last: number;
	if (length === termLength) {
		if (head === length) return true;
		first = head;
		last = head + tail >= length - 1 ? head : -1;
	} else if (length > termLength) {
		// One char added: text = term[0, at) + char + term[at, end).
		first = Math.max(1, termLength - tail);
		last = Math.min(head, termLength - 1);
	} else {
		// One char left out: text = term[0, at) + term[at + 1, end).
		first = Math.max(1, length - tail);
		last = Math.min(head, termLength - 2);
	}
	if (first > last) return false;
	// The edited char must not be the '\n' between two items of the joined keys (where there
	// are several places, the first lies in a run of term chars).
	return length < termLength || text.charCodeAt(from + first) !== 0x0a;
}

/**
 * Windows within one edit of `term` around the places where its head or its tail occurs in
 * `text`: one of the two survives any single edit. `split` is the head's length.
 */
export function typoWindows(
	text: string,
	term: string,
	split = Math.floor(term.length / 2),
	counts: Float64Array = noCounts,
): Range[] {
	const head = term.slice(0, split);
	const tail = term.slice(split);
	const windows: Range[] = [];
	const tryWindow = (start: number, end: number): boolean => {
		if (!withinOneEdit(text, start, end, term)) return false;
		windows.push([start, end]);
		return true;
	};
	const n = term.length;
	// Same length first (a replaced char), then one char left out, then one added.
	forEachOccurrence(text, head, counts, (at) => {
		if (!tryWindow(at, at + n)) if (!tryWindow(at, at + n - 1)) tryWindow(at, at + n + 1);
	});
	forEachOccurrence(text, tail, counts, (at) => {
		const end = at + tail.length;
		if (!tryWindow(end - n, end)) if (!tryWindow(end - n + 1, end)) tryWindow(end - n - 1, end);
	});
	return dedupe(windows);
}

function dedupe(windows: Range[]): Range[] {
	windows.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	return windows.filter(
		(window, index) =>
			index === 0 || window[0] !== windows[index - 1]![0] || window[1] !== windows[index - 1]![1],
	);
}

/** Items (not in `strict`) where the term occurs with one typo, scored by fuse.js. */
export function typoHits(
	index: SearchIndex,
	term: Term,
	scope: Scope,
	strict: HitList,
	candidates?: readonly number[],
): HitList {
	const windows = candidates
		? windowsIn(index, term, candidates)
		: windowsInScope(index, term, scope);
	const skip = new Set(strict.items);
	let found = [...windows].filter(
		([item]) => !skip.has(item) && (!scope.kind || index.items[item]!.kind === scope.kind),
	);
	if (found.length > maxTypoCandidates) {
		found = found
			.sort(([a, windowsA], [b, windowsB]) =>
				preferred(index.items[a]!, a, windowsA.length, index.items[b]!, b, windowsB.length),
			)
			.slice(0, maxTypoCandidates);
	}
	found.sort((a, b) => a[0] - b[0]);
	const documents = found.map(([item, [first]]) => {
		const start = itemStart(index, item);
		const from = Math.max(start, start + first![0] - context);
		const to = Math.min(itemEnd(index, item), start + first![1] + context);
		return {key: index.keys.slice(from, to)};
	});
	const options: IFuseOptions<{key: string}> = {
		keys: ['key'],
		includeScore: true,
		isCaseSensitive: true,
		shouldSort: false,
		// Where in a long paragraph the typo sits must not matter.
		ignoreLocation: true,
		ignoreFieldNorm: true,
		// Fuse scores errors ÷ length (per 32-char chunk): this lets one error through.
		threshold: Math.min(1, 1.5 / Math.min(term.text.length, 32)),
	};
	const results = new Fuse(documents, options)
		.search(term.text)
		.sort((a, b) => a.refIndex - b.refIndex);
	const hits = emptyHits();
	for (const result of results) {
		const [item, itemWindows] = found[result.refIndex]!;
		pushHit(hits, item, tier.typo, typoBaseScore + (result.score ?? 1), itemWindows.length);
	}
	return hits;
}

/** The order candidates are cut in when there are too many: the final ranking's tie-breaks. */
function preferred(
	a: SearchItem,
	indexA: number,
	countA: number,
	b: SearchItem,
	indexB: number,
	countB: number,
): number {
	return (
		Number(a.kind !== 'section') - Number(b.kind !== 'section') ||
		countB - countA ||
		a.text.length - b.text.length ||
		indexA - indexB
	);
}

function windowsIn(
	index: SearchIndex,
	term: Term,
	candidates: readonly number[],
): Map<number, Range[]> {
	const found = new Map<number, Range[]>();
	for (const item of candidates) {
		const windows = itemTypoWindows(index, item, term);
		if (windows.length > 0) found.set(item, windows);
	}
	return found;
}

/** Typo windows in one item, as offsets into its text. */
export function itemTypoWindows(index: SearchIndex, item: number, term: Term): Range[] {
	const key = itemKey(index, item);
	return typoWindows(key, term.text).filter(([start, end]) =>
		keepsNumbers(index, key, start, end, term),
	);
}

/**
 * Whether a window of coded `keys` holds each of the term's numbers as a whole number: typos
 * are forgiven in words, never in numbers.
 */
function keepsNumbers(
	index: SearchIndex,
	keys: string,
	start: number,
	end: number,
	term: Term,
): boolean {
	if (term.numbers.length === 0) return true;
	const {decode} = codecOf(index);
	// One char more on each side: a number running on past the window is another number.
	let window = '';
	for (let at = Math.max(0, start - 1); at < Math.min(keys.length, end + 1); at++) {
		window += String.fromCharCode(decode[keys.charCodeAt(at)]!);
	}
	const numbers: string[] = window.match(/[0-9]+/g) ?? [];
	return term.numbers.every((number) => numbers.includes(number));
}

/**
 * Where to cut a term into head and tail so that the two look-ups meet the fewest places. A
 * piece occurs at most as often as its rarest char; each further char is taken to divide that
 * by five (a guess; it only has to rank the cuts).
 */
export function cheapestSplit(term: string, counts: Float64Array): number {
	const estimate = (from: number, to: number): number => {
		let rarest = Number.POSITIVE_INFINITY;
		for (let index = from; index < to; index++) {
			rarest = Math.min(rarest, counts[term.charCodeAt(index)]!);
		}
		return rarest / 5 ** (to - from - 1);
	};
	// The middle unless another cut is cheaper (all cost 0 when counts are unknown).
	let best = Math.floor(term.length / 2);
	let bestCost = estimate(0, best) + estimate(best, term.length);
	for (let split = 1; split < term.length; split++) {
		const cost = estimate(0, split) + estimate(split, term.length);
		if (cost < bestCost) {
			best = split;
			bestCost = cost;
		}
	}
	return best;
}

function windowsInScope(index: SearchIndex, term: Term, scope: Scope): Map<number, Range[]> {
	const {keys, starts} = index;
	const from = starts[scope.first]!;
	const to = starts[scope.end]! - 1;
	const found = new Map<number, Range[]>();
	if (to <= from) return found;
	// Windows found over the joined keys (a slice: indexOf must not run past the scope); a
	// window must lie inside one item.
	const {counts} = codecOf(index);
	const split = cheapestSplit(term.text, counts);
	const slice = keys.slice(from, to);
	for (const [sliceStart, sliceEnd] of typoWindows(slice, term.text, split, counts)) {
		const start = sliceStart + from;
		const end = sliceEnd + from;
		const item = itemAt(starts, start);
		if (end > itemEnd(index, item) || !keepsNumbers(index, keys, start, end, term)) continue;
		const itemFrom = starts[item]!;
		const list = found.get(item) ?? [];
		list.push([start - itemFrom, end - itemFrom]);
		found.set(item, list);
	}
	return found;
}

// The index stores folded keys re-coded, one UTF-16 unit for one, so that indexOf runs fast.
//
// V8 looks for a pattern by handing the highest byte of its first unit to memchr and checking
// each stop. For CJK text that byte is the high one (勞 is 0x52de: 0x52), shared by the 256 chars
// of a block, so memchr stops every few chars. Here the chars of the corpus get codes by
// frequency, the n-th commonest 0x0100 × (1 + n ÷ 128) + 0x80 + n mod 128: the highest byte of a
// code is then its low byte, shared by about 1/128 of the text, and memchr leaps. Offsets do not
// change, so ranges found on the codes still index the original text.
import {unitsToString} from '../text/fold.js';
import type {SearchIndex} from './types.js';

/** Codes for chars the corpus does not hold: found nowhere, whatever they are. */
export const absentCode = 0xffff;
/** The separator between items stays itself (it is never part of a term). */
const separator = 0x0a;
const slotsPerRow = 128;
const highSurrogateRows = [0xd8, 0xdf];

function codeOf(slot: number): number {
	let row = 1 + Math.floor(slot / slotsPerRow);
	// Rows 0xd8..0xdf would be surrogate units: skip them so keys stay well-formed text.
	if (row >= highSurrogateRows[0]!) row += highSurrogateRows[1]! - highSurrogateRows[0]! + 1;
	return row * 0x100 + 0x80 + (slot % slotsPerRow);
}

/** How many chars can get codes (rows 1..0xff less the surrogate rows; 0xffff is absentCode). */
const maxAlphabet = (0xff - 8) * slotsPerRow - 1;

/**
 * The units that occur (`units`, each once, with counts by unit; the separator aside),
 * commonest first: the n-th gets code n; and how often each occurs. The alphabet is empty when
 * there are too many units to code, and the keys are then the folded text itself. The units are
 * given, not found by a scan of the 65,536 counts: on a few candidates that scan was most of the
 * work (about 1 ms, run once per query).
 */
export function alphabetOf(
	unitCounts: Uint32Array,
	units: readonly number[],
): {alphabet: string; counts: number[]} {
	const coded = units.filter((unit) => unit !== separator);
	if (coded.length > maxAlphabet) return {alphabet: '', counts: []};
	coded.sort((a, b) => unitCounts[b]! - unitCounts[a]! || a - b);
	return {
		alphabet: unitsToString(Uint16Array.from(coded)),
		counts: coded.map((unit) => unitCounts[unit]!),
	};
}

type Codec = {
	/** Folded unit → code (absentCode for units not in the corpus). */
	encode: Uint16Array;
	/** Code → folded unit. */
	decode: Uint16Array;
	/** Code → how often it occurs in the keys (0 when unknown). */
	counts: Float64Array;
};

const identity = (): Codec => {
	const table = new Uint16Array(0x10000);
	for (let code = 0; code < table.length; code++) table[code] = code;
	return {encode: table, decode: table, counts: new Float64Array(0x10000)};
};

export function makeCodec(alphabet: string, counts: readonly number[] = []): Codec {
	if (alphabet === '') return identity();
	const encode = new Uint16Array(0x10000).fill(absentCode);
	const decode = new Uint16Array(0x10000);
	const codeCounts = new Float64Array(0x10000);
	encode[separator] = separator;
	decode[separator] = separator;
	for (let slot = 0; slot < alphabet.length; slot++) {
		const unit = alphabet.charCodeAt(slot);
		const code = codeOf(slot);
		encode[unit] = code;
		decode[code] = unit;
		codeCounts[code] = counts[slot] ?? 0;
	}
	return {encode, decode, counts: codeCounts};
}

/**
 * `make` made once per index: only memoization, since a codec is a pure function of its
 * index's alphabet; keyed weakly so a dropped index takes its codecs with it.
 */
export function oncePerIndex<T>(make: (index: SearchIndex) => T): (index: SearchIndex) => T {
	const made = new WeakMap<SearchIndex, T>();
	return (index) => {
		let value = made.get(index);
		if (value === undefined) {
			value = make(index);
			made.set(index, value);
		}
		return value;
	};
}

/** The codec of an index, made once per index. */
export const codecOf = oncePerIndex((index) => makeCodec(index.alphabet, index.alphabetCounts));

/** Maps each unit of `text` through `table` (same length). */
export function recode(text: string, table: Uint16Array): string {
	const units = new Uint16Array(text.length);
	for (let index = 0; index < text.length; index++) units[index] = table[text.charCodeAt(index)]!;
	return unitsToString(units);
}

// The initials key (see pinyin.ts) gets the same treatment, by pairs: unit i codes the letters
// at i and i + 1, so a run of k letters is looked up as k - 1 units whose low bytes are rare,
// instead of letters that each stop memchr every dozen chars.

export const letterCount = 27;
const noLetter = 26;

/** Letter (a-z) → 0-25; anything else (the initials key's space) → 26. */
export function letterIndex(code: number): number {
	return code >= 0x61 && code <= 0x7a ? code - 0x61 : noLetter;
}

/**
 * The letter pairs that occur (counts by pair index), commonest first, two chars each; and how
 * often each occurs.
 */
export function pairAlphabetOf(pairCounts: Uint32Array): {pairs: string; counts: number[]} {
	const pairs: number[] = [];
	for (let pair = 0; pair < pairCounts.length; pair++) if (pairCounts[pair]! > 0) pairs.push(pair);
	pairs.sort((a, b) => pairCounts[b]! - pairCounts[a]! || a - b);
	const letter = (index: number) => (index === noLetter ? ' ' : String.fromCharCode(0x61 + index));
	return {
		pairs: pairs
			.map((pair) => letter(Math.floor(pair / letterCount)) + letter(pair % letterCount))
			.join(''),
		counts: pairs.map((pair) => pairCounts[pair]!),
	};
}

type PairCodec = {
	/** Pair (first × 27 + second, letters a-z as 0-25, anything else 26) → code. */
	encode: Uint16Array;
	/** Code → its first letter (a char code, or a space). */
	firstLetter: Uint8Array;
	/** Code → how often the pair occurs (0 when unknown). */
	counts: Float64Array;
};

export function makePairCodec(pairs: string, counts: readonly number[] = []): PairCodec {
	const encode = new Uint16Array(letterCount * letterCount).fill(absentCode);
	const firstLetter = new Uint8Array(0x10000).fill(0x20);
	const codeCounts = new Float64Array(0x10000);
	for (let slot = 0; slot * 2 + 1 < pairs.length; slot++) {
		const first = pairs.charCodeAt(slot * 2);
		const pair = letterIndex(first) * letterCount + letterIndex(pairs.charCodeAt(slot * 2 + 1));
		const code = codeOf(slot);
		encode[pair] = code;
		firstLetter[code] = first;
		codeCounts[code] = counts[slot] ?? 0;
	}
	return {encode, firstLetter, counts: codeCounts};
}

/** What to look for in a pair-coded key to find a run of letters (two or more). */
export function pairPattern(letters: string, codec: PairCodec): string {
	let pattern = '';
	for (let index = 0; index + 1 < letters.length; index++) {
		const pair =
			letterIndex(letters.charCodeAt(index)) * letterCount +
			letterIndex(letters.charCodeAt(index + 1));
		pattern += String.fromCharCode(codec.encode[pair]!);
	}
	return pattern;
}

/**
 * Calls `visit` with each offset where `pattern` occurs in `text`, ascending. indexOf stops at
 * every occurrence of a pattern's first unit, so the look-up starts from its rarest unit (by
 * `counts`) and checks the units before it: 职工书房 is looked for as 房 preceded by 职工书.
 */
export function forEachOccurrence(
	text: string,
	pattern: string,
	counts: Float64Array,
	visit: (at: number) => void,
): void {
	if (pattern.length === 0) return;
	let rarest = 0;
	for (let index = 1; index < pattern.length; index++) {
		if (counts[pattern.charCodeAt(index)]! < counts[pattern.charCodeAt(rarest)]!) rarest = index;
	}
	const anchor = rarest === 0 ? pattern : pattern.slice(rarest);
	const before = pattern.slice(0, rarest);
	for (let at = text.indexOf(anchor, rarest); at !== -1; at = text.indexOf(anchor, at + 1)) {
		if (rarest === 0 || text.startsWith(before, at - rarest)) visit(at - rarest);
	}
}

// Tokens for a full-text index (SQLite FTS5 with its `ascii` tokenizer: whitespace-separated
// words, written here) and the FTS5 query that finds the candidates of a search. The index only
// narrows: every candidate is then matched by search.ts, so a token may find too much, never too
// little. FTS5 cannot take a tokenizer from JavaScript, and its trigram tokenizer finds nothing
// for two-char words like 劳模, so the folded text is written as tokens here, about one per char:
// - each pair of neighbouring letters or digits (劳动模范 is 劳动 动模 模范; a substring holds
//   all of its pairs);
// - the last char of each run of them, alone, so a one-char query `劳` is the prefix query
//   `劳*`: a 劳 is either followed by another char (a pair 劳X) or ends its run.
// Pinyin is not written per occurrence. The distinct pairs of Han chars are kept once each, by
// the first letters of their readings (`pinyinPairs`, a vocabulary filled as text is indexed),
// and a pinyin query asks it which pairs read as each two neighbouring pieces.
//
// Measured: the earlier tokens (every char, every pair, each reading, initials pairs: 4-6 a
// char) took 3.6-4.4 s to make for 200 synthetic reports; these take 0.1-0.4 s for 1,000 (5.4 M
// tokens, on a loaded machine), and FTS5 takes them in about half the time the old ones took.
import {unitsToString} from '../text/fold.js';
import {type Reading, readingsOf, readingTables} from '../text/pinyin.js';
import type {Term} from './query.js';
import type {SearchKind} from './types.js';

/** What wordUnits' table holds for a unit not looked at yet (not a length: 0, 1 or 2). */
const unknownUnit = 3;
const wordTable = new Uint8Array(0x10000).fill(unknownUnit);
const bmpWord = /^[\p{L}\p{N}]$/u;

/**
 * Per BMP unit: 1 for letters and digits (the chars tokens are made of), 0 for others, and
 * unknownUnit until wordUnit has looked at it. Filled as units are met: made whole from a
 * regex over the BMP's 65,536 units, the table took 2-3 ms of a 64 ms `search 劳模 --json`
 * on the bundled reports (--cpu-prof); a query meets a few units, a build a few thousand.
 */
function wordUnits(): Uint8Array {
	return wordTable;
}

/** Looks at a unit wordUnits' table does not know yet; surrogates alone are not chars. */
function wordUnit(code: number): number {
	const known =
		code >= 0xd800 && code <= 0xdfff ? 0 : bmpWord.test(String.fromCharCode(code)) ? 1 : 0;
	wordTable[code] = known;
	return known;
}

/** Whether a BMP unit is a letter or digit (1) or not (0). */
const wordUnitAt = (code: number, table: Uint8Array) => {
	const known = table[code]!;
	return known === unknownUnit ? wordUnit(code) : known;
};

const astralWord = /^[\p{L}\p{N}]$/u;

/** The length (1 or 2 units) of the letter or digit at `at`, or 0 when it is not one. */
function wordCharLength(key: string, at: number, table: Uint8Array): number {
	const code = key.charCodeAt(at);
	if (code >= 0xd800 && code <= 0xdbff && at + 1 < key.length) {
		return astralWord.test(key.slice(at, at + 2)) ? 2 : 0;
	}
	return wordUnitAt(code, table);
}

let tokenUnits = new Uint16Array(4096);
let tokenCount = 0;

/**
 * The distinct tokens of a text, counted, in an open-addressing table of numbers: a BMP pair
 * is its two units as one 32-bit key, a run's last BMP char its unit shifted up (a low half of
 * 0 is no letter), so no token is made a string to be counted. Tokens with a surrogate go to
 * `astral` as strings (rare). Duplicates are left out: with detail=none FTS5 keeps only which
 * items hold a token, and every repeat cost a hash look-up inside SQLite. Measured over the
 * 95,000 items of 1,000 synthetic reports: splitting the token string again and counting with a
 * Set and a Map of strings took 1.7-1.8 s, this 0.2-0.3 s (CPU, same machine and load), and
 * FTS5 is given 12% fewer tokens.
 */
const seenKeys = {keys: new Uint32Array(8192), counts: new Uint32Array(8192), bits: 6};
/** The slots of the BMP pairs in first-seen order, to write their occurrence marks. */
let pairSlots = new Int32Array(4096);
let pairSlotCount = 0;
/** The slots of the chars counted (with countChars), in first-seen order. */
let charSlots = new Int32Array(4096);
let charSlotCount = 0;
/** The low half of a char's count key: a noncharacter, so no pair or run's last has it. */
const charKeyLow = 0xffff;
let astral: Map<string, number> | undefined;

/**
 * Empties the table, sized for a text of `units` (at most two tokens a unit, a pair and a run's
 * last, and a char count a unit: half full).
 */
function resetTable(units: number): void {
	let bits = 6;
	while (1 << bits < units * 6 + 2) bits++;
	if (1 << bits > seenKeys.keys.length) {
		seenKeys.keys = new Uint32Array(1 << bits);
		seenKeys.counts = new Uint32Array(1 << bits);
	} else {
		seenKeys.keys.fill(0, 0, 1 << bits);
	}
	seenKeys.bits = bits;
	if (pairSlots.length < units + 1) pairSlots = new Int32Array(units + 1);
	if (charSlots.length < units + 1) charSlots = new Int32Array(units + 1);
	pairSlotCount = 0;
	charSlotCount = 0;
	astral = undefined;
}

/** Where a key's slot is noted when first seen: none, a pair's, or a counted char's. */
const enum Noted {
	No,
	Pair,
	Char,
}

/** Counts `key` (non-zero); true the first time it is seen. */
function countKey(key: number, noted: Noted): boolean {
	const {keys, counts, bits} = seenKeys;
	const mask = (1 << bits) - 1;
	let slot = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
	for (;;) {
		const there = keys[slot]!;
		if (there === 0) {
			keys[slot] = key;
			counts[slot] = 1;
			if (noted === Noted.Pair) pairSlots[pairSlotCount++] = slot;
			else if (noted === Noted.Char) charSlots[charSlotCount++] = slot;
			return true;
		}
		if (there === key) {
			counts[slot]!++;
			return false;
		}
		slot = (slot + 1) & mask;
	}
}

function writeUnits(key: string, from: number, to: number): void {
	if (tokenUnits.length < tokenCount + (to - from) + 8) {
		const grown = new Uint16Array((tokenCount + (to - from) + 8) * 2);
		grown.set(tokenUnits.subarray(0, tokenCount));
		tokenUnits = grown;
	}
	for (let unit = from; unit < to; unit++) tokenUnits[tokenCount++] = key.charCodeAt(unit);
	tokenUnits[tokenCount++] = 0x20;
}

/** Writes the token key[from, to) once; `pair` when it is a pair (counted for the marks). */
function addToken(key: string, from: number, to: number, pair: boolean): void {
	if (to - from <= 2) {
		const first = key.charCodeAt(from);
		const code = (to - from === 2 ? (first << 16) | key.charCodeAt(from + 1) : first << 16) >>> 0;
		// A two-unit token that is one astral char (a run's last) is no pair.
		const bmpPair = to - from === 2 && (first < 0xd800 || first > 0xdbff);
		if (countKey(code, bmpPair ? Noted.Pair : Noted.No)) writeUnits(key, from, to);
		return;
	}
	// A pair with an astral char: three or four units.
	const token = key.slice(from, to);
	astral ??= new Map();
	const count = astral.get(token);
	if (count === undefined) writeUnits(key, from, to);
	astral.set(token, (count ?? 0) + (pair ? 1 : 0));
}

/**
 * Fills tokenUnits with the distinct tokens of a folded text, each followed by a space; with
 * `countChars`, counts each char beyond ASCII too (see charCountable).
 */
function writeTextTokens(key: string, countChars = false): void {
	const table = wordUnits();
	resetTable(key.length);
	tokenCount = 0;
	// Start of the previous letter or digit of the current run; -1 outside a run.
	let previous = -1;
	for (let at = 0; at < key.length;) {
		const code = key.charCodeAt(at);
		// Inlined (a call per char made this ten times slower).
		let size = code >= 0xd800 && code <= 0xdbff ? wordCharLength(key, at, table) : table[code]!;
		if (size === unknownUnit) size = wordUnit(code);
		if (size === 0) {
			if (previous !== -1) addToken(key, previous, at, false);
			previous = -1;
			at++;
			continue;
		}
		if (previous !== -1) addToken(key, previous, at + size, true);
		if (countChars && size === 1 && code > 0x7f)
			countKey(((code << 16) | charKeyLow) >>> 0, Noted.Char);
		previous = at;
		at += size;
	}
	if (previous !== -1) addToken(key, previous, key.length, false);
}

/**
 * The distinct tokens of a folded text (see foldKey), separated by spaces: the pairs of
 * neighbouring letters or digits and the last one of each run. Written unit by unit into one
 * buffer: built by string concatenation it took 3.9 s for the 5.4 M tokens of 1,000 synthetic
 * reports.
 */
export function textTokens(key: string): string {
	writeTextTokens(key);
	return unitsToString(tokenUnits.subarray(0, Math.max(0, tokenCount - 1)));
}

/** A pair of Han chars as the vocabulary keeps it: under the first letters of its readings. */
type PinyinPair = {letters: string; pair: string};

/**
 * The vocabulary rows of the pairs of neighbouring Han chars in a folded text that are not in
 * `seen` yet (a pair as one number, see readingChars); `seen` gets them. Only chars with
 * readings count.
 */
export function pinyinPairs(key: string, seen: Set<number>): PinyinPair[] {
	const rows: PinyinPair[] = [];
	const {ids, count} = readingChars();
	let before = 0;
	let beforeId = 0;
	for (let at = 0; at < key.length; at++) {
		const code = key.charCodeAt(at);
		const id = ids[code]!;
		if (id === 0) {
			beforeId = 0;
			continue;
		}
		if (beforeId !== 0) {
			const pair = beforeId * count + id;
			if (!seen.has(pair)) {
				seen.add(pair);
				const text = String.fromCharCode(before, code);
				for (const a of initialsOf(before))
					for (const b of initialsOf(code)) rows.push({letters: a + b, pair: text});
			}
		}
		before = code;
		beforeId = id;
	}
	return rows;
}

let readingIds: {ids: Uint16Array; count: number} | undefined;

/**
 * A number (from 1) for each char with a pinyin reading, so a pair of them is one small
 * integer (below 2^31 for up to 46,340 chars): a Set of those is faster than one of code pairs
 * (numbers too large to be small integers).
 */
function readingChars(): {ids: Uint16Array; count: number} {
	if (!readingIds) {
		const ids = new Uint16Array(0x10000);
		let count = 1;
		for (let code = 0; code < 0x10000; code++) {
			if (readingsOf(code).length > 0) ids[code] = count++;
		}
		readingIds = {ids, count};
	}
	return readingIds;
}

const initialsCache = new Map<number, string[]>();

/** The distinct first letters of a char's readings. */
function initialsOf(code: number): string[] {
	let found = initialsCache.get(code);
	if (!found) {
		found = [...new Set(readingsOf(code).map((reading) => reading[0]!))];
		initialsCache.set(code, found);
	}
	return found;
}

/** Where the pinyin pairs come from: the pairs kept under two letters (see pinyinPairs). */
export type PairVocabulary = (letters: string) => readonly string[];

/**
 * An FTS5 query, or `all` (no condition: every item is a candidate) or `none` (no item can
 * match).
 */
export type Condition = string | 'all' | 'none';

const quote = (token: string) => `"${token}"`;

function allOf(conditions: Condition[]): Condition {
	if (conditions.includes('none')) return 'none';
	const real = [...new Set(conditions.filter((condition) => condition !== 'all'))];
	if (real.length === 0) return 'all';
	return real.length === 1 ? real[0]! : `(${real.join(' AND ')})`;
}

function anyOf(conditions: Condition[]): Condition {
	if (conditions.includes('all')) return 'all';
	const real = [...new Set(conditions.filter((condition) => condition !== 'none'))];
	if (real.length === 0) return 'none';
	return real.length === 1 ? real[0]! : `(${real.join(' OR ')})`;
}

/** Items holding `text` as a substring hold all of its pairs, or a lone char as a prefix. */
function substringCondition(text: string): Condition {
	const table = wordUnits();
	const tokens: string[] = [];
	let previous = -1;
	let runLength = 0;
	const endRun = (at: number) => {
		if (runLength === 1) tokens.push(`${quote(text.slice(previous, at))}*`);
		previous = -1;
		runLength = 0;
	};
	for (let at = 0; at < text.length;) {
		const length = wordCharLength(text, at, table);
		if (length === 0) {
			endRun(at);
			at++;
			continue;
		}
		if (previous !== -1) tokens.push(quote(text.slice(previous, at + length)));
		previous = at;
		runLength++;
		at += length;
	}
	endRun(text.length);
	return allOf(tokens);
}

/**
 * More pairs than this for two neighbouring pieces (initials such as `lm`) narrow too little
 * to be worth a long FTS5 query: that position is left out of the condition.
 */
const maxPairsPerPosition = 400;
/** Chars a single syllable may be (`lao`: 劳, 老, 牢, …); a long list is left out likewise. */
const maxCharsPerSyllable = 200;

/** Items where a run of chars reads as `pieces`. */
function readingCondition(pieces: Reading, vocabulary: PairVocabulary): Condition {
	const tables = readingTables(pieces);
	if (pieces.length === 1) {
		// One char: any char the syllable fits, as a prefix (its pairs and a run-final char).
		const table = tables[0]!;
		const chars: Condition[] = [];
		for (let code = 0x2e80; code < 0x10000 && chars.length <= maxCharsPerSyllable; code++) {
			if (table[code] === 1) chars.push(`${quote(String.fromCharCode(code))}*`);
		}
		return chars.length > maxCharsPerSyllable ? 'all' : anyOf(chars);
	}
	const positions: Condition[] = [];
	for (let at = 0; at + 1 < pieces.length; at++) {
		const first = tables[at]!;
		const second = tables[at + 1]!;
		const pairs = vocabulary(pieces[at]![0]! + pieces[at + 1]![0]!).filter(
			(pair) => first[pair.charCodeAt(0)] === 1 && second[pair.charCodeAt(1)] === 1,
		);
		positions.push(pairs.length > maxPairsPerPosition ? 'all' : anyOf(pairs.map(quote)));
	}
	return allOf(positions);
}

/**
 * The strings of Han chars a reading can be in texts whose pairs are all in the vocabulary:
 * each piece's char fits it, and each two neighbours are a known pair. Every place the reading
 * matches in such a text holds one of them (and only there: a string holds its chars). More
 * than `most` of them: undefined.
 */
export function readingChains(
	pieces: Reading,
	vocabulary: PairVocabulary,
	most: number,
): string[] | undefined {
	const tables = readingTables(pieces);
	if (pieces.length === 1) {
		const table = tables[0]!;
		const chars: string[] = [];
		for (let code = 0x2e80; code < 0x10000; code++) {
			if (table[code] !== 1) continue;
			if (chars.length === most) return undefined;
			chars.push(String.fromCharCode(code));
		}
		return chars;
	}
	let chains: string[] = [];
	for (let at = 0; at + 1 < pieces.length; at++) {
		const first = tables[at]!;
		const second = tables[at + 1]!;
		const pairs = vocabulary(pieces[at]![0]! + pieces[at + 1]![0]!).filter(
			(pair) => first[pair.charCodeAt(0)] === 1 && second[pair.charCodeAt(1)] === 1,
		);
		if (at === 0) {
			if (pairs.length > most) return undefined;
			chains = [...pairs];
			continue;
		}
		const byFirst = new Map<string, string[]>();
		for (const pair of pairs) {
			const list = byFirst.get(pair[0]!) ?? [];
			list.push(pair[1]!);
			byFirst.set(pair[0]!, list);
		}
		const longer: string[] = [];
		for (const chain of chains) {
			for (const next of byFirst.get(chain.at(-1)!) ?? []) {
				if (longer.length === most) return undefined;
				longer.push(chain + next);
			}
		}
		chains = longer;
		if (chains.length === 0) return chains;
	}
	return chains;
}

function pinyinCondition(readingsList: readonly Reading[], vocabulary: PairVocabulary): Condition {
	return readingsList.length === 0
		? 'none'
		: anyOf(readingsList.map((pieces) => readingCondition(pieces, vocabulary)));
}

/**
 * The candidates of a term: it is found exactly, by pinyin, part by part, or (`typos`) with one
 * typo: then its head or its tail is found as it is (one of them survives any single edit), or
 * it reads as pinyin one edit away.
 */
function termCondition(term: Term, typos: boolean, vocabulary: PairVocabulary): Condition {
	const ways: Condition[] = [
		substringCondition(term.text),
		pinyinCondition(term.readings, vocabulary),
	];
	if (term.parts.length > 0) {
		ways.push(allOf(term.parts.map((part) => termCondition(part, typos, vocabulary))));
	}
	if (typos && term.typos) {
		const chars = Array.from(term.text);
		const half = Math.floor(chars.length / 2);
		ways.push(substringCondition(chars.slice(0, half).join('')));
		ways.push(substringCondition(chars.slice(half).join('')));
	}
	if (typos) ways.push(pinyinCondition(term.typoReadings, vocabulary));
	return anyOf(ways);
}

/** The candidates of a query: items that may match every term. */
export function queryCondition(
	terms: readonly Term[],
	typos: boolean,
	vocabulary: PairVocabulary,
): Condition {
	if (terms.length === 0) return 'none';
	return allOf(terms.map((term) => termCondition(term, typos, vocabulary)));
}

// Ranking tokens, so that the index answers "which items hold this term at least n times" and
// "which items are headings" without reading the items. Their chars are from the Private Use
// Area, which no text's pair token ends with and no real query has (a query that has them only
// finds too much, never too little: the candidates are matched again).
/**
 * The least occurrences each mark stands for (`劳模` + mark: the pair is seen that often in the
 * item). Steps close enough that the highest level with 20 hits holds few more: for 劳模 at
 * 10,000 reports, 12 items hold it 8 times or more, 1,981 four times or more.
 */
export const occurrenceLevels = [2, 3, 4, 6, 8, 12, 16] as const;
const occurrenceMarks = occurrenceLevels.map((_, at) => String.fromCharCode(0xe001 + at));
const occurrenceMarkUnits = occurrenceMarks.map((mark) => mark.charCodeAt(0));
const kindMarks: Record<SearchKind, string> = {
	section: '\uE011',
	paragraph: '\uE012',
	figure: '\uE013',
	caption: '\uE014',
};

/**
 * Chars alone are counted from the third level (4 times) up: a one-char query (the first key of
 * a word typed) matched 213,600 items for 劳 at 10,000 synthetic reports, and ranking them by
 * reading every one took 6-7 s of CPU; the marks of chars held 2 or 3 times would add a token for
 * most chars of every paragraph, and are not needed to cut the reading short.
 */
const firstCharLevel = 2;

/**
 * Whether a one-char term is counted by the marks: a BMP letter beyond ASCII (digits must stand
 * whole, and a lone Latin letter is read as pinyin).
 */
const charCountable = (code: number, table: Uint8Array) =>
	code > 0x7f && wordUnitAt(code, table) === 1;

/** The token every item of `kind` carries. */
export const kindCondition = (kind: SearchKind): Condition => quote(kindMarks[kind]);

/**
 * The tokens of an item: its text's (textTokens), its kind's, and for each pair the text holds
 * twice or more a token per occurrence level it reaches (overlapping occurrences count, as the
 * search counts them), each token once.
 */
export function itemTokens(key: string, kind: SearchKind): string {
	writeTextTokens(key, true);
	const kindMark = kindMarks[kind].charCodeAt(0);
	// Room for the kind mark and, per pair or char, up to one token (pair or char, mark, space)
	// per level.
	const room = tokenCount + 2 + (pairSlotCount + charSlotCount) * occurrenceLevels.length * 4;
	if (tokenUnits.length < room) {
		const grown = new Uint16Array(room * 2);
		grown.set(tokenUnits.subarray(0, tokenCount));
		tokenUnits = grown;
	}
	const out = tokenUnits;
	let length = tokenCount;
	out[length++] = kindMark;
	length = writeMarks(out, length, pairSlots, pairSlotCount, 0);
	length = writeMarks(out, length, charSlots, charSlotCount, firstCharLevel);
	let text = unitsToString(out.subarray(0, length));
	if (astral) {
		for (const [pair, count] of astral) {
			occurrenceLevels.forEach((level, at) => {
				if (count >= level) text += ` ${pair}${occurrenceMarks[at]}`;
			});
		}
	}
	return text;
}

/**
 * Writes into `out` from `length`, for each counted pair or char of `slots`, its token with the
 * mark of each level from `fromLevel` that its count reaches; returns the new length.
 */
function writeMarks(
	out: Uint16Array,
	length: number,
	slots: Int32Array,
	slotCount: number,
	fromLevel: number,
): number {
	const {keys, counts} = seenKeys;
	for (let at = 0; at < slotCount; at++) {
		const slot = slots[at]!;
		const count = counts[slot]!;
		const key = keys[slot]!;
		for (
			let level = fromLevel;
			level < occurrenceLevels.length && count >= occurrenceLevels[level]!;
			level++
		) {
			out[length++] = 0x20;
			out[length++] = key >>> 16;
			// A pair's second unit; a char's key has none (see charKeyLow).
			if ((key & 0xffff) !== charKeyLow) out[length++] = key & 0xffff;
			out[length++] = occurrenceMarkUnits[level]!;
		}
	}
	return length;
}

/**
 * Items that may hold `text` at least `occurrenceLevels[level]` times: each of its pairs is
 * held that often. Undefined when the text is not one run of two or more letters or digits
 * (its occurrences are not the occurrences of its pairs).
 */
export function occurrenceCondition(text: string, level: number): Condition | undefined {
	const table = wordUnits();
	if (text.length === 1) {
		return charCountable(text.charCodeAt(0), table) && level >= firstCharLevel
			? quote(text + occurrenceMarks[level]!)
			: undefined;
	}
	const pairs: string[] = [];
	let previous = -1;
	for (let at = 0; at < text.length;) {
		const length = wordCharLength(text, at, table);
		if (length === 0) return undefined;
		if (previous !== -1)
			pairs.push(quote(text.slice(previous, at + length) + occurrenceMarks[level]!));
		previous = at;
		at += length;
	}
	return pairs.length === 0 ? undefined : allOf(pairs);
}

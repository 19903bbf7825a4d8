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

let wordTable: Uint8Array | undefined;

/**
 * 1 for BMP units that are letters or digits (the chars tokens are made of). Made from the runs
 * of other chars in one string of the whole BMP: a regex test per unit took 110 ms of a 320 ms
 * warm search (measured with --cpu-prof), the runs (a few thousand) take a few ms.
 */
function wordUnits(): Uint8Array {
	if (!wordTable) {
		const table = new Uint8Array(0x10000).fill(1);
		const units = new Uint16Array(0x10000);
		for (let code = 0; code < 0x10000; code++) units[code] = code;
		// Surrogates are not chars on their own: a space stands in for them (and is not a word).
		units.fill(0x20, 0xd800, 0xe000);
		const all = unitsToString(units);
		for (const run of all.matchAll(/[^\p{L}\p{N}]+/gu)) {
			table.fill(0, run.index, run.index + run[0].length);
		}
		wordTable = table;
	}
	return wordTable;
}

const astralWord = /^[\p{L}\p{N}]$/u;

/** The length (1 or 2 units) of the letter or digit at `at`, or 0 when it is not one. */
function wordCharLength(key: string, at: number, table: Uint8Array): number {
	const code = key.charCodeAt(at);
	if (code >= 0xd800 && code <= 0xdbff && at + 1 < key.length) {
		return astralWord.test(key.slice(at, at + 2)) ? 2 : 0;
	}
	return table[code]!;
}

let tokenUnits = new Uint16Array(4096);

/**
 * The tokens of a folded text (see foldKey), separated by spaces: the pairs of neighbouring
 * letters or digits and the last one of each run. Written unit by unit into one buffer: built
 * by string concatenation it took 3.9 s for the 5.4 M tokens of 1,000 synthetic reports.
 */
export function textTokens(key: string): string {
	const table = wordUnits();
	// At most three units out per unit in (a pair and a space), and the last char once more.
	if (tokenUnits.length < key.length * 3 + 4) tokenUnits = new Uint16Array(key.length * 3 + 4);
	const out = tokenUnits;
	let length = 0;
	// Start of the previous letter or digit of the current run; -1 outside a run.
	let previous = -1;
	for (let at = 0; at < key.length;) {
		const code = key.charCodeAt(at);
		// Inlined (a call per char made this ten times slower).
		const size = code >= 0xd800 && code <= 0xdbff ? wordCharLength(key, at, table) : table[code]!;
		if (size === 0) {
			if (previous !== -1) {
				for (let unit = previous; unit < at; unit++) out[length++] = key.charCodeAt(unit);
				out[length++] = 0x20;
			}
			previous = -1;
			at++;
			continue;
		}
		if (previous !== -1) {
			for (let unit = previous; unit < at + size; unit++) out[length++] = key.charCodeAt(unit);
			out[length++] = 0x20;
		}
		previous = at;
		at += size;
	}
	if (previous !== -1) {
		for (let unit = previous; unit < key.length; unit++) out[length++] = key.charCodeAt(unit);
	} else if (length > 0) length--;
	return unitsToString(out.subarray(0, length));
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
const kindMarks: Record<SearchKind, string> = {
	section: '\uE011',
	paragraph: '\uE012',
	figure: '\uE013',
	caption: '\uE014',
};

/** The token every item of `kind` carries. */
export const kindCondition = (kind: SearchKind): Condition => quote(kindMarks[kind]);

/**
 * The tokens of an item: its text's (textTokens), its kind's, and for each pair the text holds
 * twice or more a token per occurrence level it reaches (overlapping occurrences count, as the
 * search counts them).
 */
export function itemTokens(key: string, kind: SearchKind): string {
	const text = textTokens(key);
	let repeated: Map<string, number> | undefined;
	const seen = new Set<string>();
	for (const token of text.split(' ')) {
		if (token.length < 2) continue;
		if (seen.has(token)) {
			repeated ??= new Map();
			repeated.set(token, (repeated.get(token) ?? 1) + 1);
		} else seen.add(token);
	}
	let out = text === '' ? kindMarks[kind] : `${text} ${kindMarks[kind]}`;
	if (repeated) {
		for (const [pair, count] of repeated) {
			occurrenceLevels.forEach((level, at) => {
				if (count >= level) out += ` ${pair}${occurrenceMarks[at]}`;
			});
		}
	}
	return out;
}

/**
 * Items that may hold `text` at least `occurrenceLevels[level]` times: each of its pairs is
 * held that often. Undefined when the text is not one run of two or more letters or digits
 * (its occurrences are not the occurrences of its pairs).
 */
export function occurrenceCondition(text: string, level: number): Condition | undefined {
	const table = wordUnits();
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

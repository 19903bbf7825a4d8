// Tokens for a full-text index (SQLite FTS5 with its `ascii` tokenizer: whitespace-separated
// words, written here) and the FTS5 query that finds the candidates of a search. The index only
// narrows: every candidate is then matched by search.ts, so a token may find too much, never too
// little. FTS5 cannot take a tokenizer from JavaScript, and its trigram tokenizer finds nothing
// for two-char words like 劳模, so the text is written as tokens here:
// - every letter or digit of the folded text, and every pair of neighbouring ones (劳模 is one
//   pair; 劳动模范 is found as 劳动, 动模, 模范 all present);
// - `0` + each reading of a Han char (0lao), so a syllable (or its start: "0lao"*) finds it;
// - `1` + the first letters of the readings of two neighbouring Han chars (1lm), so initials
//   and full pinyin find pairs of chars.
import {foldKey} from '../text/fold.js';
import {isInitialPiece, type Reading, readingsOf} from '../text/pinyin.js';
import type {Term} from './query.js';

let wordTable: Uint8Array | undefined;

/** 1 for BMP units that are letters or digits (the chars tokens are made of). */
function wordUnits(): Uint8Array {
	if (!wordTable) {
		wordTable = new Uint8Array(0x10000);
		const word = /^[\p{L}\p{N}]$/u;
		for (let code = 0; code < 0x10000; code++) {
			if (code < 0xd800 || code > 0xdfff)
				wordTable[code] = word.test(String.fromCharCode(code)) ? 1 : 0;
		}
	}
	return wordTable;
}

type CharReadings = {ids: number[]; initials: number[]};

const noReadings: CharReadings = {ids: [], initials: []};
const syllableIds = new Map<string, number>();
const syllableTokens: string[] = [];
const readingCache = new Map<number, CharReadings>();

/** A char's readings as syllable ids and their first letters (char codes), made once per char. */
function charReadings(code: number): CharReadings {
	let found = readingCache.get(code);
	if (!found) {
		const readings = readingsOf(code);
		if (readings.length === 0) found = noReadings;
		else {
			found = {ids: [], initials: []};
			for (const reading of readings) {
				let id = syllableIds.get(reading);
				if (id === undefined) {
					id = syllableTokens.length;
					syllableIds.set(reading, id);
					syllableTokens.push(`0${reading}`);
				}
				found.ids.push(id);
				found.initials.push(reading.charCodeAt(0));
			}
		}
		readingCache.set(code, found);
	}
	return found;
}

/** The chars of folded text as tokens go: letters and digits, astral ones whole; others undefined. */
function wordChars(key: string): Array<string | undefined> {
	const table = wordUnits();
	const chars: Array<string | undefined> = [];
	for (let at = 0; at < key.length; at++) {
		const code = key.charCodeAt(at);
		if (code >= 0xd800 && code <= 0xdbff && at + 1 < key.length) {
			const pair = key.slice(at, at + 2);
			chars.push(/^[\p{L}\p{N}]$/u.test(pair) ? pair : undefined);
			at++;
		} else {
			chars.push(table[code] === 1 ? key[at] : undefined);
		}
	}
	return chars;
}

// Token keys for the set of tokens seen in one text: numbers, so no string is made for a token
// already seen. Measured on 200 synthetic reports (1.1 M chars, 2 M tokens) on a loaded machine:
// 3.6-4.4 s either way, against 1.3-2.5 s for FTS5 to take the tokens; the build's cost is here.
// Singles are their char code, pairs above 0xffff, syllables and initial pairs negative.
const pairKey = (first: number, second: number) => 0x10000 + first * 0x10000 + second;
const syllableKey = (id: number) => -1 - id;
const initialsKey = (first: number, second: number) => -0x100000 - (first * 0x80 + second);

/** The tokens of an item's text, each once, separated by spaces. */
export function textTokens(text: string): string {
	const key = foldKey(text);
	const table = wordUnits();
	const seen = new Set<number | string>();
	const tokens: string[] = [];
	const add = (token: number | string, make: () => string) => {
		if (seen.has(token)) return;
		seen.add(token);
		tokens.push(make());
	};
	let previous = -1;
	let previousChar = '';
	let previousReadings = noReadings;
	for (let at = 0; at < key.length; at++) {
		const code = key.charCodeAt(at);
		let char: string | undefined;
		if (code >= 0xd800 && code <= 0xdbff && at + 1 < key.length) {
			const pair = key.slice(at, at + 2);
			at++;
			if (/^[\p{L}\p{N}]$/u.test(pair)) char = pair;
		} else if (table[code] === 1) {
			char = key[at];
		}
		if (char === undefined) {
			previous = -1;
			previousReadings = noReadings;
			continue;
		}
		const bmp = char.length === 1;
		add(bmp ? code : char, () => char);
		if (previous !== -1) {
			const pair = previousChar + char;
			add(bmp && previousChar.length === 1 ? pairKey(previous, code) : pair, () => pair);
		}
		const own = bmp ? charReadings(code) : noReadings;
		for (const id of own.ids) add(syllableKey(id), () => syllableTokens[id]!);
		for (const before of previousReadings.initials) {
			for (const initial of own.initials) {
				add(initialsKey(before, initial), () => `1${String.fromCharCode(before, initial)}`);
			}
		}
		previous = code;
		previousChar = char;
		previousReadings = own;
	}
	return tokens.join(' ');
}

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

/** Items holding `text` as a substring hold all of its pairs (or its lone chars). */
function substringCondition(text: string): Condition {
	const chars = wordChars(text);
	const tokens: string[] = [];
	chars.forEach((char, at) => {
		if (char === undefined) return;
		const next = chars[at + 1];
		const before = chars[at - 1];
		if (next !== undefined) tokens.push(char + next);
		else if (before === undefined) tokens.push(char);
	});
	return allOf(tokens.map(quote));
}

/** Items where a run of chars reads as `pieces`. */
function readingCondition(pieces: Reading): Condition {
	const conditions: Condition[] = [];
	pieces.forEach((piece, at) => {
		const last = at === pieces.length - 1;
		// An initial (or one letter) alone is held by too many syllables to narrow by.
		if (last ? piece.length >= 2 : !isInitialPiece(piece)) {
			conditions.push(last ? `${quote(`0${piece}`)}*` : quote(`0${piece}`));
		}
		if (!last) conditions.push(quote(`1${piece[0]}${pieces[at + 1]![0]}`));
	});
	return allOf(conditions);
}

function pinyinCondition(readingsList: readonly Reading[]): Condition {
	return readingsList.length === 0 ? 'none' : anyOf(readingsList.map(readingCondition));
}

/**
 * The candidates of a term: it is found exactly, by pinyin, part by part, or (`typos`) with one
 * typo: then its head or its tail is found as it is (one of them survives any single edit), or
 * it reads as pinyin one edit away.
 */
export function termCondition(term: Term, typos: boolean): Condition {
	const ways: Condition[] = [substringCondition(term.text), pinyinCondition(term.readings)];
	if (term.parts.length > 0) ways.push(allOf(term.parts.map((part) => termCondition(part, typos))));
	if (typos && term.typos) {
		const chars = Array.from(term.text);
		const half = Math.floor(chars.length / 2);
		ways.push(substringCondition(chars.slice(0, half).join('')));
		ways.push(substringCondition(chars.slice(half).join('')));
	}
	if (typos) ways.push(pinyinCondition(term.typoReadings));
	return anyOf(ways);
}

/** The candidates of a query: items that may match every term. */
export function queryCondition(terms: readonly Term[], typos: boolean): Condition {
	if (terms.length === 0) return 'none';
	return allOf(terms.map((term) => termCondition(term, typos)));
}

// Pinyin matching without a pinyin library at run time. The generated table gives each char its
// reading on its own and the other readings it takes inside words (重 zhong, and chong as in
// 重庆; 行 xing, and hang as in 银行); a char matches by any of them.
//
// Index side: an "initials key", one unit per UTF-16 unit of the folded key: the first letter of
// the char's own reading, or a space for anything that is not a Han char (stored coded by
// letter pairs, see codec.ts); so looking for `zgsw` is an indexOf. Chars whose other readings
// start with other letters are listed apart, by letter, and tried too (see match.ts). Query
// side: a run of letters is cut into pieces (syllables, initials, a partial last syllable), and
// each place the pieces' first letters occur is checked against the readings.
import {scriptPairs} from './fold-table.js';
import {contextReadings, primaryReadings} from './pinyin-table.js';

/** Where the initials key puts a char with no reading. */
const noInitial = 0x20;

/** The most readings a char has (着: zhe, zhao, zhuo, and zhu from 著). */
const maxReadings = 4;

type PinyinData = {
	/** All syllables; readings are stored as indices into this list. */
	syllables: readonly string[];
	/** Syllable indices by char code: entries code × maxReadings onwards, own reading first. */
	readingIds: Uint16Array;
	/** How many readings each char code has. */
	readingCounts: Uint8Array;
	/** Initials-key byte by char code. */
	initials: Uint8Array;
	/** First letters of a char's other readings that differ from its initials-key letter. */
	otherInitials: Map<number, string>;
	/** 1 for the char codes in otherInitials (a quick test before the map). */
	hasOtherInitials: Uint8Array;
	syllableSet: ReadonlySet<string>;
	/** Every non-empty prefix of a syllable. */
	prefixes: ReadonlySet<string>;
	/** Pieces that may stand for a char by its initial: a syllable's first letter, zh, ch, sh. */
	initialPieces: ReadonlySet<string>;
};

let data: PinyinData | undefined;

// Typed arrays throughout: this runs on the first index build, so the CLI pays for it.
function load(): PinyinData {
	if (data) return data;
	const syllables: string[] = [];
	const readingIds = new Uint16Array(0x10000 * maxReadings);
	const readingCounts = new Uint8Array(0x10000);
	const add = (code: number, id: number): void => {
		const count = readingCounts[code]!;
		const base = code * maxReadings;
		for (let entry = 0; entry < count; entry++) if (readingIds[base + entry] === id) return;
		if (count === maxReadings) return;
		readingIds[base + count] = id;
		readingCounts[code] = count + 1;
	};
	const ids = new Map<string, number>();
	for (const table of [primaryReadings, contextReadings]) {
		for (const line of table.split('\n')) {
			const syllable = /^[a-z]+/.exec(line)?.[0];
			if (!syllable) continue;
			let id = ids.get(syllable);
			if (id === undefined) {
				id = syllables.length;
				syllables.push(syllable);
				ids.set(syllable, id);
			}
			for (let index = syllable.length; index < line.length; index++)
				add(line.charCodeAt(index), id);
		}
	}
	// Keys hold folded chars: a simplified char also answers to the readings of the
	// traditional chars folded into it (乾 → 干 keeps qian).
	for (let index = 0; index + 1 < scriptPairs.length; index += 2) {
		const from = scriptPairs.charCodeAt(index);
		const to = scriptPairs.charCodeAt(index + 1);
		if (readingCounts[to] === 0) continue;
		for (let entry = 0; entry < readingCounts[from]!; entry++) {
			add(to, readingIds[from * maxReadings + entry]!);
		}
	}
	const firstLetters = syllables.map((syllable) => syllable.charCodeAt(0));
	const initials = new Uint8Array(0x10000).fill(noInitial);
	const otherInitials = new Map<number, string>();
	const hasOtherInitials = new Uint8Array(0x10000);
	for (let code = 0; code < 0x10000; code++) {
		const count = readingCounts[code]!;
		if (count === 0) continue;
		const base = code * maxReadings;
		const first = firstLetters[readingIds[base]!]!;
		initials[code] = first;
		let others = '';
		for (let entry = 1; entry < count; entry++) {
			const letter = firstLetters[readingIds[base + entry]!]!;
			if (letter !== first && !others.includes(String.fromCharCode(letter))) {
				others += String.fromCharCode(letter);
			}
		}
		if (others) {
			otherInitials.set(code, others);
			hasOtherInitials[code] = 1;
		}
	}
	const prefixes = new Set<string>();
	const initialPieces = new Set(['zh', 'ch', 'sh']);
	for (const syllable of syllables) {
		initialPieces.add(syllable[0]!);
		for (let end = 1; end <= syllable.length; end++) prefixes.add(syllable.slice(0, end));
	}
	data = {
		syllables,
		readingIds,
		readingCounts,
		initials,
		otherInitials,
		hasOtherInitials,
		syllableSet: new Set(syllables),
		prefixes,
		initialPieces,
	};
	return data;
}

/** Every reading of a char (by code), toneless, ü written v, its own first; [] when none. */
export function readingsOf(code: number): readonly string[] {
	const {syllables, readingIds, readingCounts} = load();
	const readings: string[] = [];
	for (let entry = 0; entry < (readingCounts[code] ?? 0); entry++) {
		readings.push(syllables[readingIds[code * maxReadings + entry]!]!);
	}
	return readings;
}

/** The tables the index build reads (see keys.ts). */
export function pinyinKeyTables(): {
	/** Initials-key letter (or a space) by char code. */
	initials: Uint8Array;
	/** 1 for char codes with other readings starting with other letters. */
	hasOtherInitials: Uint8Array;
	/** Those letters, by char code. */
	otherInitials: ReadonlyMap<number, string>;
} {
	const {initials, hasOtherInitials, otherInitials} = load();
	return {initials, hasOtherInitials, otherInitials};
}

/** A way to read a run of letters: one piece per Han char. */
export type Reading = readonly string[];

/** Longest pinyin syllable (zhuang, chuang, shuang). */
const longestSyllable = 6;
/** Letters beyond this are not tried as pinyin (keeps the cutting bounded). */
export const maxPinyinLetters = 40;
/** How many ways of cutting one run of letters are tried (each costs a scan). */
const maxCuts = 4;

/**
 * The ways to cut `term` (lower-case letters, `'` marking a syllable boundary) into pieces: each
 * a whole syllable or an initial, the last one any start of a syllable (the user may still be
 * typing it). Only the cuts with the fewest pieces, and at least two, are kept (`changan` is
 * chang-an and chan-gan; `xian` is xi-an; `laom` is lao-m), at most four.
 */
export function pinyinReadings(term: string): Reading[] {
	const letters = term.replaceAll("'", '');
	if (letters.length === 0 || letters.length > maxPinyinLetters || !/^[a-z']+$/.test(term)) {
		return [];
	}
	const {syllableSet: syllables, prefixes, initialPieces} = load();
	const boundaries = new Set<number>();
	let position = 0;
	for (const char of term) {
		if (char === "'") boundaries.add(position);
		else position++;
	}
	const length = letters.length;
	const pieceAt = (start: number, end: number): string | undefined => {
		for (let cut = start + 1; cut < end; cut++) if (boundaries.has(cut)) return undefined;
		const piece = letters.slice(start, end);
		if (end === length) return prefixes.has(piece) ? piece : undefined;
		// A piece ending at an apostrophe is a whole syllable (or an initial).
		return syllables.has(piece) || initialPieces.has(piece) ? piece : undefined;
	};
	const fewest = fewestPieces(length, (start, end) => pieceAt(start, end) !== undefined);
	if (!Number.isFinite(fewest[0]!)) return [];
	// One char only by a whole syllable (`lao` is 劳 or 老, as people type a single syllable);
	// otherwise at least two chars, and cuts into two are kept beside it (`xian` is 县 and 西安).
	const most = Math.max(2, fewest[0]!);
	const found: Reading[] = syllables.has(letters) && boundaries.size === 0 ? [[letters]] : [];
	const pieces: string[] = [];
	const walk = (start: number): void => {
		if (found.length >= maxCuts) return;
		if (start === length) {
			if (pieces.length >= 2) found.push([...pieces]);
			return;
		}
		for (let end = Math.min(length, start + longestSyllable); end > start; end--) {
			const piece = pieceAt(start, end);
			if (piece === undefined || pieces.length + 1 + fewest[end]! > most) continue;
			pieces.push(piece);
			walk(end);
			pieces.pop();
		}
	};
	walk(0);
	return found;
}

/** Whether `piece` is a whole syllable. */
export function isSyllable(piece: string): boolean {
	return load().syllableSet.has(piece);
}

/**
 * The fewest whole syllables `letters` cuts into, the last one any start of a syllable
 * (Infinity when it does not cut so): how plainly a run of letters reads as pinyin.
 */
export function syllableCount(letters: string): number {
	const {syllableSet, prefixes} = load();
	const length = letters.length;
	return fewestPieces(length, (start, end) => {
		const piece = letters.slice(start, end);
		return end === length ? prefixes.has(piece) : syllableSet.has(piece);
	})[0]!;
}

/**
 * fewest[i]: the fewest pieces that cut letters i.. of `length` letters, where isPiece says
 * which runs (at most a syllable long) are pieces; Infinity when there is no way.
 */
function fewestPieces(length: number, isPiece: (start: number, end: number) => boolean): number[] {
	const fewest = new Array<number>(length + 1).fill(Number.POSITIVE_INFINITY);
	fewest[length] = 0;
	for (let start = length - 1; start >= 0; start--) {
		for (let end = Math.min(length, start + longestSyllable); end > start; end--) {
			if (isPiece(start, end)) fewest[start] = Math.min(fewest[start]!, 1 + fewest[end]!);
		}
	}
	return fewest;
}

/** Pinyin typos are forgiven from this many letters on. */
const minPinyinTypoLetters = 8;
/** At most this many one-edit spellings are tried for a pinyin term. */
const maxTypoSpellings = 6;

/**
 * Readings of the spellings one edit away from `letters` (a letter replaced, added, left out,
 * or two neighbours swapped) that cut into fewer whole syllables than `letters` does: the
 * pinyin the user most likely meant (`laodongmofna` → laodongmofan). Empty below
 * minPinyinTypoLetters letters.
 */
export function typoReadings(letters: string): Reading[] {
	if (letters.length < minPinyinTypoLetters || letters.length > maxPinyinLetters) return [];
	if (!/^[a-z]+$/.test(letters)) return [];
	const own = syllableCount(letters);
	const spellings = new Set<string>();
	const alphabet = 'abcdefghijklmnopqrstuvwxyz';
	for (let at = 0; at < letters.length; at++) {
		spellings.add(letters.slice(0, at) + letters.slice(at + 1));
		if (at + 1 < letters.length) {
			spellings.add(letters.slice(0, at) + letters[at + 1] + letters[at] + letters.slice(at + 2));
		}
		for (const letter of alphabet) {
			spellings.add(letters.slice(0, at) + letter + letters.slice(at + 1));
			spellings.add(letters.slice(0, at) + letter + letters.slice(at));
		}
	}
	spellings.delete(letters);
	let best = own;
	let kept: string[] = [];
	for (const spelling of spellings) {
		const count = syllableCount(spelling);
		if (count < best) {
			best = count;
			kept = [spelling];
		} else if (count === best && count < own) {
			kept.push(spelling);
		}
	}
	// Swaps and replacements first: a letter typed out of order is the commonest slip.
	kept.sort((a, b) => Math.abs(a.length - letters.length) - Math.abs(b.length - letters.length));
	const readings: Reading[] = [];
	for (const spelling of kept.slice(0, maxTypoSpellings)) {
		const [first] = pinyinReadings(spelling);
		if (first) readings.push(first);
	}
	return readings;
}

/** For each piece of a reading, which char codes it fits (1) and which not (0). */
type ReadingTables = readonly Uint8Array[];

const pieceTables = new Map<string, Uint8Array>();
/** Tables kept between queries (64 KB each): enough for the pieces of a few typed queries. */
const maxPieceTables = 64;

/**
 * The chars a piece fits: before the last piece, a piece is a whole syllable or an initial; the
 * last may be any start of a syllable.
 */
function pieceTable(piece: string, last: boolean): Uint8Array {
	const {syllables, readingIds, readingCounts, initialPieces} = load();
	const byStart = last || initialPieces.has(piece);
	const key = `${byStart ? '^' : '='}${piece}`;
	const known = pieceTables.get(key);
	if (known) return known;
	const fitting = syllables.map((syllable) =>
		byStart ? syllable.startsWith(piece) : syllable === piece,
	);
	const table = new Uint8Array(0x10000);
	for (let code = 0; code < 0x10000; code++) {
		const base = code * maxReadings;
		for (let entry = 0; entry < readingCounts[code]!; entry++) {
			if (fitting[readingIds[base + entry]!]) {
				table[code] = 1;
				break;
			}
		}
	}
	if (pieceTables.size >= maxPieceTables) pieceTables.delete(pieceTables.keys().next().value!);
	pieceTables.set(key, table);
	return table;
}

/** The tables that check a reading, one per piece. */
export function readingTables(pieces: Reading): ReadingTables {
	return pieces.map((piece, index) => pieceTable(piece, index === pieces.length - 1));
}

/**
 * Whether the chars of `keys` from `start` fit the tables of a reading; `decode` turns a unit of
 * `keys` into a folded char. The char at offset `first` is checked first (the caller knows it
 * is the likeliest to fail).
 */
export function fits(
	keys: string,
	start: number,
	tables: ReadingTables,
	decode: Uint16Array,
	first = 0,
): boolean {
	if (start < 0 || start + tables.length > keys.length) return false;
	if (tables[first]![decode[keys.charCodeAt(start + first)]!] === 0) return false;
	for (let index = 0; index < tables.length; index++) {
		if (index !== first && tables[index]![decode[keys.charCodeAt(start + index)]!] === 0) {
			return false;
		}
	}
	return true;
}

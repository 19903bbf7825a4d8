// Pinyin matching without a pinyin library at run time. The generated table gives every reading
// of each char, so polyphonic chars match any of theirs (行 is xing and hang, 重 zhong and chong).
//
// Index side: each item gets an "initials key", one byte per UTF-16 unit of its folded key: the
// first letter of the char's readings, a code standing for a set of first letters when the
// readings disagree (行 → x or h), or a space for anything that is not a Han char. Query side: a
// run of letters is cut into pieces (syllables, initials, a partial last syllable), the key is
// searched for the pieces' first letters, and each hit is checked against the readings.
import {scriptPairs} from './fold-table.js';
import {pinyinTable} from './pinyin-table.js';

/** Where the initials key puts a char with no reading. */
export const noInitial = 0x20;
/** Codes 0xa0..0xfe stand for the commonest sets of first letters; 0xff for any other set. */
const firstSetCode = 0xa0;
const anySetCode = 0xff;

type PinyinData = {
	/** Readings by char code. */
	readings: Map<number, readonly string[]>;
	/** Initials-key byte by char code. */
	initials: Uint8Array;
	/** For each letter, the set codes whose sets contain it. */
	setCodesByLetter: Map<string, number[]>;
	syllables: ReadonlySet<string>;
	/** Every non-empty prefix of a syllable. */
	prefixes: ReadonlySet<string>;
	/** Pieces that may stand for a char by its initial: a syllable's first letter, zh, ch, sh. */
	initialPieces: ReadonlySet<string>;
};

let data: PinyinData | undefined;

function load(): PinyinData {
	if (data) return data;
	const readingSets = new Map<number, Set<string>>();
	const syllables = new Set<string>();
	for (const line of pinyinTable.split('\n')) {
		const syllable = /^[a-z]+/.exec(line)?.[0];
		if (!syllable) continue;
		syllables.add(syllable);
		for (let index = syllable.length; index < line.length; index++) {
			const code = line.charCodeAt(index);
			const set = readingSets.get(code) ?? new Set<string>();
			set.add(syllable);
			readingSets.set(code, set);
		}
	}
	// Keys hold folded chars: a simplified char also answers to the readings of the
	// traditional chars folded into it (著 → 着 keeps zhu).
	for (let index = 0; index + 1 < scriptPairs.length; index += 2) {
		const from = readingSets.get(scriptPairs.charCodeAt(index));
		if (!from) continue;
		const to = scriptPairs.charCodeAt(index + 1);
		const set = readingSets.get(to) ?? new Set<string>();
		for (const reading of from) set.add(reading);
		readingSets.set(to, set);
	}
	const readings = new Map<number, readonly string[]>();
	const letterSets = new Map<number, string>();
	const setCounts = new Map<string, number>();
	for (const [code, set] of readingSets) {
		readings.set(code, [...set]);
		const letters = [...new Set([...set].map((reading) => reading[0]!))].sort().join('');
		letterSets.set(code, letters);
		if (letters.length > 1) setCounts.set(letters, (setCounts.get(letters) ?? 0) + 1);
	}
	const setCode = new Map<string, number>();
	for (const [letters] of [...setCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
		if (firstSetCode + setCode.size >= anySetCode) break;
		setCode.set(letters, firstSetCode + setCode.size);
	}
	const initials = new Uint8Array(0x10000).fill(noInitial);
	for (const [code, letters] of letterSets) {
		initials[code] =
			letters.length === 1 ? letters.charCodeAt(0) : (setCode.get(letters) ?? anySetCode);
	}
	const setCodesByLetter = new Map<string, number[]>();
	for (const [letters, code] of setCode) {
		for (const letter of letters) {
			const codes = setCodesByLetter.get(letter) ?? [];
			codes.push(code);
			setCodesByLetter.set(letter, codes);
		}
	}
	const prefixes = new Set<string>();
	for (const syllable of syllables) {
		for (let end = 1; end <= syllable.length; end++) prefixes.add(syllable.slice(0, end));
	}
	const initialPieces = new Set(['zh', 'ch', 'sh']);
	for (const syllable of syllables) initialPieces.add(syllable[0]!);
	data = {readings, initials, setCodesByLetter, syllables, prefixes, initialPieces};
	return data;
}

/** Every toneless reading of a char (by code), ü written v; empty when it has none. */
export function readingsOf(code: number): readonly string[] {
	return load().readings.get(code) ?? [];
}

/** The initials-key byte of every UTF-16 unit (0x10000 entries). */
export function initialsTable(): Uint8Array {
	return load().initials;
}

/** One byte per unit of a folded key; see the top of this file. */
export function initialsKey(folded: string): string {
	const table = initialsTable();
	const bytes = new Uint8Array(folded.length);
	for (let index = 0; index < folded.length; index++) {
		bytes[index] = table[folded.charCodeAt(index)]!;
	}
	let text = '';
	for (let index = 0; index < bytes.length; index += 8192) {
		text += String.fromCharCode(...bytes.subarray(index, index + 8192));
	}
	return text;
}

/** A way to read a run of letters: one piece per Han char. */
export type Reading = readonly string[];

/** Longest pinyin syllable (zhuang, chuang, shuang). */
const longestSyllable = 6;
/** Letters beyond this are not tried as pinyin (keeps the cutting bounded). */
export const maxPinyinLetters = 40;
/** How many ways of cutting one run of letters are tried. */
const maxReadings = 8;

/**
 * The ways to cut `term` (lower-case letters, `'` marking a syllable boundary) into pieces: each
 * a whole syllable or an initial, the last one any start of a syllable (the user may still be
 * typing it). Only cuts with at most one piece more than the fewest are kept (so `xian` is
 * 先 but not 西安, which `xi'an` finds), fewest pieces first, at most eight.
 */
export function pinyinReadings(term: string): Reading[] {
	const letters = term.replaceAll("'", '');
	if (letters.length === 0 || letters.length > maxPinyinLetters || !/^[a-z']+$/.test(term)) {
		return [];
	}
	const {syllables, prefixes, initialPieces} = load();
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
	// fewest[i]: fewest pieces that cut letters[i..]; Infinity when there is no way.
	const fewest = new Array<number>(length + 1).fill(Number.POSITIVE_INFINITY);
	fewest[length] = 0;
	for (let start = length - 1; start >= 0; start--) {
		for (let end = Math.min(length, start + longestSyllable); end > start; end--) {
			if (pieceAt(start, end) !== undefined) {
				fewest[start] = Math.min(fewest[start]!, 1 + fewest[end]!);
			}
		}
	}
	if (!Number.isFinite(fewest[0]!)) return [];
	const most = fewest[0]! + 1;
	const found: Reading[] = [];
	const pieces: string[] = [];
	const walk = (start: number): void => {
		if (found.length >= maxReadings) return;
		if (start === length) {
			found.push([...pieces]);
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
	return found.sort((a, b) => a.length - b.length);
}

/** A regular expression finding, in an initials key, where a reading's first letters occur. */
export function initialsPattern(readings: readonly Reading[]): RegExp {
	const {setCodesByLetter} = load();
	const letterClass = (letter: string): string => {
		const codes = [...(setCodesByLetter.get(letter) ?? []), anySetCode];
		return `[${letter}${codes.map((code) => `\\x${code.toString(16)}`).join('')}]`;
	};
	const alternatives = [
		...new Set(readings.map((pieces) => pieces.map((piece) => letterClass(piece[0]!)).join(''))),
	];
	return new RegExp(alternatives.join('|'), 'g');
}

/** Whether the chars of `folded` from `start` read as `pieces` (one piece per char). */
export function readsAs(folded: string, start: number, pieces: Reading): boolean {
	if (start + pieces.length > folded.length) return false;
	const {initialPieces} = load();
	const last = pieces.length - 1;
	for (let index = 0; index <= last; index++) {
		const piece = pieces[index]!;
		// Before the last piece, a piece is a whole syllable or an initial; the last may be
		// any start of a syllable.
		const byStart = index === last || initialPieces.has(piece);
		const readings = readingsOf(folded.charCodeAt(start + index));
		const ok = readings.some((reading) =>
			byStart ? reading.startsWith(piece) : reading === piece,
		);
		if (!ok) return false;
	}
	return true;
}

// Turning what the user typed into terms. Every term must match (AND).
import {foldKey} from '../text/fold.js';
import {
	isSyllable,
	maxPinyinLetters,
	pinyinReadings,
	type Reading,
	syllableCount,
	typoReadings,
} from '../text/pinyin.js';

/**
 * Queries are cut to this many chars (code points) before anything else, so a pasted novel
 * costs no more than a long phrase: every later step is bounded by it.
 */
export const maxQueryChars = 200;
/** Typo tolerance starts at this many chars: one edit is forgiven from four on. */
export const minTypoChars = 4;

export type Term = {
	/** Folded text, matched as a substring of folded keys. */
	text: string;
	/** Ways to read the term as pinyin; empty when it is not letters. */
	readings: Reading[];
	/** Whether one typo is forgiven. */
	typos: boolean;
	/**
	 * Readings of the pinyin one edit away, for a term of letters that does not read as
	 * pinyin plainly (see typoReadings); matched as typos.
	 */
	typoReadings: Reading[];
	/**
	 * Whether the term starts / ends with a digit: a number matches only where no digit
	 * touches it (14 is not found inside 140).
	 */
	digitStart: boolean;
	digitEnd: boolean;
	/** The term's numbers: a typo is never forgiven in one (1420 is not 1410). */
	numbers: string[];
	/**
	 * For a term mixing letters with other chars (劳动mofan): its runs, matched one by one when
	 * the whole term is not found as it stands.
	 */
	parts: Term[];
};

const separators = /[\s\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}]+/u;

export function parseQuery(query: unknown): Term[] {
	if (typeof query !== 'string') return [];
	// Bound the work before normalizing: NFKC can grow a string.
	const head = Array.from(query.slice(0, maxQueryChars * 2))
		.slice(0, maxQueryChars)
		.join('');
	const normalized = foldKey(Array.from(head.normalize('NFKC')).slice(0, maxQueryChars).join(''));
	const seen = new Set<string>();
	const terms: Term[] = [];
	for (const text of joinSyllables(normalized.split(separators).filter(Boolean))) {
		if (seen.has(text)) continue;
		seen.add(text);
		terms.push(makeTerm(text, true));
	}
	return terms;
}

/**
 * Words that are single syllables, typed apart (`lao mo`, `zhi gong shu wu`), are one term with
 * the syllable boundaries marked (`lao'mo`): people space pinyin by syllable. The last word of
 * the query may be the start of a syllable still being typed (`lao m`).
 */
function joinSyllables(words: string[]): string[] {
	const joined: string[] = [];
	let run: string[] = [];
	const flush = () => {
		if (run.length > 1) joined.push(run.join("'"));
		else joined.push(...run);
		run = [];
	};
	words.forEach((word, index) => {
		const last = index === words.length - 1;
		const syllable =
			/^[a-z]+$/.test(word) && (isSyllable(word) || (last && syllableCount(word) === 1));
		if (syllable && run.length < maxPinyinLetters) run.push(word);
		else {
			flush();
			joined.push(word);
		}
	});
	flush();
	return joined;
}

function makeTerm(text: string, splittable: boolean): Term {
	// One letter would match a fifth of all chars: pinyin starts at two.
	const letters = /^[a-z']+$/.test(text) && text.replaceAll("'", '').length >= 2;
	const readings = letters ? pinyinReadings(text) : [];
	const runs = splittable ? mixedRuns(text) : [];
	return {
		text,
		readings,
		typos: Array.from(text).length >= minTypoChars,
		numbers: text.match(/[0-9]+/g) ?? [],
		typoReadings: letters && /^[a-z]+$/.test(text) ? typoReadings(text) : [],
		digitStart: /^[0-9]/.test(text),
		digitEnd: /[0-9]$/.test(text),
		parts: runs.length > 1 ? runs.map((run) => makeTerm(run, false)) : [],
	};
}

/** Splits a term where a run of pinyin-able letters meets other chars; [] when it does not. */
function mixedRuns(text: string): string[] {
	if (!/[a-z]{2}/.test(text) || text.length > maxPinyinLetters * 2) return [];
	const runs = text.match(/[a-z']+|[^a-z']+/g) ?? [];
	return runs.filter((run) => run.replaceAll("'", '') !== '');
}

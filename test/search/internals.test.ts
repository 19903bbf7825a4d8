// The look-up machinery behind search, checked against plain definitions on random input.
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {forEachOccurrence} from '../../source/search/codec.js';
import {buildIndex} from '../../source/search/index.js';
import {forEachPinyinMatch} from '../../source/search/match.js';
import {pinyinReadings, readingsOf} from '../../source/text/pinyin.js';
import {cheapestSplit, typoWindows, withinOneEdit} from '../../source/search/typo.js';
import {paragraphReport} from './helpers.js';

const letters = fc.string({unit: fc.constantFrom('a', 'b', 'c'), maxLength: 40});
const shortWord = fc.string({unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 5});

function naiveOccurrences(text: string, pattern: string): number[] {
	const found: number[] = [];
	for (let at = 0; at + pattern.length <= text.length; at++) {
		if (text.startsWith(pattern, at)) found.push(at);
	}
	return found;
}

/** Every text one edit from `term`: a char replaced, or left out or added inside the term. */
function oneEditAway(term: string, alphabet: string[]): Set<string> {
	const texts = new Set<string>([term]);
	for (let at = 0; at < term.length; at++) {
		for (const char of alphabet) texts.add(term.slice(0, at) + char + term.slice(at + 1));
	}
	for (let at = 1; at < term.length - 1; at++) texts.add(term.slice(0, at) + term.slice(at + 1));
	for (let at = 1; at < term.length; at++) {
		for (const char of alphabet) texts.add(term.slice(0, at) + char + term.slice(at));
	}
	return texts;
}

describe('forEachOccurrence', () => {
	test('finds what a plain scan finds, whichever unit it starts from', () => {
		fc.assert(
			fc.property(
				letters,
				shortWord,
				fc.array(fc.nat(100), {minLength: 3, maxLength: 3}),
				(text, pattern, weights) => {
					const counts = new Float64Array(0x10000);
					['a', 'b', 'c'].forEach((char, index) => {
						counts[char.charCodeAt(0)] = weights[index]!;
					});
					const found: number[] = [];
					forEachOccurrence(text, pattern, counts, (at) => found.push(at));
					expect(found).toEqual(naiveOccurrences(text, pattern));
				},
			),
			{numRuns: 500},
		);
	});
});

describe('withinOneEdit', () => {
	test('agrees with the list of all texts one edit away', () => {
		fc.assert(
			fc.property(
				shortWord,
				fc.string({unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6}),
				(term, text) => {
					const expected = oneEditAway(term, ['a', 'b', 'c']).has(text);
					expect(withinOneEdit(text, 0, text.length, term)).toBe(expected);
				},
			),
			{numRuns: 1000},
		);
	});

	test('never lets the item separator be the edited char', () => {
		expect(withinOneEdit('ab\nd', 0, 4, 'abcd')).toBe(false);
		expect(withinOneEdit('abxd', 0, 4, 'abcd')).toBe(true);
	});
});

describe('typoWindows', () => {
	test('finds a window wherever the term occurs within one edit, whatever the split', () => {
		fc.assert(
			fc.property(
				letters,
				fc.string({unit: fc.constantFrom('a', 'b', 'c'), minLength: 4, maxLength: 6}),
				fc.nat(),
				(text, term, splitSeed) => {
					const split = 1 + (splitSeed % (term.length - 1));
					const windows = typoWindows(text, term, split);
					for (const [start, end] of windows) {
						expect(withinOneEdit(text, start, end, term)).toBe(true);
					}
					const near = oneEditAway(term, ['a', 'b', 'c']);
					let exists = false;
					for (let start = 0; start < text.length && !exists; start++) {
						for (let end = start + term.length - 1; end <= start + term.length + 1; end++) {
							if (end <= text.length && near.has(text.slice(start, end))) exists = true;
						}
					}
					expect(windows.length > 0).toBe(exists);
				},
			),
			{numRuns: 500},
		);
	});

	test('the split is cut next to the rarest chars', () => {
		const counts = new Float64Array(0x10000);
		for (const [char, count] of [
			['职', 500_000],
			['工', 1_500_000],
			['书', 50_000],
			['房', 5000],
		] as const) {
			counts[char.charCodeAt(0)] = count;
		}
		expect(cheapestSplit('职工书房', counts)).toBe(3);
		expect(cheapestSplit('职工书房', new Float64Array(0x10000))).toBe(2);
	});
});

describe('pinyin look-ups', () => {
	// Polyphonic chars (行 xing/hang, 重 zhong/chong, 会 hui/kuai, 长 chang/zhang, 乐 le/yue)
	// among plain ones, so both the initials key and the other-readings lists are exercised.
	const chars = [...'行重会长乐银庆计音劳模职工书屋山'];
	const text = fc.string({unit: fc.constantFrom(...chars, '，'), minLength: 1, maxLength: 60});
	const query = fc.string({
		unit: fc.constantFrom(
			...'xinghangzhongchonghuikuaichangzhangleyueyinqingjilaomozhigongshuwushan',
		),
		minLength: 2,
		maxLength: 10,
	});

	test('find exactly the places whose chars read as the query', () => {
		fc.assert(
			fc.property(fc.array(text, {minLength: 1, maxLength: 4}), query, (paragraphs, typed) => {
				const readings = pinyinReadings(typed);
				fc.pre(readings.length > 0);
				const index = buildIndex([paragraphReport('a', '某地', ...paragraphs)], []);
				const found = new Set<number>();
				forEachPinyinMatch(index, readings, 0, index.keys.length, (at) => found.add(at));
				const joined = paragraphs.join('\n');
				const expected = new Set<number>();
				for (let at = 0; at < joined.length; at++) {
					if (readings.some((pieces) => readsAsPlainly(joined, at, pieces))) expected.add(at);
				}
				expect([...found].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
			}),
			{numRuns: 300},
		);
	});
});

/** The definition: each piece a whole reading, or an initial, or (last) the start of a reading. */
function readsAsPlainly(text: string, at: number, pieces: readonly string[]): boolean {
	if (at + pieces.length > text.length) return false;
	return pieces.every((piece, offset) => {
		const readings = readingsOf(text.charCodeAt(at + offset));
		const last = offset === pieces.length - 1;
		const initial = piece.length === 1 || ['zh', 'ch', 'sh'].includes(piece);
		return readings.some((reading) =>
			last || initial ? reading.startsWith(piece) : reading === piece,
		);
	});
}

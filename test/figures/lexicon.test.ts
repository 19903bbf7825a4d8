// The extractor's word lists are written in simplified characters and matched in traditional
// text through the search index's character fold; OpenCC checks that it covers every word.
import * as OpenCC from 'opencc-js';
import {describe, expect, test} from 'vitest';
import * as lexicon from '../../source/figures/lexicon.js';

const toTaiwan = OpenCC.Converter({from: 'cn', to: 'tw'});
const toHongKong = OpenCC.Converter({from: 'cn', to: 'hk'});

const wordLists = Object.entries(lexicon).filter(
	(entry): entry is [string, readonly string[]] =>
		Array.isArray(entry[1]) && entry[1].every((word) => typeof word === 'string'),
);

describe('traditional spellings', () => {
	test('there are word lists to check', () => {
		expect(wordLists.map(([name]) => name)).toEqual(
			expect.arrayContaining(['units', 'leadingQualifiers', 'objectVerbs', 'predicateStarts']),
		);
	});

	test.each(wordLists)('every word of %s simplifies back from traditional', (_name, words) => {
		for (const word of words) {
			expect(lexicon.simplify(toTaiwan(word)), word).toBe(word);
			expect(lexicon.simplify(toHongKong(word)), word).toBe(word);
		}
	});

	test('simplify keeps the length and leaves simplified text alone', () => {
		const text = '工會會員1883.5萬人';
		expect(lexicon.simplify(text)).toBe('工会会员1883.5万人');
		expect(lexicon.simplify(text)).toHaveLength(text.length);
		const simplified = '工会会员';
		expect(lexicon.simplify(simplified)).toBe(simplified);
	});

	test('spellings gives both scripts', () => {
		expect(lexicon.spellings('场次')).toEqual(expect.arrayContaining(['场次', '場次']));
		for (const word of ['会员', '个', '万']) {
			expect(lexicon.spellings(word)).toEqual(expect.arrayContaining([toTaiwan(word)]));
		}
	});
});

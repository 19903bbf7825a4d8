import {describe, expect, test} from 'vitest';
import {buildIndex, search} from '../../source/search/index.js';
import {pinyinReadings} from '../../source/text/pinyin.js';
import {makeReport, marked, paragraphReport} from '../search/helpers.js';

const index = buildIndex(
	[
		paragraphReport(
			'leshan',
			'乐山市',
			'全市评选劳动模范128名，命名劳模创新工作室20家。',
			'建成职工书屋56家，职工之家遍布城乡。',
			'重庆银行与乐山职工开展联谊。',
		),
		paragraphReport('sichuan', '四川省', '四川省勞模工匠宣講團走進校園。', '職工書屋送書下鄉。'),
		makeReport('other', '成都市', [{title: '老模样', blocks: ['老旧小区改造。']}]),
	],
	[],
);

function found(query: string): string[] {
	return search(index, query).flatMap((hit) => marked(hit));
}

describe('full pinyin and initials find Chinese, highlighting the Chinese chars', () => {
	test('laomo and lm find 劳模 in either script', () => {
		expect(found('laomo')).toEqual(expect.arrayContaining(['劳模', '勞模']));
		expect(found('lm')).toEqual(expect.arrayContaining(['劳模', '勞模']));
	});

	test('laomo also finds other chars read lao mo (老模样), lm more still', () => {
		expect(found('laomo')).toContain('老模');
		expect(found('lm')).toContain('老模');
	});

	test('ldmf finds 劳动模范 and zgsw 职工书屋 / 職工書屋', () => {
		expect(found('ldmf')).toEqual(['劳动模范']);
		expect(found('zgsw').sort()).toEqual(['职工书屋', '職工書屋']);
	});

	test('full pinyin, initials and a mix of them read the same chars', () => {
		for (const query of ['laodongmofan', 'laodmf', 'ldongmofan', 'laodongmof']) {
			expect(found(query), query).toEqual(['劳动模范']);
		}
	});

	test('ranges are offsets of the Chinese chars in the text', () => {
		const [hit] = search(index, 'zgsw', {report: 'leshan'});
		const start = hit!.item.text.indexOf('职工书屋');
		expect(hit!.ranges).toEqual([[start, start + 4]]);
	});

	test('polyphonic chars match by the readings words give them', () => {
		expect(found('chongqing')).toEqual(['重庆']);
		expect(found('cq')).toEqual(['重庆']);
		expect(found('yinhang')).toEqual(['银行']);
		expect(found('yh')).toEqual(['银行']);
		// 模 is mo on its own and mu in 模样.
		expect(found('laomu')).toEqual(expect.arrayContaining(['劳模', '勞模']));
	});

	test('wrong pinyin finds nothing', () => {
		expect(found('laoma')).toEqual([]);
		expect(found('zgsf')).toEqual([]);
		// 银 is yin, not ying (while yinhan is yin + the start of hang).
		expect(found('yingh')).toEqual([]);
		expect(found('yinhan')).toEqual(['银行']);
	});

	test('a single whole syllable finds single chars read so (lao → 劳, 老), a part of one does not', () => {
		expect(found('lao')).toEqual(expect.arrayContaining(['劳', '老', '勞']));
		expect(pinyinReadings('lao')[0]).toEqual(['lao']);
		// Not a whole syllable: no single char is read "zho".
		expect(pinyinReadings('zho').every((reading) => reading.length >= 2)).toBe(true);
	});

	test('a syllable being typed at the end: laod → 劳动, laodongm → 劳动模', () => {
		expect(found('laod')).toContain('劳动');
		expect(found('laodongm')).toEqual(['劳动模']);
	});

	test('syllables typed apart are one word: lao mo → 劳模, zhi gong shu wu → 职工书屋', () => {
		expect(found('lao mo')).toEqual(expect.arrayContaining(['劳模', '勞模']));
		expect(found('lao mo')).toEqual(found('laomo'));
		expect(found('zhi gong shu wu').sort()).toEqual(['职工书屋', '職工書屋']);
		expect(found('zhi gong shu w').sort()).toEqual(['职工书屋', '職工書屋']);
	});

	test('Chinese and pinyin in one query: 劳动 mofan, 职工 shuwu', () => {
		expect(found('劳动 mofan')).toEqual(['劳动模范']);
		expect(found('职工 shuwu')).toEqual(expect.arrayContaining(['职工书屋', '職工書屋']));
	});

	test('one typo in pinyin of eight letters or more: laodongmofna → 劳动模范, ranked as a typo', () => {
		const hits = search(index, 'laodongmofna');
		expect(hits.flatMap((hit) => marked(hit))).toEqual(['劳动模范']);
		expect(hits[0]!.score).toBeGreaterThan(0.2);
		expect(found('laodongmofnaa')).toEqual([]);
		// Below eight letters no typo is forgiven.
		expect(found('laodmfna')).toEqual([]);
	});

	test('results never vanish while laodongmofan is typed, with 劳动 on top from laod', () => {
		const word = 'laodongmofan';
		for (let end = 2; end <= word.length; end++) {
			const typed = word.slice(0, end);
			const hits = search(index, typed);
			expect(hits.length, typed).toBeGreaterThan(0);
			if (end >= 4) expect(marked(hits[0]!).join(''), typed).toMatch(/^劳动/);
		}
	});

	test("an apostrophe marks a syllable boundary: xi'an is 西安", () => {
		expect(pinyinReadings("xi'an")).toEqual([['xi', 'an']]);
	});

	test('mixed pinyin and Chinese in one term match part by part', () => {
		// Touching ranges merge.
		expect(found('laomo工匠')).toEqual(['勞模工匠']);
		expect(found('劳模chuangxin')).toEqual(['劳模创新']);
		expect(found('gongjiang勞模')).toEqual(['勞模工匠']);
		expect(() => search(index, 'lao模gong匠x')).not.toThrow();
	});

	test('fullwidth letters are read like ASCII', () => {
		expect(found('ｌａｏｍｏ')).toEqual(found('laomo'));
		expect(found('ＬＡＯＭＯ')).toEqual(found('laomo'));
	});
});

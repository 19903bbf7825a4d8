import {describe, expect, test} from 'vitest';
import {buildIndex, foldKey, foldScript, search} from '../../source/search/index.js';
import {marked, paragraphReport} from '../search/helpers.js';

describe('foldScript', () => {
	test('turns traditional chars into simplified ones and leaves simplified text alone', () => {
		expect(foldScript('四川省勞模工匠宣講團主題宣講走進校園')).toBe(
			'四川省劳模工匠宣讲团主题宣讲走进校园',
		);
		expect(foldScript('职工书屋')).toBe('职工书屋');
		expect(foldScript('職工書屋')).toBe('职工书屋');
	});

	test('keeps the length of any text, so offsets carry over', () => {
		for (const text of ['勞動模範', '裡面的著作', 'ＡＢＣ１２３', '😀勞模😀', '\ud800勞', '']) {
			expect(foldScript(text)).toHaveLength(text.length);
			expect(foldKey(text)).toHaveLength(text.length);
		}
	});

	test('is idempotent', () => {
		const text = '乾隆年間，職工們在臺灣與香港的裡弄裏著書立說';
		expect(foldScript(foldScript(text))).toBe(foldScript(text));
		expect(foldKey(foldKey(text))).toBe(foldKey(text));
	});

	test('does not fold simplified chars that are also variant forms (什么 stays)', () => {
		expect(foldScript('什么')).toBe('什么');
		expect(foldScript('什麼')).toBe('什么');
	});

	test('search keys also fold width and case', () => {
		expect(foldKey('ＡＰＰ App ａｐｐ')).toBe('app app app');
		expect(foldKey('２０２３年')).toBe('2023年');
	});
});

describe('either script finds the other, with ranges on the original text', () => {
	const index = buildIndex(
		[
			paragraphReport('simple', '乐山市', '五年来，乐山市评选劳模128名，职工书屋遍布城乡。'),
			paragraphReport('trad', '四川省', '四川省勞模工匠宣講團主題宣講走進校園，職工書屋。'),
		],
		[],
	);

	test('a simplified query finds traditional text', () => {
		const hits = search(index, '宣讲团');
		expect(hits).toHaveLength(1);
		const [hit] = hits;
		expect(hit!.item.report).toBe('trad');
		expect(marked(hit!)).toEqual(['宣講團']);
		const start = hit!.item.text.indexOf('宣講團');
		expect(hit!.ranges).toEqual([[start, start + 3]]);
	});

	test('a traditional query finds simplified text', () => {
		const hits = search(index, '職工書屋');
		expect(hits.map((hit) => hit.item.report).sort()).toEqual(['simple', 'trad']);
		for (const hit of hits)
			expect(marked(hit)).toEqual([hit.item.report === 'trad' ? '職工書屋' : '职工书屋']);
	});

	test('a query mixing both scripts finds both', () => {
		const hits = search(index, '勞模');
		expect(hits).toHaveLength(2);
		expect(hits.flatMap(marked).sort()).toEqual(['劳模', '勞模']);
	});
});

import {describe, expect, test} from 'vitest';
import {buildIndex, defaultLimit, search} from '../../source/search/index.js';
import {makeFigure, makeReport, marked, paragraphReport} from './helpers.js';

describe('every term must match', () => {
	const index = buildIndex(
		[
			paragraphReport(
				'a',
				'乐山市',
				'劳模工匠走进校园。',
				'劳模精神代代相传。',
				'校园里的职工书屋。',
			),
		],
		[],
	);

	test('space-separated terms are ANDed, and all their ranges are merged in', () => {
		const hits = search(index, '劳模 校园');
		expect(hits).toHaveLength(1);
		expect(hits[0]!.item.text).toBe('劳模工匠走进校园。');
		expect(marked(hits[0]!)).toEqual(['劳模', '校园']);
	});

	test('a term found nowhere leaves no hits', () => {
		expect(search(index, '劳模 不存在')).toEqual([]);
	});

	test('any whitespace separates terms, and repeated terms count once', () => {
		expect(search(index, '\t劳模\u3000\u3000校园 劳模\n')).toHaveLength(1);
	});

	test('terms may come in any order', () => {
		expect(search(index, '校园 劳模')).toEqual(search(index, '劳模 校园'));
	});
});

describe('a match deep in a long paragraph', () => {
	const filler = '各级工会组织深入开展建功立业活动，'.repeat(200);
	const deep = `${filler.slice(0, 3000)}职工书屋${filler.slice(3000)}`;
	const early = `职工书屋${filler}`;
	const index = buildIndex([paragraphReport('a', '乐山市', early, deep)], []);

	test('is found and scores like one at the start', () => {
		const hits = search(index, '职工书屋');
		expect(hits).toHaveLength(2);
		expect(hits[0]!.score).toBe(hits[1]!.score);
		const deepHit = hits.find((hit) => hit.item.text === deep)!;
		expect(deepHit.ranges).toEqual([[3000, 3004]]);
	});

	test('with a typo too', () => {
		const hits = search(index, '职工书房');
		expect(hits).toHaveLength(2);
		expect(hits[0]!.score).toBeGreaterThan(0);
		expect(hits[0]!.score).toBe(hits[1]!.score);
		expect(hits.find((hit) => hit.item.text === deep)!.ranges).toEqual([[3000, 3004]]);
	});
});

describe('typos', () => {
	const index = buildIndex(
		[paragraphReport('a', '乐山市', '全市建成职工书屋56家。', '劳动模范和工匠人才。', '书记带头')],
		[],
	);

	test('one typo is forgiven from four chars on', () => {
		const [hit] = search(index, '职工书房');
		expect(hit?.item.text).toBe('全市建成职工书屋56家。');
		expect(marked(hit!)).toEqual(['职工书屋']);
	});

	test('a char left out or added inside the term is one typo too', () => {
		expect(marked(search(index, '建成职书屋56')[0]!)).toEqual(['建成职工书屋56']);
		expect(marked(search(index, '职工书书屋')[0]!)).toEqual(['职工书屋']);
	});

	test('two typos are not', () => {
		expect(search(index, '职业书房')).toEqual([]);
	});

	test('no typo is forgiven below four chars', () => {
		expect(search(index, '工书房')).toEqual([]);
		expect(search(index, '劳摸')).toEqual([]);
		expect(search(index, '劳模')).toEqual([]);
	});

	test('one typo in four Latin letters as well', () => {
		const latin = buildIndex([paragraphReport('b', '济南市', '一线职工在使用川工之家APP。')], []);
		expect(search(latin, 'apq')).toEqual([]);
		expect(search(latin, '之家apq')).toHaveLength(1);
	});
});

describe('ranking', () => {
	test('exact matches rank above typo matches', () => {
		const index = buildIndex(
			[paragraphReport('a', '乐山市', '这里有职工书房。', '这里有职工书屋。')],
			[],
		);
		const hits = search(index, '职工书屋');
		expect(hits.map((hit) => hit.item.text)).toEqual(['这里有职工书屋。', '这里有职工书房。']);
		expect(hits[0]!.score).toBe(0);
		expect(hits[1]!.score).toBeGreaterThan(hits[0]!.score);
	});

	test('pinyin matches rank above typo matches and below exact ones', () => {
		const index = buildIndex([paragraphReport('a', '乐山市', '劳模', 'laomu', 'laomo')], []);
		const texts = search(index, 'laomo').map((hit) => hit.item.text);
		expect(texts).toEqual(['laomo', '劳模', 'laomu']);
	});

	test('headings come first among equal matches', () => {
		const index = buildIndex(
			[
				paragraphReport('a', '乐山市', '职工书屋建设'),
				makeReport('b', '邵阳市', [{title: '职工书屋建设', blocks: ['正文']}]),
			],
			[],
		);
		const hits = search(index, '职工书屋');
		expect(hits.map((hit) => hit.item.kind)).toEqual(['section', 'paragraph']);
		expect(hits[0]!.item.block).toBe(-1);
		expect(hits[0]!.item.report).toBe('b');
	});

	test('then more occurrences, then shorter text, then document order', () => {
		const index = buildIndex(
			[
				paragraphReport('a', '乐山市', '劳模，很长很长的一段话。', '劳模。', '劳模。'),
				paragraphReport('b', '邵阳市', '劳模和劳模，很长很长很长很长的话。'),
			],
			[],
		);
		const hits = search(index, '劳模');
		expect(hits.map((hit) => [hit.item.report, hit.item.block])).toEqual([
			['b', 0],
			['a', 1],
			['a', 2],
			['a', 0],
		]);
	});
});

describe('options', () => {
	const report = makeReport('leshan', '乐山市', [
		{title: '', blocks: ['五年来发展会员80.2万余人，劳模工作成效显著。']},
		{title: '劳模工作', blocks: ['劳模创新工作室20家。', {caption: '劳模宣讲团走进校园'}]},
	]);
	const figures = [
		makeFigure(report, 0, 0, '80.2万余人', '发展会员'),
		makeFigure(report, 1, 0, '20家', '劳模创新工作室'),
	];
	const index = buildIndex([report, paragraphReport('sichuan', '四川省', '勞模工匠。')], figures);

	test('headings, paragraphs, captions and figures are all indexed', () => {
		const kinds = search(index, '劳模').map((hit) => hit.item.kind);
		expect(new Set(kinds)).toEqual(new Set(['section', 'paragraph', 'caption', 'figure']));
	});

	test('items carry their place, region and section title', () => {
		const caption = search(index, '宣讲团')[0]!.item;
		expect(caption).toMatchObject({
			kind: 'caption',
			report: 'leshan',
			region: '乐山市',
			section: 1,
			block: 1,
			sectionTitle: '劳模工作',
			text: '劳模宣讲团走进校园',
		});
	});

	test('a figure item is its subject and number, with the figure attached', () => {
		const [hit] = search(index, '发展会员', {kind: 'figure'});
		expect(hit!.item.text).toBe('发展会员80.2万余人');
		expect(hit!.item.figure?.value).toBe(80.2);
		expect(marked(hit!)).toEqual(['发展会员']);
	});

	test('kind filter', () => {
		for (const kind of ['section', 'paragraph', 'figure', 'caption'] as const) {
			const hits = search(index, '劳模', {kind});
			expect(hits.length, kind).toBeGreaterThan(0);
			expect(hits.every((hit) => hit.item.kind === kind)).toBe(true);
		}
	});

	test('report filter', () => {
		expect(search(index, '劳模', {report: 'sichuan'}).map((hit) => hit.item.text)).toEqual([
			'勞模工匠。',
		]);
		expect(search(index, '劳模', {report: 'nowhere'})).toEqual([]);
		expect(search(index, '创新', {report: 'leshan', kind: 'figure'})).toHaveLength(1);
	});

	test('limit', () => {
		expect(search(index, '劳模').length).toBeGreaterThan(2);
		expect(search(index, '劳模', {limit: 2})).toHaveLength(2);
		expect(search(index, '劳模', {limit: 0})).toEqual([]);
		expect(search(index, '劳模', {limit: -5})).toEqual([]);
		expect(search(index, '劳模', {limit: 2.9})).toHaveLength(2);
	});

	test('the default limit is 50', () => {
		const many = paragraphReport('many', '某市', ...Array.from({length: 80}, (_, n) => `劳模${n}`));
		expect(search(buildIndex([many], []), '劳模')).toHaveLength(defaultLimit);
		expect(defaultLimit).toBe(50);
	});
});

describe('numbers match whole', () => {
	const index = buildIndex(
		[
			paragraphReport(
				'a',
				'乐山市',
				'建成职工书屋1420家。',
				'新增会员1410人。',
				'培训140期，14个班。',
			),
		],
		[],
	);
	const texts = (query: string) => search(index, query).map((hit) => hit.item.text);

	test('1420 finds 1420 and never 1410, not even as a typo', () => {
		expect(texts('1420')).toEqual(['建成职工书屋1420家。']);
		expect(texts('会员1420人')).toEqual([]);
	});

	test('14 is not found inside 140 or 1420, only as 14', () => {
		const [hit, ...rest] = search(index, '14');
		expect(rest).toEqual([]);
		expect(hit!.item.text).toBe('培训140期，14个班。');
		expect(hit!.ranges).toEqual([[7, 9]]);
	});

	test('a typo next to a number is still forgiven', () => {
		expect(texts('职工书房1420')).toEqual(['建成职工书屋1420家。']);
	});
});

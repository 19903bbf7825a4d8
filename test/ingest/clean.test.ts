import {expect, test} from 'vitest';
import {chromeRuleFor, factsFromLine} from '../../source/ingest/chrome.js';
import {cleanLine, findGarbled, removeGlosses, removeHtml} from '../../source/ingest/clean.js';
import {importRaw} from '../../source/ingest/import.js';
import {endsSentence} from '../../source/ingest/structure.js';

test('pinyin glosses glued to characters are removed, real parentheses stay', () => {
	expect(removeGlosses('中國共產(chǎn)黨新聞網(wǎng)')).toBe('中國共產黨新聞網');
	expect(removeGlosses('創建高技能人才(勞模)創新工作室')).toBe('創建高技能人才(勞模)創新工作室');
	expect(removeGlosses('使用APP(app)')).toBe('使用APP');
	expect(removeGlosses('意見(試行)》')).toBe('意見(試行)》');
	// The tail of a gloss whose opening was garbled goes too; the garbled "?" stays.
	expect(removeGlosses('實打?qū)、沉甸甸')).toBe('實打?、沉甸甸');
});

test('HTML tags and entities are removed or decoded', () => {
	expect(removeHtml('獎章<span class="x">1285</span>名&nbsp;&amp;')).toBe('獎章1285名 &');
	expect(removeHtml('隊伍?/span>')).toBe('隊伍');
	expect(removeHtml('&#27888;&#x5C71;')).toBe('泰山');
	expect(removeHtml('&#27;')).toBe('&#27;');
	expect(cleanLine('  a\u3000\u00a0 b  ')).toBe('a b');
});

test('garbled characters are located, ordinary question marks are not', () => {
	expect(findGarbled('激勵著我們?崿F夢想', 7)).toEqual([
		{line: 7, column: 6, context: '激勵著我們?崿F夢想'},
	]);
	expect(findGarbled('如何引导职工?', 1)).toEqual([]);
	expect(findGarbled('9。▍^)簽署', 1)).toHaveLength(1);
});

test('chrome rules name what they drop, and page facts are kept', () => {
	expect(chromeRuleFor('第02版 上一期 下一期')?.name).toBe('page navigation');
	expect(chromeRuleFor('新闻评论0')?.name).toBe('comment counter');
	expect(chromeRuleFor('(责编:某某)')?.name).toBe('editor line');
	expect(chromeRuleFor('和静县| 天等县| 阿尔山市| 镇康县| 康马县| 昭平县|')?.name).toBe(
		'link list',
	);
	expect(chromeRuleFor('五年来,全市新建工会1730家。')).toBeUndefined();
	expect(factsFromLine('2023年10月8日10:23  來源:《工人日報》')).toEqual({
		published: '2023-10-08',
		source: '工人日報',
	});
	expect(factsFromLine('第13715期:第02版 本期出版日期:2023-10-26')).toEqual({
		published: '2023-10-26',
	});
});

test('sentence ends look through closing quotes', () => {
	expect(endsSentence('他说:“好。”')).toBe(true);
	expect(endsSentence('推动“四')).toBe(false);
	expect(endsSentence('书写新时代的答卷!')).toBe(true);
});

test('a new report of the same kind imports: split paragraph, heading, caption with credit', () => {
	const raw = [
		'某某日报>>要闻',
		'',
		'砥砺前行谱新篇',
		'',
		'——富顺县总工会五年工作综述',
		'',
		'张三 李四',
		'',
		'职工之家建设',
		'',
		'五年来,全县各级工会坚持服务职工、服务大局,新建职工之家120个,职工书屋',
		'',
		'45家,服务职工3万余人次。',
		'',
		'',
		'',
		'▲职工运动会现场。',
		'',
		'王五摄',
	].join('\n');
	const {report, notes} = importRaw(raw, {id: 'moumou', period: '2019-2024'}, 'x.txt');
	// The county is found in the divisions dataset, which also gives its province and level.
	expect(report.meta.region.zh).toBe('富顺县');
	expect(report.meta.level).toBe('county');
	expect(report.meta.province.zh).toBe('四川省');
	expect(report.meta.region.en).toBe('Fushun County, Zigong');
	expect(report.meta.title).toBe('砥砺前行谱新篇');
	expect(report.meta.authors).toEqual(['张三', '李四']);
	expect(report.sections).toEqual([
		{
			title: '职工之家建设',
			blocks: [
				{
					kind: 'paragraph',
					text: '五年来,全县各级工会坚持服务职工、服务大局,新建职工之家120个,职工书屋45家,服务职工3万余人次。',
				},
				{kind: 'caption', text: '职工运动会现场。', credit: '王五'},
			],
		},
	]);
	expect(notes.joined).toBe(1);
	expect(notes.dropped.map((drop) => drop.rule)).toEqual(['breadcrumb']);
});

test('import refuses only text it cannot make a report of; missing metadata is a warning', () => {
	expect(() => importRaw('\n\n', {}, 'empty.txt')).toThrow(/empty\.txt: no text/);
	const {report, warnings} = importRaw('标题\n\n正文很长很长的一句话。', {}, 'raw/r.txt');
	expect(report.meta.id).toBe('r');
	expect(report.meta.region.zh).toBe('');
	expect(report.meta.level).toBeUndefined();
	expect(report.meta.period).toBeUndefined();
	expect(warnings.map((warning) => warning.en.split(' ')[1])).toEqual([
		'region',
		'province',
		'level',
		'period',
		'published',
		'source',
		'authors',
	]);
	expect(warnings[0]?.en).toMatch(/set it with "region: …" in NAME\.meta\.yaml or --set region=…$/);
	expect(warnings[0]?.zh).toMatch(/文中没有找到地区；可在 NAME\.meta\.yaml 中写“region: …”/);
});

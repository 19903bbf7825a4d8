// Page furniture decided by the shape of a line, on lines from no particular site.
import {describe, expect, test} from 'vitest';
import {chromeFeatureFor, cjkShare} from '../../source/ingest/chrome.js';
import {importRaw} from '../../source/ingest/import.js';
import {isNumberedHeading} from '../../source/ingest/structure.js';

const once = {repeats: 1};

describe('chrome features', () => {
	test.each([
		['您现在的位置：首页 > 工会动态 > 正文', 'breadcrumb'],
		['首页 › 新闻中心 › 基层动态', 'breadcrumb'],
		['分享到：微信 微博 QQ空间', 'share and print controls'],
		['【打印本页】【关闭窗口】', 'share and print controls'],
		['阅读：1024', 'view counter'],
		['浏览次数：88 次', 'view counter'],
		['登录后查看更多精彩内容', 'login wall'],
		['发表评论', 'comment form or poll'],
		['您认为这篇文章对您有帮助吗？', 'comment form or poll'],
		['审核：陈某 校对：李某', 'editor blurb'],
		['【图片】', 'image marker'],
		['主办单位：某某市总工会', 'site name or footer'],
		['某某职工服务网', 'site name or footer'],
		['https://example.invalid/news/2024/01.html', 'not prose (few Chinese characters)'],
		['发布时间：2024-01-15 10:30', 'publication line'],
		['某某区总工会 2023年6月9日', 'date line'],
		['民國112年5月1日', 'date line'],
		['新华社成都4月2日电（记者 赵某某）', 'dateline or byline'],
		['【某某日報訊】記者陳某某報導：', 'dateline or byline'],
		['《某某晚报》（2021年03月02日 05版）', 'newspaper line'],
		['（完）', 'end mark'],
		['长按识别二维码，关注我们', 'follow prompt'],
		['编者按：一起来看看这一年。', 'editor note'],
		['【纠错】 【责任编辑：某某】', 'editor blurb'],
		['【图片】 【图片】', 'image marker'],
		['联系人：**女士 联系电话：****', 'notice fields or contact'],
		['温馨提示：本文仅供参考。', 'site notice'],
		['相关报道见第三版', 'related links'],
		['开通VIP会员 立即开通', 'login wall'],
		['（某某特别行政区政府新闻局）', 'issuer credit'],
	])('%s is %s', (line, name) => {
		expect(chromeFeatureFor(line, once)?.name).toBe(name);
	});

	test('prose is never furniture, whatever words it holds', () => {
		for (const line of [
			'全市工会开展“网上工会”建设，职工登录平台即可办理入会、查看帮扶政策。',
			'五年来，全市建立职工法律援助站96个，办理案件1500余件。',
			'市总工会组织发表评论文章20篇，在全市引起热烈反响。',
		]) {
			expect(chromeFeatureFor(line, once), line).toBeUndefined();
		}
	});

	test('a short line repeated is furniture; once, it is not', () => {
		expect(chromeFeatureFor('展开更多', {repeats: 3})?.name).toBe('repeated line');
		expect(chromeFeatureFor('展开更多', once)).toBeUndefined();
	});

	test('CJK share', () => {
		expect(cjkShare('工会')).toBe(1);
		expect(cjkShare('ab工会')).toBe(0.5);
	});
});

describe('structure on any text', () => {
	test('numbered headings are headings; ▲ lines and (记者 X 摄) are captions', () => {
		expect(isNumberedHeading('一、坚持思想引领')).toBe(true);
		expect(isNumberedHeading('（二）深化改革创新')).toBe(true);
		expect(isNumberedHeading('3、维护职工权益')).toBe(true);
		expect(isNumberedHeading('第一部分 五年工作回顾')).toBe(true);
		expect(isNumberedHeading('2023年，全市工会开展活动500场。')).toBe(false);
		const raw = [
			'砥砺奋进谱新篇',
			'',
			'1、服务职工',
			'',
			'全市工会走访慰问职工2万人次，发放慰问金500万元。',
			'',
			'▶劳模代表发言',
			'',
			'职工在书屋读书（记者 周某 摄）',
			'',
			'新建的户外劳动者驿站（某某区总工会供图）',
			'',
			'（二）建功立业',
			'',
			'全市开展劳动竞赛300项，参与职工8万人次。',
		].join('\n');
		const {report} = importRaw(raw, {}, 'raw/t.txt');
		expect(report.meta.title).toBe('砥砺奋进谱新篇');
		expect(report.sections.map((section) => section.title)).toEqual([
			'1、服务职工',
			'（二）建功立业',
		]);
		expect(report.sections[0]!.blocks).toEqual([
			{kind: 'paragraph', text: '全市工会走访慰问职工2万人次，发放慰问金500万元。'},
			{kind: 'caption', text: '劳模代表发言'},
			{kind: 'caption', text: '职工在书屋读书', credit: '周某'},
			{kind: 'caption', text: '新建的户外劳动者驿站', credit: '某某区总工会'},
		]);
	});

	test('a date line, kicker and headline above the body are never glued into the first paragraph', () => {
		const raw = [
			'某某职工网',
			'2024-05-11 09:30 来源：某某工人报',
			'聚焦基层',
			'职工书屋遍地开花',
			'全市建成职工书屋210家，开展读书活动800余场，',
			'惠及职工15万人次。',
		].join('\r\n');
		const {report, notes} = importRaw(raw, {}, 'raw/x.txt');
		expect(report.meta.title).toBe('职工书屋遍地开花');
		expect(report.meta.published).toBe('2024-05-11');
		expect(report.sections.flatMap((s) => s.blocks)).toEqual([
			{kind: 'paragraph', text: '全市建成职工书屋210家，开展读书活动800余场，惠及职工15万人次。'},
		]);
		expect(notes.dropped.map((drop) => drop.line)).toEqual([1, 2, 3]);
	});

	test('a lone CR ends a line like LF and CRLF', () => {
		const {report} = importRaw(
			'标题一则\r\r第一段话说完了，这里是第一段。\r\r第二段话也说完了，这是第二段。\r',
			{},
			'raw/cr.txt',
		);
		expect(report.meta.title).toBe('标题一则');
		expect(report.sections[0]!.blocks.map((block) => block.text)).toEqual([
			'第一段话说完了，这里是第一段。',
			'第二段话也说完了，这是第二段。',
		]);
	});

	test('a date line, a signature and an address under a speech title stand alone, whatever ends the lines', () => {
		const lines = [
			'某某市总工会工作报告',
			'——在某某市总工会第九届委员会第二次全体会议上',
			'（二〇二二年一月八日）',
			'某某市总工会主席　钱文斌',
			'同志们：',
			'　　过去五年，全市工会建成职工驿站一百个，',
			'服务户外劳动者二十万人次。',
			'　　今后，全市工会要为职工办好实事。',
		];
		const shapes = ['\n', '\r\n', '\r'].map((end) => importRaw(lines.join(end), {}, 'raw/s.txt'));
		for (const {report, notes} of shapes) {
			expect(report.meta.published).toBe('2022-01-08');
			expect(report.meta.period).toEqual({from: 2017, to: 2022});
			expect(report.meta.authors).toEqual(['钱文斌']);
			expect(report.sections.flatMap((s) => s.blocks).map((block) => block.text)).toEqual([
				'同志们：',
				'过去五年，全市工会建成职工驿站一百个，服务户外劳动者二十万人次。',
				'今后，全市工会要为职工办好实事。',
			]);
			expect(notes.dropped.map((drop) => drop.rule)).toEqual(['date line', 'signature line']);
		}
	});
});

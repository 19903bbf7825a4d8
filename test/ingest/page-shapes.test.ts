// Saved pages of shapes no bundled report has (written for these tests): the headline when the
// <title> is the site's name, furniture named by the markup, and every block left out listed
// with its reason.
import {describe, expect, test} from 'vitest';
import {extractPage} from '../../source/ingest/html.js';
import {importPage} from '../../source/ingest/import.js';

function importHtml(html: string) {
	return importPage(extractPage(html), {}, 'pages/shape.html', {fileName: 'shape.html'});
}

function paragraphs(html: string): string[] {
	return importHtml(html)
		.report.sections.flatMap((section) => section.blocks)
		.filter((block) => block.kind === 'paragraph')
		.map((block) => block.text);
}

const portal = (
	title: string,
	headline: string,
) => `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>${title}</title></head><body>
<div class="topbar">某某县人民政府 欢迎您</div>
<div class="crumb">首页 &gt; 政务动态</div>
<table><tr><td class="tt">${headline}</td></tr>
<tr><td>发布时间：2022年3月4日 来源：县政府办</td></tr></table>
<div class="text"><p>2017年至2021年，某某县各级工会服务职工，建成职工之家一百二十个，职工满意度持续提升。</p>
<p>五年来，全县工会累计开展技能竞赛三十场，参赛职工两千余人次，涌现出一批能工巧匠。</p></div>
<div class="vote"><p>您对本文满意吗？</p><p>满意</p><p>不满意</p></div>
<div id="comment-box"><p>网友留言：写得很好，为工会点赞！</p></div>
<div class="footer">某某县人民政府办公室 主办</div>
</body></html>`;

describe('the headline of a page', () => {
	test('a <title> that is only the site name gives way to the headline above the text', () => {
		const result = importHtml(portal('某某县人民政府', '某某县工会五年工作回顾：服务职工暖人心'));
		expect(result.report.meta.title).toBe('某某县工会五年工作回顾：服务职工暖人心');
	});

	test.each([
		['a logo link', '<a class="home" href="/">某某职工之家</a>', '版权所有'],
		['a site-name element', '<p class="site-name">某某职工之家</p>', '版权所有'],
		['a name the header and footer repeat', '<b>某某职工之家</b>', '<b>某某职工之家</b> 版权所有'],
	])(
		"a <title> that is only the site name (%s) gives way to the article's first headline",
		(_, logo, footer) => {
			const page = `<html><head><title>某某职工之家</title></head><body>
<div class="top">${logo}</div>
<div class="where">当前位置：首页 &gt; 动态 &gt; 区县 &gt; 某某区 &gt; 正文</div>
<div class="headline">某某区总工会建成职工驿站一百个</div>
<div class="info">2024年06月01日 09:00 来源：某某区总工会</div>
<div class="content"><p>今年以来，某某区总工会建成职工驿站。</p>
<p>全区驿站一百个，五年服务户外劳动者超过十万人次，得到职工广泛好评。</p>
<p>区总工会还为驿站配备了饮水、休息和充电设施，方便职工使用。</p></div>
<div class="bottom">${footer}</div></body></html>`;
			expect(importHtml(page).report.meta.title).toBe('某某区总工会建成职工驿站一百个');
		},
	);

	test('the h1 wins over a <title> that says something else', () => {
		const page = `<html><head><title>工作总结范文大全-某某范文网</title></head><body>
<h1>凝心聚力谱新篇</h1><p>2018年至2023年，某某区总工会团结带领职工，办成了一批实事好事，职工群众普遍满意。</p>
<p>全区建成户外劳动者服务站点八十个，五年服务职工超过十万人次，得到广泛好评。</p></body></html>`;
		expect(importHtml(page).report.meta.title).toBe('凝心聚力谱新篇');
	});

	test('a heading the <title> names is the headline, and what the poster wrote above it is not the report', () => {
		const page = `<html><head><title>【转】某某市工会这五年：实干为职工 - 某某论坛</title></head><body>
<div class="post"><p>转一篇好文章给大家看看。</p><h2>实干为职工</h2>
<p>2018年以来，某某市总工会坚持服务职工，建成职工驿站三百个，惠及职工十万人次以上。</p>
<p>全市工会五年调处劳动争议案件一千余件，职工合法权益得到有效维护。</p></div>
<div class="reply"><p>顶一个！</p></div></body></html>`;
		const result = importHtml(page);
		expect(result.report.meta.title).toBe('实干为职工');
		expect(paragraphs(page)).toHaveLength(2);
		expect(result.notes.dropped).toContainEqual(
			expect.objectContaining({rule: 'above the headline', text: '转一篇好文章给大家看看。'}),
		);
	});
});

describe('the subtitle of a page', () => {
	test('a "——" line in the header beside the date line is the subtitle, and names the region', () => {
		const page = `<html><head><meta charset="utf-8"><title>砥砺奋进谱新篇_新闻中心_某某融媒</title></head><body>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news">新闻中心</a></li></ul>
<div class="art-head"><h1>砥砺奋进谱新篇</h1>
<div class="art-sub">——德清县总工会五年工作回眸</div>
<div class="art-info">时间：2023-05-06 来源：某某融媒 浏览次数：88</div></div>
<div class="art-body"><p>五年来，县总工会团结带领全县职工建功立业，各项工作迈上新台阶。</p>
<p>全县建成职工之家九十个，培训职工一万二千人次，开展劳动竞赛四十场，帮扶困难职工六百户。</p>
<p>县总工会持续深化改革，基层工会组织更加健全，服务职工的能力明显增强。</p></div>
<div class="share">分享到：微信 微博</div></body></html>`;
		const result = importHtml(page);
		expect(result.report.meta.subtitle).toBe('德清县总工会五年工作回眸');
		expect(result.report.meta.region.zh).toBe('德清县');
		expect(result.report.meta.level).toBe('county');
		expect(result.notes.dropped.map((drop) => drop.text)).not.toContain(
			'——德清县总工会五年工作回眸',
		);
	});
});

describe('blocks left out of the report', () => {
	test('every one is listed with why: furniture the markup names, shapes, outside the article', () => {
		const result = importHtml(portal('某某县人民政府', '某某县工会五年工作回顾'));
		const reasons = new Map(result.notes.dropped.map((drop) => [drop.text, drop.rule]));
		expect(reasons.get('您对本文满意吗？')).toBe('poll');
		expect(reasons.get('网友留言：写得很好，为工会点赞！')).toBe('comment or reply');
		expect(reasons.get('某某县人民政府办公室 主办')).toBe('page footer');
		expect(reasons.get('首页 > 政务动态')).toBe('breadcrumb');
		expect(reasons.get('发布时间：2022年3月4日 来源：县政府办')).toBe('publication line');
		// Nothing of the page is lost without a word: each block is in the report or dropped.
		const kept = result.report.sections.flatMap((section) => [
			section.title,
			...section.blocks.map((block) => block.text),
		]);
		for (const text of ['满意', '不满意', '某某县人民政府 欢迎您']) {
			expect(kept.includes(text) || reasons.has(text), text).toBe(true);
		}
		expect(paragraphs(portal('某某县人民政府', '某某县工会五年工作回顾'))).toHaveLength(2);
	});
});

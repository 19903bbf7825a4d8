// Saved pages in the styles users bring (written for these tests, not copied from any site):
// a newspaper's web edition, a government portal, a WeChat-like article, a Taiwan news page in
// Big5, and a Word document. Each imports with no metadata written by hand.
import {describe, expect, test} from 'vitest';
import type {Report} from '../../source/corpus/types.js';
import {decodeText} from '../../source/ingest/decode.js';
import {extractDocx} from '../../source/ingest/docx.js';
import {extractPage} from '../../source/ingest/html.js';
import {importPage} from '../../source/ingest/import.js';
import {encode} from './encode.js';
import {makeDocx} from './make-docx.js';

function text(report: Report): string {
	return report.sections
		.flatMap((section) => [section.title, ...section.blocks.map((block) => block.text)])
		.join('\n');
}

function importHtml(html: string, name: string) {
	return importPage(extractPage(html), {}, `pages/${name}`, {fileName: name});
}

const newspaper = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>奋楫扬帆再启航——德阳市总工会五年工作综述_德阳日报数字报</title>
<meta name="author" content="要闻频道"></head><body>
<div class="nav"><a>首页</a> | <a>要闻</a> | <a>时评</a> | <a>社会</a> | <a>文化</a> | <a>图片</a></div>
<div class="crumb">您的位置：首页 &gt; 要闻 &gt; 正文</div>
<div class="main">
<h3 class="kicker">履职尽责 服务大局</h3>
<h1>奋楫扬帆再启航</h1>
<h2>——德阳市总工会五年工作综述</h2>
<p class="paper">《德阳日报》（2023年09月20日 02版）</p>
<p>记者 陈晓岚 通讯员 何平</p>
<p>过去五年，德阳市各级工会紧紧围绕中心、服务大局，团结动员全市职工建功立业。全市新建工会组织860个，发展会员9.6万人。</p>
<h2>一、劳动竞赛蓬勃开展</h2>
<p>全市组织开展各类劳动竞赛1200余场次，参与职工超过30万人次，命名表彰市级劳模120名。</p>
<p>▲职工技能比武现场</p>
<h2>二、服务职工更加精准</h2>
<p>市总工会连续五年开展“送温暖”活动，累计走访慰问职工4.3万人次，发放慰问金6800万元。</p>
<p>【图片】</p>
<p>点击查看大图</p>
<p>（责任编辑：黄丽）</p>
</div>
<div class="foot"><p>上一篇：全市职工运动会开幕</p><p>下一篇：劳模宣讲团走进校园</p>
<p>德阳日报社主办 版权所有 蜀ICP备00000000号</p></div>
</body></html>`;

const portal = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>绵竹市人民政府关于过去五年工作的情况通报 - 绵竹市人民政府门户网站</title>
<meta name="PubDate" content="2024-01-15 10:30">
<meta name="ContentSource" content="绵竹市人民政府办公室"></head><body>
<div class="top">绵竹市人民政府门户网站</div>
<div class="menu"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a></div>
<div class="article">
<h1>绵竹市人民政府关于过去五年工作的情况通报</h1>
<div class="info">发布时间：2024-01-15 10:30 | 来源：绵竹市人民政府办公室 | 浏览次数：1024</div>
<div class="tools">【字体：大 中 小】【打印】【关闭窗口】</div>
<p>2019年至2023年，绵竹市人民政府坚持稳中求进工作总基调，全市地区生产总值年均增长6.5%，城镇新增就业2.1万人。</p>
<p>五年间，全市完成固定资产投资800亿元，新建改建农村公路560公里，建成标准化学校30所。</p>
<p>城乡居民收入稳步增长，民生支出占一般公共预算支出比重保持在七成以上，群众获得感明显增强。</p>
</div>
<div class="poll"><p>您对本网站的内容是否满意？</p><p>满意</p><p>不满意</p><p>提交</p></div>
<div class="footer"><p>主办单位：绵竹市人民政府办公室</p><p>网站地图 | 联系我们</p></div>
</body></html>`;

const wechat = `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="五年来，这个区的职工书屋遍地开花">
<meta property="og:site_name" content="金牛工会"><title></title></head><body>
<div id="js_content">
<h1 class="rich_media_title">五年来，这个区的职工书屋遍地开花</h1>
<p>原创 金牛工会 金牛工会 2024-03-08 18:00</p>
<p>近日，成都市金牛区总工会召开会议，总结过去五年的工作。</p>
<p>五年来，全区建成职工书屋210家，开展职工读书活动800余场，惠及职工15万人次。金牛区总工会还建成户外劳动者服务站点98个。</p>
<p>全区工会还持续推进职工文化建设，组建职工文艺团队46支。</p>
<p>阅读原文</p>
<p>在看 12</p>
<p>点赞 88</p>
</div></body></html>`;

const taiwan = `<!DOCTYPE html><html><head><meta charset="big5">
<title>臺中市勞工局公布五年施政成果 | 中部新聞網</title>
<meta property="article:published_time" content="2024-06-02T08:00:00+08:00"></head><body>
<div class="menu">首頁 > 地方 > 臺中</div>
<article><h1>臺中市勞工局公布五年施政成果</h1>
<p>記者 林志明 / 臺中報導</p>
<p>臺中市勞工局今日公布施政成果，過去五年共辦理職業訓練課程三百餘班，協助一萬二千人就業。</p>
<p>勞工局表示，未來將持續擴大服務據點，提升勞工權益保障，讓勞工朋友安心工作。</p>
</article>
<div class="share">分享到： 臉書 推特 列印</div>
</body></html>`;

describe('saved pages', () => {
	test('newspaper web edition: headline and subtitle, byline, paper line, numbered headings', () => {
		const {report, fields, warnings, notes} = importHtml(newspaper, '德阳五年综述.html');
		expect(report.meta.title).toBe('奋楫扬帆再启航');
		expect(report.meta.subtitle).toBe('德阳市总工会五年工作综述');
		expect(report.meta.region).toEqual({zh: '德阳市', en: 'Deyang'});
		expect(report.meta.province).toEqual({zh: '四川省', en: 'Sichuan'});
		expect(report.meta.level).toBe('city');
		expect(report.meta.published).toBe('2023-09-20');
		expect(report.meta.period).toEqual({from: 2018, to: 2023});
		expect(report.meta.source).toBe('德阳日报');
		// The channel in the author meta tag is not a person.
		expect(report.meta.authors).toEqual(['陈晓岚', '何平']);
		expect(report.meta.id).toBe('de-yang-wu-nian-zong-shu');
		expect(report.sections.map((section) => section.title)).toEqual([
			'',
			'一、劳动竞赛蓬勃开展',
			'二、服务职工更加精准',
		]);
		const body = text(report);
		for (const chrome of [
			'首页',
			'您的位置',
			'上一篇',
			'下一篇',
			'ICP',
			'【图片】',
			'点击查看',
			'责任编辑',
		]) {
			expect(body, chrome).not.toContain(chrome);
		}
		const captions = report.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'caption');
		expect(captions.map((caption) => caption.text)).toEqual(['职工技能比武现场']);
		expect(warnings).toEqual([]);
		expect(fields.find((field) => field.name === 'published')?.evidence).toContain('02版');
		expect(notes.dropped.map((drop) => drop.text)).toContain('【图片】');
	});

	test('government portal: header line, explicit period, county-level city, poll and footer gone', () => {
		const {report} = importHtml(portal, 'mianzhu.html');
		expect(report.meta.title).toBe('绵竹市人民政府关于过去五年工作的情况通报');
		expect(report.meta.region.zh).toBe('绵竹市');
		expect(report.meta.level).toBe('county');
		expect(report.meta.province.zh).toBe('四川省');
		expect(report.meta.period).toEqual({from: 2019, to: 2023});
		expect(report.meta.published).toBe('2024-01-15');
		expect(report.meta.source).toBe('绵竹市人民政府办公室');
		const body = text(report);
		for (const chrome of ['浏览次数', '打印', '满意', '提交', '主办单位', '网站地图', '门户网站']) {
			expect(body, chrome).not.toContain(chrome);
		}
		const paragraphs = report.sections
			.flatMap((s) => s.blocks)
			.filter((b) => b.kind === 'paragraph');
		expect(paragraphs).toHaveLength(3);
	});

	test('WeChat-like article: og:title, district found through its city, counters dropped', () => {
		const {report} = importHtml(wechat, 'jinniu.html');
		expect(report.meta.title).toBe('五年来，这个区的职工书屋遍地开花');
		expect(report.meta.region.zh).toBe('成都市金牛区');
		expect(report.meta.region.en).toBe('Jinniu District, Chengdu');
		expect(report.meta.level).toBe('district');
		expect(report.meta.published).toBe('2024-03-08');
		expect(report.meta.period).toEqual({from: 2019, to: 2024});
		const body = text(report);
		for (const chrome of ['阅读原文', '在看', '点赞']) expect(body, chrome).not.toContain(chrome);
		expect(body).toContain('全区建成职工书屋210家');
	});

	test('Taiwan news in Big5: decoded by its meta charset, traditional script, byline', () => {
		const decoded = decodeText(encode(taiwan, 'big5'), {html: true});
		expect(decoded.encoding).toBe('big5');
		const {report} = importHtml(decoded.text, 'taichung.html');
		expect(report.meta.title).toBe('臺中市勞工局公布五年施政成果');
		expect(report.meta.script).toBe('traditional');
		expect(report.meta.published).toBe('2024-06-02');
		expect(report.meta.authors).toEqual(['林志明']);
		expect(text(report)).not.toContain('分享到');
		expect(text(report)).toContain('協助一萬二千人就業');
	});
});

describe('Word documents', () => {
	test('headings from Word styles, the Title style as the headline, metadata inferred', async () => {
		const docx = makeDocx([
			{text: '凝心聚力谱新篇', style: 'Title'},
			{text: '——广元市总工会五年工作综述'},
			{text: '2018年至2023年，广元市各级工会团结带领广大职工，为全市高质量发展作出了贡献。'},
			{text: '一、思想引领', style: 'Heading1'},
			{text: '全市工会开展主题宣讲活动600余场，覆盖职工20万人次。'},
			{text: '二、建功立业', style: 'Heading1'},
			{text: '全市开展劳动竞赛300余项，参与职工10万人次。'},
		]);
		const page = await extractDocx(docx);
		const {report, warnings} = importPage(page, {}, 'docs/guangyuan.docx', {
			fileName: 'guangyuan.docx',
		});
		expect(report.meta.title).toBe('凝心聚力谱新篇');
		expect(report.meta.subtitle).toBe('广元市总工会五年工作综述');
		expect(report.meta.region.zh).toBe('广元市');
		expect(report.meta.period).toEqual({from: 2018, to: 2023});
		expect(report.sections.map((section) => section.title)).toEqual([
			'',
			'一、思想引领',
			'二、建功立业',
		]);
		expect(warnings.map((warning) => warning.en.split(' ')[1])).toEqual([
			'published',
			'source',
			'authors',
		]);
	});

	test('a file that is not a Word document is refused with a reason', async () => {
		await expect(extractDocx(Buffer.from('not a zip'))).rejects.toThrow(/not a Word document/);
	});
});

// The bundled reports are the importer's output: re-importing a raw copy must not change them,
// and each must read clean.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {parseReport, serializeReport} from '../../source/corpus/format.js';
import type {Report} from '../../source/corpus/types.js';
import {importRaw, parseOverride} from '../../source/ingest/import.js';

const root = path.resolve(import.meta.dirname, '../..');
const rawDir = path.join(root, 'reports/raw');
const rawFiles = readdirSync(rawDir).filter((name) => name.endsWith('.txt'));

function importBundled(name: string) {
	const raw = readFileSync(path.join(rawDir, name), 'utf8');
	const metaFile = path.join(rawDir, name.replace(/\.txt$/, '.meta.yaml'));
	return importRaw(
		raw,
		parseOverride(readFileSync(metaFile, 'utf8'), metaFile),
		`reports/raw/${name}`,
	);
}

function allText(report: Report): string {
	return report.sections
		.flatMap((section) => [
			section.title,
			...section.blocks.map(
				(block) => `${block.text}${block.kind === 'caption' ? (block.credit ?? '') : ''}`,
			),
		])
		.concat(report.meta.title, report.meta.subtitle ?? '')
		.join('\n');
}

describe.each(rawFiles)('%s', (name) => {
	const {report, notes} = importBundled(name);
	const bundledFile = path.join(root, 'reports', `${report.meta.id}.md`);

	test('re-importing gives the bundled report byte for byte', () => {
		expect(serializeReport(report)).toBe(readFileSync(bundledFile, 'utf8'));
	});

	test('the bundled file parses back to the same report', () => {
		const parsed = parseReport(readFileSync(bundledFile, 'utf8'), bundledFile);
		expect(parsed.sections).toEqual(report.sections);
		expect(parsed.meta).toEqual(report.meta);
	});

	test('reads clean: no glosses, HTML, page chrome or spam', () => {
		const text = allText(report);
		expect(text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
		expect(text).not.toMatch(/<\/?[a-z]+|\/span>|&[a-z]+;/i);
		for (const chrome of [
			'语音播报',
			'上一期',
			'站内高级搜索',
			'Copyright',
			'新闻评论',
			'友情链接',
			'责编',
			'責編',
			'邮编',
			'>>',
			'|',
			'热烈祝贺',
			'本版图片',
			'出版日期',
		]) {
			expect(text, chrome).not.toContain(chrome);
		}
	});

	test('every paragraph ends a sentence (split paragraphs were rejoined)', () => {
		const unfinished = report.sections
			.flatMap((section) => section.blocks)
			.filter((block) => block.kind === 'paragraph')
			.filter((block) => !/[。！？!?…；;][”’」』）)"]*$/.test(block.text))
			// Garbled text can eat a sentence's last character; those stay as they are.
			.filter((block) => !/[?^▍]/.test(block.text.slice(-12)) && !/犖椤$/.test(block.text));
		expect(unfinished.map((block) => block.text.slice(-20))).toEqual([]);
	});

	test('garbled spots are counted, not dropped', () => {
		const expected: Record<string, number> = {sichuan: 3, jinan: 4};
		expect(notes.garbled.length).toBe(expected[report.meta.id] ?? 0);
	});
});

const byId = Object.fromEntries(
	rawFiles.map((name) => {
		const result = importBundled(name);
		return [result.report.meta.id, result];
	}),
);

function titles(report: Report): string[] {
	return report.sections.map((section) => section.title).filter(Boolean);
}

function captions(report: Report) {
	return report.sections
		.flatMap((section) => section.blocks)
		.filter((block) => block.kind === 'caption');
}

function paragraphs(report: Report): string[] {
	return report.sections
		.flatMap((section) => section.blocks)
		.filter((block) => block.kind === 'paragraph')
		.map((block) => block.text);
}

test('Leshan: title, byline, headings, captions with credits, joined columns', () => {
	const {report, notes} = byId.leshan!;
	expect(report.meta.title).toBe('勇担使命铸华章 踔厉奋发谱新篇');
	expect(report.meta.subtitle).toBe('乐山市工会五年工作综述');
	expect(report.meta.authors).toEqual(['罗曦']);
	expect(titles(report)).toEqual([
		'强化思想引领 汇聚爱党爱国强大奋斗力量',
		'紧贴时代脉搏 凝聚建功立业发展力量',
		'主动依法维权 集聚服务美好生活力量',
		'深化改革创新 涌聚奋发有为时代力量',
	]);
	expect(captions(report)[0]).toEqual({kind: 'caption', text: '三江汇流', credit: '吕九胜'});
	expect(captions(report).map((caption) => caption.text)).toContain('乐山市职工篮球比赛');
	expect(captions(report).every((caption) => caption.credit)).toBe(true);
	expect(paragraphs(report).some((text) => text.includes('切身利益的重要问题解决'))).toBe(true);
	expect(notes.joined).toBe(8);
});

test('Sichuan: traditional script, dateline and source, photo captions, spam dropped', () => {
	const {report, notes} = byId.sichuan!;
	expect(report.meta.script).toBe('traditional');
	expect(report.meta.title).toBe('奮進在治蜀興川的新征程上');
	expect(report.meta.subtitle).toBe('四川工會五年工作回眸');
	expect(report.meta.authors).toEqual(['李娜']);
	expect(report.meta.published).toBe('2023-10-08');
	expect(report.meta.source).toBe('工人日報');
	expect(captions(report).map((caption) => caption.text)).toEqual([
		'四川省勞模工匠宣講團主題宣講走進校園。',
		'數控機床操作職工職業技能大賽現場。',
		'四川涼山州“工哩啦”愛心驛站。',
		'四川省鐵路建設勞動競賽啟動大會。',
		'一線職工在使用川工之家APP。',
	]);
	expect(titles(report)).toHaveLength(6);
	expect(titles(report)[0]).toBe('“中國夢·勞動美”價值引領深入基層');
	expect(notes.dropped.map((drop) => drop.rule)).toEqual([
		'breadcrumb',
		'dateline',
		'editor line',
		'link list',
	]);
	expect(paragraphs(report).join('')).toContain(
		'全省已建基層工會組織14.14萬個,工會會員1883.5萬人。',
	);
});

test('Cuiping: web-page chrome gone, date and source from the page', () => {
	const {report, notes} = byId.cuiping!;
	expect(report.meta.title).toBe('扛责在肩勇担当 笃行实干谱新篇');
	expect(report.meta.subtitle).toBe('宜宾市翠屏区总工会五年工作综述');
	expect(report.meta.authors).toEqual(['肖萍']);
	expect(report.meta.published).toBe('2023-10-26');
	expect(report.meta.source).toBe('四川工人日报');
	expect(titles(report)).toEqual([
		'凝心聚力,汇聚发展正能量',
		'增强韧性,强基筑本促发展',
		'提升服务,创效创新启新程',
	]);
	expect(captions(report)).toEqual([]);
	expect(notes.dropped.map((drop) => drop.rule)).toContain('headline ticker');
	expect(paragraphs(report)[0]).toBe('为者常成,行者常至。');
});

test('Shaoyang: marked captions, columns joined, closing paragraph moved to the end', () => {
	const {report, notes} = byId.shaoyang!;
	expect(report.meta.authors).toEqual(['刘小幸', '朱羽翼', '罗世辰']);
	expect(captions(report).map((caption) => caption.text)).toEqual([
		'市委书记严华走访慰问高温下坚守岗位一线的劳动者。',
		'新业态形态劳动者集中入会宣誓。',
		'邵阳市“千万职工颂歌献给敬爱的党”群众性歌咏比赛现场。',
		'2023年邵阳市召开庆祝“五一”国际劳动节暨弘扬劳模精神、劳动精神、工匠精神大会。',
	]);
	expect(paragraphs(report).some((text) => text.includes('提升职工幸福指数的具体践行。'))).toBe(
		true,
	);
	expect(paragraphs(report).some((text) => text.includes('推动“四季送”品牌建设'))).toBe(true);
	expect(notes.movedClosing).toBe(true);
	expect(paragraphs(report).at(-1)).toMatch(/^五年来,全市工会工作不断迈上新台阶/);
});

test('Jinan: no blank lines, title and subtitle on one line, HTML remnants gone', () => {
	const {report} = byId.jinan!;
	expect(report.meta.script).toBe('traditional');
	expect(report.meta.title).toBe('匯聚工人階級磅礴力量做好廣大職工“娘家人”');
	expect(report.meta.subtitle).toBe('全市工會工作和工運事業發展五年綜述');
	expect(titles(report)).toHaveLength(6);
	expect(titles(report)[0]).toBe('政治引領 典型帶動職工思想進步積極進取');
	expect(paragraphs(report).some((text) => text.startsWith('深化工會經費和資產管理工作。'))).toBe(
		true,
	);
});

import {expect, test} from 'vitest';
import {
	countsOf,
	decodeReportBytes,
	parseReport,
	ReportError,
	serializeReport,
} from '../../source/corpus/format.js';
import type {Report} from '../../source/corpus/types.js';

const front = (extra = '') =>
	`---\nid: demo\ntitle: 标题\nregion: 乐山市\nlevel: city\nperiod: 2018-2023\n${extra}---\n`;

test('parses front matter, sections, paragraphs, captions with credits and theme overrides', () => {
	const report = parseReport(
		`${front('region_en: Leshan\nauthors: [甲, 乙]\npublished: 2023-10-08\n')}\n开头一段。\n\n## 第一节 {theme=rights}\n\n第一段\n接着写。\n\n> 图片说明\n> — 张三\n\n## 第二节\n\nWord wrapped\nacross lines.\n`,
		'demo.md',
	);
	expect(report.meta).toMatchObject({
		id: 'demo',
		title: '标题',
		region: {zh: '乐山市', en: 'Leshan'},
		level: 'city',
		period: {from: 2018, to: 2023},
		published: '2023-10-08',
		authors: ['甲', '乙'],
		script: 'simplified',
	});
	expect(report.sections).toEqual([
		{title: '', blocks: [{kind: 'paragraph', text: '开头一段。'}]},
		{
			title: '第一节',
			theme: 'rights',
			blocks: [
				{kind: 'paragraph', text: '第一段接着写。'},
				{kind: 'caption', text: '图片说明', credit: '张三'},
			],
		},
		{title: '第二节', blocks: [{kind: 'paragraph', text: 'Word wrapped across lines.'}]},
	]);
});

test('serialize then parse gives the same report, including text that looks like markup', () => {
	const report: Report = {
		meta: {
			id: 'x',
			title: '题: "引号"',
			subtitle: '副',
			region: {zh: '某市', en: 'Mou'},
			province: {zh: '某省', en: 'Mou Province'},
			level: 'district',
			period: {from: 2019, to: 2024},
			published: '2024-01-02',
			source: '某报',
			authors: ['a b'],
			script: 'traditional',
			origin: 'raw/x.txt',
		},
		sections: [
			{
				title: '节',
				theme: 'reform',
				blocks: [
					{kind: 'paragraph', text: '> 不是图注'},
					{kind: 'paragraph', text: '## 不是标题'},
					{kind: 'caption', text: '图'},
				],
			},
		],
		// 节 1, "> 不是图注" 6, "## 不是标题" 7, 图 1: characters, not UTF-16 units or bytes.
		counts: {chars: 15, sections: 1},
	};
	expect(parseReport(serializeReport(report), 'x.md')).toEqual({...report, file: 'x.md'});
});

test('counts: characters of titles and blocks, and titled sections only', () => {
	expect(
		countsOf([
			{title: '', blocks: [{kind: 'paragraph', text: '开篇𠀀'}]},
			{title: '一', blocks: [{kind: 'caption', text: 'ab', credit: '不计'}]},
			{title: '二', blocks: []},
		]),
	).toEqual({chars: 7, sections: 2});
	const parsed = parseReport(`${front()}开篇\n\n## 第一节\n\n正文。\n`, 'c.md');
	expect(parsed.counts).toEqual(countsOf(parsed.sections));
	expect(parsed.counts).toEqual({chars: 8, sections: 1});
});

test.each([
	['', 'empty file'],
	['   \n\n', 'blank file (only whitespace)'],
	['# no front matter\n', 'no front matter'],
	['---\nid: a\n', 'not closed'],
	['---\nid: [unclosed\n---\ntext\n', 'not valid YAML'],
	['---\n- a\n- b\n---\ntext\n', '"key: value"'],
	[`${front().replace('title: 标题\n', '')}\ntext\n`, 'no "title"'],
	[`${front().replace('id: demo', 'id: Bad Id')}\ntext\n`, 'id "Bad Id"'],
	[`${front().replace('level: city', 'level: village')}\ntext\n`, 'unknown level "village"'],
	[`${front().replace('period: 2018-2023', 'period: soon')}\ntext\n`, 'period "soon"'],
	[`${front()}\n`, 'no text after the front matter'],
	[`${front()}\n## \n`, 'heading has no text'],
])('rejects %j with a message naming the file and the problem', (text, problem) => {
	expect(() => parseReport(text, 'bad.md')).toThrowError(ReportError);
	expect(() => parseReport(text, 'bad.md')).toThrow(`bad.md: `);
	expect(() => parseReport(text, 'bad.md')).toThrow(problem);
});

test('bytes: BOM and CRLF are accepted; invalid UTF-8, NUL bytes and empty files are not', () => {
	const ok = new TextEncoder().encode(`\uFEFF${front()}\r\n正文。\r\n`);
	expect(parseReport(decodeReportBytes(ok, 'a.md'), 'a.md').sections[0]!.blocks[0]).toEqual({
		kind: 'paragraph',
		text: '正文。',
	});
	expect(() => decodeReportBytes(new Uint8Array([0xff, 0xfe, 0x41]), 'b.md')).toThrow(
		'b.md: not valid UTF-8',
	);
	expect(() => decodeReportBytes(new Uint8Array([0x41, 0, 0x42]), 'c.md')).toThrow('binary');
	expect(() => decodeReportBytes(new Uint8Array(), 'd.md')).toThrow('empty');
});

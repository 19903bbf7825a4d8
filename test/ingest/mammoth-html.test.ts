// mammoth's HTML read without an HTML parser gives the blocks linkedom's DOM gives.
import {readFileSync} from 'node:fs';
import {parseHTML} from 'linkedom';
import mammoth from 'mammoth';
import {describe, expect, test} from 'vitest';
import {parseMammothHtml} from '../../source/ingest/mammoth-html.js';
import {blocksOf, type DomNode} from '../../source/ingest/page-blocks.js';
import {makeDocx} from './make-docx.js';

function linkedomBlocks(html: string) {
	const {document} = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
	return blocksOf(document.body as unknown as DomNode);
}

describe("mammoth's HTML", () => {
	test('the corpus Word files give the same blocks both ways', async () => {
		for (const name of ['changde-union', 'jintang-gov']) {
			const bytes = readFileSync(`test/fixtures/import-corpus/${name}.docx`);
			const {value: html} = await mammoth.convertToHtml({buffer: bytes});
			const blocks = blocksOf(parseMammothHtml(html));
			expect(blocks.length, name).toBeGreaterThan(3);
			expect(blocks, name).toEqual(linkedomBlocks(html));
		}
	});

	test('escaped text, nesting, tables, lists, images, footnotes and empty anchors', () => {
		const html =
			'<h1>职工 &amp; 工会 &lt;五年&gt;</h1><p><a id="_Toc1"></a>正文<strong>加粗</strong>与<em>斜体</em>。<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p>' +
			'<p><img src="data:image/png;base64,AAAA" alt="图 &quot;一&quot;" /></p><table><tr><td><p>会员</p></td><td><p>8.7万人</p></td></tr></table>' +
			'<ul><li>第一项</li><li>第二项<br />续</li></ul><ol><li id="footnote-1"><p>注释。 <a href="#footnote-ref-1">↑</a></p></li></ol>';
		const blocks = blocksOf(parseMammothHtml(html));
		expect(blocks).toEqual(linkedomBlocks(html));
		expect(blocks[0]).toEqual({text: '职工 & 工会 <五年>', hint: 'heading'});
	});

	test('a Word file made for the test: its first heading is the headline', async () => {
		const {extractDocx} = await import('../../source/ingest/docx.js');
		const page = await extractDocx(
			makeDocx([
				{text: '某某县总工会五年工作报告', style: 'Title'},
				{text: '一、主要工作', style: 'Heading1'},
				{text: '全县工会新建职工之家30个。'},
			]),
		);
		// mammoth writes Word's Title style as a plain paragraph; Heading 1 is an <h1>.
		expect(page.blocks.map((block) => block.hint)).toEqual(['paragraph', 'title', 'paragraph']);
	});

	test("Word's Caption style stays a caption; caption shapes and the signature are no paragraphs", async () => {
		const {extractDocx} = await import('../../source/ingest/docx.js');
		const {importPage} = await import('../../source/ingest/import.js');
		const page = await extractDocx(
			makeDocx([
				{text: '某某县总工会2020—2024年工作回顾', style: 'Heading1'},
				{text: '全县新建职工书屋四十家，服务职工三万人次。'},
				{text: '职工在新建的书屋里借阅图书', style: 'Caption'},
				{text: '图2 劳模工作室揭牌'},
				{text: '全县工会将继续做好服务职工工作。'},
				{text: '某某县总工会'},
				{text: '2025年2月3日'},
			]),
		);
		expect(page.blocks[2]).toEqual({text: '职工在新建的书屋里借阅图书', hint: 'caption'});
		const {report, notes} = importPage(page, {}, 'docs/t.docx', {fileName: 't.docx'});
		const blocks = report.sections.flatMap((section) => section.blocks);
		expect(blocks.map((block) => [block.kind, block.text])).toEqual([
			['paragraph', '全县新建职工书屋四十家，服务职工三万人次。'],
			['caption', '职工在新建的书屋里借阅图书'],
			['caption', '图2 劳模工作室揭牌'],
			['paragraph', '全县工会将继续做好服务职工工作。'],
		]);
		expect(notes.dropped.map((drop) => drop.rule)).toEqual(
			expect.arrayContaining(['signature line', 'date line']),
		);
		expect(report.meta.published).toBe('2025-02-03');
	});
});

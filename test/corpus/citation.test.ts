// Citations: the quoted passage and where it is from, in both languages, for each kind of
// passage a screen can quote.
import {describe, expect, it} from 'vitest';
import {compareReports} from '../../source/compare/compare.js';
import {metrics} from '../../source/compare/catalogue.js';
import {cite, citeBlock, citeCell, citeFigure, citeHit} from '../../source/corpus/citation.js';
import {loadCorpus} from '../../source/corpus/load.js';
import {extractFigures} from '../../source/figures/extract.js';
import {paragraphs, testReport} from '../helpers/reports.js';

const report = testReport(
	{
		id: 'leshan',
		title: '奋进新征程',
		region: {zh: '乐山市', en: 'Leshan'},
		period: {from: 2018, to: 2023},
		published: '2023-10-08',
		source: '工人日报',
	},
	[
		{title: '', blocks: paragraphs(['开篇的话。'])},
		{title: '强化思想引领', blocks: paragraphs(['全市建成职工书屋120个。', '第二段。'])},
	],
);

describe('a citation', () => {
	it('quotes the passage and names region · title · section · period · published · source', () => {
		expect(citeBlock(report, 1, 0, 'zh')).toEqual({
			text: '全市建成职工书屋120个。',
			source:
				'乐山市 · 《奋进新征程》 · 强化思想引领 · 2018–2023 · 2023-10-08发布 · 来源：工人日报',
			full: '“全市建成职工书屋120个。”\n——乐山市 · 《奋进新征程》 · 强化思想引领 · 2018–2023 · 2023-10-08发布 · 来源：工人日报',
		});
		expect(citeBlock(report, 1, 1, 'en').full).toBe(
			'"第二段。"\n—Leshan 乐山市 · "奋进新征程" · 强化思想引领 · 2018–2023 · published 2023-10-08 · source: 工人日报',
		);
	});

	it('leaves out what the report does not say, and the untitled opening', () => {
		const bare = testReport({id: 'x', title: '题', region: {zh: '某市', en: '某市'}}, [
			{title: '', blocks: paragraphs(['一句话。'])},
		]);
		expect(citeBlock(bare, 0, 0, 'zh').source).toBe('某市 · 《题》 · 2018–2023');
		expect(citeBlock(bare, 0, 0, 'en').source).toBe('某市 · "题" · 2018–2023');
	});

	it('quotes a section heading as itself (block -1)', () => {
		expect(citeBlock(report, 1, -1, 'zh').text).toBe('强化思想引领');
	});

	it('makes controls in the text and metadata visible, never raw', () => {
		const hostile = testReport({id: 'h', title: 'T\u001b]52;c;eA==\u0007', source: 'src\u202e'}, [
			{title: 'S\u001b[2J', blocks: paragraphs(['a\u001b[31mb\nc'])},
		]);
		const {full} = citeBlock(hostile, 0, 0, 'en');
		expect(full).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
		expect(full).toContain('a␛[31mb␊c');
	});

	it('cites a search hit, a figure and a comparison cell with their lead', () => {
		const corpus = loadCorpus();
		const leshan = corpus.reports.find((r) => r.meta.id === 'leshan')!;
		const figure = extractFigures(leshan)[0]!;
		const hit = citeHit(leshan, {sectionTitle: figure.sectionTitle, text: '劳模工匠'}, 'zh');
		expect(hit.full.split('\n')[0]).toBe('“劳模工匠”');
		expect(hit.source).toContain(leshan.meta.region.zh);

		const quoted = citeFigure(leshan, figure, 'zh');
		expect(quoted.full.split('\n')).toEqual([
			`${figure.subject}：${figure.raw}`,
			`“${figure.quote}”`,
			`——${quoted.source}`,
		]);
		expect(quoted.source).toContain(figure.sectionTitle);

		const comparison = compareReports(corpus.reports, {metrics: metrics.map((m) => m.id)});
		const row = comparison.metrics.find((m) => Object.values(m.cells).some(Boolean))!;
		const [id, cell] = Object.entries(row.cells).find(([, value]) => value !== null)!;
		const cited = citeCell(
			corpus.reports.find((r) => r.meta.id === id)!,
			cell!,
			row.label.en,
			'en',
		);
		expect(cited.full.split('\n')[0]).toBe(`${row.label.en}: ${cell!.figure.raw}`);
		expect(cited.text).toBe(cell!.quote);
		expect(cited.source).toContain(cell!.section);
	});

	it('the same passage cites the same way from any screen', () => {
		const direct = cite({meta: report.meta, section: '强化思想引领', text: '第二段。'}, 'zh');
		expect(citeHit(report, {sectionTitle: '强化思想引领', text: '第二段。'}, 'zh')).toEqual(direct);
		expect(citeBlock(report, 1, 1, 'zh')).toEqual(direct);
	});
});

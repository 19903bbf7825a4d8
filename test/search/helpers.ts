// Small reports and figures built in memory for the search tests.
import type {Block, Report, Section} from '../../source/corpus/types.js';
import type {Figure} from '../../source/figures/types.js';
import {testReport} from '../helpers/reports.js';

type SectionSpec = {title: string; blocks: Array<string | {caption: string}>};

export function makeReport(id: string, region: string, sections: SectionSpec[]): Report {
	return testReport(
		{
			id,
			title: `${region}工会工作报告`,
			region: {zh: region, en: id},
			published: '2023',
			origin: 'test',
		},
		sections.map((section): Section => ({
			title: section.title,
			blocks: section.blocks.map((block): Block =>
				typeof block === 'string'
					? {kind: 'paragraph', text: block}
					: {kind: 'caption', text: block.caption},
			),
		})),
	);
}

/** One paragraph under no heading. */
export function paragraphReport(id: string, region: string, ...paragraphs: string[]): Report {
	return makeReport(id, region, [{title: '', blocks: paragraphs}]);
}

export function makeFigure(
	report: Report,
	section: number,
	block: number,
	raw: string,
	subject: string,
): Figure {
	const blockText = report.sections[section]?.blocks[block]?.text ?? '';
	const start = Math.max(0, blockText.indexOf(raw));
	return {
		report: report.meta.id,
		section,
		block,
		sectionTitle: report.sections[section]?.title ?? '',
		start,
		end: start + raw.length,
		raw,
		number: Number.parseFloat(raw) || 0,
		multiplier: 1,
		value: Number.parseFloat(raw) || 0,
		unit: '人',
		qualifier: '',
		subject,
		quote: blockText,
	};
}

/** The highlighted substrings of a hit. */
export function marked(hit: {item: {text: string}; ranges: Array<[number, number]>}): string[] {
	return hit.ranges.map(([start, end]) => hit.item.text.slice(start, end));
}

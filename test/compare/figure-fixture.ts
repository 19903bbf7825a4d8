// A small stand-in for the figure extractor, so the matching rules can be tested on hand-made
// text independently of how the real extractor evolves. It finds numbers with a multiplier,
// qualifier and unit, and fills a Figure the way the extractor's contract describes.
import type {Report} from '../../source/corpus/types.js';
import type {Figure} from '../../source/figures/types.js';
import {paragraphs as paragraphBlocks, testReport} from '../helpers/reports.js';

const unitMap: Record<string, string> = {個: '个', 項: '项', 場: '场', 場次: '场次', 屆: '届'};
const pattern =
	/(超过|超過|超|近|约|約|达|達|逾)?(\d+(?:\.\d+)?)(万|萬|亿|億)?(余|餘|多)?(万|萬|亿|億)?(余|餘|多)?(人次|场次|場次|名|人|个|個|家|元|%|项|項|场|場|次|件|期|位|座|届|屆)?(以上)?/g;
const multipliers: Record<string, number> = {万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8};

export function fixtureFigures(report: Report): Figure[] {
	const figures: Figure[] = [];
	report.sections.forEach((section, sectionIndex) => {
		section.blocks.forEach((block, blockIndex) => {
			for (const match of block.text.matchAll(pattern)) {
				const [raw, lead, digits, mult1, q1, mult2, q2, unit, above] = match;
				if (!unit) continue;
				const multiplier = multipliers[mult1 ?? mult2 ?? ''] ?? 1;
				const number = Number(digits);
				const qualifier = [lead, q1, q2, above]
					.filter(Boolean)
					.map((q) => ({達: '达', 餘: '余', 約: '约', 超過: '超过'})[q as string] ?? q)
					.join('+');
				const start = match.index;
				const end = start + raw.length;
				figures.push({
					report: report.meta.id,
					section: sectionIndex,
					block: blockIndex,
					sectionTitle: section.title,
					start,
					end,
					raw,
					number,
					multiplier,
					value: unit === '%' ? number : Math.round(number * multiplier),
					unit: unitMap[unit] ?? unit,
					qualifier,
					subject: block.text.slice(Math.max(0, start - 8), start),
					quote: sentenceAround(block.text, start, end),
				});
			}
		});
	});
	return figures;
}

function sentenceAround(text: string, start: number, end: number): string {
	const before = text.slice(0, start);
	const from =
		Math.max(before.lastIndexOf('。'), before.lastIndexOf(';'), before.lastIndexOf('；')) + 1;
	const rest = text.slice(end).search(/[。;；]/);
	return text.slice(from, rest === -1 ? text.length : end + rest + 1);
}

/** A one-report corpus from paragraphs, for rule tests. */
export function reportOf(id: string, paragraphs: string[], title = '组织建设'): Report {
	return testReport({id, title: id, region: {zh: id, en: id}}, [
		{title, blocks: paragraphBlocks(paragraphs)},
	]);
}

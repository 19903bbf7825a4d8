// Building the index: one item per heading, paragraph, caption and figure, with every key
// computed here once so a keypress only scans.
import type {Report} from '../corpus/types.js';
import type {Figure} from '../figures/types.js';
import {buildKeys} from './keys.js';
import type {SearchIndex, SearchItem} from './types.js';

/** The text a figure is found by: what is counted, then the number as written. */
export function figureText(figure: Figure): string {
	return `${figure.subject}${figure.raw}`;
}

export function buildIndex(reports: Report[], figures: Figure[] = []): SearchIndex {
	const figuresByReport = new Map<string, Figure[]>();
	for (const figure of figures) {
		const list = figuresByReport.get(figure.report) ?? [];
		list.push(figure);
		figuresByReport.set(figure.report, list);
	}
	const items: SearchItem[] = [];
	const ranges: SearchIndex['reports'] = [];
	const seen = new Set<string>();
	for (const report of reports) {
		const id = report.meta.id;
		// Two reports with one id would make the report filter ambiguous; the loader refuses
		// them, and so does the index.
		if (seen.has(id)) continue;
		seen.add(id);
		const first = items.length;
		for (const item of reportItems(report, figuresByReport.get(id) ?? [])) items.push(item);
		ranges.push({id, first, end: items.length});
	}
	return indexOfItems(items, ranges);
}

/**
 * An index over items already made (in report order, then document order), `ranges` giving
 * each report's [first, end): the indexed search builds one over the candidates of a query.
 */
export function indexOfItems(items: SearchItem[], ranges: SearchIndex['reports']): SearchIndex {
	const keys = buildKeys(items.map((item) => item.text).join('\n'));
	const starts = new Array<number>(items.length + 1);
	let offset = 0;
	items.forEach((item, index) => {
		starts[index] = offset;
		offset += item.text.length + 1;
	});
	starts[items.length] = keys.keys.length + 1;
	return {
		items,
		...keys,
		starts,
		reports: ranges,
	};
}

/** A report's items in document order: headings, blocks, each block's figures after it. */
export function reportItems(report: Report, figures: readonly Figure[]): SearchItem[] {
	const items: SearchItem[] = [];
	const figuresAt = groupFigures(figures);
	const base = {report: report.meta.id, region: report.meta.region.zh};
	report.sections.forEach((section, sectionIndex) => {
		const sectionTitle = section.title;
		if (sectionTitle) {
			items.push({
				...base,
				kind: 'section',
				section: sectionIndex,
				block: -1,
				sectionTitle,
				text: sectionTitle,
			});
		}
		section.blocks.forEach((block, blockIndex) => {
			items.push({
				...base,
				kind: block.kind,
				section: sectionIndex,
				block: blockIndex,
				sectionTitle,
				text: block.text,
			});
			const key = `${sectionIndex}:${blockIndex}`;
			for (const figure of figuresAt.get(key) ?? []) items.push(figureItem(base, figure));
			figuresAt.delete(key);
		});
	});
	// Figures pointing at no block still deserve to be found.
	for (const rest of figuresAt.values())
		for (const figure of rest) items.push(figureItem(base, figure));
	return items;
}

function groupFigures(figures: readonly Figure[]): Map<string, Figure[]> {
	const groups = new Map<string, Figure[]>();
	const sorted = [...figures].sort((a, b) => a.start - b.start);
	for (const figure of sorted) {
		const key = `${figure.section}:${figure.block}`;
		const list = groups.get(key) ?? [];
		list.push(figure);
		groups.set(key, list);
	}
	return groups;
}

function figureItem(base: {report: string; region: string}, figure: Figure): SearchItem {
	return {
		...base,
		kind: 'figure',
		section: figure.section,
		block: figure.block,
		sectionTitle: figure.sectionTitle,
		text: figureText(figure),
		figure,
	};
}

// Building the index: one item per heading, paragraph, caption and figure, with every key
// computed here once so a keypress only scans.
import type {Report} from '../corpus/types.js';
import type {Figure} from '../figures/types.js';
import {maxAlphabet} from './codec.js';
import {compatPairs, scriptPairs} from '../text/fold-table.js';
import {buildKeys} from './keys.js';
import {contextReadings, primaryReadings} from '../text/pinyin-table.js';
import {type SearchIndex, type SearchItem, searchKinds} from './types.js';

const format = 'baogao-search';
const version = 6;

/**
 * Identifies the index layout and the generated tables that made its keys: an index cached
 * under another stamp must be rebuilt, not searched.
 */
export function tablesStamp(): string {
	const tables = [scriptPairs, compatPairs, primaryReadings, contextReadings];
	return `${version}:${tables.map((table) => table.length).join('.')}`;
}

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
		format,
		version,
		tables: tablesStamp(),
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

/** The index as JSON text (it is plain data); read it back with deserializeIndex. */
export function serializeIndex(index: SearchIndex): string {
	return JSON.stringify(index);
}

/**
 * Reads an index written by serializeIndex. Throws when the data is not one, was written by
 * another version, or under other generated tables (its keys would be stale): rebuild then.
 */
export function deserializeIndex(data: string | Uint8Array): SearchIndex {
	const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
	const value = JSON.parse(text) as Partial<SearchIndex> | null;
	if (!value || typeof value !== 'object' || value.format !== format) {
		throw new Error('not a baogao search index');
	}
	if (value.version !== version || value.tables !== tablesStamp()) {
		throw new Error('search index from another version; rebuild it');
	}
	const {items, keys, alphabet, initials, otherInitials, starts, reports} = value;
	const valid =
		typeof otherInitials === 'object' &&
		otherInitials !== null &&
		Object.values(otherInitials).every(Array.isArray) &&
		Array.isArray(items) &&
		typeof keys === 'string' &&
		typeof alphabet === 'string' &&
		alphabet.length <= maxAlphabet &&
		Array.isArray(value.alphabetCounts) &&
		value.alphabetCounts.length === alphabet.length &&
		typeof initials === 'string' &&
		typeof value.initialPairs === 'string' &&
		Array.isArray(value.initialPairCounts) &&
		value.initialPairCounts.length * 2 === value.initialPairs.length &&
		initials.length === keys.length &&
		Array.isArray(starts) &&
		starts.length === items.length + 1 &&
		starts.at(-1) === keys.length + 1 &&
		Array.isArray(reports) &&
		items.every(
			(item, index) =>
				item &&
				searchKinds.includes(item.kind) &&
				typeof item.text === 'string' &&
				starts[index + 1]! - starts[index]! === item.text.length + 1,
		);
	if (!valid) throw new Error('search index is damaged; rebuild it');
	return value as SearchIndex;
}

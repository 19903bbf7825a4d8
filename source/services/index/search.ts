// Searching through the index: FTS5 gives the candidates of a query (see search/fts-tokens.ts),
// and the search itself (exact, pinyin, parts, typos, ranking, highlights) runs over an index of
// those candidates alone, so the answers are the ones search.ts defines. Only the candidates'
// texts are read, and figures only for the hits returned.
import type {DatabaseSync} from 'node:sqlite';
import type {Figure} from '../../figures/types.js';
import {
	type Condition,
	defaultLimit,
	forgivesTypos,
	type Hit,
	indexOfItems,
	parseQuery,
	queryCondition,
	search,
	type SearchIndex,
	type SearchItem,
	type SearchKind,
	type SearchOptions,
} from '../../search/index.js';

/** A report of the corpus as the search sees it: its file's row, in corpus order. */
export type IndexedReport = {file: number; id: string; region: string};

type ItemRow = {
	id: number;
	file: number;
	ord: number;
	kind: SearchKind;
	section: number;
	block: number;
	section_title: string;
	text: string;
};

export type IndexedSearch = (query: string, options?: SearchOptions) => Hit[];

/** The search over the reports of `reports` (the corpus's, in its order) in `db`. */
export function indexedSearch(db: DatabaseSync, reports: readonly IndexedReport[]): IndexedSearch {
	const order = new Map(reports.map((report, at) => [report.file, at]));
	const figureOf = db.prepare('SELECT figure FROM items WHERE id = ?');
	const columns = 'i.id, i.file, i.ord, i.kind, i.section, i.block, i.section_title, i.text';

	const candidates = (condition: Condition, options: SearchOptions): ItemRow[] => {
		if (condition === 'none') return [];
		const where: string[] = [];
		const values: Array<string | number> = [];
		if (condition !== 'all') {
			where.push('i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)');
			values.push(condition);
		}
		if (options.kind) {
			where.push('i.kind = ?');
			values.push(options.kind);
		}
		if (options.report !== undefined) {
			const report = reports.find((entry) => entry.id === options.report);
			if (!report) return [];
			where.push('i.file = ?');
			values.push(report.file);
		}
		const sql = `SELECT ${columns} FROM items i${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}`;
		return db.prepare(sql).all(...values) as ItemRow[];
	};

	const indexOf = (rows: ItemRow[]): {index: SearchIndex; ids: Map<SearchItem, number>} => {
		const kept = rows.filter((row) => order.has(row.file));
		kept.sort((a, b) => order.get(a.file)! - order.get(b.file)! || a.ord - b.ord);
		const items: SearchItem[] = [];
		const ranges: SearchIndex['reports'] = [];
		const ids = new Map<SearchItem, number>();
		for (const row of kept) {
			const report = reports[order.get(row.file)!]!;
			if (ranges.at(-1)?.id !== report.id)
				ranges.push({id: report.id, first: items.length, end: items.length});
			const item: SearchItem = {
				kind: row.kind,
				report: report.id,
				region: report.region,
				section: row.section,
				block: row.block,
				sectionTitle: row.section_title,
				text: row.text,
			};
			items.push(item);
			ids.set(item, row.id);
			ranges.at(-1)!.end = items.length;
		}
		return {index: indexOfItems(items, ranges), ids};
	};

	const run = (condition: Condition, query: string, options: SearchOptions) => {
		const {index, ids} = indexOf(candidates(condition, options));
		return {hits: search(index, query, options), ids};
	};

	return (query, options = {}) => {
		const terms = parseQuery(query);
		const limit = options.limit ?? defaultLimit;
		const strict = queryCondition(terms, false);
		let found = run(strict, query, options);
		if (found.hits.length < limit && terms.some(forgivesTypos)) {
			const lenient = queryCondition(terms, true);
			if (lenient !== strict) found = run(lenient, query, options);
		}
		return found.hits.map((hit) => {
			if (hit.item.kind !== 'figure') return hit;
			const row = figureOf.get(found.ids.get(hit.item)!) as {figure: string | null} | undefined;
			if (!row?.figure) return hit;
			return {...hit, item: {...hit.item, figure: JSON.parse(row.figure) as Figure}};
		});
	};
}

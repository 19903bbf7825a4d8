// Searching through the index. FTS5 gives the candidates of a query (see search/fts-tokens.ts);
// what happens next depends on the query:
// - Every term matches only as it is written (Chinese, numbers, no pinyin): every hit is an
//   exact one, and the ranking (headings first, more occurrences, shorter text, corpus order;
//   see search/README.md) is computed in SQL over the stored search keys, so only the hits
//   shown are read into JavaScript.
// - One pinyin term whose readings are few strings of Chinese here (laodongmofan: 劳动模范,
//   chains of known pairs) and whose candidates are not too many: its matches are counted and
//   ranked in SQL as those strings, and only the hits shown are read.
// - Other pinyin, mixed terms and typos: the candidates are read (at most `maxCandidates` of
//   each kind, short texts first) and the search of search/ runs over them.
// Either way the hits returned come from search/'s own search over an index of the chosen
// items, so matches, scores and highlight ranges are the ones it defines.
import type {DatabaseSync, StatementSync} from 'node:sqlite';
import {
	type Condition,
	type CountedHits,
	forgivesTypos,
	type Hit,
	indexOfItems,
	kindCondition,
	limitOf,
	occurrenceCondition,
	occurrenceLevels,
	type PairVocabulary,
	parseQuery,
	queryCondition,
	readingChains,
	search,
	searchCounted,
	type SearchIndex,
	type SearchItem,
	type SearchKind,
	type SearchOptions,
	searchKinds,
	type Term,
} from '../../search/index.js';
import {figureOfRow} from './figure-row.js';

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

/** The corpus's search through the index: hits, or hits and the counts of every kind. */
export type IndexedSearch = {
	search(query: string, options: SearchOptions): Hit[];
	searchCounted(query: string, options: SearchOptions): CountedHits;
};

const noCounts = (): CountedHits['counts'] => ({section: 0, paragraph: 0, figure: 0, caption: 0});

/** Terms that match only as written, all of them: every hit is exact, ranked in SQL. */
const exactOnly = (terms: readonly Term[]) =>
	terms.every((term) => term.readings.length === 0 && term.parts.length === 0);

/**
 * Pinyin, mixed and typo queries read at most this many candidates of each kind, the shortest
 * texts first: a one-syllable query (`lao`) may have a third of all items as candidates, and
 * reading them all took seconds at 1,000 reports. Past the cap the ranking is that of the
 * candidates read, so a long text matching far down the list may be missed; below it (every
 * test corpus) the hits are exactly those of the in-memory search.
 */
const maxCandidates = 3000;

/** What a test may set: the candidates read of each kind (maxCandidates). */
type IndexedSearchTuning = {maxCandidates?: number};

/**
 * A one-term pinyin query reads as at most this many Chinese strings before it is ranked in
 * SQL (see pinyinStrings); more, and it is searched over its candidates as before.
 */
const maxChains = 40;

/**
 * More candidates than this and a pinyin query is searched over its capped candidates instead:
 * ranking in SQL reads every candidate's text, which at 10,000 reports (load 10) took 1.4 s of
 * CPU for laomo and 3.7 s for laod against 0.8 s and 1.0 s capped; laodongmofan's 22,770
 * candidates took 0.36 s against 0.44 s capped (load 1), with exact counts (9,935 paragraphs,
 * not 3,000).
 */
const maxRankedCandidates = 30_000;

/** A strict match of a pinyin term, as pinyinMatches counts it. */
type RankedMatch = {
	id: number;
	kind: SearchKind;
	units: number;
	at: number;
	ord: number;
	exact: number;
	pinyin: number;
};

/**
 * The best `limit` matches by the ranking of search/README.md: exact before pinyin, headings
 * first, more occurrences, shorter text, corpus order.
 */
function bestMatches(
	matches: RankedMatch[],
	kind: SearchKind | undefined,
	limit: number,
): number[] {
	const count = (match: RankedMatch) => (match.exact > 0 ? match.exact : match.pinyin);
	const compare = (a: RankedMatch, b: RankedMatch) =>
		Number(a.exact === 0) - Number(b.exact === 0) ||
		Number(a.kind !== 'section') - Number(b.kind !== 'section') ||
		count(b) - count(a) ||
		a.units - b.units ||
		a.at - b.at ||
		a.ord - b.ord;
	// A sorted list of the best so far, as search/rank.ts keeps: most matches lose to its last
	// at once. Sorting all 22,770 matches of laodongmofan at 10,000 reports took ~50 ms a search.
	const best: RankedMatch[] = [];
	if (limit === 0) return [];
	for (const match of matches) {
		if (kind && match.kind !== kind) continue;
		if (best.length >= limit && compare(match, best.at(-1)!) >= 0) continue;
		let low = 0;
		let high = best.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (compare(best[middle]!, match) <= 0) low = middle + 1;
			else high = middle;
		}
		best.splice(low, 0, match);
		if (best.length > limit) best.pop();
	}
	return best.map((match) => match.id);
}

const columns = 'i.id, i.file, i.ord, i.kind, i.section, i.block, i.section_title, i.text';

/** Occurrences of a term in a key, as search/match.ts counts them (overlapping, numbers whole). */
function occurrences(key: string, text: string, digitStart: boolean, digitEnd: boolean): number {
	let count = 0;
	for (let at = key.indexOf(text); at !== -1; at = key.indexOf(text, at + 1)) {
		if (digitStart && at > 0 && isDigit(key.charCodeAt(at - 1))) continue;
		const end = at + text.length;
		if (digitEnd && end < key.length && isDigit(key.charCodeAt(end))) continue;
		count++;
	}
	return count;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** Whether some end of `text` is also a start of it (哈哈 in 哈哈哈 occurs twice, overlapping). */
function overlapsItself(text: string): boolean {
	for (let length = 1; length < text.length; length++) {
		if (text.startsWith(text.slice(text.length - length))) return true;
	}
	return false;
}

/**
 * The SQL counting a term's occurrences in the key `k`: SQLite's own replace where that counts
 * the same (measured: the JavaScript function costs a string copy per row), else the function.
 * Both only where instr finds the term: most rows hold none of a pinyin query's strings (each
 * row holds one of ~40), and replace copies the text. laodongmofan at 10,000 reports (22,770
 * candidates) took 220 ms with a replace per string and row.
 */
function countExpression(term: Term, values: Array<string | number>): string {
	if (!term.digitStart && !term.digitEnd && !overlapsItself(term.text)) {
		values.push(term.text, term.text, term.text);
		// In bytes: the same count (UTF-8 matches only at char starts), and octet_length need not
		// walk the text as length does.
		return "(CASE WHEN instr(k, ?) THEN (octet_length(k) - octet_length(replace(k, ?, ''))) / octet_length(?) ELSE 0 END)";
	}
	values.push(term.text, term.text, Number(term.digitStart), Number(term.digitEnd));
	return '(CASE WHEN instr(k, ?) THEN occurrences(k, ?, ?, ?) ELSE 0 END)';
}

/** The search over the reports of `reports` (the corpus's, in its order) in `db`. */
export function indexedSearch(
	db: DatabaseSync,
	reports: readonly IndexedReport[],
	tuning: IndexedSearchTuning = {},
): IndexedSearch {
	const candidateCap = tuning.maxCandidates ?? maxCandidates;
	const order = new Map(reports.map((report, at) => [report.file, at]));
	db.function('corpus_at', {deterministic: true}, (file) => order.get(Number(file)) ?? -1);
	db.function('occurrences', {deterministic: true}, (key, text, start, end) =>
		occurrences(String(key), String(text), Number(start) === 1, Number(end) === 1),
	);
	// A figure's row, and the text of its block (for its quote).
	const figureOf = db.prepare(
		`SELECT f.figure, (SELECT b.text FROM items b WHERE b.file = i.file AND b.section = i.section
			AND b.block = i.block AND b.kind IN ('paragraph', 'caption') LIMIT 1) AS block
		FROM figures f JOIN items i ON i.id = f.item WHERE f.item = ?`,
	);
	const pairsOf = db.prepare('SELECT pair FROM pinyin_pairs WHERE letters = ?');
	const statements = new Map<string, StatementSync>();
	const prepared = (sql: string) => {
		let statement = statements.get(sql);
		if (!statement) {
			statement = db.prepare(sql);
			statements.set(sql, statement);
		}
		return statement;
	};

	const vocabulary = (): PairVocabulary => {
		const known = new Map<string, string[]>();
		return (letters) => {
			let pairs = known.get(letters);
			if (!pairs) {
				pairs = (pairsOf.all(letters) as Array<{pair: string}>).map((row) => row.pair);
				known.set(letters, pairs);
			}
			return pairs;
		};
	};

	/** The WHERE clauses every look-up shares but the condition: the corpus, the kind, the report. */
	const filters = (
		options: SearchOptions,
		values: Array<string | number>,
	): string[] | undefined => {
		const where = ['corpus_at(i.file) >= 0'];
		if (options.kind) {
			where.push('i.kind = ?');
			values.push(options.kind);
		}
		if (options.report !== undefined) {
			const report = reports.find((entry) => entry.id === options.report);
			if (!report) return undefined;
			where.push('i.file = ?');
			values.push(report.file);
		}
		return where;
	};

	/** The WHERE clauses of a look-up: the condition, then the filters. */
	const scope = (
		condition: Condition,
		options: SearchOptions,
		values: Array<string | number>,
	): string[] | undefined => {
		if (condition === 'none') return undefined;
		const where: string[] = [];
		if (condition !== 'all') {
			where.push('i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)');
			values.push(condition);
		}
		const rest = filters(options, values);
		return rest && [...where, ...rest];
	};

	/** The exact hits as SQL: every term occurs (c0, c1, … count the occurrences). */
	const exactQuery = (
		terms: readonly Term[],
		condition: Condition,
		options: SearchOptions,
		values: Array<string | number>,
		least = 1,
	): {sql: string; counts: string[]} | undefined => {
		const counts = terms.map((term) => countExpression(term, values));
		const where = scope(condition, options, values);
		if (!where) return undefined;
		const inner = `SELECT ${columns}, i.units, ${counts.map((count, at) => `${count} AS c${at}`).join(', ')}
			FROM (SELECT *, coalesce(folded, text) AS k FROM items) i WHERE ${where.join(' AND ')}`;
		const enough = `${counts.map((_, at) => `c${at}`).join(' + ')} >= ${least}`;
		const sql = `SELECT * FROM (${inner}) WHERE ${counts.map((_, at) => `c${at} > 0`).join(' AND ')} AND ${enough}`;
		return {sql, counts: counts.map((_, at) => `c${at}`)};
	};

	/** The best `limit` exact hits (with at least `least` occurrences), ranked in SQL. */
	const exactRows = (
		terms: readonly Term[],
		condition: Condition,
		options: SearchOptions,
		limit: number,
		least = 1,
	): ItemRow[] => {
		const values: Array<string | number> = [];
		const query = exactQuery(terms, condition, options, values, least);
		if (!query) return [];
		const sql = `${query.sql} ORDER BY kind = 'section' DESC, ${query.counts.join(' + ')} DESC,
			units, corpus_at(file), ord${Number.isFinite(limit) ? ' LIMIT ?' : ''}`;
		if (Number.isFinite(limit)) values.push(limit);
		return prepared(sql).all(...values) as ItemRow[];
	};

	/**
	 * The best `limit` exact hits of one term over the corpus, reading few rows: ranked in SQL,
	 * exactRows reads every candidate to count its occurrences (74,000 rows for 劳模 at 10,000
	 * reports: seconds). Headings rank first and are few, so they are read alone; then the items
	 * the index says hold the term at least 16, 12, 8, 6, 4, 3 or 2 times (occurrenceCondition;
	 * a lone char from 4 times), highest level first: once a level has enough, no item below it
	 * can rank among them. Only a term with few repeats reads every candidate, as before. A
	 * level's look-up asks for its marks alone, not the term's condition too: exactRows counts
	 * the term in each row anyway, and the condition of a lone char (`劳*`, every token that
	 * starts with it) took 0.2 s to evaluate at each level.
	 */
	const bestExactRows = (
		terms: readonly Term[],
		condition: Condition,
		options: SearchOptions,
		limit: number,
	): ItemRow[] => {
		const term = terms.length === 1 ? terms[0]! : undefined;
		const levels = term
			? occurrenceLevels.map((_, level) => occurrenceCondition(term.text, level))
			: [];
		if (
			!term ||
			!Number.isFinite(limit) ||
			options.report !== undefined ||
			condition === 'all' ||
			condition === 'none' ||
			levels.every((level) => level === undefined)
		) {
			return exactRows(terms, condition, options, limit);
		}
		const headings = kindCondition('section');
		const rows: ItemRow[] = [];
		if (options.kind === undefined || options.kind === 'section') {
			rows.push(...exactRows(terms, `(${condition}) AND ${headings}`, options, limit));
			if (rows.length >= limit || options.kind === 'section') return rows;
		}
		const ofKind = (match: Condition) =>
			options.kind === undefined
				? `(${match}) NOT ${headings}`
				: `(${match}) AND ${kindCondition(options.kind)}`;
		const wanted = limit - rows.length;
		for (let level = levels.length - 1; level >= 0; level--) {
			const marks = levels[level];
			if (marks === undefined) continue;
			const least = occurrenceLevels[level]!;
			const found = exactRows(terms, ofKind(marks), options, wanted, least);
			if (found.length >= wanted) return [...rows, ...found];
		}
		return [...rows, ...exactRows(terms, ofKind(condition), options, wanted)];
	};

	// Whether every file row is a report of this corpus (no other directories' rows, no duplicate
	// ids left out, no problems): then the index's own counts are the corpus's. Asked each time:
	// another window may index another directory meanwhile.
	const countFiles = prepared('SELECT count(*) AS n FROM files');
	const everyRowInCorpus = () => (countFiles.get() as {n: number}).n === reports.length;
	const countMatches = prepared('SELECT count(*) AS n FROM items_fts WHERE items_fts MATCH ?');

	/**
	 * How many exact hits there are of each kind. A term of one or two letters (no digits: a
	 * number must stand whole) is in an item exactly when its token is (its pair, or as a
	 * prefix its char), so FTS5 counts it without reading a row: counting by reading took 2 s
	 * for 劳模 at 10,000 reports, on every key typed in the search screen.
	 */
	const exactCounts = (
		terms: readonly Term[],
		condition: Condition,
		options: SearchOptions,
	): CountedHits['counts'] => {
		const counts = noCounts();
		const [term] = terms;
		if (
			terms.length === 1 &&
			term &&
			!term.digitStart &&
			!term.digitEnd &&
			term.text.length <= 2 &&
			!/[\ud800-\udfff]/.test(term.text) &&
			condition !== 'all' &&
			condition !== 'none' &&
			options.report === undefined &&
			(term.text.length === 1 || occurrenceCondition(term.text, 0) !== undefined)
		) {
			// One read transaction: the rows counted are the rows checked.
			const own = !db.isTransaction;
			if (own) db.exec('BEGIN');
			try {
				if (everyRowInCorpus()) {
					for (const kind of searchKinds) {
						const match = `(${condition}) AND ${kindCondition(kind)}`;
						counts[kind] = (countMatches.get(match) as {n: number}).n;
					}
					return counts;
				}
			} finally {
				if (own && db.isTransaction) db.exec('COMMIT');
			}
		}
		const values: Array<string | number> = [];
		const query = exactQuery(terms, condition, options, values);
		if (!query) return counts;
		const sql = `SELECT kind, count(*) AS n FROM (${query.sql}) GROUP BY kind`;
		for (const row of prepared(sql).all(...values) as Array<{kind: SearchKind; n: number}>) {
			counts[row.kind] = row.n;
		}
		return counts;
	};

	/**
	 * The candidates of a condition, at most maxCandidates of each kind, shortest first. Taken
	 * over all kinds at once, the shortest were all figures: `laomo` at 10,000 reports found
	 * 3,000 figures and not one paragraph. The FTS5 condition is evaluated once for all kinds
	 * (a query a kind evaluated it four times: 1.1 s of CPU for `laomo` at 10,000 reports).
	 */
	const candidateRows = (condition: Condition, options: SearchOptions): ItemRow[] => {
		if (condition === 'none') return [];
		const values: Array<string | number> = [];
		let head = '';
		let matched = '';
		if (condition !== 'all') {
			head =
				'WITH matched(id) AS MATERIALIZED (SELECT rowid FROM items_fts WHERE items_fts MATCH ?) ';
			matched = 'i.id IN matched AND ';
			values.push(condition);
		}
		const arms: string[] = [];
		for (const kind of options.kind ? [options.kind] : searchKinds) {
			const where = filters({...options, kind}, values);
			if (!where) return [];
			arms.push(`SELECT * FROM (SELECT ${columns} FROM items i WHERE ${matched}${where.join(' AND ')}
				ORDER BY i.units LIMIT ${candidateCap})`);
		}
		return prepared(`${head}${arms.join(' UNION ALL ')}`).all(...values) as ItemRow[];
	};

	/**
	 * A one-term pinyin query (`laodongmofan`) as the Chinese strings it can be here: the chains
	 * of known pairs its readings fit (劳动模范), at most maxChains in all; undefined when it is
	 * not one plain pinyin term or has more. A reading's count in an item is then the sum of its
	 * strings' occurrences (two strings cannot match at one place), and each reading counts
	 * apart, as search/ counts them.
	 */
	const pinyinStrings = (
		terms: readonly Term[],
		condition: Condition,
		words: PairVocabulary,
	): string[] | undefined => {
		const [term] = terms;
		if (
			terms.length !== 1 ||
			!term ||
			term.parts.length > 0 ||
			term.readings.length === 0 ||
			condition === 'all' ||
			condition === 'none'
		) {
			return undefined;
		}
		const strings: string[] = [];
		for (const pieces of term.readings) {
			const chains = readingChains(pieces, words, maxChains - strings.length);
			if (!chains) return undefined;
			strings.push(...chains);
		}
		// Counted by FTS5 alone (a few ms): every candidate's text is read to count its matches.
		if ((countMatches.get(condition) as {n: number}).n > maxRankedCandidates) return undefined;
		return strings;
	};

	/**
	 * Every strict match of a one-term pinyin query, with what it ranks by, counted in SQL:
	 * the term as written (exact, first) or its strings (pinyin). Only small columns reach
	 * JavaScript; the rows of the hits shown are read after (rankedRows).
	 */
	const pinyinMatches = (
		term: Term,
		strings: readonly string[],
		condition: Condition,
		options: SearchOptions,
	): RankedMatch[] => {
		const values: Array<string | number> = [];
		const exact = countExpression(term, values);
		const pinyin =
			strings.length === 0
				? '0'
				: strings
						.map((text) =>
							countExpression({...term, text, digitStart: false, digitEnd: false}, values),
						)
						.join(' + ');
		const where = scope(condition, options, values);
		if (!where) return [];
		// The rows without a match are dropped here, not by an outer WHERE: SQLite flattens the
		// query and counts again for the WHERE (laodongmofan at 10,000 reports: 160 -> 92 ms).
		const sql = `SELECT i.id, i.kind, i.units, corpus_at(i.file) AS at, i.ord,
				${exact} AS exact, ${pinyin} AS pinyin
			FROM (SELECT *, coalesce(folded, text) AS k FROM items) i WHERE ${where.join(' AND ')}`;
		return (prepared(sql).all(...values) as RankedMatch[]).filter(
			(match) => match.exact > 0 || match.pinyin > 0,
		);
	};

	/** The rows of these ids, read at once. */
	const rowsOf = (ids: readonly number[]): ItemRow[] =>
		ids.length === 0
			? []
			: (prepared(
					`SELECT ${columns} FROM items i WHERE i.id IN (SELECT value FROM json_each(?))`,
				).all(JSON.stringify(ids)) as ItemRow[]);

	/** search/'s search over an index of these rows alone, in corpus order. */
	const run = (rows: ItemRow[], query: string, options: SearchOptions) => {
		const {index, ids} = indexOf(rows, reports, order);
		return {hits: search(index, query, options), ids};
	};

	/** Hits with their figures, read for these alone. */
	const withFigures = (hits: Hit[], ids: ReadonlyMap<SearchItem, number>): Hit[] =>
		hits.map((hit) => {
			if (hit.item.kind !== 'figure') return hit;
			const row = figureOf.get(ids.get(hit.item)!) as
				{figure: string; block: string | null} | undefined;
			if (!row) return hit;
			const figure = figureOfRow(row.figure, hit.item, row.block ?? undefined);
			return {...hit, item: {...hit.item, figure}};
		});

	return {
		search(query, options) {
			const limit = limitOf(options.limit);
			const terms = parseQuery(query);
			if (limit === 0 || terms.length === 0) return [];
			const words = vocabulary();
			const strict = queryCondition(terms, false, words);
			let found: ReturnType<typeof run> | undefined;
			let strictRows: ItemRow[] | undefined;
			const strings = pinyinStrings(terms, strict, words);
			if (strings) {
				const matches = pinyinMatches(terms[0]!, strings, strict, options);
				// Fewer than asked for and typos forgiven: these are all of them, and typo
				// candidates join them below.
				if (matches.length >= limit || !terms.some(forgivesTypos)) {
					found = run(rowsOf(bestMatches(matches, options.kind, limit)), query, options);
				} else strictRows = rowsOf(matches.map((match) => match.id));
			} else if (exactOnly(terms)) {
				const rows = bestExactRows(terms, strict, options, limit);
				// Fewer exact hits than asked for (so these are all of them), and typos forgiven:
				// typo hits fill the rest.
				if (rows.length >= limit || !terms.some(forgivesTypos)) found = run(rows, query, options);
				else strictRows = rows;
			}
			if (!found) {
				strictRows ??= candidateRows(strict, options);
				found = run(strictRows, query, options);
				if (found.hits.length < limit && terms.some(forgivesTypos)) {
					const lenient = queryCondition(terms, true, words);
					// The typo candidates join the strict ones, never replace them: capped, they may
					// all be shorter items (第99999节's were all shorter headings, and it was lost).
					if (lenient !== strict) {
						found = run(unionOfRows(strictRows, candidateRows(lenient, options)), query, options);
					}
				}
			}
			return withFigures(found.hits, found.ids);
		},
		searchCounted(query, options) {
			const limit = limitOf(options.limit);
			const terms = parseQuery(query);
			if (terms.length === 0) return {hits: [], counts: noCounts()};
			const words = vocabulary();
			const strict = queryCondition(terms, false, words);
			// Counted over every kind, as search/'s searchCounted counts; typos are looked for
			// when the strict matches of all kinds do not fill the limit.
			const everyKind = {...options, kind: undefined};
			let strictRows: ItemRow[] | undefined;
			const strings = pinyinStrings(terms, strict, words);
			if (strings) {
				const matches = pinyinMatches(terms[0]!, strings, strict, everyKind);
				if (matches.length >= Math.max(1, limit) || !terms.some(forgivesTypos)) {
					const counts = noCounts();
					for (const match of matches) counts[match.kind]++;
					const found = run(rowsOf(bestMatches(matches, options.kind, limit)), query, options);
					return {hits: withFigures(found.hits, found.ids), counts};
				}
				// Fewer than the limit: all of them, and typo candidates join them.
				strictRows = rowsOf(matches.map((match) => match.id));
			} else if (exactOnly(terms)) {
				const counts = exactCounts(terms, strict, everyKind);
				const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
				if (total >= Math.max(1, limit) || !terms.some(forgivesTypos)) {
					const rows = limit === 0 ? [] : bestExactRows(terms, strict, options, limit);
					const found = run(rows, query, options);
					return {hits: withFigures(found.hits, found.ids), counts};
				}
				// Fewer than the limit: all of them.
				strictRows = exactRows(terms, strict, everyKind, total);
			}
			strictRows ??= candidateRows(strict, everyKind);
			const counted = (rows: ItemRow[]) => {
				const {index, ids} = indexOf(rows, reports, order);
				return {found: searchCounted(index, query, options), ids};
			};
			let result = counted(strictRows);
			const matches = Object.values(result.found.counts).reduce((sum, count) => sum + count, 0);
			if (matches < Math.max(1, limit) && terms.some(forgivesTypos)) {
				const lenient = queryCondition(terms, true, words);
				// The typo candidates join the strict ones (see search above).
				if (lenient !== strict) {
					result = counted(unionOfRows(strictRows, candidateRows(lenient, everyKind)));
				}
			}
			return {hits: withFigures(result.found.hits, result.ids), counts: result.found.counts};
		},
	};
}

/** The rows of both lists, each once. */
function unionOfRows(first: ItemRow[], second: ItemRow[]): ItemRow[] {
	const seen = new Set(first.map((row) => row.id));
	return [...first, ...second.filter((row) => !seen.has(row.id))];
}

/** An index of some rows, in corpus order, and each item's row id (to read its figure). */
function indexOf(
	rows: ItemRow[],
	reports: readonly IndexedReport[],
	order: ReadonlyMap<number, number>,
): {index: SearchIndex; ids: Map<SearchItem, number>} {
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
}

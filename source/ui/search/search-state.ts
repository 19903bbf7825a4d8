// The search screen's state: the query field (a line editor), the kind filter and the result
// cursor. Results arrive later as their own action (see use-search.ts) and are dropped when out
// of date. The view stays on the stack under a reader opened from it, so Esc comes back to the
// same results, and n/N in that reader move its cursor (see stepResult).
import type {Command} from '../kit/commands.js';
import {clamp, type Size} from '../kit/geometry.js';
import {
	createLineEditor,
	editForCommand,
	editLine,
	type LineEditor,
	type LineEditorAction,
} from '../kit/line-editor.js';
import {searchResultsShown} from './search-geometry.js';
import type {Hit, SearchKind} from '../../search/types.js';

export type KindFilter = 'all' | SearchKind;
export const kindFilters: readonly KindFilter[] = [
	'all',
	'section',
	'paragraph',
	'figure',
	'caption',
];

/** Hits of each kind, over all hits of the query (not only those listed). */
export type KindCounts = Record<SearchKind, number>;

export type SearchView = {
	screen: 'search';
	/** The query field; the query is its value. */
	field: LineEditor;
	/** Where the keys go: the field (typing), or the results (after ↓; y and Y copy there). */
	focus: 'field' | 'results';
	kind: KindFilter;
	cursor: number;
	/** Bumped on every change of query or kind; results for an older one are dropped. */
	generation: number;
	results: Hit[];
	/** How many hits of each kind the query has; undefined until its first results. */
	counts: KindCounts | undefined;
	/** The generation `results` answer; behind `generation` while a search is pending. */
	resultsFor: number;
};

/** Longest query kept; the search module reads no more than this either. */
const maxQueryLength = 200;

/** An empty search, its field going back through `history` (oldest first). */
export function newSearch(history: readonly string[] = [], query = ''): SearchView {
	return {
		screen: 'search',
		field: createLineEditor(history, query),
		focus: 'field',
		kind: 'all',
		cursor: 0,
		generation: query ? 1 : 0,
		results: [],
		counts: undefined,
		resultsFor: 0,
	};
}

export function searchQuery(view: SearchView): string {
	return view.field.value;
}

export function typeIntoSearch(view: SearchView, text: string): SearchView {
	return edit(view, {type: 'insert', text});
}

/** The field after an edit, which has the keyboard again; a change of its value starts a new search. */
function edit(view: SearchView, action: LineEditorAction): SearchView {
	const typing = view.focus === 'field' ? view : {...view, focus: 'field' as const};
	const field = editLine(view.field, action);
	if (field === view.field || field.value.length > maxQueryLength) return typing;
	if (field.value === view.field.value) return {...typing, field};
	return changed(typing, {field});
}

function changed(view: SearchView, change: Partial<SearchView>): SearchView {
	return {...view, ...change, cursor: 0, generation: view.generation + 1};
}

type SearchResult = {view: SearchView; open?: boolean; back?: boolean};

export function reduceSearch(view: SearchView, command: Command, size: Size): SearchResult {
	const last = view.results.length - 1;
	const page = searchResultsShown(size);
	switch (command) {
		case 'down':
			return {view: intoResults(view, view.cursor + 1)};
		case 'up':
			// An empty field has no results to move through: ↑ brings back the last query, as in
			// a shell. With a query, ↑/↓ choose results and Ctrl-P/Ctrl-N walk the history.
			if (view.field.value === '') return {view: edit(view, {type: 'historyPrevious'})};
			// ↑ from the first result gives the keyboard back to the field.
			if (view.focus === 'results' && view.cursor === 0) return {view: {...view, focus: 'field'}};
			return {view: {...view, cursor: clamp(view.cursor - 1, 0, last)}};
		case 'pageDown':
			return {view: intoResults(view, view.cursor + page)};
		case 'pageUp':
			return {view: {...view, cursor: clamp(view.cursor - page, 0, last)}};
		case 'nextKind':
		case 'previousKind': {
			const step = command === 'nextKind' ? 1 : -1;
			const index = kindFilters.indexOf(view.kind);
			const kind = kindFilters[(index + step + kindFilters.length) % kindFilters.length]!;
			return {view: changed(view, {kind})};
		}
		case 'editQuery':
			return {view: {...view, focus: 'field'}};
		case 'open':
			return {view, open: view.results.length > 0};
		case 'back':
			return {view, back: true};
		default: {
			const action = editForCommand(command);
			return {view: action ? edit(view, action) : view};
		}
	}
}

/** The cursor moved down to `cursor`, the keyboard in the results when there are any. */
function intoResults(view: SearchView, cursor: number): SearchView {
	const last = view.results.length - 1;
	if (last < 0) return view;
	return {...view, focus: 'results', cursor: clamp(cursor, 0, last)};
}

/** The search with `query` remembered: its field walks `history` from now on. */
export function withHistory(view: SearchView, history: readonly string[]): SearchView {
	const field = createLineEditor(history, view.field.value);
	return {...view, field: {...field, cursor: view.field.cursor}};
}

export function acceptResults(
	view: SearchView,
	generation: number,
	hits: SearchView['results'],
	counts: KindCounts,
): SearchView {
	if (generation !== view.generation) return view;
	return {
		...view,
		results: hits,
		counts,
		resultsFor: generation,
		cursor: clamp(view.cursor, 0, hits.length - 1),
	};
}

export function isSearchPending(view: SearchView): boolean {
	return view.resultsFor !== view.generation;
}

/**
 * The result `step` places from the cursor (wrapping round), for n/N in a reader opened from
 * this search; undefined when there are no results.
 */
export function stepResult(view: SearchView, step: 1 | -1): SearchView | undefined {
	const total = view.results.length;
	if (total === 0) return undefined;
	return {...view, cursor: (view.cursor + step + total) % total};
}

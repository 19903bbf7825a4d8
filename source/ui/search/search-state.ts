// The search screen's state: the query line, the kind filter and the result cursor. Results
// arrive later as their own action (see use-search.ts) and are dropped when out of date.
import {graphemes} from '../../text/width.js';
import type {Command} from '../kit/commands.js';
import {clamp, type Size} from '../kit/geometry.js';
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

export type SearchView = {
	screen: 'search';
	query: string;
	kind: KindFilter;
	cursor: number;
	/** Bumped on every change of query or kind; results for an older one are dropped. */
	generation: number;
	results: Hit[];
	/** The generation `results` answer; behind `generation` while a search is pending. */
	resultsFor: number;
};

/** Longest query kept; the search module reads no more than this either. */
const maxQueryLength = 200;

export function newSearch(): SearchView {
	return {
		screen: 'search',
		query: '',
		kind: 'all',
		cursor: 0,
		generation: 0,
		results: [],
		resultsFor: 0,
	};
}

/** Typed or pasted text, with controls and line breaks made harmless. */
function cleanInput(text: string): string {
	return text
		.replace(/[\r\n\t]+/g, ' ')
		.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '');
}

export function typeIntoSearch(view: SearchView, text: string): SearchView {
	const clean = cleanInput(text);
	if (!clean) return view;
	const query = (view.query + clean).slice(0, maxQueryLength);
	return changed(view, {query});
}

function changed(view: SearchView, change: Partial<SearchView>): SearchView {
	return {...view, ...change, cursor: 0, generation: view.generation + 1};
}

export type SearchResult = {view: SearchView; open?: boolean; back?: boolean};

export function reduceSearch(view: SearchView, command: Command, size: Size): SearchResult {
	const last = view.results.length - 1;
	const page = searchResultsShown(size);
	switch (command) {
		case 'down':
			return {view: {...view, cursor: clamp(view.cursor + 1, 0, last)}};
		case 'up':
			return {view: {...view, cursor: clamp(view.cursor - 1, 0, last)}};
		case 'pageDown':
			return {view: {...view, cursor: clamp(view.cursor + page, 0, last)}};
		case 'pageUp':
			return {view: {...view, cursor: clamp(view.cursor - page, 0, last)}};
		case 'nextKind':
		case 'previousKind': {
			const step = command === 'nextKind' ? 1 : -1;
			const index = kindFilters.indexOf(view.kind);
			const kind = kindFilters[(index + step + kindFilters.length) % kindFilters.length]!;
			return {view: changed(view, {kind})};
		}
		case 'deleteChar': {
			if (!view.query) return {view};
			const units = graphemes(view.query);
			return {view: changed(view, {query: units.slice(0, -1).join('')})};
		}
		case 'clearQuery':
			return view.query ? {view: changed(view, {query: ''})} : {view};
		case 'open':
			return {view, open: view.results.length > 0};
		case 'back':
			return {view, back: true};
		default:
			return {view};
	}
}

export function acceptResults(
	view: SearchView,
	generation: number,
	hits: SearchView['results'],
): SearchView {
	if (generation !== view.generation) return view;
	return {
		...view,
		results: hits,
		resultsFor: generation,
		cursor: clamp(view.cursor, 0, hits.length - 1),
	};
}

export function isSearchPending(view: SearchView): boolean {
	return view.resultsFor !== view.generation;
}

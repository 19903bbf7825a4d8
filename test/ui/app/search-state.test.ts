// The reducer's search cases: the query field, results that stay under the reader, n/N through
// them across reports, `/` within one report, widening, and the history.
import {reader, reports, run, services, size} from './reducer-run.js';
import {describe, expect, it} from 'vitest';
import {activeView, initialState, keyContext} from '../../../source/ui/app/state.js';
import type {Action, State} from '../../../source/ui/app/views.js';
import {readerFrame} from '../../../source/ui/reader/reader-frame.js';
import type {ReaderView} from '../../../source/ui/reader/reader-state.js';
import {hitsInReport} from '../../../source/ui/reader/reader-hits.js';
import type {SearchView} from '../../../source/ui/search/search-state.js';

const start = (history: string[] = []) => initialState(reports, 'en', {}, undefined, history);

function searchView(state: State): SearchView {
	const view = activeView(state);
	if (view.screen !== 'search') throw new Error(`expected the search, got ${view.screen}`);
	return view;
}

/** The results the app's search would bring for the search on screen. */
function withResults(state: State): State {
	const view = searchView(state);
	const kind = view.kind === 'all' ? {} : {kind: view.kind};
	const found = services.searchCounted(view.field.value, {...kind, limit: 200});
	return run(state, {type: 'results', generation: view.generation, found});
}

function searched(query: string, state = start()): State {
	return withResults(run(state, 'search', {type: 'type', text: query}));
}

function onScreen(view: ReaderView, section: number, block: number): boolean {
	const report = reports.find((candidate) => candidate.meta.id === view.report)!;
	const frame = readerFrame(report, view.anchor, false, size, 'en');
	return frame.layout.lines
		.slice(frame.top, frame.top + frame.geometry.bodyHeight)
		.some((line) => line.section === section && line.block === block);
}

describe('the search field', () => {
	it('edits like a shell line: cursor moves, insert in the middle, Ctrl-W, Ctrl-U', () => {
		let state = run(start(), 'search', {type: 'type', text: 'laomo 乐山'});
		state = run(state, 'cursorLeft', 'cursorLeft', {type: 'type', text: 'X'});
		expect(searchView(state).field.value).toBe('laomo X乐山');
		state = run(state, 'lineEnd', 'deleteWord');
		expect(searchView(state).field.value).toBe('laomo X');
		state = run(state, 'lineStart', {type: 'type', text: '劳'});
		expect(searchView(state).field.value).toBe('劳laomo X');
		state = run(state, 'cursorRight', 'deleteToStart');
		expect(searchView(state).field.value).toBe('aomo X');
		state = run(state, 'deleteToEnd');
		expect(searchView(state).field.value).toBe('');
	});

	it('starts a new search only when the query changes, not when the cursor moves', () => {
		let state = run(start(), 'search', {type: 'type', text: 'lao'});
		const generation = searchView(state).generation;
		state = run(state, 'cursorLeft', 'lineStart', 'lineEnd');
		expect(searchView(state).generation).toBe(generation);
		state = run(state, 'deleteChar');
		expect(searchView(state).generation).toBe(generation + 1);
		expect(searchView(state).field.value).toBe('la');
	});

	it('does not let controls or line breaks into the query', () => {
		const state = run(start(), 'search', {type: 'type', text: 'a\u001b[31m\nb\u202e'});
		expect(searchView(state).field.value).toBe('a[31m b');
	});

	it('types q and ? as text only where they are not bound', () => {
		const keys: Action = {
			type: 'keys',
			keys: Array.from('quan', (unit) => ({name: unit, text: unit})),
			size,
		};
		const state = run(start(), 'search', keys);
		expect(searchView(state).field.value).toBe('quan');
		expect(state.quit).toBe(false);
	});

	it('cycles the kind filter with Tab', () => {
		let state = run(start(), 'search', 'nextKind');
		expect(searchView(state).kind).toBe('section');
		state = run(state, 'nextKind', 'nextKind', 'nextKind', 'nextKind');
		expect(searchView(state).kind).toBe('all');
		expect(searchView(run(state, 'previousKind')).kind).toBe('caption');
	});

	it('drops results for an out-of-date query, and keeps the counts of every kind', () => {
		let state = run(start(), 'search', {type: 'type', text: 'l'});
		const stale = services.searchCounted('l', {});
		state = run(state, {type: 'type', text: 'aomo'});
		state = run(state, {type: 'results', generation: 1, found: stale});
		expect(searchView(state).results).toEqual([]);
		expect(searchView(state).counts).toBeUndefined();
		const fresh = services.searchCounted('laomo', {kind: 'figure'});
		state = run(state, {type: 'results', generation: 2, found: fresh});
		expect(searchView(state).results).toBe(fresh.hits);
		expect(searchView(state).counts).toEqual(fresh.counts);
	});
});

describe('history', () => {
	it('brings back earlier queries: ↑ in an empty field, Ctrl-P/Ctrl-N anywhere', () => {
		let state = run(start(['gongjiang', 'laomo']), 'search', 'up');
		expect(searchView(state).field.value).toBe('laomo');
		// With a query, ↑ moves through the results; Ctrl-P goes on through the history.
		state = run(withResults(state), 'down', 'up');
		expect(searchView(state).field.value).toBe('laomo');
		state = run(state, 'historyPrevious');
		expect(searchView(state).field.value).toBe('gongjiang');
		state = run(state, 'historyNext', 'historyNext');
		expect(searchView(state).field.value).toBe('');
	});

	it('remembers a query when a result is opened: newest last, once, to be saved', () => {
		let state = searched('laomo', start(['laomo', 'gongjiang']));
		state = run(state, 'open');
		expect(state.history).toEqual(['gongjiang', 'laomo']);
		expect(state.searched).toEqual({query: 'laomo', scope: 'all'});
		state = run(state, 'back', 'back', 'search', 'up');
		expect(searchView(state).field.value).toBe('laomo');
	});

	it('keeps at most 100 queries', () => {
		const many = Array.from({length: 120}, (_, index) => `q${index}`);
		expect(start(many).history).toEqual(many.slice(-100));
	});
});

describe('results that stay', () => {
	it('opens a hit in the reader over the results; Esc comes back to the same query and selection', () => {
		let state = searched('laomo');
		const results = searchView(state).results;
		expect(results.length).toBeGreaterThan(2);
		state = run(state, 'down', 'down', 'open');
		const view = reader(state);
		const hit = results[2]!;
		expect(view.report).toBe(hit.item.report);
		expect(view.mark).toMatchObject({section: hit.item.section, block: hit.item.block});
		expect(view.result).toEqual({index: 2, total: results.length});
		expect(onScreen(view, hit.item.section, hit.item.block)).toBe(true);
		const back = run(state, 'back');
		expect(searchView(back).field.value).toBe('laomo');
		expect(searchView(back).cursor).toBe(2);
		expect(searchView(back).results).toBe(results);
		expect(activeView(run(back, 'back')).screen).toBe('library');
	});

	it('steps with n/N through the results, opening the next report when needed', () => {
		let state = searched('laomo');
		const results = searchView(state).results;
		const crossing = results.findIndex(
			(hit, index) => index > 0 && hit.item.report !== results[index - 1]!.item.report,
		);
		expect(crossing).toBeGreaterThan(0);
		for (let step = 0; step < crossing - 1; step++) state = run(state, 'down');
		state = run(state, 'open');
		expect(reader(state).report).toBe(results[crossing - 1]!.item.report);
		state = run(state, 'nextHit');
		const view = reader(state);
		const hit = results[crossing]!;
		expect(view.report).toBe(hit.item.report);
		expect(view.result).toEqual({index: crossing, total: results.length});
		expect(onScreen(view, hit.item.section, hit.item.block)).toBe(true);
		// The results follow: Esc shows the one now open as selected.
		expect(searchView(run(state, 'back')).cursor).toBe(crossing);
		state = run(state, 'previousHit');
		expect(reader(state).report).toBe(results[crossing - 1]!.item.report);
		expect(reader(state).result!.index).toBe(crossing - 1);
	});

	it('wraps round from the last result to the first', () => {
		let state = run(searched('laomo'), 'open', 'previousHit');
		const total = searchView(run(state, 'back')).results.length;
		expect(reader(state).result).toEqual({index: total - 1, total});
		state = run(state, 'nextHit');
		expect(reader(state).result).toEqual({index: 0, total});
	});
});

describe('/ within a report', () => {
	const reading = () => run(start(), 'open');

	it('opens a prompt that takes every key as text, and marks the hits of the report', () => {
		let state = run(reading(), 'find');
		expect(keyContext(state)).toBe('find');
		state = run(state, {
			type: 'keys',
			keys: Array.from('laomo', (unit) => ({name: unit, text: unit})),
			size,
		});
		const view = reader(state);
		expect(view.find?.field.value).toBe('laomo');
		expect(view.local).toBe('laomo');
		const inReport = hitsInReport(
			services,
			{query: 'laomo', kind: undefined, includes: undefined},
			reports[0]!,
		);
		expect(view.hits).toEqual(inReport);
		expect(view.hits!.length).toBeGreaterThan(1);
		// The first hit is shown at once.
		expect(view.hitIndex).toBe(0);
		expect(view.mark).toEqual(inReport[0]);
	});

	it('Enter closes the prompt and remembers the query; n/N step through the hits of the report', () => {
		let state = run(reading(), 'find', {type: 'type', text: 'laomo'}, 'accept');
		expect(keyContext(state)).toBe('reader');
		expect(state.searched).toEqual({query: 'laomo', scope: 'report:alpha'});
		const total = reader(state).hits!.length;
		state = run(state, 'nextHit');
		expect(reader(state).hitIndex).toBe(1);
		expect(reader(state).report).toBe('alpha');
		state = run(state, 'previousHit', 'previousHit');
		expect(reader(state).hitIndex).toBe(total - 1);
		expect(reader(state).report).toBe('alpha');
	});

	it('searches the report only, even in a reader opened from the results', () => {
		let state = run(searched('laomo'), 'open');
		const opened = reader(state).report;
		state = run(state, 'find', {type: 'type', text: 'laomo'}, 'accept');
		for (let step = 0; step < 6; step++) {
			state = run(state, 'nextHit');
			expect(reader(state).report).toBe(opened);
		}
	});

	it('Esc closes the prompt and puts the reader back as it was', () => {
		const before = reader(run(reading(), 'pageDown'));
		const state = run(reading(), 'pageDown', 'find', {type: 'type', text: 'laomo'}, 'back');
		expect(reader(state)).toEqual(before);
	});

	it('says so when the report has no hit', () => {
		const state = run(reading(), 'find', {type: 'type', text: 'zzzzqqq'}, 'accept');
		expect(reader(state).hits).toEqual([]);
		expect(state.notice).toBe('Not found in this report.');
	});

	it('Tab widens to all reports with the same query; Esc comes back to the reader', () => {
		let state = run(reading(), 'find', {type: 'type', text: 'laomo'}, 'widen');
		expect(searchView(state).field.value).toBe('laomo');
		state = withResults(state);
		const reports = new Set(searchView(state).results.map((hit) => hit.item.report));
		expect(reports.size).toBeGreaterThan(1);
		state = run(state, 'back');
		expect(reader(state).report).toBe('alpha');
		expect(reader(state).find).toBeUndefined();
	});
});

// The reducer over the fixture reports, driven as the app drives it: commands and actions in
// order, and after each the reader's hits found (as the app's hook does). Shared by the
// reducer's tests.
import {createServices} from '../../../source/services/services.js';
import {activeView, createReducer} from '../../../source/ui/app/state.js';
import type {Action, State} from '../../../source/ui/app/views.js';
import type {Command} from '../../../source/ui/kit/commands.js';
import type {Size} from '../../../source/ui/kit/geometry.js';
import {hitsInReport} from '../../../source/ui/reader/reader-hits.js';
import {type ReaderView, wantedHits} from '../../../source/ui/reader/reader-state.js';
import {fixtureReports} from '../fixtures.js';

export const reports = fixtureReports();
export const services = createServices(reports);
export const reducer = createReducer(services);
export const size: Size = {columns: 80, rows: 24};

/** What the app does after each action: a reader that wants its hits gets them. */
function findHits(state: State): State {
	const view = activeView(state);
	if (view.screen !== 'reader') return state;
	const wanted = wantedHits(view, state.lastQuery);
	const report = reports.find((candidate) => candidate.meta.id === view.report);
	if (!wanted || !report) return state;
	const hits = hitsInReport(services, wanted, report);
	return reducer(state, {type: 'readerHits', report: view.report, query: wanted, hits, size});
}

/** The state after each command (at 80×24) or action in turn. */
export function run(state: State, ...actions: Array<Command | Action>): State {
	return actions.reduce<State>(
		(current, action) =>
			findHits(
				reducer(
					current,
					typeof action === 'string' ? {type: 'command', command: action, size} : action,
				),
			),
		state,
	);
}

/** The open reader, or a failure naming the screen that is open instead. */
export function reader(state: State): ReaderView {
	const view = activeView(state);
	if (view.screen !== 'reader') throw new Error(`expected the reader, got ${view.screen}`);
	return view;
}

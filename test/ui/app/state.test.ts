import {reader, reducer, reports, run, services, size} from './reducer-run.js';
import {describe, expect, it} from 'vitest';
import type {Command} from '../../../source/ui/kit/commands.js';
import {pageStep, type Size} from '../../../source/ui/kit/geometry.js';
import {readerFrame} from '../../../source/ui/reader/reader-frame.js';
import {activeView, initialState, keyContext} from '../../../source/ui/app/state.js';
import type {Action, State} from '../../../source/ui/app/views.js';
import type {CompareView} from '../../../source/ui/compare/compare-state.js';
import {helpRows} from '../../../source/ui/app/keys.js';
import {helpRowsShown} from '../../../source/ui/help/help-geometry.js';
import {helpBody} from '../../../source/ui/help/help-lines.js';

function keysOf(text: string, keySize = size): Action {
	return {
		type: 'keys',
		keys: Array.from(text, (unit) => ({name: unit === '\r' ? 'enter' : unit, text: unit})),
		size: keySize,
	};
}

const start = () => initialState(reports, 'en');

function top(state: State): number {
	const view = reader(state);
	const report = reports.find((candidate) => candidate.meta.id === view.report)!;
	return readerFrame(report, view.anchor, view.toc, size, 'en').top;
}

describe('library', () => {
	it('moves within the list and stops at its ends', () => {
		let state = run(start(), 'down', 'down', 'down', 'down');
		expect(activeView(state)).toEqual({screen: 'library', cursor: 2});
		state = run(state, 'up', 'up', 'up');
		expect(activeView(state)).toEqual({screen: 'library', cursor: 0});
		expect(activeView(run(state, 'bottom'))).toEqual({screen: 'library', cursor: 2});
	});

	it('moves half a page with Ctrl-D and Ctrl-U, as the help says it does', () => {
		const state = run(start(), 'halfPageDown');
		expect(activeView(state)).toEqual({screen: 'library', cursor: 2});
		expect(activeView(run(state, 'halfPageUp'))).toEqual({screen: 'library', cursor: 0});
	});

	it('opens the reader, and Esc comes back', () => {
		const state = run(start(), 'down', 'open');
		expect(reader(state).report).toBe('beta');
		expect(keyContext(state)).toBe('reader');
		expect(activeView(run(state, 'back')).screen).toBe('library');
	});

	it('quits on q but q in the reader only goes back', () => {
		expect(run(start(), keysOf('q')).quit).toBe(true);
		const state = run(start(), keysOf('\rq'));
		expect(state.quit).toBe(false);
		expect(activeView(state).screen).toBe('library');
	});

	it('takes keys that arrive together one by one, each in the screen of its moment', () => {
		const state = run(start(), keysOf('jk\rjj'));
		expect(reader(state).report).toBe('alpha');
		expect(top(state)).toBe(2);
	});
});

describe('reader', () => {
	const opened = () => run(start(), 'open');

	it('scrolls by lines and pages, never past either end', () => {
		let state = run(opened(), 'up');
		expect(top(state)).toBe(0);
		state = run(state, 'down', 'down', 'down');
		expect(top(state)).toBe(3);
		state = run(state, 'pageDown');
		expect(top(state)).toBe(3 + pageStep(size.rows - 2));
		state = run(state, 'bottom');
		const report = reports[0]!;
		const frame = readerFrame(report, reader(state).anchor, false, size, 'en');
		expect(frame.top).toBe(frame.maxTop);
		expect(top(run(state, 'down'))).toBe(frame.maxTop);
		expect(top(run(state, 'top'))).toBe(0);
	});

	it('jumps between sections with [ and ]', () => {
		const report = reports[0]!;
		const frame = readerFrame(report, {section: -1, block: 0, offset: 0}, false, size, 'en');
		let state = run(opened(), 'nextSection');
		expect(top(state)).toBe(frame.layout.sectionStarts[0]);
		state = run(state, 'nextSection');
		expect(top(state)).toBe(frame.layout.sectionStarts[1]);
		state = run(state, 'previousSection');
		expect(top(state)).toBe(frame.layout.sectionStarts[0]);
	});

	it('keeps its place in the text across a change of width', () => {
		const state = run(opened(), 'nextSection', 'nextSection', 'down');
		const view = reader(state);
		const report = reports[0]!;
		const wide = readerFrame(report, view.anchor, false, {columns: 120, rows: 24}, 'en');
		const narrow = readerFrame(report, view.anchor, false, {columns: 60, rows: 24}, 'en');
		const first = (frame: typeof wide) => frame.layout.lines[frame.top]!;
		expect(first(wide).section).toBe(first(narrow).section);
		expect(first(wide).block).toBe(first(narrow).block);
	});

	it('opens the contents on t, moves in it and jumps on Enter', () => {
		let state = run(opened(), 'toc');
		expect(keyContext(state)).toBe('toc');
		state = run(state, 'down', 'down', 'open');
		expect(keyContext(state)).toBe('reader');
		const view = reader(state);
		const frame = readerFrame(reports[0]!, view.anchor, false, size, 'en');
		expect(frame.layout.lines[frame.top]!.section).toBe(2);
		expect(keyContext(run(state, 'toc', 'back'))).toBe('reader');
	});

	it('toggles the figure highlight', () => {
		const state = run(opened(), 'figures');
		expect(reader(state).figures).toBe(true);
		expect(reader(run(state, 'figures')).figures).toBe(false);
	});

	it('says so when n has no search to step through', () => {
		const state = run(opened(), 'nextHit');
		expect(state.notice).toMatch(/No search hits/);
	});

	it('remembers where each report was left', () => {
		const state = run(opened(), 'pageDown', 'back', 'down', 'open', 'back', 'up', 'open');
		expect(top(state)).toBe(pageStep(size.rows - 2));
		expect(state.positions.alpha).toEqual(reader(state).anchor);
	});
});

describe('compare', () => {
	const compareView = (state: State): CompareView => {
		const view = activeView(state);
		if (view.screen !== 'compare') throw new Error('not comparing');
		return view;
	};

	it('needs two regions before it continues', () => {
		let state = run(start(), 'compare', 'toggle', 'continue');
		expect(compareView(state).phase).toBe('pick');
		expect(state.notice).toMatch(/at least two/);
		state = run(state, 'toggle', 'continue');
		expect(compareView(state).selected).toEqual(['alpha', 'beta']);
		expect(compareView(state).phase).toBe('table');
		expect(compareView(state).comparison!.regions.map((region) => region.report)).toEqual([
			'alpha',
			'beta',
		]);
	});

	it('moves over cells, cycles the scale and opens the reader at a cell', () => {
		let state = run(start(), 'compare', 'toggleAll', 'continue');
		const comparison = compareView(state).comparison!;
		const row = comparison.metrics.findIndex((metric) => metric.cells.alpha && metric.cells.gamma);
		expect(row).toBeGreaterThanOrEqual(0);
		for (let index = 0; index < row; index++) state = run(state, 'down');
		state = run(state, 'right', 'right');
		expect(compareView(state).column).toBe(2);
		state = run(state, 'logScale');
		expect(compareView(state).log).toBe(true);
		state = run(state, 'logScale', 'logScale');
		expect(compareView(state).log).toBeUndefined();
		state = run(state, 'open');
		const view = reader(state);
		const cell = comparison.metrics[row]!.cells.gamma!;
		expect(view.report).toBe('gamma');
		expect(view.mark).toEqual({
			section: cell.figure.section,
			block: cell.figure.block,
			ranges: [[cell.figure.start, cell.figure.end]],
		});
		expect(compareView(run(state, 'back')).phase).toBe('table');
	});

	it('pages region columns that do not fit', () => {
		let state = run(start(), 'compare', 'toggleAll', 'continue');
		const narrow: Size = {columns: 60, rows: 24};
		state = reducer(state, {type: 'command', command: 'nextColumns', size: narrow});
		expect(compareView(state).firstColumn).toBeGreaterThan(0);
		state = reducer(state, {type: 'command', command: 'previousColumns', size: narrow});
		expect(compareView(state).firstColumn).toBe(0);
	});

	it('switches to the themes and scrolls them', () => {
		let state = run(start(), 'compare', 'toggleAll', 'continue', 'switchView');
		expect(keyContext(state)).toBe('themes');
		state = run(state, 'nextTheme');
		expect(compareView(state).theme).toBe(1);
		state = run(state, 'previousTheme', 'previousTheme');
		expect(compareView(state).theme).toBe(services.themes().length - 1);
		state = run(state, 'back');
		expect(compareView(state).phase).toBe('pick');
	});
});

describe('help and quitting', () => {
	it('opens help over any screen and closes it again', () => {
		let state = run(start(), 'open', 'help');
		expect(keyContext(state)).toBe('help');
		state = run(state, 'down');
		expect(keyContext(state)).toBe('help');
		state = run(state, 'back');
		expect(keyContext(state)).toBe('reader');
	});

	it('stops scrolling the help at its end, and searches from it', () => {
		const small: Size = {columns: 60, rows: 16};
		let state = run(start(), 'open', 'help');
		for (let index = 0; index < 50; index++) {
			state = reducer(state, {type: 'command', command: 'down', size: small});
		}
		const end = state.helpScroll;
		// The last page of the reader's keys ends on the last row (long labels wrap at 60 columns).
		expect(end).toBe(
			helpBody(helpRows('reader', 'en'), small.columns).length - helpRowsShown(small),
		);
		state = reducer(state, {type: 'command', command: 'up', size: small});
		expect(state.helpScroll).toBe(end - 1);
		state = run(state, 'search');
		expect(state.help).toBe(false);
		expect(activeView(state).screen).toBe('search');
	});

	it('quits from anywhere on Ctrl-C', () => {
		for (const path of [[], ['open'], ['search'], ['compare'], ['help']] as Command[][]) {
			const state = run(start(), ...path);
			expect(run(state, {type: 'keys', keys: [{name: 'ctrl+c', text: ''}], size}).quit).toBe(true);
		}
	});

	it('counts a suspend request for Ctrl-Z from anywhere, changing nothing else', () => {
		for (const path of [[], ['open'], ['search'], ['compare'], ['help']] as Command[][]) {
			const state = run(start(), ...path);
			const ctrlZ: Action = {type: 'keys', keys: [{name: 'ctrl+z', text: ''}], size};
			const once = run(state, ctrlZ);
			expect(once.suspends).toBe(state.suspends + 1);
			expect({...once, suspends: state.suspends}).toEqual({...state, notice: undefined});
			expect(run(once, ctrlZ).suspends).toBe(state.suspends + 2);
		}
	});
});

describe('the library given anew (checked against the files after the first frame)', () => {
	it('keeps the cursor on its report and closes the screens of a report gone', () => {
		const [, beta, gamma] = reports;
		// Gamma opened, then the library loses alpha and gamma moves up a row.
		const state = run(start(), 'down', 'down', 'open');
		expect(reader(state).report).toBe(gamma!.meta.id);
		const withoutAlpha = run(state, {type: 'library', reports: [beta!, gamma!]});
		expect(reader(withoutAlpha).report).toBe(gamma!.meta.id);
		expect(withoutAlpha.stack[0]).toEqual({screen: 'library', cursor: 1});
		expect(withoutAlpha.notice).toBeUndefined();
		// Then gamma goes too: its reader closes, with a notice, and the cursor stays in range.
		const withoutGamma = run(withoutAlpha, {type: 'library', reports: [beta!]});
		expect(withoutGamma.stack).toEqual([{screen: 'library', cursor: 0}]);
		expect(withoutGamma.notice).toBe('That report is no longer loaded.');
		expect(withoutGamma.reports).toEqual([beta]);
	});
});

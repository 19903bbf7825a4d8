// The app's reducer: pure, so every key's effect can be tested without a terminal. Commands
// carry the terminal size because scrolling depends on it; positions are kept as anchors in the
// text, so a resize needs no action at all.
import type {Lang} from '../../i18n/lang.js';
import type {Report} from '../../corpus/types.js';
import {
	citedMatch,
	type CompareTarget,
	type CompareView,
	newCompare,
	reduceCompare,
} from '../compare/compare-state.js';
import type {Command, KeyContext} from '../kit/commands.js';
import {commandFor, helpRows} from './keys.js';
import {listCursor, type Size} from '../kit/geometry.js';
import {helpRowsShown} from '../help/help-geometry.js';
import {helpBody} from '../help/help-lines.js';
import {libraryRowsShown} from '../library/library-geometry.js';
import {
	newReader,
	readerAtTarget,
	reduceReader,
	showTarget,
	startOfReport,
	targetOfHit,
	wantedHits,
} from '../reader/reader-state.js';
import type {Positions} from './reading-positions.js';
import {
	acceptResults,
	newSearch,
	reduceSearch,
	searchQuery,
	stepResult,
	typeIntoSearch,
	withHistory,
} from '../search/search-state.js';
import {allReportsScope, historyOf, rememberQuery, reportScope} from '../search/search-history.js';
import {
	foldFoundHits,
	isWanted,
	openFind,
	reduceFind,
	typeIntoFind,
} from '../reader/reader-find.js';
import {strings} from '../../i18n/strings.js';
import type {AppServices} from '../../services/services.js';
import type {LibraryView} from '../library/library-state.js';
import type {ReaderView, Target} from '../reader/reader-state.js';
import type {SearchView} from '../search/search-state.js';
import type {Action, NotePrompt, State, View} from './views.js';
import {citeBlock, citeCell, citeFigure, citeHit, type Citation} from '../../corpus/citation.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {truncateToWidth} from '../../text/width.js';
import {
	acceptBookmarks,
	type BookmarksView,
	newBookmarks,
	reduceBookmarks,
} from '../bookmarks/bookmarks-state.js';
import {placeOfBookmark} from '../../services/bookmark-place.js';
import {type FiguresView, newFigures, reduceFigures} from '../figures/figures-state.js';
import {createLineEditor, editForCommand, editLine} from '../kit/line-editor.js';
import {reportById} from '../../corpus/report-lookup.js';
import {currentBlock, currentSection} from '../reader/reader-state.js';
import type {Effect} from './effects.js';

/** Views kept for Esc; older ones are forgotten (the library always stays). */
const maxStackDepth = 16;

export function initialState(
	reports: Report[],
	lang: Lang,
	positions: Positions = {},
	notice?: string,
	history: readonly string[] = [],
): State {
	return {
		reports,
		lang,
		stack: [{screen: 'library', cursor: 0}],
		help: false,
		helpScroll: 0,
		positions,
		notice,
		lastQuery: '',
		history: historyOf(history),
		searched: undefined,
		quit: false,
		suspends: 0,
		effect: undefined,
		prompt: undefined,
	};
}

export function activeView(state: State): View {
	return state.stack.at(-1)!;
}

/** Which bindings apply now. */
export function keyContext(state: State): KeyContext {
	if (state.prompt) return 'note';
	return state.help ? 'help' : screenContext(state);
}

/** The bindings of the screen itself, under any help page. */
export function screenContext(state: State): Exclude<KeyContext, 'help'> {
	const view = activeView(state);
	switch (view.screen) {
		case 'library':
			return 'library';
		case 'reader':
			return view.find ? 'find' : view.toc ? 'toc' : 'reader';
		case 'search':
			return view.focus === 'results' ? 'results' : 'search';
		case 'compare':
			return view.phase;
		case 'bookmarks':
			return 'bookmarks';
		case 'figures':
			return 'figureList';
	}
}

export function findReport(state: State, id: string): Report | undefined {
	return reportById(state.reports, id);
}

/**
 * The library changed under the app (run.tsx checks the files after the first frame): the
 * cursor stays on its report, and the screens of a report that is gone are closed (with a
 * notice), so nothing shows or opens a report that is not there.
 */
function withLibrary(state: State, reports: Report[]): State {
	const ids = new Set(reports.map((report) => report.meta.id));
	const gone = state.stack.findIndex(
		(view) => (view.screen === 'reader' || view.screen === 'figures') && !ids.has(view.report),
	);
	const kept = gone === -1 ? state.stack : state.stack.slice(0, gone);
	const stack = kept.map((view): View => {
		if (view.screen !== 'library') return view;
		const at = state.reports[view.cursor]?.meta.id;
		const found = at === undefined ? -1 : reports.findIndex((report) => report.meta.id === at);
		const cursor = found !== -1 ? found : Math.max(0, Math.min(view.cursor, reports.length - 1));
		return {...view, cursor};
	});
	const notice = gone === -1 ? state.notice : strings[state.lang].bookmarkGoneNotice;
	return {...state, reports, stack, notice};
}

export function createReducer(services: AppServices): (state: State, action: Action) => State {
	return (state, action) => keepPosition(reduce(state, action, services));
}

function reduce(state: State, action: Action, services: AppServices): State {
	switch (action.type) {
		case 'keys': {
			let next = state;
			for (const key of action.keys) {
				if (next.quit) break;
				const context = keyContext(next);
				const bound = key.name === undefined ? undefined : commandFor(context, key.name);
				if (bound) next = command({...next, notice: undefined}, bound, action.size, services);
				else if ((context === 'search' || context === 'results' || context === 'find') && key.text)
					next = reduce(next, {type: 'type', text: key.text}, services);
				else if (context === 'note' && key.text && next.prompt)
					next = withPrompt(next, editLine(next.prompt.editor, {type: 'insert', text: key.text}));
			}
			return next;
		}
		case 'type': {
			const view = activeView(state);
			if (state.help) return state;
			if (view.screen === 'reader' && view.find)
				return replaceTop({...state, notice: undefined}, typeIntoFind(view, action.text));
			if (view.screen !== 'search') return state;
			return replaceTop({...state, notice: undefined}, typeIntoSearch(view, action.text));
		}
		case 'results': {
			const view = activeView(state);
			if (view.screen !== 'search') return state;
			const {hits, counts} = action.found;
			const next = acceptResults(view, action.generation, hits, counts);
			return next === view ? state : replaceTop(state, next);
		}
		case 'readerHits': {
			const view = activeView(state);
			if (view.screen !== 'reader' || view.report !== action.report) return state;
			if (!isWanted(wantedHits(view, state.lastQuery), action.query)) return state;
			const report = findReport(state, view.report);
			if (!report) return state;
			const {query, hits, size} = action;
			return replaceTop(state, foldFoundHits(view, query, hits, report, size, state.lang));
		}
		case 'notice':
			return {...state, notice: action.text};
		case 'library':
			return withLibrary(state, action.reports);
		case 'bookmarkList': {
			const view = activeView(state);
			if (view.screen !== 'bookmarks') return state;
			return replaceTop(state, acceptBookmarks(view, action.entries));
		}
		case 'command':
			return command({...state, notice: undefined}, action.command, action.size, services);
	}
}

function command(state: State, name: Command, size: Size, services: AppServices): State {
	if (name === 'quit') return {...state, quit: true};
	if (name === 'suspend') return {...state, suspends: state.suspends + 1};
	if (state.prompt) return notePrompt(state, state.prompt, name);
	if (state.help) {
		const last = Math.max(
			0,
			helpBody(helpRows(screenContext(state), state.lang), size.columns).length -
				helpRowsShown(size),
		);
		switch (name) {
			case 'back':
			case 'help':
				return {...state, help: false};
			case 'down':
				return {...state, helpScroll: Math.min(last, state.helpScroll + 1)};
			case 'up':
				return {...state, helpScroll: Math.max(0, state.helpScroll - 1)};
			case 'search':
				return push({...state, help: false}, newSearch(state.history));
			default:
				return state;
		}
	}
	if (name === 'help') return {...state, help: true, helpScroll: 0};
	if (name === 'search') return push(state, newSearch(state.history));
	if (name === 'bookmarks') return withEffect(push(state, newBookmarks()), {kind: 'loadBookmarks'});
	const view = activeView(state);
	switch (view.screen) {
		case 'library':
			return library(state, view, name, size);
		case 'reader':
			return reader(state, view, name, size);
		case 'search':
			return search(state, view, name, size);
		case 'compare': {
			if (name === 'copyCitation' || name === 'copyText') return copyCell(state, view, name);
			const result = reduceCompare(view, name, {
				reports: state.reports,
				size,
				lang: state.lang,
				services,
			});
			if (result.back) return pop(state);
			if (result.open) return openTarget(state, result.open, size);
			return withNotice(replaceTop(state, result.view), result.notice);
		}
		case 'bookmarks':
			return bookmarks(state, view, name, size);
		case 'figures':
			return figureList(state, view, name, size, services);
	}
}

function library(state: State, view: LibraryView, name: Command, size: Size): State {
	const cursor = listCursor(name, view.cursor, state.reports.length, libraryRowsShown(size));
	if (cursor !== undefined) return replaceTop(state, {...view, cursor});
	switch (name) {
		case 'open': {
			const report = state.reports[view.cursor];
			if (!report) return state;
			return push(
				state,
				newReader(report.meta.id, state.positions[report.meta.id] ?? startOfReport),
			);
		}
		case 'compare':
			return state.reports.length > 0 ? push(state, newCompare()) : state;
		default:
			return state;
	}
}

/** Some of the reader's keys: the next state, or undefined for a key they leave to the rest. */
type ReaderKeys = (
	state: State,
	view: ReaderView,
	report: Report,
	name: Command,
	size: Size,
) => State | undefined;

function reader(state: State, view: ReaderView, name: Command, size: Size): State {
	const report = findReport(state, view.report);
	if (!report) return pop(state);
	const searched = readerSearch(state, view, report, name, size);
	if (searched) return searched;
	const own = readerExtras(state, view, report, name, size);
	if (own) return own;
	const result = reduceReader(view, name, {report, size, lang: state.lang});
	if (result.back) return pop(state);
	return withNotice(replaceTop(state, result.view), result.notice);
}

// ---- Search: the search screen, its results in the reader, and `/` within a report ----

function search(state: State, view: SearchView, name: Command, size: Size): State {
	if (name === 'copyCitation' || name === 'copyText') {
		const hit = view.results[view.cursor];
		const report = hit && findReport(state, hit.item.report);
		if (!hit || !report) return {...state, notice: strings[state.lang].copyNothing};
		return copy(state, citeHit(report, hit.item, state.lang), 'hit', name === 'copyCitation');
	}
	const result = reduceSearch(view, name, size);
	if (result.back) return pop(state);
	if (!result.open) return replaceTop(state, result.view);
	const hit = view.results[view.cursor];
	const report = hit && findReport(state, hit.item.report);
	if (!hit || !report) return state;
	const query = searchQuery(view);
	const remembered = remember(state, query, allReportsScope);
	const opened = {
		...readerAtTarget(report, targetOfHit(hit, report), size, state.lang),
		result: {index: view.cursor, total: view.results.length},
	};
	// The search stays under the reader, so Esc comes back to the same results.
	return {
		...push(replaceTop(remembered, withHistory(view, remembered.history)), opened),
		lastQuery: query,
	};
}

/** `/` and its prompt in the reader, and n/N through the search screen's results. */
const readerSearch: ReaderKeys = (state, view, report, name, size) => {
	if (view.find) {
		const result = reduceFind(view, name, state.lang);
		let next = withNotice(replaceTop(state, result.view), result.notice);
		if (result.submitted) next = remember(next, result.submitted, reportScope(report.meta.id));
		if (result.widen !== undefined) next = push(next, newSearch(next.history, result.widen));
		return next;
	}
	if (name === 'find') return replaceTop(state, openFind(view, state.history));
	if ((name === 'nextHit' || name === 'previousHit') && view.local === undefined && view.result)
		return stepResults(state, view, name === 'nextHit' ? 1 : -1, size);
	return undefined;
};

/** n/N in a reader opened from the search screen: its next result, in whichever report. */
function stepResults(state: State, view: ReaderView, step: 1 | -1, size: Size): State {
	const below = state.stack.at(-2);
	const moved = below?.screen === 'search' ? stepResult(below, step) : undefined;
	const hit = moved?.results[moved.cursor];
	const report = hit && findReport(state, hit.item.report);
	if (!moved || !hit || !report) return {...state, notice: strings[state.lang].noHits};
	const target = targetOfHit(hit, report);
	const shown =
		report.meta.id === view.report
			? showTarget(view, target, report, size, state.lang)
			: readerAtTarget(report, target, size, state.lang);
	const next = {...shown, result: {index: moved.cursor, total: moved.results.length}};
	return {...state, stack: [...state.stack.slice(0, -2), moved, next]};
}

/** The state with `query` as the newest history entry, to be saved by the app. */
function remember(state: State, query: string, scope: string): State {
	const trimmed = query.trim();
	if (!trimmed) return state;
	return {
		...state,
		history: rememberQuery(state.history, trimmed),
		searched: {query: trimmed, scope},
	};
}

// ---- end of search ----

/** The reader over the compare screen, at a figure (marked) or a section. */
function openTarget(state: State, open: CompareTarget, size: Size): State {
	const report = findReport(state, open.report);
	if (!report) return state;
	const target: Target = {
		section: open.section,
		block: open.block,
		ranges: open.range ? [open.range] : [],
	};
	return push(state, readerAtTarget(report, target, size, state.lang));
}

function withNotice(state: State, notice: string | undefined): State {
	return notice ? {...state, notice} : state;
}

function replaceTop(state: State, view: View): State {
	if (activeView(state) === view) return state;
	return {...state, stack: [...state.stack.slice(0, -1), view]};
}

function push(state: State, view: View): State {
	let stack = [...state.stack, view];
	if (stack.length > maxStackDepth)
		stack = [stack[0]!, ...stack.slice(stack.length - maxStackDepth + 1)];
	return {...state, stack};
}

function pop(state: State): State {
	if (state.stack.length <= 1) return state;
	return {...state, stack: state.stack.slice(0, -1)};
}

/** The open report's place is its saved reading position. */
function keepPosition(state: State): State {
	const view = activeView(state);
	if (view.screen !== 'reader') return state;
	const known = state.positions[view.report];
	const {anchor} = view;
	if (
		known &&
		known.section === anchor.section &&
		known.block === anchor.block &&
		known.offset === anchor.offset
	) {
		return state;
	}
	return {...state, positions: {...state.positions, [view.report]: anchor}};
}

// ---- Copying, bookmarks, the pager and the figures list ----

/** Records what the app is to do outside the state; numbered so each runs once. */
function withEffect(state: State, effect: Effect): State {
	return {...state, effect: {id: (state.effect?.id ?? 0) + 1, effect}};
}

type CopyWhat = keyof (typeof strings)['en']['copyWhat'];

function copy(state: State, citation: Citation, what: CopyWhat, withSource: boolean): State {
	if (citation.text === '') return {...state, notice: strings[state.lang].copyNothing};
	return withEffect(state, {
		kind: 'copy',
		text: withSource ? citation.full : citation.text,
		what: strings[state.lang].copyWhat[what],
		withSource,
	});
}

/** y and Y in the comparison: the focused cell (or the match chosen on its page) and its sentence. */
function copyCell(state: State, view: CompareView, name: 'copyCitation' | 'copyText'): State {
	const cited = citedMatch(view);
	const report = cited && findReport(state, cited.figure.report);
	if (!cited || !report) return {...state, notice: strings[state.lang].copyNothing};
	const {figure, metric} = cited;
	const cell = {section: figure.sectionTitle, quote: figure.quote, figure};
	const citation = citeCell(report, cell, sanitizeLine(metric.label[state.lang]), state.lang);
	return copy(state, citation, 'cell', name === 'copyCitation');
}

/** How much of a paragraph a bookmark keeps, to show it and to find it again. */
const excerptLength = 80;

/** The reader's copy, bookmark, pager and figures keys. */
const readerExtras: ReaderKeys = (state, view, report, name, size) => {
	const context = {report, size, lang: state.lang};
	switch (name) {
		case 'copyCitation':
		case 'copyText': {
			const place = currentBlock(view, context);
			if (!place) return {...state, notice: strings[state.lang].copyNothing};
			const citation = citeBlock(report, place.section, place.block, state.lang);
			return copy(state, citation, 'paragraph', name === 'copyCitation');
		}
		case 'bookmark':
		case 'bookmarkNote': {
			const place = currentBlock(view, context);
			if (!place) return {...state, notice: strings[state.lang].copyNothing};
			const section = report.sections[place.section];
			const text = place.block < 0 ? section?.title : section?.blocks[place.block]?.text;
			const bookmark = {
				report: report.meta.id,
				section: place.section,
				block: place.block,
				offset: 0,
				excerpt: (text ?? '').slice(0, excerptLength),
			};
			if (name === 'bookmarkNote')
				return {...state, prompt: {editor: createLineEditor(), bookmark}};
			return withEffect(state, {kind: 'addBookmark', bookmark});
		}
		case 'pager':
			return withEffect(state, {
				kind: 'pager',
				report: report.meta.id,
				section: currentSection(view, context),
			});
		case 'figureList':
			return push(state, newFigures(report.meta.id));
		default:
			return undefined;
	}
};

function withPrompt(state: State, editor: NotePrompt['editor']): State {
	return state.prompt ? {...state, prompt: {...state.prompt, editor}} : state;
}

function notePrompt(state: State, prompt: NotePrompt, name: Command): State {
	switch (name) {
		case 'saveNote':
			return withEffect(
				{...state, prompt: undefined},
				{kind: 'addBookmark', bookmark: {...prompt.bookmark, note: prompt.editor.value.trim()}},
			);
		case 'back':
			return {...state, prompt: undefined};
		default: {
			const edit = editForCommand(name);
			return edit ? withPrompt(state, editLine(prompt.editor, edit)) : state;
		}
	}
}

/** The status line's words for a new bookmark: the start of its paragraph. */
export function bookmarkedNotice(excerpt: string, lang: State['lang']): string {
	return strings[lang].bookmarked(truncateToWidth(sanitizeLine(excerpt), 40));
}

function bookmarks(state: State, view: BookmarksView, name: Command, size: Size): State {
	const selected = view.entries?.[view.cursor];
	if ((name === 'copyCitation' || name === 'copyText') && selected) {
		const place = placeOfBookmark(selected, state.reports);
		if (place.status === 'gone') return {...state, notice: strings[state.lang].bookmarkGoneNotice};
		const citation = citeBlock(place.report, place.section, place.block, state.lang);
		return copy(state, citation, 'bookmark', name === 'copyCitation');
	}
	const result = reduceBookmarks(view, name, size);
	if (result.back) return pop(state);
	if (result.remove) return withEffect(state, {kind: 'deleteBookmark', id: result.remove.id});
	if (result.open) {
		const place = placeOfBookmark(result.open, state.reports);
		if (place.status === 'gone') return {...state, notice: strings[state.lang].bookmarkGoneNotice};
		const target: Target = {
			section: place.section,
			block: place.block,
			ranges: [[place.offset, place.offset]],
		};
		// The list gives way to the reader: Esc from it goes back to where the list was opened.
		return replaceTop(state, readerAtTarget(place.report, target, size, state.lang));
	}
	return replaceTop(state, result.view);
}

function figureList(
	state: State,
	view: FiguresView,
	name: Command,
	size: Size,
	services: AppServices,
): State {
	const report = findReport(state, view.report);
	if (!report) return pop(state);
	const figures = services.figures(report);
	const selected = figures[view.cursor];
	if ((name === 'copyCitation' || name === 'copyText') && selected) {
		const citation = citeFigure(report, selected, state.lang);
		return copy(state, citation, 'figure', name === 'copyCitation');
	}
	const result = reduceFigures(view, name, figures.length, size);
	if (result.back) return pop(state);
	const figure = result.open === undefined ? undefined : figures[result.open];
	if (!figure) return replaceTop(state, result.view);
	const target: Target = {
		section: figure.section,
		block: figure.block,
		ranges: [[figure.start, figure.end]],
	};
	const opened = readerAtTarget(report, target, size, state.lang);
	const below = pop(state);
	const readerBelow = activeView(below);
	// Back in the reader it was opened from (its hits kept), at the figure's sentence.
	if (readerBelow.screen === 'reader' && readerBelow.report === report.meta.id)
		return replaceTop(below, {...readerBelow, anchor: opened.anchor, mark: opened.mark});
	return push(below, opened);
}

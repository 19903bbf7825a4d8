// `/` in the reader: a search within the open report. The prompt is a line editor; each change
// of its query asks the app for the report's hits (wantedHits → reader-hits.ts → 'readerHits'),
// which are all marked in the text, the first one at or after where the prompt was opened is
// shown, and n/N step through them. Tab widens the search to all reports with the same query.
import type {Lang} from '../../i18n/lang.js';
import type {Report} from '../../corpus/types.js';
import type {Command} from '../kit/commands.js';
import type {Size} from '../kit/geometry.js';
import {createLineEditor, editForCommand, editLine} from '../kit/line-editor.js';
import type {LineEditorAction} from '../kit/line-editor.js';
import {readerFrame} from './reader-frame.js';
import {
	foldHits,
	type HitQuery,
	type ReaderView,
	showTarget,
	type Target,
	targetLine,
} from './reader-state.js';
import {strings} from '../../i18n/strings.js';

/** Longest query kept, as in the search screen. */
const maxQueryLength = 200;

export function openFind(view: ReaderView, history: readonly string[]): ReaderView {
	const {anchor, mark, hits, hitIndex, hitQuery, local, seekFrom} = view;
	return {
		...view,
		find: {
			field: createLineEditor(history),
			before: {anchor, mark, hits, hitIndex, hitQuery, local, seekFrom},
		},
	};
}

type FindResult = {
	view: ReaderView;
	/** The query to remember in the history (the prompt was accepted or widened). */
	submitted?: string;
	/** Search all reports for this query. */
	widen?: string;
	notice?: string;
};

export function typeIntoFind(view: ReaderView, text: string): ReaderView {
	return editFind(view, {type: 'insert', text});
}

export function reduceFind(view: ReaderView, command: Command, lang: Lang): FindResult {
	const find = view.find;
	if (!find) return {view};
	const query = find.field.value.trim();
	switch (command) {
		case 'accept': {
			const closed = {...view, find: undefined};
			if (!query) return {view: {...closed, ...find.before}};
			const notice = closed.hits?.length === 0 ? strings[lang].noFindHits : undefined;
			return {view: closed, submitted: query, ...(notice ? {notice} : {})};
		}
		case 'back':
			return {view: {...view, ...find.before, find: undefined}};
		case 'widen':
			// The reader stays as it was under the search screen; Esc there comes back to it.
			return {view: {...view, ...find.before, find: undefined}, widen: find.field.value};
		default: {
			const action = editForCommand(command);
			return {view: action ? editFind(view, action) : view};
		}
	}
}

/** The prompt after an edit; a change of its query starts a new search of the report. */
function editFind(view: ReaderView, action: LineEditorAction): ReaderView {
	const find = view.find;
	if (!find) return view;
	const field = editLine(find.field, action);
	if (field === find.field || field.value.length > maxQueryLength) return view;
	const next = {...view, find: {...find, field}};
	const query = field.value.trim();
	if (query === (view.local ?? '')) return next;
	if (!query) {
		return {...next, ...find.before, local: undefined, hits: [], hitIndex: -1, mark: undefined};
	}
	return {
		...next,
		local: query,
		hitQuery: {query, kind: undefined, includes: undefined},
		hits: undefined,
		hitIndex: -1,
		seekFrom: find.before.anchor,
	};
}

/**
 * The hits of a search within the report folded in; when they were just asked for, the first
 * one at or after `seekFrom` is shown (wrapping round to the first of all).
 */
export function foldFoundHits(
	view: ReaderView,
	query: HitQuery,
	hits: Target[],
	report: Report,
	size: Size,
	lang: Lang,
): ReaderView {
	const folded = foldHits(view, query, hits);
	const from = view.seekFrom;
	if (!from || view.local === undefined) return folded;
	const sought = {...folded, seekFrom: undefined};
	const frame = readerFrame(report, from, false, size, lang);
	const index = hits.findIndex((hit) => targetLine(frame, hit) >= frame.top);
	if (hits.length === 0) return {...sought, anchor: from, mark: undefined};
	const chosen = index < 0 ? 0 : index;
	const shown = showTarget({...sought, anchor: from}, hits[chosen]!, report, size, lang);
	return {...shown, hitIndex: chosen};
}

/** Whether `query` is the search the reader is waiting for (an older one's hits are dropped). */
export function isWanted(wanted: HitQuery | undefined, query: HitQuery): boolean {
	return wanted !== undefined && wanted.query === query.query && wanted.kind === query.kind;
}

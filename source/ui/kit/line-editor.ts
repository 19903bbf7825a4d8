// The search field's line editing, as a shell line edits: a cursor that moves by grapheme (a
// CJK character, an accented letter or an emoji is one step), Home/End, Ctrl-A/E, Ctrl-W,
// Ctrl-U, Ctrl-K, Backspace, and earlier queries with Up/Down (Ctrl-P/N). A pure reducer: the
// screen draws `value` with the cursor at `cursorColumn`, and keeps history where it likes.
import {graphemes, textWidth} from '../../text/width.js';
import type {Command} from './commands.js';

export type LineEditor = {
	value: string;
	/** Graphemes before the cursor: 0 is the start, graphemes(value).length the end. */
	cursor: number;
	/** Earlier lines, oldest first, as given: what submitting adds to. */
	history: readonly string[];
	/**
	 * Copies of `history`, then the line being written. Moving through history edits
	 * these copies, so a half-written line (or a changed earlier one) is still there on the way
	 * back, as in readline; submitting drops the copies.
	 */
	entries: string[];
	/** Which entry is shown (entries.length - 1 is the line being written). */
	index: number;
};

export type LineEditorAction =
	| {type: 'insert'; text: string}
	| {type: 'left'}
	| {type: 'right'}
	| {type: 'home'}
	| {type: 'end'}
	| {type: 'backspace'}
	/** Ctrl-W: the word before the cursor (see wordStart). */
	| {type: 'deleteWord'}
	/** Ctrl-U: everything before the cursor. */
	| {type: 'deleteToStart'}
	/** Ctrl-K: everything after the cursor. */
	| {type: 'deleteToEnd'}
	| {type: 'historyPrevious'}
	| {type: 'historyNext'}
	| {type: 'set'; value: string};

/** An empty line with `history` (oldest first) to go back through. */
export function createLineEditor(history: readonly string[] = [], value = ''): LineEditor {
	const clean = cleanInput(value);
	return {
		value: clean,
		cursor: graphemes(clean).length,
		history: [...history],
		entries: [...history, clean],
		index: history.length,
	};
}

export function editLine(state: LineEditor, action: LineEditorAction): LineEditor {
	const units = graphemes(state.value);
	const cursor = Math.max(0, Math.min(state.cursor, units.length));
	const before = units.slice(0, cursor).join('');
	const after = units.slice(cursor).join('');
	switch (action.type) {
		case 'insert': {
			const text = cleanInput(action.text);
			if (text === '') return state;
			return withValue(state, before + text, after);
		}
		case 'left':
			return {...state, cursor: Math.max(0, cursor - 1)};
		case 'right':
			return {...state, cursor: Math.min(units.length, cursor + 1)};
		case 'home':
			return {...state, cursor: 0};
		case 'end':
			return {...state, cursor: units.length};
		case 'backspace':
			if (cursor === 0) return state;
			return withValue(state, units.slice(0, cursor - 1).join(''), after);
		case 'deleteWord': {
			const start = wordStart(units, cursor);
			if (start === cursor) return state;
			return withValue(state, units.slice(0, start).join(''), after);
		}
		case 'deleteToStart':
			return cursor === 0 ? state : withValue(state, '', after);
		case 'deleteToEnd':
			return after === '' ? state : withValue(state, before, '');
		case 'historyPrevious':
			return showEntry(state, state.index - 1);
		case 'historyNext':
			return showEntry(state, state.index + 1);
		case 'set': {
			const value = cleanInput(action.value);
			return withValue(state, value, '');
		}
	}
}

/**
 * The line is done: its value, and the history to keep (the value added as the newest entry
 * unless empty or the same as the newest), with an empty line to write the next one.
 */
export function submitLine(state: LineEditor): {
	value: string;
	history: string[];
	editor: LineEditor;
} {
	// The copies may have been edited while browsing; what is kept is history as it was.
	const kept = state.history;
	const value = state.value;
	const next = value.trim() === '' || kept.at(-1) === value ? [...kept] : [...kept, value];
	return {value, history: next, editor: createLineEditor(next)};
}

/** Columns from the start of the value to the cursor, for placing the terminal's cursor. */
export function cursorColumn(state: LineEditor): number {
	return textWidth(graphemes(state.value).slice(0, state.cursor).join(''));
}

/** Kinds of character that make up a word for Ctrl-W. */
type WordKind = 'space' | 'latin' | 'cjk' | 'other';

function wordKind(unit: string): WordKind {
	if (/^\s/u.test(unit)) return 'space';
	if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(unit))
		return 'cjk';
	if (/^[\p{L}\p{N}_]/u.test(unit)) return 'latin';
	return 'other';
}

/**
 * Where Ctrl-W deletes back to: past any spaces before the cursor, then past one run of the
 * same kind — Latin letters and digits ("laomo", "ctrl2"), CJK characters ("乐山"), or other
 * marks ("，“"). So "laomo 乐山X" loses "X", then "乐山", then "laomo ". A query mixing
 * pinyin and characters without spaces comes apart at the change of script, which is where
 * a reader sees the word end.
 */
export function wordStart(units: readonly string[], cursor: number): number {
	let start = cursor;
	while (start > 0 && wordKind(units[start - 1]!) === 'space') start--;
	if (start === 0) return 0;
	const kind = wordKind(units[start - 1]!);
	while (start > 0 && wordKind(units[start - 1]!) === kind) start--;
	return start;
}

/** What Ink reports for a key press, as far as editing a line needs it. */
export type KeyPress = {
	leftArrow?: boolean;
	rightArrow?: boolean;
	upArrow?: boolean;
	downArrow?: boolean;
	home?: boolean;
	end?: boolean;
	backspace?: boolean;
	delete?: boolean;
	ctrl?: boolean;
	meta?: boolean;
	return?: boolean;
	escape?: boolean;
	tab?: boolean;
};

/** The editing action for a key press, or undefined when the key is not for the line. */
export function lineEditorAction(input: string, key: KeyPress): LineEditorAction | undefined {
	if (key.leftArrow) return {type: 'left'};
	if (key.rightArrow) return {type: 'right'};
	if (key.upArrow) return {type: 'historyPrevious'};
	if (key.downArrow) return {type: 'historyNext'};
	if (key.home) return {type: 'home'};
	if (key.end) return {type: 'end'};
	// Many terminals send DEL for Backspace, which Ink reports as `delete`.
	if (key.backspace || key.delete) return {type: 'backspace'};
	if (key.return || key.escape || key.tab) return undefined;
	if (key.ctrl) {
		const byCtrl: Record<string, LineEditorAction> = {
			a: {type: 'home'},
			e: {type: 'end'},
			b: {type: 'left'},
			f: {type: 'right'},
			h: {type: 'backspace'},
			w: {type: 'deleteWord'},
			u: {type: 'deleteToStart'},
			k: {type: 'deleteToEnd'},
			p: {type: 'historyPrevious'},
			n: {type: 'historyNext'},
		};
		return byCtrl[input.toLowerCase()];
	}
	if (key.meta) return undefined;
	return input === '' ? undefined : {type: 'insert', text: input};
}

/**
 * Typed or pasted text for a one-line field: line breaks and tabs become spaces; other
 * controls, bidi marks and zero-width spaces go (joiners stay: emoji are built with them).
 */
function cleanInput(text: string): string {
	return text
		.replace(/\r\n|[\r\n\t]/g, ' ')
		.replace(
			/[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g,
			'',
		);
}

/** The value `left + right` with the cursor between them (at a grapheme boundary). */
function withValue(state: LineEditor, left: string, right: string): LineEditor {
	const value = left + right;
	const entries = [...state.entries];
	entries[state.index] = value;
	// Joining can merge graphemes at the seam (a combining mark typed before "e"): the cursor
	// goes to the first boundary at or after the seam.
	let cursor = 0;
	let offset = 0;
	for (const unit of graphemes(value)) {
		if (offset >= left.length) break;
		offset += unit.length;
		cursor++;
	}
	return {...state, value, cursor, entries};
}

function showEntry(state: LineEditor, index: number): LineEditor {
	if (index < 0 || index >= state.entries.length) return state;
	const value = state.entries[index]!;
	return {...state, value, cursor: graphemes(value).length, index};
}

/** The editing a key-table command asks of a text field, if it is an editing command. */
export function editForCommand(command: Command): LineEditorAction | undefined {
	switch (command) {
		case 'cursorLeft':
			return {type: 'left'};
		case 'cursorRight':
			return {type: 'right'};
		case 'lineStart':
			return {type: 'home'};
		case 'lineEnd':
			return {type: 'end'};
		case 'deleteChar':
			return {type: 'backspace'};
		case 'deleteWord':
			return {type: 'deleteWord'};
		case 'deleteToStart':
			return {type: 'deleteToStart'};
		case 'deleteToEnd':
			return {type: 'deleteToEnd'};
		case 'historyPrevious':
			return {type: 'historyPrevious'};
		case 'historyNext':
			return {type: 'historyNext'};
		default:
			return undefined;
	}
}

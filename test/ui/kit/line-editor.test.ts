// The search field's line editor: cursor moves by grapheme, shell keys, word deletion by
// script, history with the line being written kept, and a model check over random keys.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
	createLineEditor,
	cursorColumn,
	editLine,
	type KeyPress,
	type LineEditor,
	type LineEditorAction,
	lineEditorAction,
	submitLine,
	wordStart,
} from '../../../source/ui/kit/line-editor.js';
import {graphemes} from '../../../source/text/width.js';

/** Feeds key presses as Ink reports them: text, or [input, key]. */
function press(state: LineEditor, ...keys: Array<string | [string, KeyPress]>): LineEditor {
	let next = state;
	for (const entry of keys) {
		const [input, key] = typeof entry === 'string' ? [entry, {}] : entry;
		const action = lineEditorAction(input, key);
		if (action) next = editLine(next, action);
	}
	return next;
}

const left: [string, KeyPress] = ['', {leftArrow: true}];
const right: [string, KeyPress] = ['', {rightArrow: true}];
const up: [string, KeyPress] = ['', {upArrow: true}];
const down: [string, KeyPress] = ['', {downArrow: true}];
const backspace: [string, KeyPress] = ['', {backspace: true}];
const ctrl = (letter: string): [string, KeyPress] => [letter, {ctrl: true}];

describe('editing at the cursor', () => {
	it('inserts where the cursor is: Left Left X in "laomo 乐山" gives "laomo X乐山"', () => {
		const state = press(createLineEditor(), 'laomo 乐山', left, left, 'X');
		expect(state.value).toBe('laomo X乐山');
		expect(state.cursor).toBe(7);
		expect(cursorColumn(state)).toBe(7);
		expect(cursorColumn(press(state, ['', {end: true}]))).toBe(11);
	});

	it('moves by grapheme: an accented letter, an emoji family and a CJK character are one step', () => {
		let state = press(createLineEditor(), 'e\u0301👨‍👩‍👧劳');
		expect(state.cursor).toBe(3);
		state = press(state, left, backspace);
		expect(state.value).toBe('e\u0301劳');
		state = press(state, left, left, left, right);
		expect(state.cursor).toBe(1);
		expect(cursorColumn(state)).toBe(1);
	});

	it('Home/End and Ctrl-A/E jump to the ends; Ctrl-B/F move like the arrows', () => {
		const typed = press(createLineEditor(), '劳模精神');
		expect(press(typed, ctrl('a')).cursor).toBe(0);
		expect(press(typed, ['', {home: true}]).cursor).toBe(0);
		expect(press(typed, ctrl('a'), ctrl('e')).cursor).toBe(4);
		expect(press(typed, ctrl('a'), ctrl('f'), ctrl('f'), ctrl('b')).cursor).toBe(1);
	});

	it('Ctrl-U deletes before the cursor, Ctrl-K after it, Backspace one grapheme', () => {
		const typed = press(createLineEditor(), 'laomo 乐山', left, left);
		expect(press(typed, ctrl('u'))).toMatchObject({value: '乐山', cursor: 0});
		expect(press(typed, ctrl('k'))).toMatchObject({value: 'laomo ', cursor: 6});
		expect(press(typed, backspace)).toMatchObject({value: 'laomo乐山', cursor: 5});
		expect(press(typed, ['', {delete: true}]).value).toBe('laomo乐山');
		expect(press(typed, ctrl('a'), backspace).value).toBe('laomo 乐山');
	});

	it('typed or pasted line breaks and tabs become spaces; other controls are dropped', () => {
		expect(press(createLineEditor(), 'a\nb\tc\u001b[31md\u202e').value).toBe('a b c[31md');
		expect(editLine(createLineEditor(), {type: 'insert', text: '\u0007'}).value).toBe('');
	});

	it('leaves Enter, Esc, Tab and Alt keys to the screen', () => {
		for (const key of [{return: true}, {escape: true}, {tab: true}, {meta: true}]) {
			expect(lineEditorAction('x', key)).toBeUndefined();
		}
		expect(lineEditorAction('z', {ctrl: true})).toBeUndefined();
	});
});

describe('Ctrl-W', () => {
	it('deletes one run of Latin letters and digits, or of CJK characters, after any spaces', () => {
		let state = press(createLineEditor(), 'laomo 乐山X');
		state = press(state, ctrl('w'));
		expect(state.value).toBe('laomo 乐山');
		state = press(state, ctrl('w'));
		expect(state.value).toBe('laomo ');
		state = press(state, ctrl('w'));
		expect(state.value).toBe('');
		expect(press(state, ctrl('w')).value).toBe('');
	});

	it('treats other marks as a word of their own and works before the cursor only', () => {
		const units = graphemes('劳模，“精神');
		expect(wordStart(units, units.length)).toBe(4);
		expect(wordStart(units, 4)).toBe(2);
		expect(wordStart(units, 2)).toBe(0);
		const state = press(createLineEditor(), 'ldmf2023 zgsw', left, left, ctrl('w'));
		expect(state).toMatchObject({value: 'ldmf2023 sw', cursor: 9});
	});
});

describe('history', () => {
	const history = ['劳模', 'zgsw', 'ldmf'];

	it('Up/Down (and Ctrl-P/N) walk back and forth; the line being written comes back', () => {
		let state = press(createLineEditor(history), 'lao');
		state = press(state, up);
		expect(state).toMatchObject({value: 'ldmf', cursor: 4});
		state = press(state, up, ctrl('p'));
		expect(state.value).toBe('劳模');
		expect(press(state, up).value).toBe('劳模');
		state = press(state, down, ctrl('n'));
		expect(state.value).toBe('ldmf');
		state = press(state, down);
		expect(state).toMatchObject({value: 'lao', cursor: 3});
		expect(press(state, down).value).toBe('lao');
	});

	it('keeps edits to a recalled line while browsing, but not in the history itself', () => {
		let state = press(createLineEditor(history), up, ' 2023', up, down);
		expect(state.value).toBe('ldmf 2023');
		const done = submitLine(state);
		expect(done.value).toBe('ldmf 2023');
		expect(done.history).toEqual([...history, 'ldmf 2023']);
		state = press(done.editor, up, up);
		expect(state.value).toBe('ldmf');
	});

	it('does not keep empty lines or the newest entry twice', () => {
		expect(submitLine(press(createLineEditor(history), '  ')).history).toEqual(history);
		expect(submitLine(press(createLineEditor(history), up)).history).toEqual(history);
		expect(submitLine(press(createLineEditor(history), 'zgsw')).history).toEqual([
			...history,
			'zgsw',
		]);
		expect(submitLine(createLineEditor()).editor).toEqual(createLineEditor());
	});
});

describe('any sequence of keys', () => {
	// Units that never join a neighbour, so a plain array of them models the line.
	const unit = fc.constantFrom('a', 'Z', '3', ' ', '劳', '模', '，', '𠀀');
	const action: fc.Arbitrary<LineEditorAction> = fc.oneof(
		unit.map((text) => ({type: 'insert' as const, text})),
		fc.constantFrom<LineEditorAction>(
			{type: 'left'},
			{type: 'right'},
			{type: 'home'},
			{type: 'end'},
			{type: 'backspace'},
			{type: 'deleteWord'},
			{type: 'deleteToStart'},
			{type: 'deleteToEnd'},
		),
	);

	it('edits exactly as a list of characters with a cursor would', () => {
		fc.assert(
			fc.property(fc.array(action, {maxLength: 60}), (actions) => {
				let state = createLineEditor();
				let model: string[] = [];
				let at = 0;
				for (const step of actions) {
					state = editLine(state, step);
					switch (step.type) {
						case 'insert':
							model.splice(at, 0, step.text);
							at += 1;
							break;
						case 'left':
							at = Math.max(0, at - 1);
							break;
						case 'right':
							at = Math.min(model.length, at + 1);
							break;
						case 'home':
							at = 0;
							break;
						case 'end':
							at = model.length;
							break;
						case 'backspace':
							if (at > 0) model.splice(--at, 1);
							break;
						case 'deleteWord': {
							const start = wordStart(model, at);
							model.splice(start, at - start);
							at = start;
							break;
						}
						case 'deleteToStart':
							model = model.slice(at);
							at = 0;
							break;
						case 'deleteToEnd':
							model = model.slice(0, at);
							break;
						default:
							break;
					}
					expect(state.value).toBe(model.join(''));
					expect(state.cursor).toBe(at);
					expect(state.entries.at(-1)).toBe(state.value);
				}
			}),
			{numRuns: 1000},
		);
	});
});

import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import type {Command, KeyContext} from '../../../source/ui/kit/commands.js';
import {
	commandFor,
	helpRows,
	keyLabel,
	keyName,
	keyPresses,
	keyTable,
} from '../../../source/ui/app/keys.js';

const noKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};
const key = (change: Partial<Key>): Key => ({...noKey, ...change});

describe('key table', () => {
	it('binds no key twice within one screen', () => {
		for (const [context, bindings] of Object.entries(keyTable)) {
			const seen = new Map<string, Command>();
			for (const binding of bindings) {
				for (const name of binding.keys) {
					expect(seen.has(name), `${context}: ${name} is bound twice`).toBe(false);
					seen.set(name, binding.command);
				}
			}
		}
	});

	it('lets Ctrl-C quit and Ctrl-Z suspend everywhere, and ? open help everywhere but on the help page', () => {
		for (const context of Object.keys(keyTable) as KeyContext[]) {
			expect(commandFor(context, 'ctrl+c')).toBe('quit');
			expect(commandFor(context, 'ctrl+z')).toBe('suspend');
			// The reader's search prompt takes ? as text.
			// So does the note prompt of M.
			if (context !== 'help' && context !== 'find' && context !== 'note')
				expect(commandFor(context, '?')).toBe('help');
		}
	});

	it('has the keys the reader is known by', () => {
		const expected: Record<string, Command> = {
			j: 'down',
			down: 'down',
			k: 'up',
			space: 'pageDown',
			pagedown: 'pageDown',
			b: 'pageUp',
			pageup: 'pageUp',
			g: 'top',
			G: 'bottom',
			'[': 'previousSection',
			']': 'nextSection',
			n: 'nextHit',
			N: 'previousHit',
			t: 'toc',
			f: 'figures',
			'/': 'find',
			esc: 'back',
			'ctrl+d': 'halfPageDown',
			'ctrl+u': 'halfPageUp',
			y: 'copyCitation',
			Y: 'copyText',
			m: 'bookmark',
			M: 'bookmarkNote',
			"'": 'bookmarks',
			o: 'pager',
			F: 'figureList',
		};
		for (const [name, command] of Object.entries(expected))
			expect(commandFor('reader', name)).toBe(command);
	});

	it('leaves letters free for typing in the search', () => {
		for (const letter of 'abcdefghijklmnopqrstuvwxyz')
			expect(commandFor('search', letter)).toBeUndefined();
		expect(commandFor('search', 'space')).toBeUndefined();
		for (const letter of 'abcdefghijklmnopqrstuvwxyzNG/?[]')
			expect(commandFor('find', letter)).toBeUndefined();
	});

	it('edits every text field the same way, as a shell line does', () => {
		const edits: Record<string, Command> = {
			left: 'cursorLeft',
			right: 'cursorRight',
			home: 'lineStart',
			'ctrl+a': 'lineStart',
			end: 'lineEnd',
			'ctrl+e': 'lineEnd',
			backspace: 'deleteChar',
			'ctrl+w': 'deleteWord',
			'ctrl+u': 'deleteToStart',
			'ctrl+k': 'deleteToEnd',
			'ctrl+p': 'historyPrevious',
			'ctrl+n': 'historyNext',
		};
		for (const context of ['search', 'find'] as const)
			for (const [name, command] of Object.entries(edits))
				expect(commandFor(context, name), `${context}: ${name}`).toBe(command);
		// ↑/↓ choose results in the search screen (↑ in an empty field is the history there),
		// and walk the history in the reader's prompt, which has no results to choose.
		expect(commandFor('search', 'up')).toBe('up');
		expect(commandFor('find', 'up')).toBe('historyPrevious');
		expect(commandFor('find', 'tab')).toBe('widen');
	});

	it('quits from the library on q but only steps back elsewhere', () => {
		expect(commandFor('library', 'q')).toBe('quit');
		for (const context of ['reader', 'pick', 'table', 'themes', 'help'] as const) {
			expect(commandFor(context, 'q')).toBe('back');
		}
	});

	it('generates the help from the table, in either language', () => {
		const rows = helpRows('reader', 'zh');
		// The reader's page lists the keys of its `/` prompt too (all but Ctrl-C and Ctrl-Z,
		// listed once).
		expect(rows).toHaveLength(keyTable.reader.length + keyTable.find.length - 2);
		expect(rows[0]).toEqual({keys: '↓ j', label: '下移一行'});
		expect(rows).toContainEqual({keys: '/ … Tab', label: '改为搜索全部报告'});
		expect(helpRows('reader', 'en')).toContainEqual({
			keys: '/',
			label: 'search this report (Tab: all reports)',
		});
		expect(helpRows('search', 'en')).toContainEqual({
			keys: 'Ctrl-W',
			label: 'delete the word before the cursor',
		});
		expect(helpRows('table', 'en').find((row) => row.keys === 's')?.label).toBe(
			'log / linear bars',
		);
		for (const lang of ['en', 'zh'] as const) {
			for (const context of Object.keys(keyTable) as KeyContext[]) {
				const labels = helpRows(context, lang).map((row) => row.label);
				expect(labels.every((label) => label.length > 0)).toBe(true);
				expect(helpRows(context, lang).find((row) => row.keys === 'Ctrl-Z')?.label).toBe(
					lang === 'en' ? 'suspend (fg brings it back)' : '挂起（用 fg 恢复）',
				);
			}
		}
		// Each language has its own words, not the other's.
		expect(helpRows('reader', 'en').map((row) => row.label)).not.toEqual(
			helpRows('reader', 'zh').map((row) => row.label),
		);
	});
});

describe('h and l', () => {
	it('move as ← and → do in the comparison', () => {
		for (const context of ['table', 'themes'] as const) {
			expect(commandFor(context, 'h')).toBe(commandFor(context, 'left'));
			expect(commandFor(context, 'l')).toBe(commandFor(context, 'right'));
		}
	});
});

describe('key names', () => {
	it('names special keys and plain characters', () => {
		expect(keyName('', key({downArrow: true}))).toBe('down');
		expect(keyName('', key({return: true}))).toBe('enter');
		expect(keyName('', key({escape: true}))).toBe('esc');
		expect(keyName('', key({tab: true}))).toBe('tab');
		expect(keyName('', key({tab: true, shift: true}))).toBe('shift+tab');
		expect(keyName('G', key({shift: true}))).toBe('G');
		expect(keyName(' ', noKey)).toBe('space');
		expect(keyName('c', key({ctrl: true}))).toBe('ctrl+c');
		expect(keyName('x', key({meta: true}))).toBeUndefined();
	});

	it('treats Backspace and Delete alike, since terminals send either', () => {
		expect(keyName('', key({backspace: true}))).toBe('backspace');
		expect(keyName('', key({delete: true}))).toBe('backspace');
	});

	it('splits keys that arrived in one read', () => {
		expect(keyPresses('jj\r', noKey)).toEqual([
			{name: 'j', text: 'j'},
			{name: 'j', text: 'j'},
			{name: 'enter', text: '\r'},
		]);
		expect(keyPresses('劳模', noKey).map((press) => press.text)).toEqual(['劳', '模']);
		expect(keyPresses('a', key({ctrl: true}))).toEqual([{name: 'ctrl+a', text: ''}]);
		expect(keyPresses('\u0005\u0017x', noKey)).toEqual([
			{name: 'ctrl+e', text: ''},
			{name: 'ctrl+w', text: ''},
			{name: 'x', text: 'x'},
		]);
	});

	it('takes Esc and a key read together as the two keys, not Alt+key', () => {
		expect(keyPresses('c', key({meta: true}))).toEqual([
			{name: 'esc', text: ''},
			{name: 'c', text: 'c'},
		]);
		expect(keyPresses('', key({meta: true, escape: true}))).toEqual([
			{name: 'esc', text: ''},
			{name: 'esc', text: ''},
		]);
		expect(keyPresses('', key({meta: true, upArrow: true}))).toEqual([
			{name: 'esc', text: ''},
			{name: 'up', text: ''},
		]);
	});

	it('labels keys for people', () => {
		expect(keyLabel('pagedown')).toBe('PgDn');
		expect(keyLabel('ctrl+c')).toBe('Ctrl-C');
		expect(keyLabel('[')).toBe('[');
	});
});

describe('search from anywhere', () => {
	it('binds / on every screen but the search itself', () => {
		for (const context of Object.keys(keyTable) as KeyContext[]) {
			// In the reader, / searches the report (Tab in its prompt widens to all reports).
			if (context === 'reader') expect(commandFor(context, '/')).toBe('find');
			// In the search results, / goes back to the query field.
			else if (context === 'results') expect(commandFor(context, '/')).toBe('editQuery');
			else if (context !== 'search' && context !== 'find' && context !== 'note')
				expect(commandFor(context, '/'), context).toBe('search');
		}
	});
});

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

	it('lets Ctrl-C quit everywhere and ? open help everywhere but on the help page', () => {
		for (const context of Object.keys(keyTable) as KeyContext[]) {
			expect(commandFor(context, 'ctrl+c')).toBe('quit');
			if (context !== 'help') expect(commandFor(context, '?')).toBe('help');
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
			'/': 'search',
			esc: 'back',
		};
		for (const [name, command] of Object.entries(expected))
			expect(commandFor('reader', name)).toBe(command);
	});

	it('leaves letters free for typing in the search', () => {
		for (const letter of 'abcdefghijklmnopqrstuvwxyz')
			expect(commandFor('search', letter)).toBeUndefined();
		expect(commandFor('search', 'space')).toBeUndefined();
	});

	it('quits from the library on q but only steps back elsewhere', () => {
		expect(commandFor('library', 'q')).toBe('quit');
		for (const context of ['reader', 'pick', 'table', 'themes', 'help'] as const) {
			expect(commandFor(context, 'q')).toBe('back');
		}
	});

	it('generates the help from the table, in either language', () => {
		const rows = helpRows('reader', 'zh');
		expect(rows).toHaveLength(keyTable.reader.length);
		expect(rows[0]).toEqual({keys: '↓ j', label: '下移一行'});
		expect(helpRows('table', 'en').find((row) => row.keys === 'l')?.label).toBe(
			'log / linear bars',
		);
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
			if (context !== 'search') expect(commandFor(context, '/'), context).toBe('search');
		}
	});
});

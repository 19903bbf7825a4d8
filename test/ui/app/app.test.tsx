import {afterEach, describe, expect, it} from 'vitest';
import {textWidth} from '../../../source/text/width.js';
import type {Positions, StateWarning} from '../../../source/ui/app/reading-positions.js';
import {keys, type Rendered} from '../helpers.js';
import {renderApp} from '../render.js';

let app: Rendered | undefined;
afterEach(() => app?.unmount());

function keeper(initial: Positions = {}) {
	const saved: Positions[] = [];
	const listeners: Array<(warning: StateWarning) => void> = [];
	return {
		saved,
		warn: (warning: StateWarning) => {
			for (const listener of listeners) listener(warning);
		},
		keeper: {
			initial,
			update: (positions: Positions) => saved.push(positions),
			onWarning: (listener: (warning: StateWarning) => void) => {
				listeners.push(listener);
				return () => {};
			},
		},
	};
}

describe('the app as a whole', () => {
	it('says plainly when the terminal is too small, and recovers when it grows', async () => {
		app = await renderApp({columns: 40, rows: 10});
		expect(app.frame()).toContain('Terminal too small (40×10)');
		expect(app.lines().length).toBeLessThanOrEqual(10);
		for (const line of app.lines()) expect(textWidth(line)).toBeLessThanOrEqual(40);
		await app.resize(80, 24);
		expect(app.frame()).toContain('Alpha 甲市');
	});

	it('does not break at one cell', async () => {
		app = await renderApp({columns: 1, rows: 1});
		await app.resize(2, 2);
		expect(app.lines().length).toBeLessThanOrEqual(2);
		await app.resize(80, 24);
		expect(app.frame()).toContain('Alpha 甲市');
	});

	it('draws every row of the terminal and none wider than it, on any screen', async () => {
		app = await renderApp({columns: 60, rows: 16});
		const check = () => {
			expect(app!.lines().length).toBe(16);
			for (const line of app!.lines()) expect(textWidth(line)).toBeLessThanOrEqual(60);
		};
		check();
		for (const step of [
			[keys.enter],
			['t'],
			[keys.escape, 'f', 'G'],
			['/', 'l', 'a', 'o'],
			[keys.escape, keys.escape, 'c', 'a', keys.enter],
			['v'],
			['?'],
		]) {
			await app.press(...step);
			check();
		}
	});

	it('quits on Ctrl-C from any screen', async () => {
		app = await renderApp();
		await app.press(keys.enter, '/');
		await app.press(keys.ctrlC);
		await expect(app.exited).resolves.toBeUndefined();
	});

	it('opens each report where it was left, and tells the keeper where that is', async () => {
		const {keeper: positions, saved} = keeper({alpha: {section: 1, block: -1, offset: 0}});
		app = await renderApp({positions});
		await app.press(keys.enter);
		expect(app.lines()[1]).toContain('1. 强化思想引领');
		await app.press('j');
		expect(saved.at(-1)!.alpha).toMatchObject({section: 1});
	});

	it('shows a warning from the position store without stopping', async () => {
		const {keeper: positions, warn} = keeper();
		app = await renderApp({positions, notice: 'Ignored an unreadable reading-position file (x).'});
		expect(app.lines().at(-1)).toContain('Ignored an unreadable reading-position file');
		await app.press('j');
		expect(app.lines().at(-1)).not.toContain('Ignored');
		warn({kind: 'unwritable', reason: {en: 'read-only file system', zh: '只读文件系统'}});
		await app.waitFor((frame) =>
			frame.includes('Not saving positions, bookmarks or history: read-only file system'),
		);
		await app.press(keys.enter);
		expect(app.frame()).toContain('乙區工會工作綜述');
	});
});

describe('keys joined in one read', () => {
	it('takes Esc followed at once by a key as both keys', async () => {
		app = await renderApp();
		await app.press(keys.enter);
		await app.press('\u001Bc');
		expect(app.frame()).toContain('Compare: choose regions');
	});

	it('does not quit on Esc in the library', async () => {
		app = await renderApp();
		await app.press(keys.escape);
		expect(app.frame()).toContain('Alpha 甲市');
		await app.press('j');
		expect(app.lines().find((line) => line.startsWith('›'))).toContain('Beta');
	});
});

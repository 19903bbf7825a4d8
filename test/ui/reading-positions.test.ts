import {
	chmodSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {
	mergePositions,
	openPositionStore,
	stateDirectory,
} from '../../source/ui/reading-positions.js';

let directory: string;
beforeEach(() => {
	directory = mkdtempSync(path.join(os.tmpdir(), 'baogao-state-'));
});
afterEach(() => {
	chmodSync(directory, 0o700);
	rmSync(directory, {recursive: true, force: true});
});

const file = () => path.join(directory, 'positions.json');

describe('state directory', () => {
	it('prefers BAOGAO_STATE_DIR, then XDG_STATE_HOME, then ~/.local/state', () => {
		expect(stateDirectory({BAOGAO_STATE_DIR: '/tmp/x', XDG_STATE_HOME: '/y'})).toBe('/tmp/x');
		expect(stateDirectory({XDG_STATE_HOME: '/y'})).toBe('/y/baogao');
		expect(stateDirectory({XDG_STATE_HOME: 'relative'})).toBe(
			path.join(os.homedir(), '.local/state/baogao'),
		);
		expect(stateDirectory({})).toBe(path.join(os.homedir(), '.local/state/baogao'));
	});
});

describe('reading positions', () => {
	it('saves positions and loads them in the next run', () => {
		const first = openPositionStore(directory);
		expect(first.initial).toEqual({});
		first.update({alpha: {section: 2, block: 1, offset: 40}});
		expect(first.flush()).toBeUndefined();
		const second = openPositionStore(directory);
		expect(second.initial).toEqual({alpha: {section: 2, block: 1, offset: 40}});
		expect(second.warnings).toEqual([]);
	});

	it('creates the state directory when it is missing', () => {
		const nested = path.join(directory, 'a', 'b');
		const store = openPositionStore(nested);
		store.update({alpha: {section: 0, block: 0, offset: 0}});
		expect(store.flush()).toBeUndefined();
		expect(
			JSON.parse(readFileSync(path.join(nested, 'positions.json'), 'utf8')).positions.alpha.section,
		).toBe(0);
	});

	it('saves a little after a change, without being asked', async () => {
		const store = openPositionStore(directory, 10);
		store.update({alpha: {section: 1, block: 0, offset: 0}});
		await new Promise((resolve) => setTimeout(resolve, 60));
		expect(openPositionStore(directory).initial.alpha).toEqual({section: 1, block: 0, offset: 0});
		store.close();
	});

	it('ignores a damaged file with a warning, and replaces it on the next save', () => {
		writeFileSync(file(), '{"positions": {"alpha": ');
		const store = openPositionStore(directory);
		expect(store.initial).toEqual({});
		expect(store.warnings).toEqual([{kind: 'corrupt', file: file()}]);
		store.update({beta: {section: 1, block: 0, offset: 3}});
		store.flush();
		const next = openPositionStore(directory);
		expect(next.warnings).toEqual([]);
		expect(next.initial).toEqual({beta: {section: 1, block: 0, offset: 3}});
	});

	it('skips entries that are not positions', () => {
		writeFileSync(
			file(),
			JSON.stringify({
				positions: {a: {section: 1, block: 0, offset: 0, at: 1}, b: {section: 'x'}, c: null},
			}),
		);
		expect(openPositionStore(directory).initial).toEqual({a: {section: 1, block: 0, offset: 0}});
	});

	it('warns once and keeps going when the directory cannot be written', () => {
		if (process.getuid?.() === 0) return; // root writes anywhere
		chmodSync(directory, 0o500);
		const store = openPositionStore(directory);
		const warnings: unknown[] = [];
		store.onWarning((warning) => warnings.push(warning));
		store.update({alpha: {section: 1, block: 0, offset: 0}});
		expect(store.flush()).toEqual({kind: 'unwritable', reason: 'permission denied'});
		store.update({alpha: {section: 2, block: 0, offset: 0}});
		expect(store.flush()).toBeUndefined();
		expect(warnings).toHaveLength(1);
	});

	it('warns when the state path is not a directory', () => {
		const blocker = path.join(directory, 'file');
		writeFileSync(blocker, 'x');
		const store = openPositionStore(path.join(blocker, 'state'));
		store.update({alpha: {section: 1, block: 0, offset: 0}});
		expect(store.flush()?.kind).toBe('unwritable');
	});

	it('merges what two copies save: the newest entry per report wins', () => {
		const one = openPositionStore(directory);
		const two = openPositionStore(directory);
		one.update({alpha: {section: 1, block: 0, offset: 0}});
		two.update({beta: {section: 3, block: 0, offset: 0}});
		one.flush();
		two.flush();
		expect(openPositionStore(directory).initial).toEqual({
			alpha: {section: 1, block: 0, offset: 0},
			beta: {section: 3, block: 0, offset: 0},
		});
		expect(readdirSync(directory).filter((name) => name !== 'positions.json')).toEqual([]);
	});

	it('never leaves a half-written file when copies save at the same moment', async () => {
		const {fork} = await import('node:child_process');
		const script = path.join(directory, 'save.mjs');
		const module = path.resolve('source/ui/reading-positions.ts');
		writeFileSync(
			script,
			`const {openPositionStore} = await import(${JSON.stringify(module)});
			const store = openPositionStore(process.argv[2]);
			for (let i = 0; i < 40; i++) {
				store.update({['r' + process.argv[3]]: {section: i, block: 0, offset: 0}, shared: {section: i, block: 0, offset: Number(process.argv[3])}});
				const warning = store.flush();
				if (warning) throw new Error(JSON.stringify(warning));
			}`,
		);
		const stateDir = path.join(directory, 'shared');
		mkdirSync(stateDir);
		const runs = [1, 2, 3, 4].map(
			(n) =>
				new Promise<number>((resolve) => {
					const child = fork(script, [stateDir, String(n)], {stdio: 'ignore'});
					child.on('exit', (code) => resolve(code ?? 1));
				}),
		);
		expect(await Promise.all(runs)).toEqual([0, 0, 0, 0]);
		const store = openPositionStore(stateDir);
		expect(store.warnings).toEqual([]);
		for (const n of [1, 2, 3, 4])
			expect(store.initial[`r${n}`]).toEqual({section: 39, block: 0, offset: 0});
		expect(readdirSync(stateDir)).toEqual(['positions.json']);
	});
});

describe('merging', () => {
	it('keeps the newer of two entries', () => {
		const old = {section: 1, block: 0, offset: 0, at: 1};
		const newer = {section: 2, block: 0, offset: 0, at: 2};
		expect(mergePositions({a: newer}, {a: old})).toEqual({a: newer});
		expect(mergePositions({a: old}, {a: newer, b: old})).toEqual({a: newer, b: old});
	});
});

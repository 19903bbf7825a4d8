import {chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {DatabaseSync} from 'node:sqlite';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {openStateStore, type StateStore} from '../../../source/services/state-store.js';
import {savePositions} from '../../../source/ui/app/reading-positions.js';

let directory: string;
const stores: StateStore[] = [];
beforeEach(() => {
	directory = mkdtempSync(path.join(os.tmpdir(), 'baogao-positions-'));
});
afterEach(() => {
	for (const store of stores.splice(0)) store.close();
	chmodSync(directory, 0o700);
	rmSync(directory, {recursive: true, force: true});
});

function open(dir = directory, options: Parameters<typeof openStateStore>[1] = {}) {
	const store = openStateStore(dir, options);
	stores.push(store);
	return store;
}

describe('reading positions', () => {
	it('saves positions and loads them in the next run', () => {
		const first = savePositions(open());
		expect(first.initial).toEqual({});
		first.update({alpha: {section: 2, block: 1, offset: 40}});
		expect(first.flush()).toBeUndefined();
		const second = savePositions(open());
		expect(second.initial).toEqual({alpha: {section: 2, block: 1, offset: 40}});
		expect(second.warnings).toEqual([]);
	});

	it('saves only what changed, a little after a change, without being asked', async () => {
		const store = open();
		store.positions.set({beta: {section: 5, block: 0, offset: 0, at: Date.now() - 2000}});
		const saver = savePositions(store, 10);
		// beta is shown as it was loaded, so it is not saved again over what another copy saved.
		const other = open();
		other.positions.set({beta: {section: 6, block: 0, offset: 0, at: Date.now() - 1000}});
		saver.update({...saver.initial, alpha: {section: 1, block: 0, offset: 0}});
		await new Promise((resolve) => setTimeout(resolve, 80));
		expect(savePositions(open()).initial).toEqual({
			alpha: {section: 1, block: 0, offset: 0},
			beta: {section: 6, block: 0, offset: 0},
		});
		saver.close();
	});

	it('of two windows, the one that moved last wins, whichever saves last', () => {
		const one = savePositions(open());
		const two = savePositions(open());
		two.update({alpha: {section: 1, block: 0, offset: 0}});
		const later = Date.now() + 5;
		while (Date.now() < later) {
			// Wait a few ms so the two changes have different times.
		}
		one.update({alpha: {section: 4, block: 0, offset: 0}});
		one.flush();
		two.flush();
		expect(savePositions(open()).initial.alpha).toEqual({section: 4, block: 0, offset: 0});
	});

	it('merges what two copies save', () => {
		const one = savePositions(open());
		const two = savePositions(open());
		one.update({alpha: {section: 1, block: 0, offset: 0}});
		two.update({beta: {section: 3, block: 0, offset: 0}});
		one.flush();
		two.flush();
		expect(savePositions(open()).initial).toEqual({
			alpha: {section: 1, block: 0, offset: 0},
			beta: {section: 3, block: 0, offset: 0},
		});
	});

	it('warns once when saving fails, keeps the change, and saves it when it can again', () => {
		const store = open(directory, {busyTimeout: 20});
		const saver = savePositions(store);
		const warnings: unknown[] = [];
		saver.onWarning((warning) => warnings.push(warning));
		const blocker = new DatabaseSync(path.join(directory, 'state.db'));
		blocker.exec('BEGIN IMMEDIATE');
		saver.update({alpha: {section: 1, block: 0, offset: 0}});
		const failure = {
			kind: 'unwritable',
			reason: {
				en: 'another copy of baogao kept the state database busy',
				zh: '另一个 baogao 正占用状态数据库',
			},
		};
		expect(saver.flush()).toEqual(failure);
		saver.update({alpha: {section: 2, block: 0, offset: 0}});
		expect(saver.flush()).toBeUndefined();
		blocker.exec('COMMIT');
		blocker.close();
		expect(saver.flush()).toBeUndefined();
		expect(warnings).toEqual([failure]);
		expect(open().positions.get('alpha')?.section).toBe(2);
	});

	it('warns once when the state path is not a directory', () => {
		const blocker = path.join(directory, 'file');
		writeFileSync(blocker, 'x');
		const saver = savePositions(open(path.join(blocker, 'state')));
		saver.update({alpha: {section: 1, block: 0, offset: 0}});
		expect(saver.flush()).toEqual({
			kind: 'unwritable',
			reason: {en: 'a part of the path is not a directory', zh: '路径中有一段不是目录'},
		});
		saver.update({alpha: {section: 2, block: 0, offset: 0}});
		expect(saver.flush()).toBeUndefined();
	});

	it('never loses a save when copies save at the same moment', async () => {
		const {fork} = await import('node:child_process');
		const {build} = await import('esbuild');
		const entry = path.join(directory, 'save.ts');
		const script = path.join(directory, 'save.mjs');
		const store = path.resolve('source/services/state-store.ts');
		const saver = path.resolve('source/ui/app/reading-positions.ts');
		writeFileSync(
			entry,
			`import {openStateStore} from ${JSON.stringify(store)};
			import {savePositions} from ${JSON.stringify(saver)};
			const state = openStateStore(process.argv[2]);
			if (state.warnings.length > 0) throw new Error(JSON.stringify(state.warnings));
			const positions = savePositions(state);
			for (let i = 0; i < 40; i++) {
				positions.update({['r' + process.argv[3]]: {section: i, block: 0, offset: 0}, shared: {section: i, block: 0, offset: Number(process.argv[3])}});
				const warning = positions.flush();
				if (warning) throw new Error(JSON.stringify(warning));
			}
			state.close();`,
		);
		await build({
			entryPoints: [entry],
			outfile: script,
			bundle: true,
			platform: 'node',
			format: 'esm',
			logLevel: 'warning',
		});
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
		const state = open(stateDir);
		expect(state.warnings).toEqual([]);
		const saved = savePositions(state).initial;
		for (const n of [1, 2, 3, 4])
			expect(saved[`r${n}`]).toEqual({section: 39, block: 0, offset: 0});
		expect(saved.shared?.section).toBe(39);
		// No temporary or moved-aside file: only the database (and its WAL files while open).
		expect(readdirSync(stateDir).filter((name) => !/^state\.db(-wal|-shm)?$/.test(name))).toEqual(
			[],
		);
		const check = new DatabaseSync(path.join(stateDir, 'state.db'), {readOnly: true});
		expect(check.prepare('PRAGMA integrity_check').all()).toEqual([{integrity_check: 'ok'}]);
		check.close();
	});
});

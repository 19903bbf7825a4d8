// Saving reading positions on a full disk (made up here with SQLite's page limit: root in CI
// writes anywhere, and a small file system needs a mount). One warning in words, the positions
// saved before kept whole, the change kept for a later save, no stray file left.
import {mkdtempSync, readdirSync, rmSync, statSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {DatabaseSync} from 'node:sqlite';
import {afterEach, expect, test} from 'vitest';
import {openStateStore} from '../../source/services/state-store.js';
import {savePositions} from '../../source/ui/app/reading-positions.js';

let dir: string;
afterEach(() => {
	rmSync(dir, {recursive: true, force: true});
});

test('a full disk: one warning, "no space left on the device"; the old positions stay', () => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'baogao-positions-full-'));
	const before = openStateStore(dir);
	before.positions.set({jinan: {section: 2, block: 0, offset: 0, at: Date.now()}});
	before.close();
	const pages = statSync(path.join(dir, 'state.db')).size / 4096;

	const state = openStateStore(dir, {maxPages: pages});
	const store = savePositions(state);
	expect(store.initial.jinan).toEqual({section: 2, block: 0, offset: 0});
	const warnings: unknown[] = [];
	store.onWarning((warning) => warnings.push(warning));
	// Many reports at once need more pages than the disk has left.
	const many = Object.fromEntries(
		Array.from({length: 2000}, (_, n) => [`report-${n}`, {section: n, block: 0, offset: 0}]),
	);
	const failure = {
		kind: 'unwritable',
		reason: {en: 'no space left on the device', zh: '设备空间已满'},
	};
	store.update({...store.initial, ...many});
	expect(store.flush()).toEqual(failure);
	store.update({...store.initial, ...many, jinan: {section: 5, block: 0, offset: 0}});
	expect(store.flush()).toBeUndefined();
	store.close();
	state.close();
	expect(warnings).toEqual([failure]);

	const after = new DatabaseSync(path.join(dir, 'state.db'), {readOnly: true});
	expect(after.prepare('PRAGMA integrity_check').all()).toEqual([{integrity_check: 'ok'}]);
	expect(after.prepare('SELECT report, section FROM positions').all()).toEqual([
		{report: 'jinan', section: 2},
	]);
	after.close();
	expect(readdirSync(dir).filter((name) => !/^state\.db(-wal|-shm)?$/.test(name))).toEqual([]);
});

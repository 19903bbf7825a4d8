// Reading positions under pressure: several copies of baogao saving at the same moment, and a
// state directory that cannot be written or holds a bad file. The database is never corrupt,
// no copy's last position is lost, no stray file stays, and a failure to save is a warning.
import {spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {DatabaseSync} from 'node:sqlite';
import {build} from 'esbuild';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {openStateStore} from '../../source/services/state-store.js';
import {savePositions} from '../../source/ui/app/reading-positions.js';
import {root} from './cli.js';

let work: string;
let saver: string;

beforeAll(async () => {
	work = mkdtempSync(path.join(os.tmpdir(), 'baogao-positions-'));
	// A small program that saves positions over and over, as a running copy of the app does.
	const entry = path.join(work, 'saver.ts');
	writeFileSync(
		entry,
		`import {openStateStore} from ${JSON.stringify(path.join(root, 'source/services/state-store.ts'))};
import {savePositions} from ${JSON.stringify(path.join(root, 'source/ui/app/reading-positions.ts'))};
const [dir, id, rounds] = process.argv.slice(2);
const state = openStateStore(dir);
if (state.warnings.length > 0) { console.error(JSON.stringify(state.warnings)); process.exit(3); }
const store = savePositions(state, 60_000);
for (let round = 0; round < Number(rounds); round++) {
	store.update({[id]: {section: round, block: 1, offset: 2}, shared: {section: round, block: 0, offset: 0}});
	const warning = store.flush();
	if (warning) { console.error(JSON.stringify(warning)); process.exit(3); }
}
store.close();
state.close();
`,
	);
	saver = path.join(work, 'saver.mjs');
	await build({
		entryPoints: [entry],
		outfile: saver,
		bundle: true,
		platform: 'node',
		format: 'esm',
		logLevel: 'warning',
	});
}, 60_000);

afterAll(() => rmSync(work, {recursive: true, force: true}));

function runSaver(
	dir: string,
	id: string,
	rounds: number,
): Promise<{code: number | null; stderr: string}> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [saver, dir, id, String(rounds)], {
			stdio: ['ignore', 'ignore', 'pipe'],
		});
		let stderr = '';
		child.stderr.on('data', (chunk) => {
			stderr += chunk;
		});
		child.on('close', (code) => resolve({code, stderr}));
	});
}

/** Files in a state directory besides the database and its WAL files. */
const strays = (dir: string) =>
	readdirSync(dir).filter((name) => !/^state\.db(-wal|-shm)?$/.test(name));

function integrity(dir: string): unknown {
	const db = new DatabaseSync(path.join(dir, 'state.db'), {readOnly: true});
	try {
		return db.prepare('PRAGMA integrity_check').all();
	} finally {
		db.close();
	}
}

describe('several copies saving at once', () => {
	test("eight copies, forty saves each: one whole database with every copy's last position", async () => {
		const dir = mkdtempSync(path.join(work, 'state-'));
		const copies = Array.from({length: 8}, (_, index) => `copy-${index}`);
		const rounds = 40;
		const results = await Promise.all(copies.map((id) => runSaver(dir, id, rounds)));
		for (const result of results) expect(result, result.stderr).toEqual({code: 0, stderr: ''});
		const state = openStateStore(dir);
		expect(state.warnings).toEqual([]);
		const saved = state.positions.all();
		state.close();
		for (const id of copies) {
			expect(saved[id], id).toMatchObject({section: rounds - 1, block: 1, offset: 2});
		}
		expect(saved.shared?.section).toBe(rounds - 1);
		expect(strays(dir)).toEqual([]);
		expect(integrity(dir)).toEqual([{integrity_check: 'ok'}]);
	}, 60_000);

	test('a copy reading while others write never sees a broken database', async () => {
		const dir = mkdtempSync(path.join(work, 'state-'));
		const writers = Promise.all(['a', 'b', 'c'].map((id) => runSaver(dir, id, 60)));
		let finished = false;
		void writers.then(() => {
			finished = true;
		});
		let reads = 0;
		while (!finished) {
			const state = openStateStore(dir);
			expect(state.warnings).toEqual([]);
			state.close();
			reads++;
			await new Promise((resolve) => setImmediate(resolve));
		}
		expect(reads).toBeGreaterThan(0);
		for (const result of await writers)
			expect(result, result.stderr).toEqual({code: 0, stderr: ''});
		expect(strays(dir)).toEqual([]);
	}, 60_000);
});

describe('a state directory that cannot be written', () => {
	test('a file in the way: saving gives one warning, then the store goes on quietly', () => {
		const blocked = path.join(work, 'blocked-file');
		writeFileSync(blocked, 'in the way');
		const state = openStateStore(path.join(blocked, 'state'));
		const store = savePositions(state);
		const warnings: unknown[] = [];
		store.onWarning((warning) => warnings.push(warning));
		store.update({leshan: {section: 1, block: 0, offset: 0}});
		expect(store.flush()).toEqual({
			kind: 'unwritable',
			reason: {en: 'a part of the path is not a directory', zh: '路径中有一段不是目录'},
		});
		store.update({leshan: {section: 2, block: 0, offset: 0}});
		expect(store.flush()).toBeUndefined();
		expect(warnings).toHaveLength(1);
		store.close();
		state.close();
		expect(readFileSync(blocked, 'utf8')).toBe('in the way');
	});

	test('a damaged database is moved aside with one warning, and the next save starts afresh', () => {
		const dir = mkdtempSync(path.join(work, 'state-'));
		const damaged = `SQLite format 3\0${'\u0007'.repeat(5000)}`;
		writeFileSync(path.join(dir, 'state.db'), damaged);
		const state = openStateStore(dir);
		expect(state.warnings).toHaveLength(1);
		const warning = state.warnings[0]!;
		expect(warning).toMatchObject({kind: 'moved-aside', file: path.join(dir, 'state.db')});
		const store = savePositions(state);
		store.update({leshan: {section: 3, block: 0, offset: 0}});
		expect(store.flush()).toBeUndefined();
		store.close();
		state.close();
		if (warning.kind === 'moved-aside') {
			expect(readFileSync(warning.movedTo, 'latin1')).toBe(damaged);
			expect(strays(dir)).toEqual([path.basename(warning.movedTo)]);
		}
		const next = openStateStore(dir);
		expect(next.warnings).toEqual([]);
		expect(next.positions.get('leshan')?.section).toBe(3);
		next.close();
	});
});

// Reading positions under pressure: several copies of baogao saving at the same moment, and a
// state directory that is read-only or full. The file is never corrupt, no copy's last position
// is lost, no temporary file stays, and a failure to save is a warning, not a crash.
import {spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {build} from 'esbuild';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {openPositionStore} from '../../source/ui/reading-positions.js';
import {root} from './cli.js';

let work: string;
let saver: string;

beforeAll(async () => {
	work = mkdtempSync(path.join(os.tmpdir(), 'baogao-positions-'));
	// A small program that saves positions over and over, as a running copy of the app does.
	const entry = path.join(work, 'saver.ts');
	writeFileSync(
		entry,
		`import {openPositionStore} from ${JSON.stringify(path.join(root, 'source/ui/reading-positions.ts'))};
const [dir, id, rounds] = process.argv.slice(2);
const store = openPositionStore(dir, 60_000);
for (let round = 0; round < Number(rounds); round++) {
	store.update({[id]: {section: round, block: 1, offset: 2}, shared: {section: round, block: 0, offset: 0}});
	const warning = store.flush();
	if (warning) { console.error(JSON.stringify(warning)); process.exit(3); }
}
store.close();
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

describe('several copies saving at once', () => {
	test("eight copies, forty saves each: one whole file with every copy's last position", async () => {
		const dir = mkdtempSync(path.join(work, 'state-'));
		const copies = Array.from({length: 8}, (_, index) => `copy-${index}`);
		const rounds = 40;
		const results = await Promise.all(copies.map((id) => runSaver(dir, id, rounds)));
		for (const result of results) expect(result, result.stderr).toEqual({code: 0, stderr: ''});
		const saved = JSON.parse(readFileSync(path.join(dir, 'positions.json'), 'utf8'));
		for (const id of copies) {
			expect(saved.positions[id], id).toMatchObject({section: rounds - 1, block: 1, offset: 2});
		}
		expect(saved.positions.shared.section).toBe(rounds - 1);
		expect(readdirSync(dir)).toEqual(['positions.json']);
	}, 60_000);

	test('a copy reading while others write never sees a broken file', async () => {
		const dir = mkdtempSync(path.join(work, 'state-'));
		const writers = Promise.all(['a', 'b', 'c'].map((id) => runSaver(dir, id, 60)));
		let finished = false;
		void writers.then(() => {
			finished = true;
		});
		let reads = 0;
		while (!finished) {
			const store = openPositionStore(dir);
			expect(store.warnings).toEqual([]);
			store.close();
			reads++;
			await new Promise((resolve) => setImmediate(resolve));
		}
		expect(reads).toBeGreaterThan(0);
	}, 60_000);
});

describe('a state directory that cannot be written', () => {
	test('a file in the way: saving gives one warning, then the store goes on quietly', () => {
		const blocked = path.join(work, 'blocked-file');
		writeFileSync(blocked, 'in the way');
		const store = openPositionStore(path.join(blocked, 'state'));
		const warnings: unknown[] = [];
		store.onWarning((warning) => warnings.push(warning));
		store.update({leshan: {section: 1, block: 0, offset: 0}});
		expect(store.flush()).toEqual({
			kind: 'unwritable',
			reason: 'a part of the path is not a directory',
		});
		store.update({leshan: {section: 2, block: 0, offset: 0}});
		expect(store.flush()).toBeUndefined();
		expect(warnings).toHaveLength(1);
		store.close();
	});

	test('a corrupt file is a warning and is replaced by the next save', () => {
		const dir = mkdtempSync(path.join(work, 'state-'));
		writeFileSync(path.join(dir, 'positions.json'), '{"positions": {"leshan": ');
		const store = openPositionStore(dir);
		expect(store.warnings).toEqual([{kind: 'corrupt', file: path.join(dir, 'positions.json')}]);
		store.update({leshan: {section: 3, block: 0, offset: 0}});
		expect(store.flush()).toBeUndefined();
		store.close();
		expect(
			JSON.parse(readFileSync(path.join(dir, 'positions.json'), 'utf8')).positions.leshan.section,
		).toBe(3);
	});
});

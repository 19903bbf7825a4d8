// `baogao import` when things go wrong: bad input files, and output places it cannot write.
// It says so in one line, exits 2, and leaves neither a partial report nor a temporary file.
import {spawnSync} from 'node:child_process';
import {
	chmodSync,
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, expect, test} from 'vitest';
import {parseReport} from '../../source/corpus/format.js';
import {firstControl} from './arbitraries.js';
import {ensureBuilt, fixtures, removeCache, root, run, stderrLines} from './cli.js';

const rawName = '000_a3a81f8c2a398bf8';
let work: string;

beforeAll(ensureBuilt);
afterAll(removeCache);

afterEach(() => {
	if (work) rmSync(work, {recursive: true, force: true});
});

/** A scratch folder holding one raw report and its metadata override. */
function scratch(): {raw: string} {
	work = mkdtempSync(path.join(os.tmpdir(), 'baogao-import-'));
	chmodSync(work, 0o755);
	for (const ext of ['.txt', '.meta.yaml']) {
		copyFileSync(path.join(root, 'reports', 'raw', rawName + ext), path.join(work, rawName + ext));
		chmodSync(path.join(work, rawName + ext), 0o644);
	}
	return {raw: path.join(work, `${rawName}.txt`)};
}

/** Every file under `dir`, relative, so leftovers show up by name. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, {recursive: true, encoding: 'utf8'}).sort();
}

test('imports into a new folder: the report loads, and no temporary file stays', () => {
	const {raw} = scratch();
	const out = path.join(work, 'out', 'deeper');
	const result = run(['import', raw, '--out', out]);
	expect(result.status).toBe(0);
	expect(filesUnder(out)).toEqual(['leshan.md']);
	const text = readFileSync(path.join(out, 'leshan.md'), 'utf8');
	expect(parseReport(text, 'leshan.md').meta.id).toBe('leshan');
});

test('an output folder that is a file: one line, status 2, the file untouched', () => {
	const {raw} = scratch();
	const out = path.join(work, 'not-a-folder');
	writeFileSync(out, 'mine');
	const before = filesUnder(work);
	const result = run(['import', raw, '--out', out]);
	expect(result.status).toBe(2);
	expect(stderrLines(result)).toEqual([`baogao: ${out}: is not a directory`]);
	expect(readFileSync(out, 'utf8')).toBe('mine');
	expect(filesUnder(work)).toEqual(before);
	expect(result.stdout).toBe('');
});

test('a directory where the report would go: rename fails, nothing is left behind', () => {
	const {raw} = scratch();
	const out = path.join(work, 'out');
	mkdirSync(path.join(out, 'leshan.md'), {recursive: true});
	writeFileSync(path.join(out, 'leshan.md', 'keep.txt'), 'keep');
	const result = run(['import', raw, '--out', out]);
	expect(result.status).toBe(2);
	expect(stderrLines(result)).toEqual([
		`baogao: ${path.join(out, 'leshan.md')}: a directory of that name is in the way`,
	]);
	expect(filesUnder(out)).toEqual(['leshan.md', path.join('leshan.md', 'keep.txt')]);
});

test('a read-only output folder: "permission denied", no partial or temporary file', () => {
	// Root writes anywhere, so as root this runs as another user.
	const isRoot = process.getuid?.() === 0;
	const {raw} = scratch();
	const out = path.join(work, 'locked');
	mkdirSync(out);
	writeFileSync(path.join(out, 'leshan.md'), 'the old report');
	chmodSync(path.join(out, 'leshan.md'), 0o644);
	chmodSync(out, 0o555);
	const result = run(['import', raw, '--out', out], {
		env: {HOME: work, BAOGAO_CACHE: 'off'},
		cwd: work,
		...(isRoot ? {uid: 65_534, gid: 65_534} : {}),
	});
	expect(result.status).toBe(2);
	expect(stderrLines(result)).toEqual([
		`baogao: ${path.join(out, 'leshan.md')}: cannot write: permission denied`,
	]);
	expect(filesUnder(out)).toEqual(['leshan.md']);
	expect(readFileSync(path.join(out, 'leshan.md'), 'utf8')).toBe('the old report');
});

test('bad input files: one line each naming the file, status 2, no output', () => {
	work = mkdtempSync(path.join(os.tmpdir(), 'baogao-import-bad-'));
	const out = path.join(work, 'out');
	const nasty = path.join(fixtures, 'nasty');
	const cases: Array<[string, RegExp]> = [
		// GBK and UTF-16 text are decoded now (test/ingest/decode.test.ts); these are not text.
		[path.join(nasty, 'photo.md'), /: a PNG image, not text$/],
		[path.join(nasty, 'empty.md'), /: empty file$/],
		[path.join(nasty, 'whitespace.md'), /: no text left after cleaning$/],
		[path.join(nasty, 'nul-bytes.md'), /: binary file \(contains NUL bytes\)$/],
		[path.join(work, 'missing.txt'), /: does not exist \(or is a broken link\)$/],
		// A folder imports its supported files; this one has none.
		[path.join(work, 'empty-folder'), /: no \.txt, \.html or \.docx files$/],
	];
	mkdirSync(path.join(work, 'empty-folder'));
	const fifo = path.join(work, 'pipe.txt');
	if (spawnSync('mkfifo', [fifo]).status === 0) cases.push([fifo, /: is not a regular file$/]);
	for (const [file, problem] of cases) {
		const result = run(['import', file, '--out', out], {timeout: 20_000});
		expect(result.status, file).toBe(2);
		const lines = stderrLines(result);
		expect(lines, file).toHaveLength(1);
		expect(lines[0]!.startsWith(`baogao: ${file}`), lines[0]).toBe(true);
		expect(lines[0], file).toMatch(problem);
		expect(firstControl(lines[0]!)).toBeUndefined();
	}
	expect(filesUnder(work).filter((name) => name.startsWith('out'))).toEqual([]);
});

test('a metadata override that is broken is named, not the raw file', () => {
	const {raw} = scratch();
	writeFileSync(path.join(work, `${rawName}.meta.yaml`), 'authors: {a: 1}\n');
	const result = run(['import', raw, '--out', path.join(work, 'out')]);
	expect(result.status).toBe(2);
	expect(stderrLines(result)).toEqual([
		`baogao: ${path.join(work, `${rawName}.meta.yaml`)}: "authors" must be a list of names`,
	]);
});

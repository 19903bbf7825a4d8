// The one file writer when the disk fills up half-way or the rename fails: the old file stays
// as it was, and no temporary file is left behind (the failures are made up here); and when a
// symlink or a file is planted where it writes, nothing is followed or overwritten.
import {
	lstatSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, expect, test, vi} from 'vitest';

const fail = {write: '', rename: ''};

vi.mock('node:fs', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs')>();
	const writeSync = ((fd: number, data: Uint8Array, offset: number = 0) => {
		if (fail.write) {
			// Half of it reaches the disk, then the disk is full.
			const half = Math.max(1, Math.floor((data.length - offset) / 2));
			if (offset === 0) return fs.writeSync(fd, data, 0, half);
			throw Object.assign(new Error(`${fail.write}: made up, write`), {code: fail.write});
		}
		return fs.writeSync(fd, data, offset);
	}) as typeof fs.writeSync;
	const renameSync = ((from: string, to: string) => {
		if (fail.rename) {
			throw Object.assign(new Error(`${fail.rename}: made up, rename`), {code: fail.rename});
		}
		return fs.renameSync(from, to);
	}) as typeof fs.renameSync;
	return {...fs, default: {...fs, writeSync, renameSync}, writeSync, renameSync};
});

const {writeFileAtomic: writeAtomically} = await import('../../source/io/write-file-atomic.js');

let dir: string;
afterEach(() => {
	fail.write = '';
	fail.rename = '';
	rmSync(dir, {recursive: true, force: true});
});

function setUp(): string {
	dir = mkdtempSync(path.join(os.tmpdir(), 'baogao-atomic-'));
	const target = path.join(dir, 'report.md');
	writeFileSync(target, 'the old report\n');
	return target;
}

test.each(['ENOSPC', 'EDQUOT', 'EIO'])(
	'a write failing half-way (%s) keeps the old file',
	(code) => {
		const target = setUp();
		fail.write = code;
		expect(() => writeAtomically(target, '新的报告'.repeat(1000))).toThrow(code);
		expect(readFileSync(target, 'utf8')).toBe('the old report\n');
		expect(readdirSync(dir)).toEqual(['report.md']);
	},
);

test.each(['EXDEV', 'EACCES', 'EBUSY'])('a rename failing (%s) keeps the old file', (code) => {
	const target = setUp();
	fail.rename = code;
	expect(() => writeAtomically(target, 'new')).toThrow(code);
	expect(readFileSync(target, 'utf8')).toBe('the old report\n');
	expect(readdirSync(dir)).toEqual(['report.md']);
});

test('with nothing failing, the whole text arrives', () => {
	const target = setUp();
	const text = '新的报告\n'.repeat(100_000);
	writeAtomically(target, text);
	expect(readFileSync(target, 'utf8')).toBe(text);
	expect(readdirSync(dir)).toEqual(['report.md']);
});

test('a symlink at the target is replaced by the file, and what it pointed to is untouched', () => {
	const target = setUp();
	const victim = path.join(dir, 'victim.txt');
	writeFileSync(victim, 'precious\n');
	rmSync(target);
	symlinkSync(victim, target);
	writeAtomically(target, 'the report\n');
	expect(lstatSync(target).isSymbolicLink()).toBe(false);
	expect(readFileSync(target, 'utf8')).toBe('the report\n');
	expect(readFileSync(victim, 'utf8')).toBe('precious\n');
	expect(readdirSync(dir).sort()).toEqual(['report.md', 'victim.txt']);
});

test('temporary names are random: symlinks planted at the old predictable names are left alone', () => {
	const target = setUp();
	const victim = path.join(dir, 'victim.txt');
	writeFileSync(victim, 'precious\n');
	const planted = [0, 1, 2, process.pid].map((pid) => path.join(dir, `.report.md.${pid}.tmp`));
	for (const link of planted) symlinkSync(victim, link);
	writeAtomically(target, 'new\n');
	expect(readFileSync(victim, 'utf8')).toBe('precious\n');
	for (const link of planted) expect(readlinkSync(link)).toBe(victim);
	expect(readFileSync(target, 'utf8')).toBe('new\n');
});

test('replace: false refuses an existing file or link and leaves no temporary file', () => {
	const target = setUp();
	expect(() => writeAtomically(target, 'new', {replace: false})).toThrow(/EEXIST/);
	expect(readFileSync(target, 'utf8')).toBe('the old report\n');
	rmSync(target);
	symlinkSync(path.join(dir, 'nowhere'), target);
	expect(() => writeAtomically(target, 'new', {replace: false})).toThrow(/EEXIST/);
	expect(readdirSync(dir)).toEqual(['report.md']);
	rmSync(target);
	writeAtomically(target, 'fresh', {replace: false});
	expect(readFileSync(target, 'utf8')).toBe('fresh');
});

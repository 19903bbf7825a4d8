// What the loader says when the file system refuses: errors that root never sees (EACCES) or
// that are hard to cause on purpose (EIO, EMFILE) are made up here, file by file.
import path from 'node:path';
import {afterEach, expect, test, vi} from 'vitest';

/** Errors to throw, by file name, from the next reads. */
const failures = new Map<string, {call: 'stat' | 'read' | 'list'; code: string}>();

vi.mock('node:fs', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs')>();
	const fail = (call: 'stat' | 'read' | 'list', file: unknown) => {
		const failure = failures.get(path.basename(String(file)));
		if (failure?.call === call) {
			throw Object.assign(new Error(`${failure.code}: made up, ${call} '${file}'`), {
				code: failure.code,
			});
		}
	};
	const statSync = ((file: string, options?: object) => {
		fail('stat', file);
		return fs.statSync(file, options);
	}) as typeof fs.statSync;
	const readFileSync = ((file: string, options?: object) => {
		fail('read', file);
		return fs.readFileSync(file, options);
	}) as typeof fs.readFileSync;
	const readdirSync = ((dir: string, options?: object) => {
		fail('list', dir);
		return fs.readdirSync(dir, options as undefined);
	}) as typeof fs.readdirSync;
	return {
		...fs,
		default: {...fs, statSync, readFileSync, readdirSync},
		statSync,
		readFileSync,
		readdirSync,
	};
});

const {loadDirectories} = await import('../../source/corpus/load.js');
const {mkdtempSync, writeFileSync, rmSync} = await import('node:fs');
const os = await import('node:os');

afterEach(() => failures.clear());

function folder(names: string[]): string {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'baogao-load-errors-'));
	for (const name of names) {
		const id = name.replace(/\.md$/, '');
		writeFileSync(
			path.join(dir, name),
			`---\nid: ${id}\ntitle: 题\nregion: 某市\nlevel: city\nperiod: 2018-2023\n---\n\n正文。\n`,
		);
	}
	return dir;
}

test.each([
	['read', 'EACCES', 'cannot read file: permission denied'],
	['read', 'EPERM', 'cannot read file: permission denied'],
	['stat', 'EACCES', 'cannot read file: permission denied'],
	['stat', 'ELOOP', 'is a symbolic link loop'],
	['stat', 'ENOENT', 'does not exist (or is a broken link)'],
	['read', 'EISDIR', 'is a directory, not a report file'],
	['read', 'EIO', 'cannot read file: input/output error'],
	['read', 'EMFILE', 'cannot read file: EMFILE: made up'],
] as const)('%s failing with %s: "%s", and the other report loads', (call, code, message) => {
	const dir = folder(['bad.md', 'good.md']);
	try {
		failures.set('bad.md', {call, code});
		const {reports, problems} = loadDirectories([dir]);
		expect(reports.map((report) => report.meta.id)).toEqual(['good']);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.file).toBe(path.join(dir, 'bad.md'));
		expect(problems[0]!.problem.en.startsWith(message)).toBe(true);
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
});

test('an unreadable directory is one problem naming it; other directories still load', () => {
	const locked = folder(['a.md']);
	const open = folder(['b.md']);
	try {
		failures.set(path.basename(locked), {call: 'list', code: 'EACCES'});
		const {reports, problems} = loadDirectories([locked, open]);
		expect(reports.map((report) => report.meta.id)).toEqual(['b']);
		expect(problems).toEqual([
			{
				file: locked,
				problem: {en: 'cannot read directory: permission denied', zh: '无法读取目录：权限不足'},
			},
		]);
	} finally {
		rmSync(locked, {recursive: true, force: true});
		rmSync(open, {recursive: true, force: true});
	}
});

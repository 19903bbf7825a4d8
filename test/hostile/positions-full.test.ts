// Saving reading positions on a full disk or a read-only file system (made up here: root in CI
// writes anywhere). One warning in words, the old file kept whole, no temporary file left.
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, expect, test, vi} from 'vitest';

const fail = {open: '', write: ''};

vi.mock('node:fs', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs')>();
	const openSync = ((file: string, flags: string, mode?: number) => {
		if (fail.open && String(file).endsWith('.tmp')) {
			throw Object.assign(new Error(`${fail.open}: made up, open`), {code: fail.open});
		}
		return fs.openSync(file, flags, mode);
	}) as typeof fs.openSync;
	const writeSync = ((fd: number, data: string) => {
		if (fail.write) {
			fs.writeSync(fd, data.slice(0, 5));
			throw Object.assign(new Error(`${fail.write}: made up, write`), {code: fail.write});
		}
		return fs.writeSync(fd, data);
	}) as typeof fs.writeSync;
	return {...fs, default: {...fs, openSync, writeSync}, openSync, writeSync};
});

const {openPositionStore} = await import('../../source/ui/reading-positions.js');

let dir: string;
afterEach(() => {
	fail.open = '';
	fail.write = '';
	rmSync(dir, {recursive: true, force: true});
});

const before = `${JSON.stringify({version: 1, positions: {jinan: {section: 2, block: 0, offset: 0, at: 1}}})}\n`;

test.each([
	['write', 'ENOSPC', 'no space left on the device'],
	['write', 'EDQUOT', 'disk quota exceeded'],
	['open', 'EROFS', 'read-only file system'],
	['open', 'EACCES', 'permission denied'],
] as const)(
	'%s failing with %s: one warning, "%s"; the old positions stay',
	(call, code, reason) => {
		dir = mkdtempSync(path.join(os.tmpdir(), 'baogao-positions-full-'));
		writeFileSync(path.join(dir, 'positions.json'), before);
		const store = openPositionStore(dir);
		expect(store.initial.jinan).toEqual({section: 2, block: 0, offset: 0});
		const warnings: unknown[] = [];
		store.onWarning((warning) => warnings.push(warning));
		fail[call] = code;
		store.update({...store.initial, leshan: {section: 1, block: 0, offset: 0}});
		expect(store.flush()).toEqual({kind: 'unwritable', reason});
		store.update({...store.initial, leshan: {section: 2, block: 0, offset: 0}});
		expect(store.flush()).toBeUndefined();
		store.close();
		expect(warnings).toEqual([{kind: 'unwritable', reason}]);
		expect(readFileSync(path.join(dir, 'positions.json'), 'utf8')).toBe(before);
		expect(readdirSync(dir)).toEqual(['positions.json']);
	},
);

import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {DamagedCacheError, openCache, writeCache} from '../../source/cache/container.js';

const identity = {kind: 'test', key: 'k1'};

function tempDir(): string {
	return mkdtempSync(path.join(tmpdir(), 'baogao-container-'));
}

function writeSample(file: string): boolean {
	return writeCache(file, identity, (write) => {
		write('a', Buffer.from('first part'));
		write('empty', new Uint8Array(0));
		write('b', Buffer.from([0, 1, 2, 255]));
	});
}

test('parts written are read back, each checked', () => {
	const file = path.join(tempDir(), 'nested', 'dirs', 'x.cache');
	expect(writeSample(file)).toBe(true);
	const reader = openCache(file, identity)!;
	expect(reader.parts).toEqual(['a', 'empty', 'b']);
	expect(reader.read('a').toString()).toBe('first part');
	expect(reader.read('empty')).toHaveLength(0);
	expect([...reader.read('b')]).toEqual([0, 1, 2, 255]);
	expect(reader.has('c')).toBe(false);
	expect(() => reader.read('c')).toThrow(DamagedCacheError);
	reader.close();
});

test('no file, or a file made for another kind or key, reads as no cache', () => {
	const file = path.join(tempDir(), 'x.cache');
	expect(openCache(file, identity)).toBeUndefined();
	writeSample(file);
	expect(openCache(file, {kind: 'test', key: 'k2'})).toBeUndefined();
	expect(openCache(file, {kind: 'other', key: 'k1'})).toBeUndefined();
});

test('a foreign file is never trusted', () => {
	const dir = tempDir();
	const cases: Array<[string, string | Buffer]> = [
		['empty', ''],
		['text', 'hello, this is not a cache file at all\n'.repeat(10)],
		['json', JSON.stringify({format: 1, kind: 'test', key: 'k1', parts: []})],
		['magic only', 'baogao cache v1\n'],
		['random', Buffer.from(Array.from({length: 4096}, (_, i) => (i * 7919) % 256))],
	];
	for (const [name, content] of cases) {
		const file = path.join(dir, `${name}.cache`);
		writeFileSync(file, content);
		expect(openCache(file, identity), name).toBeUndefined();
	}
});

test('a damaged part is refused; a damaged header or a torn file reads as no cache', () => {
	const dir = tempDir();
	const file = path.join(dir, 'x.cache');
	writeSample(file);
	const good = readFileSync(file);

	// A byte of part "a" (just after the 16-byte magic) flipped.
	const damagedPart = Buffer.from(good);
	damagedPart[16]! ^= 0xff;
	writeFileSync(file, damagedPart);
	const reader = openCache(file, identity)!;
	expect(() => reader.read('a')).toThrow(DamagedCacheError);
	expect([...reader.read('b')]).toEqual([0, 1, 2, 255]);
	reader.close();

	// Every byte of the header and trailer matters.
	const headerStart = good.indexOf('{"format"');
	for (let at = headerStart; at < good.length; at += 7) {
		const damaged = Buffer.from(good);
		damaged[at]! ^= 0x20;
		writeFileSync(file, damaged);
		expect(openCache(file, identity), `byte ${at}`).toBeUndefined();
	}

	for (const length of [0, 10, 16, good.length - 1, good.length - 30]) {
		writeFileSync(file, good.subarray(0, length));
		expect(openCache(file, identity), `${length} bytes`).toBeUndefined();
	}
});

test('an unwritable place gives false and leaves nothing behind', () => {
	const dir = tempDir();
	const notADir = path.join(dir, 'file');
	writeFileSync(notADir, 'a file where a directory should be');
	expect(writeSample(path.join(notADir, 'x.cache'))).toBe(false);
	expect(readdirSync(dir)).toEqual(['file']);
});

test('a write that fails half-way leaves the old file as it was and no temporary file', () => {
	const dir = tempDir();
	const file = path.join(dir, 'x.cache');
	writeSample(file);
	const before = readFileSync(file);
	const written = writeCache(file, identity, (write) => {
		write('a', Buffer.from('new'));
		throw new Error('ran out of something');
	});
	expect(written).toBe(false);
	expect(readFileSync(file).equals(before)).toBe(true);
	expect(readdirSync(dir)).toEqual(['x.cache']);
});

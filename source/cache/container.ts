// The cache file: named parts (byte blobs), each with its own checksum, so a reader can take
// one part (the library list) without reading the others (the search index).
//
//   magic (16 bytes) · part bytes, one after another · header (JSON) · trailer
//   trailer = header length (uint32 LE) · SHA-1 of the header (20 bytes) · end magic (8 bytes)
//
// The header comes last so parts can be written as they are produced. A file is trusted only
// when both magics, the header checksum, the header's kind and key, and the checksum of every
// part read all agree; anything else (a foreign file, a torn or damaged one) reads as "no
// cache". Files are written to a temporary name and renamed into place, so readers never see a
// half-written one (through the project's one file writer, io/write-file-atomic.ts).
import {createHash} from 'node:crypto';
import {closeSync, fstatSync, mkdirSync, openSync, readSync} from 'node:fs';
import path from 'node:path';
import {writeFileAtomicWith} from '../io/write-file-atomic.js';

const magic = Buffer.from('baogao cache v1\n', 'latin1');
const endMagic = Buffer.from('\nbaogao\n', 'latin1');
const trailerLength = 4 + 20 + endMagic.length;
/** Parts up to this size share readShared's buffer. */
const sharedLimit = 32 * 1024 * 1024;
/** A header this large is not one of ours. */
const maxHeaderLength = 64 * 1024 * 1024;

export type CacheIdentity = {
	/** What the file holds, e.g. "corpus". */
	kind: string;
	/** What it was made from; a file made from anything else is not used. */
	key: string;
};

type PartEntry = {name: string; offset: number; length: number; sha1: string};
type Header = CacheIdentity & {format: 1; parts: PartEntry[]};

/** A part whose bytes do not match its checksum. */
export class DamagedCacheError extends Error {
	override name = 'DamagedCacheError';
}

export type CacheReader = {
	readonly parts: readonly string[];
	has(name: string): boolean;
	/** The part's bytes, checked; throws DamagedCacheError when they do not match. */
	read(name: string): Buffer;
	/**
	 * Like read, into one buffer kept for the purpose: the bytes are good until the next
	 * readShared. Reading a large index this way does not leave a trail of buffers behind.
	 */
	readShared(name: string): Buffer;
	close(): void;
};

/**
 * Opens a cache file made for `identity`. Returns undefined when there is no such file or it is
 * not one: missing, unreadable, foreign, damaged header, or made for another kind or key.
 */
export function openCache(file: string, identity: CacheIdentity): CacheReader | undefined {
	let fd: number;
	try {
		fd = openSync(file, 'r');
	} catch {
		return undefined;
	}
	try {
		const header = readHeader(fd);
		if (!header || header.kind !== identity.kind || header.key !== identity.key) {
			closeSync(fd);
			return undefined;
		}
		return reader(fd, header);
	} catch {
		closeSync(fd);
		return undefined;
	}
}

function readHeader(fd: number): Header | undefined {
	const size = fstatSync(fd).size;
	if (size < magic.length + trailerLength) return undefined;
	if (!readAt(fd, 0, magic.length).equals(magic)) return undefined;
	const trailer = readAt(fd, size - trailerLength, trailerLength);
	if (!trailer.subarray(24).equals(endMagic)) return undefined;
	const headerLength = trailer.readUInt32LE(0);
	const headerStart = size - trailerLength - headerLength;
	if (headerLength > maxHeaderLength || headerStart < magic.length) return undefined;
	const headerBytes = readAt(fd, headerStart, headerLength);
	if (!createHash('sha1').update(headerBytes).digest().equals(trailer.subarray(4, 24))) {
		return undefined;
	}
	const header = JSON.parse(headerBytes.toString('utf8')) as Partial<Header> | null;
	if (header?.format !== 1 || !Array.isArray(header.parts)) return undefined;
	if (typeof header.kind !== 'string' || typeof header.key !== 'string') return undefined;
	for (const part of header.parts) {
		const valid =
			part &&
			typeof part.name === 'string' &&
			typeof part.sha1 === 'string' &&
			Number.isSafeInteger(part.offset) &&
			Number.isSafeInteger(part.length) &&
			part.offset >= magic.length &&
			part.length >= 0 &&
			part.offset + part.length <= headerStart;
		if (!valid) return undefined;
	}
	return header as Header;
}

function reader(fd: number, header: Header): CacheReader {
	const byName = new Map(header.parts.map((part) => [part.name, part]));
	let open = true;
	let scratch: Buffer | undefined;
	const read = (name: string, into?: Buffer) => {
		const part = byName.get(name);
		if (!part || !open) throw new DamagedCacheError(`no part "${name}"`);
		const bytes = readAt(fd, part.offset, part.length, into);
		if (createHash('sha1').update(bytes).digest('hex') !== part.sha1) {
			throw new DamagedCacheError(`part "${name}" does not match its checksum`);
		}
		return bytes;
	};
	return {
		parts: header.parts.map((part) => part.name),
		has: (name) => byName.has(name),
		read: (name) => read(name),
		readShared(name) {
			const length = byName.get(name)?.length ?? 0;
			// A part much larger than the rest gets a buffer of its own, dropped once read.
			if (length > sharedLimit) return read(name);
			if (!scratch || scratch.length < length) scratch = Buffer.allocUnsafeSlow(length);
			return read(name, scratch);
		},
		close() {
			if (open) closeSync(fd);
			open = false;
			scratch = undefined;
		},
	};
}

function readAt(fd: number, position: number, length: number, into?: Buffer): Buffer {
	const bytes = into ? into.subarray(0, length) : Buffer.allocUnsafe(length);
	let done = 0;
	while (done < length) {
		const read = readSync(fd, bytes, done, length - done, position + done);
		if (read === 0) throw new DamagedCacheError('file ends early');
		done += read;
	}
	return bytes;
}

/** Hands parts to the file as they are made. */
export type PartWriter = (name: string, bytes: Uint8Array) => void;

/**
 * Writes a cache file: `produce` calls `write` once per part. The file appears (atomically, by
 * rename) only when everything was written; returns false, leaving no trace, when the
 * directory cannot be made or written or `produce` throws.
 */
export function writeCache(
	file: string,
	identity: CacheIdentity,
	produce: (write: PartWriter) => void,
): boolean {
	try {
		mkdirSync(path.dirname(file), {recursive: true, mode: 0o700});
		writeFileAtomicWith(
			file,
			(put) => {
				let offset = 0;
				const write = (bytes: Uint8Array) => {
					put(bytes);
					offset += bytes.length;
				};
				write(magic);
				const parts: PartEntry[] = [];
				const names = new Set<string>();
				produce((name, bytes) => {
					if (names.has(name)) throw new Error(`part "${name}" written twice`);
					names.add(name);
					parts.push({
						name,
						offset,
						length: bytes.length,
						sha1: createHash('sha1').update(bytes).digest('hex'),
					});
					write(bytes);
				});
				const header: Header = {format: 1, kind: identity.kind, key: identity.key, parts};
				const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
				const trailer = Buffer.alloc(trailerLength);
				trailer.writeUInt32LE(headerBytes.length, 0);
				createHash('sha1').update(headerBytes).digest().copy(trailer, 4);
				endMagic.copy(trailer, 24);
				write(headerBytes);
				write(trailer);
			},
			{mode: 0o600},
		);
		return true;
	} catch {
		return false;
	}
}

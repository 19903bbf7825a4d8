// The one way baogao writes a file. The bytes go to a temporary file with a random name in the
// target's own folder, created exclusively (O_CREAT|O_EXCL: a planted symlink or an existing
// file of that name makes the open fail instead of being followed or truncated), flushed to
// disk, then renamed over the target. rename replaces a symlink at the target itself, never the
// file it points to. A failed or interrupted write leaves the old file (or none) and no
// temporary file behind.
import {
	closeSync,
	fsyncSync,
	linkSync,
	openSync,
	renameSync,
	rmSync,
	unlinkSync,
	writeSync,
} from 'node:fs';
import path from 'node:path';

type WriteOptions = {
	/** Permission bits of a new file (0o644 unless told). */
	mode?: number;
	/** false: fail with EEXIST when the target exists, as a symlink too (default true). */
	replace?: boolean;
};

/**
 * node:crypto, loaded on the first write: loading it took 12 ms (Node 24) of every start of the
 * CLI, which imports this module and mostly writes nothing.
 */
const randomBytes = (size: number) => process.getBuiltinModule('node:crypto').randomBytes(size);

/** Tries a few random names: a clash with a planted name only means "pick another". */
const attempts = 8;

function openTemporary(target: string, mode: number): {fd: number; file: string} {
	const dir = path.dirname(target);
	const base = path.basename(target);
	for (let attempt = 1; ; attempt++) {
		const file = path.join(dir, `.${base}.${randomBytes(8).toString('hex')}.tmp`);
		try {
			return {fd: openSync(file, 'wx', mode), file};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt === attempts) throw error;
		}
	}
}

export function writeFileAtomic(
	target: string,
	data: string | Uint8Array,
	options: WriteOptions = {},
): void {
	writeFileAtomicWith(
		target,
		(write) => write(typeof data === 'string' ? Buffer.from(data, 'utf8') : data),
		options,
	);
}

/**
 * The same, for a file made in pieces: `produce` calls `write` as often as it likes; if it
 * throws, nothing is left behind and the error goes on.
 */
function writeFileAtomicWith(
	target: string,
	produce: (write: (bytes: Uint8Array) => void) => void,
	options: WriteOptions = {},
): void {
	const {fd: opened, file: temporary} = openTemporary(target, options.mode ?? 0o644);
	let fd: number | undefined = opened;
	try {
		const out = fd;
		produce((bytes) => {
			for (let done = 0; done < bytes.length;) done += writeSync(out, bytes, done);
		});
		fsyncSync(fd);
		closeSync(fd);
		fd = undefined;
		if (options.replace === false) {
			// link() fails on any existing name, a dangling symlink included.
			linkSync(temporary, target);
			unlinkSync(temporary);
		} else {
			renameSync(temporary, target);
		}
	} catch (error) {
		try {
			if (fd !== undefined) closeSync(fd);
		} catch {}
		rmSync(temporary, {force: true});
		throw error;
	}
	syncDirectory(path.dirname(target));
}

/** Makes the rename itself durable; not every file system lets a folder be opened, so best effort. */
function syncDirectory(dir: string): void {
	let fd: number | undefined;
	try {
		fd = openSync(dir, 'r');
		fsyncSync(fd);
	} catch {
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

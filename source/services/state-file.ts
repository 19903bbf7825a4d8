// Checks the state database file before SQLite opens it, and moves a bad one aside. SQLite would
// block forever opening a FIFO and would write its tables into any other SQLite file, so the file
// is looked at with lstat (which never opens it) and, when it is a regular file, by its first bytes.
import {lstatSync, renameSync, statSync} from 'node:fs';
import type {Stats} from 'node:fs';
import type {Text} from '../i18n/lang.js';
import {startsWithSqliteHeader} from '../io/file-signature.js';
import {permissionDenied, stateProblems, systemReason} from '../i18n/messages.js';

type Inspected = {
	/** Why the file cannot be used as it is; undefined when it is fine (or missing). */
	problem?: Text;
	/** Which file was looked at (device and inode), so that only that one is moved aside. */
	identity?: string;
};

/** Looks at a state file without opening anything but a regular file. */
export function inspectStateFile(file: string): Inspected {
	let stats: Stats;
	let identity: string;
	try {
		stats = lstatSync(file);
		identity = identityOf(stats);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return {};
		return {problem: stateProblems.unreadable(systemReason(error))};
	}
	const problem = problemOf(file, stats);
	return problem ? {problem, identity} : {identity};
}

function problemOf(file: string, linkStats: Stats): Text | undefined {
	let stats = linkStats;
	// A link is judged by what it points to.
	if (stats.isSymbolicLink()) {
		try {
			stats = statSync(file);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
				return stateProblems.linkToNothing;
			}
			return stateProblems.unreadable(systemReason(error));
		}
	}
	if (!stats.isFile()) return stateProblems.notRegularFile(fileKind(stats));
	// Checked by mode as well as by trying, since root may read and write whatever the mode says.
	if ((stats.mode & 0o400) === 0) return stateProblems.unreadable(permissionDenied);
	if ((stats.mode & 0o200) === 0) return stateProblems.readOnly;
	// Fresh databases are made elsewhere and linked in whole, so an empty file is not one of ours
	// being born; SQLite takes it for a new database, which is what the user would want too.
	if (stats.size === 0) return undefined;
	try {
		return startsWithSqliteHeader(file) ? undefined : stateProblems.notADatabase;
	} catch (error) {
		return stateProblems.unreadable(systemReason(error));
	}
}

function identityOf(stats: Stats): string {
	return `${stats.dev}:${stats.ino}`;
}

/** The identity of the file now at `file`, if any. */
function currentIdentity(file: string): string | undefined {
	try {
		return identityOf(lstatSync(file));
	} catch {
		return undefined;
	}
}

function fileKind(stats: Stats): Text {
	if (stats.isDirectory()) return stateProblems.directory;
	if (stats.isFIFO()) return stateProblems.fifo;
	if (stats.isSocket()) return stateProblems.socket;
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return stateProblems.device;
	return stateProblems.notAFile;
}

/**
 * Renames `file` (and SQLite's -wal and -shm files beside it, which hold part of its content)
 * to `file.moved-<time>`, so a fresh one can start and nothing of the user's is deleted.
 * Returns the new name, or undefined when `file` is no longer the one that was inspected
 * (another copy of baogao moved it and started a fresh one). Throws when it cannot be moved.
 */
export function moveAside(
	file: string,
	identity: string | undefined,
	now: Date,
): string | undefined {
	if (identity === undefined || currentIdentity(file) !== identity) return undefined;
	const stamp = now
		.toISOString()
		.replaceAll(':', '-')
		.replace(/\.\d+Z$/, 'Z');
	let target = `${file}.moved-${stamp}`;
	for (let n = 2; exists(target); n++) target = `${file}.moved-${stamp}-${n}`;
	renameSync(file, target);
	for (const suffix of ['-wal', '-shm']) {
		try {
			renameSync(file + suffix, target + suffix);
		} catch {
			// Usually there is none; a leftover that cannot be moved is left where it is.
		}
	}
	return target;
}

function exists(file: string): boolean {
	try {
		lstatSync(file);
		return true;
	} catch {
		return false;
	}
}

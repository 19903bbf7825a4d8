// The one way the index and the state store write: BEGIN IMMEDIATE, the action, COMMIT.
// IMMEDIATE takes the write lock before anything is read, so a read-modify-write cannot
// interleave with another process's: a deferred transaction in WAL mode that reads first and
// writes later fails with SQLITE_BUSY at once instead of waiting (the busy timeout does not
// apply to it), and a process that then went on anyway would write over the other's change.
import type {DatabaseSync} from 'node:sqlite';

/**
 * Runs `action` in one immediate transaction: committed when it returns (or the promise it
 * returns fulfils), rolled back when it throws (or the promise rejects).
 */
export function immediateTransaction<T>(db: DatabaseSync, action: () => Promise<T>): Promise<T>;
export function immediateTransaction<T>(db: DatabaseSync, action: () => T): T;
export function immediateTransaction<T>(db: DatabaseSync, action: () => T): T | Promise<T> {
	db.exec('BEGIN IMMEDIATE');
	const commit = <R>(result: R): R => {
		db.exec('COMMIT');
		return result;
	};
	const rollBack = (error: unknown): never => {
		if (db.isTransaction) {
			try {
				db.exec('ROLLBACK');
			} catch {
				// SQLite has already rolled back (as after SQLITE_FULL); the action's error is the
				// one to report.
			}
		}
		throw error;
	};
	let result: T;
	try {
		result = action();
	} catch (error) {
		return rollBack(error);
	}
	if (result instanceof Promise) return result.then(commit, rollBack) as Promise<T>;
	try {
		return commit(result);
	} catch (error) {
		return rollBack(error);
	}
}

// The one way the index and the state store write: BEGIN IMMEDIATE, the action, COMMIT.
// IMMEDIATE takes the write lock before anything is read, so a read-modify-write cannot
// interleave with another process's: a deferred transaction in WAL mode that reads first and
// writes later fails with SQLITE_BUSY at once instead of waiting (the busy timeout does not
// apply to it), and a process that then went on anyway would write over the other's change.
import type {DatabaseSync} from 'node:sqlite';

/** Runs `action` in one immediate transaction: committed if it returns, rolled back if it throws. */
export function immediateTransaction<T>(db: DatabaseSync, action: () => T): T {
	db.exec('BEGIN IMMEDIATE');
	try {
		const result = action();
		db.exec('COMMIT');
		return result;
	} catch (error) {
		if (db.isTransaction) {
			try {
				db.exec('ROLLBACK');
			} catch {
				// SQLite has already rolled back (as after SQLITE_FULL); the action's error is the one to report.
			}
		}
		throw error;
	}
}

// Opening the index database (SQLite through Node's built-in node:sqlite) so that whatever is
// found where it should be never blocks, crashes or misleads a run. The index can always be
// rebuilt from the report files, so anything doubtful is removed and made again:
// - before SQLite opens anything, each of its files (the database, its -wal and -shm) is looked
//   at with lstat: a FIFO would block the open for good, a socket, a directory or a link is not
//   ours; a regular file must start with SQLite's header (or be empty) and be readable and
//   writable;
// - a database of another schema version or another build is emptied and rebuilt;
// - an error from SQLite saying the file is damaged makes the caller start over on a fresh one.
// When no file can be used (a read-only cache directory), the index lives in memory for the run.
import {accessSync, constants, lstatSync, mkdirSync, rmSync} from 'node:fs';
import {DatabaseSync} from 'node:sqlite';
import {startsWithSqliteHeader} from '../../io/file-signature.js';
import {immediateTransaction} from '../../io/immediate-transaction.js';
import {codeStamp} from './stamp.js';

/** Bumped when the tables below change. */
const schemaVersion = 11;

export type IndexDatabase = {
	db: DatabaseSync;
	/** The database file; undefined when the index is in memory. */
	file: string | undefined;
};

const schema = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- One row per report file: what it was when read (stat and a digest of its bytes), and what it
-- holds for the library (front matter and counts as JSON) or why it could not be loaded ({en, zh}
-- as JSON).
CREATE TABLE files (
	id INTEGER PRIMARY KEY,
	path TEXT NOT NULL UNIQUE,
	dir TEXT NOT NULL,
	size INTEGER NOT NULL,
	mtime REAL NOT NULL,
	ctime REAL NOT NULL,
	ino REAL NOT NULL,
	hash TEXT NOT NULL,
	library TEXT,
	report_id TEXT,
	region TEXT,
	problem TEXT
);
-- A directory's files, with what a start compares and keeps of each, read from this index
-- alone: from the table, the columns after library took each row's overflow pages (the
-- 10,000 rows of a warm start took 40-80 ms; from this index 20).
CREATE INDEX files_listing ON files (dir, path, size, mtime, ctime, ino, report_id, region, problem);
-- The searchable items of each file, in document order (ord). folded is the search key
-- (foldKey: script, width and case folded, same length as text), NULL when it is the text
-- itself (most simplified text), so the exact tier can be found and ranked in SQL; units is
-- the text's length in UTF-16 units, as the search compares lengths.
CREATE TABLE items (
	id INTEGER PRIMARY KEY,
	file INTEGER NOT NULL,
	ord INTEGER NOT NULL,
	kind TEXT NOT NULL,
	section INTEGER NOT NULL,
	block INTEGER NOT NULL,
	section_title TEXT NOT NULL,
	text TEXT NOT NULL,
	folded TEXT,
	units INTEGER NOT NULL
);
CREATE INDEX items_file ON items (file);
-- The candidates of a broad query are the shortest items of each kind that match (ORDER BY
-- units LIMIT): walked in this order they stop at the limit. Without it every match was read
-- once per kind: at 10,000 reports search lao took 1.4 s -> 0.33 s, laod 0.77 -> 0.33 s, laomo
-- 0.46 -> 0.17 s, zgsw 0.54 -> 0.24 s; rarer ones as before (职工书屋 16-23 ms). It adds about
-- 0.7 s to a first build of 10,000 reports (built alone) and 3% to the file.
CREATE INDEX items_kind_units ON items (kind, units);
-- The figure of each figure item, as JSON, read only for the hits shown. Apart from items:
-- inline, the JSON was three quarters of every items page (21 M chars of 28 M at 1,000
-- reports), and each candidate read cost that much more.
CREATE TABLE figures (item INTEGER PRIMARY KEY, figure TEXT NOT NULL);
-- Tokens written by search/fts-tokens.ts; no positions (the candidates are matched again).
-- Contentless: rows are deleted with FTS5's 'delete' command and their tokens made again from
-- the item's text (contentless_delete = 1 made every insert some 40% slower, measured on 200
-- reports: 2.1 s against 1.3-1.6 s). prefix = '1' indexes each token's first char too, so a
-- one-char query (劳*, the first key of most Chinese searches) reads one list instead of one per
-- pair that starts with the char: at 10,000 reports the app's search for 劳 took 256 -> 63 ms,
-- 职 293 -> 88 ms, and the results of 职工书屋 typed key by key settled in 101-192 ms instead of
-- 207-242 (pty, three sessions). It costs the first build of 10,000 reports 20.7 -> 23.3 s and
-- 399 -> 444 MB peak (one run each, back to back), and 6% more file.
CREATE VIRTUAL TABLE items_fts USING fts5 (
	tokens, content = '', detail = none, tokenize = 'ascii', prefix = '1'
);
-- Each distinct pair of Han chars ever indexed, under the first letters of its readings (劳模:
-- lm): pinyin queries find their pairs here (see search/fts-tokens.ts). Never pruned: a pair
-- no longer in any text only adds a token that matches nothing.
CREATE TABLE pinyin_pairs (
	letters TEXT NOT NULL,
	pair TEXT NOT NULL,
	PRIMARY KEY (letters, pair)
) WITHOUT ROWID;
`;

/**
 * What is at `file`, without opening it: fine (absent, empty, or a regular file we may read and
 * write that, for the database itself, starts with SQLite's header) or not. The -wal, -shm and
 * -journal files have headers of their own (and -shm none at all): while any connection is open
 * they are there and not empty, so holding them to the database's header made every second
 * connection (the app's search thread, another window) refuse a sound index.
 */
function looksUsable(file: string, withHeader: boolean): boolean {
	let stat;
	try {
		stat = lstatSync(file);
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ENOENT';
	}
	if (!stat.isFile()) return false;
	try {
		accessSync(file, constants.R_OK | constants.W_OK);
	} catch {
		return false;
	}
	if (stat.size === 0 || !withHeader) return true;
	try {
		// A regular file (checked above), so opening it cannot block.
		return startsWithSqliteHeader(file);
	} catch {
		return false;
	}
}

const companions = (file: string) => [file, `${file}-wal`, `${file}-shm`, `${file}-journal`];

/** Whether the database file and its companions all look usable (see looksUsable). */
const allLookUsable = (file: string): boolean =>
	companions(file).every((part, at) => looksUsable(part, at === 0));

/** Removes the database and its companion files; false when something could not be removed. */
export function removeDatabase(file: string): boolean {
	let removed = true;
	for (const part of companions(file)) {
		try {
			rmSync(part, {recursive: true, force: true});
		} catch {
			removed = false;
		}
	}
	return removed;
}

function configure(db: DatabaseSync): void {
	// 16 KB pages instead of 4 KB, for a new file (it must come before WAL mode; an existing
	// file keeps its own). The items' rows are text of up to a few KB and FTS5's segments are
	// written whole: inserting the 95,000 items of 1,000 synthetic reports, with their figures,
	// tokens and pinyin pairs, took 2.5 s of CPU (median of 3; 1.9-2.7 s) against 3.2 s
	// (2.9-3.4 s) with 4 KB pages, in one process, the runs interleaved, at load 5-6; 32 KB
	// pages measured 2.8 s.
	db.exec('PRAGMA page_size = 16384');
	// WAL: readers (the app's search thread, another window) never wait for a writer, and a
	// transaction cut short by a crash is simply not there on the next open.
	db.exec('PRAGMA journal_mode = WAL');
	db.exec('PRAGMA synchronous = NORMAL');
	db.exec('PRAGMA busy_timeout = 10000');
	// 64 MB of page cache (the default is 2 MB): a first build of 1,000 reports interleaves
	// inserts into items, figures and FTS5's segments, and took 4-5 s of SQLite instead of 7-10.
	// Pages are only cached once used, so a search's memory is what it reads.
	db.exec('PRAGMA cache_size = -65536');
	mapForReading(db);
}

/**
 * Pages are read through a memory map of the file (up to SQLite's most, 2 GB), not copied in
 * by read(): a search reads its candidates' rows from all over the items table. Measured at
 * 10,000 reports (CPU, median of 5, load 1-5): search screen laodongmofan 361 -> 309 ms,
 * laomo 913 -> 447 ms, ldmf 602 -> 308 ms, 职工书屋 193 -> 140 ms.
 */
function mapForReading(db: DatabaseSync): void {
	db.exec('PRAGMA mmap_size = 2147418112');
}

function readMeta(db: DatabaseSync, key: string): string | undefined {
	const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
		{value: string} | undefined;
	return row?.value;
}

/** Makes the tables of an empty database, or checks that an existing one is ours and current. */
function prepare(db: DatabaseSync): void {
	const tables = db
		.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'meta'")
		.get() as {
		n: number;
	};
	if (tables.n === 1) {
		if (readMeta(db, 'schema') === String(schemaVersion) && readMeta(db, 'code') === codeStamp()) {
			return;
		}
		throw new StaleIndex();
	}
	immediateTransaction(db, () => {
		// Another process may have made them meanwhile.
		const again = db
			.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'meta'")
			.get() as {
			n: number;
		};
		if (again.n === 0) {
			db.exec(schema);
			const insert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
			insert.run('schema', String(schemaVersion));
			insert.run('code', codeStamp());
		}
	});
}

class StaleIndex extends Error {
	override name = 'StaleIndex';
}

function openMemory(): IndexDatabase {
	const db = new DatabaseSync(':memory:');
	db.exec(schema);
	const insert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
	insert.run('schema', String(schemaVersion));
	insert.run('code', codeStamp());
	return {db, file: undefined};
}

function tryOpen(file: string): IndexDatabase | undefined {
	if (!allLookUsable(file)) return undefined;
	let db: DatabaseSync | undefined;
	try {
		db = new DatabaseSync(file);
		configure(db);
		prepare(db);
		return {db, file};
	} catch {
		db?.close();
		return undefined;
	}
}

/**
 * The index database in `dir` (made when missing), or one in memory when `dir` is undefined or
 * no usable file can be made there. Never throws.
 */
export function openIndexDatabase(dir: string | undefined): IndexDatabase {
	if (dir === undefined) return openMemory();
	const file = `${dir}/index.sqlite`;
	try {
		mkdirSync(dir, {recursive: true});
	} catch {
		return openMemory();
	}
	const opened = tryOpen(file);
	if (opened) return opened;
	// Damaged, foreign, of another version, or not a file at all: it is only a cache.
	if (!removeDatabase(file)) return openMemory();
	return tryOpen(file) ?? openMemory();
}

/** Opens an existing index file for searching (another thread's connection); undefined if not. */
export function openForSearch(file: string): DatabaseSync | undefined {
	if (!allLookUsable(file)) return undefined;
	try {
		const db = new DatabaseSync(file);
		db.exec('PRAGMA busy_timeout = 10000');
		// The search thread's page cache as the app's (configure); it was SQLite's 2 MB.
		db.exec('PRAGMA cache_size = -65536');
		mapForReading(db);
		return db;
	} catch {
		return undefined;
	}
}

/** Whether an error from SQLite means the file is not a sound database. */
export function isDamage(error: unknown): boolean {
	const message = error instanceof Error ? error.message : String(error);
	return /malformed|not a database|corrupt|disk image|SQLITE_CORRUPT|SQLITE_NOTADB/i.test(message);
}

export {openMemory as openMemoryDatabase};

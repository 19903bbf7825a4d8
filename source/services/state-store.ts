// What the user must never lose: reading positions, bookmarks and search history, in one SQLite
// database (Node's built-in node:sqlite) in the state directory. See README.md beside this file
// for how several copies of baogao share it safely and what happens to a bad file.
import {
	existsSync,
	linkSync,
	lstatSync,
	mkdirSync,
	readFileSync,
	renameSync,
	rmSync,
} from 'node:fs';
import {DatabaseSync} from 'node:sqlite';
import type {SQLInputValue, SQLOutputValue} from 'node:sqlite';
import os from 'node:os';
import path from 'node:path';
import type {Text} from '../i18n/lang.js';
import {stateProblems, systemReason} from '../i18n/messages.js';
import {inspectStateFile, moveAside} from './state-file.js';
import {immediateTransaction} from '../io/immediate-transaction.js';

/** Where a reader was in a report: section, block (paragraph or caption) in it, offset in that. */
export type Position = {section: number; block: number; offset: number};

export type SavedPosition = Position & {
	/** When it was saved (ms since the epoch); of two saves for one report the newer wins. */
	at: number;
};

export type Bookmark = Position & {
	id: number;
	report: string;
	/** The text marked, as shown when the bookmark was made. */
	excerpt: string;
	note: string;
	/** ms since the epoch */
	createdAt: number;
};

export type NewBookmark = Position & {report: string; excerpt: string; note?: string};

type HistoryEntry = {
	query: string;
	/** Where it was searched: every report, or one (issue 11 names the scopes). */
	scope: string;
	/** ms since the epoch */
	at: number;
};

export type StateWarning =
	| {kind: 'moved-aside'; file: string; movedTo: string; reason: Text}
	| {kind: 'unreadable'; reason: Text}
	| {kind: 'unwritable'; reason: Text};

export type StateStore = {
	/** The database file. */
	readonly file: string;
	/** Problems met while opening: a file moved aside, a position file that could not be imported. */
	readonly warnings: readonly StateWarning[];
	/** False when changes stay in memory only (the reason comes once, through onWarning). */
	readonly saving: boolean;
	positions: {
		get(report: string): SavedPosition | undefined;
		all(): Record<string, SavedPosition>;
		/**
		 * Saves each position unless the stored one is newer (malformed entries are left out).
		 * False when nothing could be saved.
		 */
		set(entries: Record<string, SavedPosition>): boolean;
	};
	bookmarks: {
		/** The new bookmark, or undefined when it could not be saved (or is malformed). */
		add(bookmark: NewBookmark): Bookmark | undefined;
		/** Newest first; of one report when `report` is given. */
		list(filter?: {report?: string}): Bookmark[];
		get(id: number): Bookmark | undefined;
		/** False when there was no such bookmark (or it could not be saved). */
		delete(id: number): boolean;
		updateNote(id: number, note: string): boolean;
	};
	history: {
		/** Adds a search; the same query in the same scope moves to the end instead of repeating. */
		add(query: string, scope: string): boolean;
		/** Oldest first, newest last; the last `limit` of them when given. */
		list(filter?: {scope?: string; limit?: number}): HistoryEntry[];
	};
	/** Called once when a change first cannot be saved, and once when a read first fails. */
	onWarning(listener: (warning: StateWarning) => void): () => void;
	close(): void;
};

type StateStoreOptions = {
	/** The clock; timestamps later than it are clamped to it. */
	now?: () => number;
	/** How many searches the history keeps (the oldest go first). */
	historyLimit?: number;
	/** How long a write waits for another copy of baogao to finish its own, in ms. */
	busyTimeout?: number;
	/** Caps the database at this many pages; tests use it to make the disk full. */
	maxPages?: number;
};

const databaseName = 'state.db';
/** The JSON file earlier versions kept positions in; imported once, then left alone. */
const legacyPositionsName = 'positions.json';
/** Marks the file as baogao's state ("baog"), so another program's SQLite file is not taken for it. */
export const applicationId = 0x62616f67;

/**
 * The schema, one step per version (PRAGMA user_version counts the steps applied). Add steps at
 * the end; never change one that has shipped.
 */
export const schemaSteps: readonly string[] = [
	// 1: reading positions, and facts about the file itself (such as the JSON import being done).
	`CREATE TABLE positions (
		report TEXT PRIMARY KEY,
		section INTEGER NOT NULL,
		block INTEGER NOT NULL,
		offset INTEGER NOT NULL,
		at INTEGER NOT NULL
	) STRICT;
	CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;`,
	// 2: bookmarks and search history.
	`CREATE TABLE bookmarks (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		report TEXT NOT NULL,
		section INTEGER NOT NULL,
		block INTEGER NOT NULL,
		offset INTEGER NOT NULL,
		excerpt TEXT NOT NULL,
		note TEXT NOT NULL DEFAULT '',
		created_at INTEGER NOT NULL
	) STRICT;
	CREATE INDEX bookmarks_by_report ON bookmarks (report, id);
	CREATE TABLE history (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		query TEXT NOT NULL,
		scope TEXT NOT NULL,
		at INTEGER NOT NULL,
		UNIQUE (query, scope)
	) STRICT;`,
];

/** $BAOGAO_STATE_DIR, else $XDG_STATE_HOME/baogao, else ~/.local/state/baogao. */
export function stateDirectory(env: NodeJS.ProcessEnv = process.env): string {
	if (env.BAOGAO_STATE_DIR) return path.resolve(env.BAOGAO_STATE_DIR);
	if (env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME)) {
		return path.join(env.XDG_STATE_HOME, 'baogao');
	}
	return path.join(os.homedir(), '.local', 'state', 'baogao');
}

export function openStateStore(directory: string, options: StateStoreOptions = {}): StateStore {
	const now = options.now ?? Date.now;
	const historyLimit = options.historyLimit ?? 100;
	const file = path.join(directory, databaseName);
	const warnings: StateWarning[] = [];
	const {db, notSaving} = openDatabase(directory, file, warnings, options, now);
	try {
		importLegacyPositions(db, path.join(directory, legacyPositionsName), warnings, now);
	} catch (error) {
		warnings.push({kind: 'unreadable', reason: describeSqliteError(error)});
	}

	const listeners = new Set<(warning: StateWarning) => void>();
	let warned = false;
	let closed = false;
	const warnOnce = (reason: Text) => {
		if (warned) return;
		warned = true;
		const warning: StateWarning = {kind: 'unwritable', reason};
		for (const listener of listeners) listener(warning);
	};
	/** Runs `action` as one transaction that holds the write lock from its start. */
	let readWarned = false;
	/** A read that fails (a disk error mid-session) gives `fallback` and one warning. */
	const read = <T>(action: () => T, fallback: T): T => {
		try {
			return closed ? fallback : action();
		} catch (error) {
			if (!readWarned) {
				readWarned = true;
				const warning: StateWarning = {kind: 'unreadable', reason: describeSqliteError(error)};
				for (const listener of listeners) listener(warning);
			}
			return fallback;
		}
	};
	const write = <T>(action: () => T): T | undefined => {
		if (closed) return undefined;
		const result = transaction(db, action, (error) => warnOnce(describeSqliteError(error)));
		if (result !== undefined && notSaving) warnOnce(notSaving);
		return result;
	};

	const upsertPosition = db.prepare(
		`INSERT INTO positions (report, section, block, offset, at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (report) DO UPDATE SET
			section = excluded.section, block = excluded.block, offset = excluded.offset, at = excluded.at
		WHERE excluded.at >= min(positions.at, ?)`,
	);
	const positionOf = db.prepare(
		'SELECT report, section, block, offset, min(at, ?) AS at FROM positions WHERE report = ?',
	);
	const allPositions = db.prepare(
		'SELECT report, section, block, offset, min(at, ?) AS at FROM positions',
	);
	const bookmarkColumns =
		'id, report, section, block, offset, excerpt, note, min(created_at, ?) AS at';
	const insertBookmark = db.prepare(
		`INSERT INTO bookmarks (report, section, block, offset, excerpt, note, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`,
	);
	const bookmarkById = db.prepare(`SELECT ${bookmarkColumns} FROM bookmarks WHERE id = ?`);
	const allBookmarks = db.prepare(`SELECT ${bookmarkColumns} FROM bookmarks ORDER BY id DESC`);
	const bookmarksOf = db.prepare(
		`SELECT ${bookmarkColumns} FROM bookmarks WHERE report = ? ORDER BY id DESC`,
	);
	const deleteBookmark = db.prepare('DELETE FROM bookmarks WHERE id = ?');
	const noteBookmark = db.prepare('UPDATE bookmarks SET note = ? WHERE id = ?');
	const forgetSearch = db.prepare('DELETE FROM history WHERE query = ? AND scope = ?');
	const insertSearch = db.prepare('INSERT INTO history (query, scope, at) VALUES (?, ?, ?)');
	const trimHistory = db.prepare(
		'DELETE FROM history WHERE id NOT IN (SELECT id FROM history ORDER BY id DESC LIMIT ?)',
	);
	const lastSearches = db.prepare(
		'SELECT query, scope, min(at, ?) AS at FROM history ORDER BY id DESC LIMIT ?',
	);
	const lastSearchesIn = db.prepare(
		'SELECT query, scope, min(at, ?) AS at FROM history WHERE scope = ? ORDER BY id DESC LIMIT ?',
	);

	return {
		file,
		warnings,
		saving: notSaving === undefined,
		positions: {
			get(report) {
				const row = read(() => positionOf.get(now(), report), undefined);
				return row ? positionFromRow(row) : undefined;
			},
			all() {
				const out: Record<string, SavedPosition> = Object.create(null);
				for (const row of read(() => allPositions.all(now()), [])) {
					out[text(row.report)] = positionFromRow(row);
				}
				return out;
			},
			set(entries) {
				// A malformed entry (a bug elsewhere) is left out rather than losing the rest.
				const list = Object.entries(entries).filter(([report, entry]) => isPosition(report, entry));
				if (list.length === 0) return true;
				const stamp = now();
				return (
					write(() => {
						for (const [report, {section, block, offset, at}] of list) {
							upsertPosition.run(report, section, block, offset, Math.min(at, stamp), stamp);
						}
						return true;
					}) ?? false
				);
			},
		},
		bookmarks: {
			add(bookmark) {
				if (!isPosition(bookmark.report, bookmark)) return undefined;
				const {report, section, block, offset, excerpt, note = ''} = bookmark;
				const createdAt = now();
				const id = write(() =>
					Number(
						insertBookmark.run(report, section, block, offset, excerpt, note, createdAt)
							.lastInsertRowid,
					),
				);
				return id === undefined
					? undefined
					: {id, report, section, block, offset, excerpt, note, createdAt};
			},
			list(filter = {}) {
				const rows = read(
					() =>
						filter.report === undefined
							? allBookmarks.all(now())
							: bookmarksOf.all(now(), filter.report),
					[],
				);
				return rows.map(bookmarkFromRow);
			},
			get(id) {
				const row = read(() => bookmarkById.get(now(), id), undefined);
				return row ? bookmarkFromRow(row) : undefined;
			},
			delete(id) {
				return write(() => Number(deleteBookmark.run(id).changes) > 0) ?? false;
			},
			updateNote(id, note) {
				return write(() => Number(noteBookmark.run(note, id).changes) > 0) ?? false;
			},
		},
		history: {
			add(query, scope) {
				const trimmed = query.trim();
				if (trimmed === '') return true;
				const at = now();
				return (
					write(() => {
						forgetSearch.run(trimmed, scope);
						insertSearch.run(trimmed, scope, at);
						trimHistory.run(historyLimit);
						return true;
					}) ?? false
				);
			},
			list(filter = {}) {
				const limit = filter.limit ?? historyLimit;
				const rows = read(
					() =>
						filter.scope === undefined
							? lastSearches.all(now(), limit)
							: lastSearchesIn.all(now(), filter.scope, limit),
					[],
				);
				return rows.reverse().map((row) => ({
					query: text(row.query),
					scope: text(row.scope),
					at: integer(row.at),
				}));
			},
		},
		onWarning(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		close() {
			if (closed) return;
			closed = true;
			db.close();
		},
	};
}

type Row = Record<string, SQLOutputValue>;

function integer(value: SQLOutputValue | undefined): number {
	return typeof value === 'bigint' ? Number(value) : typeof value === 'number' ? value : 0;
}

function text(value: SQLOutputValue | undefined): string {
	return typeof value === 'string' ? value : '';
}

function positionFromRow(row: Row): SavedPosition {
	return {
		section: integer(row.section),
		block: integer(row.block),
		offset: integer(row.offset),
		at: integer(row.at),
	};
}

function bookmarkFromRow(row: Row): Bookmark {
	const {section, block, offset} = positionFromRow(row);
	return {
		id: integer(row.id),
		report: text(row.report),
		section,
		block,
		offset,
		excerpt: text(row.excerpt),
		note: text(row.note),
		createdAt: integer(row.at),
	};
}

/** Whole numbers (-1 is a report's title lines, before its first section) and a finite time. */
function isPosition(report: string, position: Position & {at?: number}): boolean {
	return (
		report !== '' &&
		[position.section, position.block, position.offset].every(Number.isSafeInteger) &&
		(position.at === undefined || Number.isFinite(position.at))
	);
}

/** `action` in one immediate transaction; an error goes to `onError` and gives undefined. */
function transaction<T>(
	db: DatabaseSync,
	action: () => T,
	onError: (error: unknown) => void,
): T | undefined {
	try {
		return immediateTransaction(db, action);
	} catch (error) {
		onError(error);
		return undefined;
	}
}

/** SQLite's primary result codes that this file reacts to. */
const sqlite = {
	busy: 5,
	readOnly: 8,
	ioError: 10,
	corrupt: 11,
	full: 13,
	cantOpen: 14,
	notADatabase: 26,
};

function sqliteCode(error: unknown): number | undefined {
	const code = (error as {errcode?: unknown} | undefined)?.errcode;
	return typeof code === 'number' ? code & 0xff : undefined;
}

function describeSqliteError(error: unknown): Text {
	switch (sqliteCode(error)) {
		case sqlite.busy:
			return stateProblems.busy;
		case sqlite.readOnly:
			return stateProblems.databaseReadOnly;
		case sqlite.full:
			return stateProblems.noSpace;
		case sqlite.cantOpen:
			return stateProblems.cannotOpenForWriting;
		case sqlite.ioError:
			return stateProblems.ioError;
		default:
			return systemReason(error);
	}
}

/** A file that is not a usable state database: moved aside, with why. */
class Unusable extends Error {
	constructor(readonly problem: Text) {
		super(problem.en);
	}
}

type Opened = {db: DatabaseSync; notSaving?: Text};

/**
 * Opens the database, moving aside a file that is not a usable state database. When no database
 * can be written (a read-only or full disk, a newer schema), the store works in memory, seeded
 * with what could be read, and says once that nothing is saved.
 */
function openDatabase(
	directory: string,
	file: string,
	warnings: StateWarning[],
	options: StateStoreOptions,
	now: () => number,
): Opened {
	const busyTimeout = options.busyTimeout ?? 10_000;
	try {
		mkdirSync(directory, {recursive: true});
	} catch (error) {
		return inMemory(undefined, systemReason(error));
	}
	/** Undefined when moved (or already replaced by another copy); else why it is stuck. */
	const setAside = (reason: Text, identity: string | undefined): Text | undefined => {
		try {
			const movedTo = moveAside(file, identity, new Date(now()));
			if (movedTo) warnings.push({kind: 'moved-aside', file, movedTo, reason});
			return undefined;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
			return stateProblems.cannotMoveAside(file, reason, systemReason(error));
		}
	};
	// A few rounds at most: a bad file is moved aside and a fresh one started in its place, and
	// another copy starting at the same moment may be doing the same.
	for (let attempt = 0; attempt < 4; attempt++) {
		const {problem, identity} = inspectStateFile(file);
		if (problem) {
			const stuck = setAside(problem, identity);
			if (stuck) return inMemory(undefined, stuck);
			continue;
		}
		if (identity === undefined) {
			try {
				createDatabase(file, options);
			} catch (error) {
				return inMemory(undefined, describeSqliteError(error));
			}
			continue;
		}
		let db: DatabaseSync | undefined;
		try {
			db = new DatabaseSync(file, {timeout: busyTimeout});
			prepare(db, options);
			return {db};
		} catch (error) {
			db?.close();
			const code = sqliteCode(error);
			if (error instanceof Unusable || code === sqlite.corrupt || code === sqlite.notADatabase) {
				const stuck = setAside(
					error instanceof Unusable ? error.problem : stateProblems.damaged,
					identity,
				);
				if (stuck) return inMemory(undefined, stuck);
				continue;
			}
			if (error instanceof NewerSchema)
				return inMemory(file, stateProblems.newerSchema(error.version));
			return inMemory(file, describeSqliteError(error));
		}
	}
	return inMemory(undefined, stateProblems.cannotStartAfresh(file));
}

/**
 * Makes a new database under a name of its own and links it into place whole, so another copy
 * starting at the same moment never finds a half-made file (and takes it for a foreign one).
 */
function createDatabase(file: string, options: StateStoreOptions): void {
	const temporary = `${file}.new-${process.pid}-${Math.random().toString(36).slice(2)}`;
	try {
		const db = new DatabaseSync(temporary);
		try {
			setUp(db, options);
			migrate(db);
		} finally {
			db.close();
		}
		try {
			linkSync(temporary, file);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			// EEXIST: another copy made it first, and that one is used. A file system without
			// hard links gets a rename, which can replace a file made at the same moment.
			if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') {
				if (!existsSync(file)) renameSync(temporary, file);
			} else if (code !== 'EEXIST') throw error;
		}
	} finally {
		for (const leftover of [temporary, `${temporary}-wal`, `${temporary}-shm`]) {
			rmSync(leftover, {force: true});
		}
	}
}

class NewerSchema extends Error {
	constructor(readonly version: number) {
		super(`schema ${version}`);
	}
}

/** Checks that the file is ours (or new), then sets it up and brings its schema up to date. */
function prepare(db: DatabaseSync, options: StateStoreOptions): void {
	// One read transaction, so the three answers describe the same moment of the file.
	db.exec('BEGIN');
	let id: number, version: number, tables: number;
	try {
		id = integer(db.prepare('PRAGMA application_id').get()?.application_id);
		version = integer(db.prepare('PRAGMA user_version').get()?.user_version);
		tables = integer(db.prepare('SELECT count(*) AS n FROM sqlite_schema').get()?.n);
	} finally {
		// An error (a full disk, say) may have ended the transaction already; its own error is
		// the one to report.
		if (db.isTransaction) db.exec('COMMIT');
	}
	if ((id !== 0 && id !== applicationId) || (id === 0 && tables > 0)) {
		throw new Unusable(stateProblems.otherProgram);
	}
	if (version > schemaSteps.length) {
		throw new NewerSchema(version);
	}
	// A few ms on a state database of thousands of rows: measured in the README beside this file.
	const check = db.prepare('PRAGMA quick_check').all();
	if (check.length !== 1 || check[0]?.quick_check !== 'ok')
		throw new Unusable(stateProblems.damaged);
	setUp(db, options);
	// Only an out-of-date file takes the write lock at start.
	if (version < schemaSteps.length) migrate(db);
}

function setUp(db: DatabaseSync, options: StateStoreOptions): void {
	// WAL: readers never block the writer nor see half a transaction; FULL: a saved change
	// survives a power cut, for the price of one fsync per save.
	db.exec('PRAGMA journal_mode = WAL');
	db.exec('PRAGMA synchronous = FULL');
	if (options.maxPages !== undefined) db.exec(`PRAGMA max_page_count = ${options.maxPages}`);
}

/** Applies the schema steps not yet applied, in one transaction (another copy may race us). */
export function migrate(db: DatabaseSync, target = schemaSteps.length): void {
	let failure: unknown;
	transaction(
		db,
		() => {
			const version = integer(db.prepare('PRAGMA user_version').get()?.user_version);
			if (version === 0) db.exec(`PRAGMA application_id = ${applicationId}`);
			for (let step = version; step < target; step++) db.exec(schemaSteps[step]!);
			if (version < target) db.exec(`PRAGMA user_version = ${target}`);
			return true;
		},
		(error) => {
			failure = error;
		},
	);
	if (failure !== undefined) throw failure;
}

/** A database in memory, with what can still be read from `file`; nothing in it is saved. */
function inMemory(file: string | undefined, reason: Text): Opened {
	const db = new DatabaseSync(':memory:');
	migrate(db);
	if (file !== undefined) {
		try {
			const disk = new DatabaseSync(file, {readOnly: true});
			try {
				copyRows(disk, db);
			} finally {
				disk.close();
			}
		} catch {
			// Nothing could be read: the session starts empty and says it is not saving.
		}
	}
	return {db, notSaving: reason};
}

function copyRows(from: DatabaseSync, to: DatabaseSync): void {
	const tables: Array<[string, string]> = [
		['positions', 'report, section, block, offset, at'],
		['bookmarks', 'id, report, section, block, offset, excerpt, note, created_at'],
		['history', 'id, query, scope, at'],
	];
	for (const [table, columns] of tables) {
		let rows: Row[];
		try {
			rows = from.prepare(`SELECT ${columns} FROM ${table}`).all();
		} catch {
			continue;
		}
		const names = columns.split(', ');
		const insert = to.prepare(
			`INSERT OR REPLACE INTO ${table} (${columns}) VALUES (${names.map(() => '?').join(', ')})`,
		);
		for (const row of rows) insert.run(...names.map((name): SQLInputValue => row[name] ?? null));
	}
}

/**
 * Imports the JSON positions file of earlier versions, once (a row in meta says it is done), and
 * leaves the file where it is. Its timestamps are clamped: one from the future would otherwise
 * win over every later save.
 */
function importLegacyPositions(
	db: DatabaseSync,
	file: string,
	warnings: StateWarning[],
	now: () => number,
): void {
	const doneKey = 'imported positions.json';
	const done = () => db.prepare('SELECT value FROM meta WHERE key = ?').get(doneKey) !== undefined;
	if (done()) return;
	let positions: Record<string, SavedPosition> | undefined;
	let problem: Text | undefined;
	try {
		// lstat first: a FIFO in its place must not block the start.
		const stats = lstatSync(file);
		if (!stats.isFile()) problem = stateProblems.notRegular;
		else positions = parseLegacyPositions(JSON.parse(readFileSync(file, 'utf8')));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'ENOTDIR') return;
		problem = error instanceof SyntaxError ? stateProblems.notPositionsFile : systemReason(error);
	}
	if (problem) {
		warnings.push({
			kind: 'unreadable',
			reason: stateProblems.legacyNotImported(file, problem),
		});
	}
	const stamp = now();
	const upsert = db.prepare(
		`INSERT INTO positions (report, section, block, offset, at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (report) DO UPDATE SET
			section = excluded.section, block = excluded.block, offset = excluded.offset, at = excluded.at
		WHERE excluded.at > positions.at`,
	);
	// A failure here (a read-only disk) leaves the import for a later start.
	transaction(
		db,
		() => {
			if (done()) return true;
			for (const [report, {section, block, offset, at}] of Object.entries(positions ?? {})) {
				upsert.run(report, section, block, offset, Math.min(at, stamp));
			}
			db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(
				doneKey,
				problem ? `not imported: ${problem}` : new Date(stamp).toISOString(),
			);
			return true;
		},
		() => {},
	);
}

/** The entries of a positions.json that are well formed; throws when the file is not one at all. */
export function parseLegacyPositions(data: unknown): Record<string, SavedPosition> {
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		throw new SyntaxError('not an object');
	}
	const entries = (data as {positions?: unknown}).positions;
	if (entries === null || typeof entries !== 'object' || Array.isArray(entries)) {
		throw new SyntaxError('no positions');
	}
	const out: Record<string, SavedPosition> = Object.create(null);
	for (const [id, value] of Object.entries(entries as Record<string, unknown>)) {
		const entry = value as Partial<SavedPosition> | null;
		if (
			id !== '' &&
			entry &&
			[entry.section, entry.block, entry.offset].every(Number.isSafeInteger) &&
			typeof entry.at === 'number' &&
			Number.isFinite(entry.at)
		) {
			out[id] = {section: entry.section!, block: entry.block!, offset: entry.offset!, at: entry.at};
		}
	}
	return out;
}

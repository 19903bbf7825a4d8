// Bringing the index up to date with the report files, incrementally and in one transaction:
// only files that are new, changed, renamed or deleted since the last run are touched; a file
// whose stat changed but whose bytes did not (touched, copied back) only gets its stat updated,
// and a file moved to another name keeps its items. A run stopped anywhere (Ctrl-C, kill -9)
// leaves the database as it was before, since nothing is committed until the end.
import {type Stats, statSync} from 'node:fs';
import path from 'node:path';
import type {DatabaseSync} from 'node:sqlite';
import {describeFsError, fsPath, type Problem, reportFilesIn} from '../../corpus/load.js';
import type {Report} from '../../corpus/types.js';
import type {Figure} from '../../figures/types.js';
import type {Text} from '../../i18n/lang.js';
import {problems as reportProblems} from '../../i18n/messages.js';
import {itemTokens, type SearchKind} from '../../search/index.js';
import {immediateTransaction} from '../../io/immediate-transaction.js';
import {preparedFiles} from './build-threads.js';
import {type LibraryEntry, type PreparedFile, prepareFile} from './prepare-file.js';

export type {LibraryEntry};

export type FileRow = {
	id: number;
	path: string;
	/** The report's id and region (zh), kept apart from its library entry so that opening the
	 * corpus reads no entry: at 10,000 reports reading and parsing them all took 250 ms of a
	 * 450 ms warm start. Undefined when the file could not be loaded. */
	report: {id: string; region: string} | undefined;
	/** Why the file is not a report, in both languages (stored as JSON). */
	problem: Text | undefined;
};

type SyncResult = {
	/** The listed files' rows, in the loader's order (directories as given, names sorted). */
	files: FileRow[];
	/** Directories that could not be listed, and files that could not even be looked at. */
	problems: Problem[];
	/** How many files were parsed and indexed (not those only re-stated or moved). */
	indexed: number;
};

export type SyncOptions = {
	/** Called as files are indexed: done of total (only files that need it are counted). */
	progress?: (done: number, total: number) => void;
	/** Awaited before files are indexed, with how many (the app takes the screen for a bar). */
	beforeBuild?: (total: number) => Promise<void>;
	/** Figures of a report (the figure extractor, loaded by the caller only when needed). */
	figuresOf: () => Promise<(report: Report) => Figure[]>;
	/**
	 * The build thread's script (build-worker.js in the build): files are read, parsed and
	 * tokenized there while this thread inserts. Without it (run from sources) all is done here.
	 */
	buildWorker?: URL;
};

/** What a start compares of a file's stat with its row. */
type FileStat = Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino'>;

type Listed = {dir: string; file: string; stat: FileStat};

type StoredRow = {
	id: number;
	path: string;
	size: number;
	mtime: number;
	ctime: number;
	ino: number;
	hash: string;
};

/**
 * Lists the report files of `dirs` and stats each, handing each file that could be looked at
 * to `visit`.
 */
function listFiles(
	dirs: readonly string[],
	visit: (dir: string, file: string, stat: Stats) => void,
): {problems: Problem[]; order: string[]} {
	const problems: Problem[] = [];
	const order: string[] = [];
	// A directory given twice is in the order twice, as the loader has it (its reports' ids are
	// then duplicates), but listed once: each file has one row.
	const listedDirs = new Map<string, string[]>();
	for (const given of dirs) {
		const dir = path.resolve(given);
		const again = listedDirs.get(dir);
		if (again) {
			order.push(...again);
			continue;
		}
		// A directory that cannot be listed is not taken as empty: its rows are kept.
		const problemsBefore = problems.length;
		const files = reportFilesIn(dir, problems, given);
		if (problems.length > problemsBefore) continue;
		listedDirs.set(dir, files);
		for (const file of files) {
			order.push(file);
			let stat: Stats;
			try {
				stat = statSync(fsPath(file));
			} catch (error) {
				problems.push({file, problem: describeFsError(error, reportProblems.cannotReadFile)});
				continue;
			}
			visit(dir, file, stat);
		}
	}
	return {problems, order};
}

/** Whether a file's stat is the one its row holds (size, mtime, ctime, ino). */
const statIs = (stat: FileStat, size: number, mtime: number, ctime: number, ino: number) =>
	stat.size === size && stat.mtimeMs === mtime && stat.ctimeMs === ctime && stat.ino === ino;

const sameStat = (row: StoredRow, stat: FileStat) =>
	statIs(stat, row.size, row.mtime, row.ctime, row.ino);

/** A file's row as a start keeps it, from its columns (the problem as stored: JSON). */
const fileRow = (
	id: number,
	path: string,
	reportId: string | null,
	region: string | null,
	problem: string | null,
): FileRow => ({
	id,
	path,
	report: reportId === null ? undefined : {id: reportId, region: region ?? ''},
	problem: problem ? (JSON.parse(problem) as Text) : undefined,
});

/** Brings the index of `dirs` up to date; see the top of this file. */
export async function syncIndex(
	db: DatabaseSync,
	dirs: readonly string[],
	options: SyncOptions,
): Promise<SyncResult> {
	const resolvedDirs = [...new Set(dirs.map((dir) => path.resolve(dir)))];
	const checked = warmCheck(db, dirs, resolvedDirs);
	if ('files' in checked) return {...checked, indexed: 0};
	const {listed, problems, order} = checked;
	// The figure extractor is loaded only when some file needs indexing (a warm start need not
	// pay for its tables), and outside the transaction: when the transaction finds work and has
	// no extractor, it stops before writing, and is run again.
	let figuresOf: ((report: Report) => Figure[]) | undefined;
	for (;;) {
		const indexed = await immediateTransaction(db, () =>
			update(db, resolvedDirs, listed, figuresOf, options),
		);
		if (typeof indexed === 'number') {
			return {files: rowsInOrder(db, resolvedDirs, order), problems, indexed};
		}
		figuresOf = await options.figuresOf();
		await options.beforeBuild?.(indexed.files);
	}
}

/** What update returns when it has files to parse and no figure extractor: how many. */
type NeedsFigures = {files: number};

/**
 * The event loop is let run this often during a build, so that a key (Ctrl-C in the app) or a
 * signal is answered and a progress screen drawn; SQLite's transaction waits meanwhile.
 */
const yieldEveryMs = 50;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function update(
	db: DatabaseSync,
	dirs: string[],
	listed: Listed[],
	figuresOf: ((report: Report) => Figure[]) | undefined,
	{progress, buildWorker: workerFile}: SyncOptions,
): Promise<number | NeedsFigures> {
	const stored = new Map<string, StoredRow>();
	const byDir = db.prepare(
		'SELECT id, path, size, mtime, ctime, ino, hash FROM files WHERE dir = ?',
	);
	for (const dir of dirs) {
		for (const row of byDir.all(dir) as StoredRow[]) stored.set(row.path, row);
	}
	const listedPaths = new Set(listed.map((entry) => entry.file));
	const work = listed.filter((entry) => {
		const row = stored.get(entry.file);
		return !row || !sameStat(row, entry.stat);
	});
	// Rows of files gone from the listing, by digest: a new file with the same bytes was moved.
	const gone = new Map<string, StoredRow>();
	for (const row of stored.values()) if (!listedPaths.has(row.path)) gone.set(row.hash, row);
	if (work.length > 0 && !figuresOf) return {files: work.length};

	const setStat = db.prepare(
		'UPDATE files SET path = ?, size = ?, mtime = ?, ctime = ?, ino = ? WHERE id = ?',
	);
	const insertFile = db.prepare(
		'INSERT INTO files (path, dir, size, mtime, ctime, ino, hash, library, report_id, region, problem) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
	);
	const updateFile = db.prepare(
		'UPDATE files SET size = ?, mtime = ?, ctime = ?, ino = ?, hash = ?, library = ?, report_id = ?, region = ?, problem = ? WHERE id = ?',
	);
	const deleteFile = db.prepare('DELETE FROM files WHERE id = ?');
	const itemsOf = db.prepare('SELECT id, kind, text, folded FROM items WHERE file = ?');
	const deleteTokens = db.prepare(
		"INSERT INTO items_fts (items_fts, rowid, tokens) VALUES ('delete', ?, ?)",
	);
	const deleteItems = db.prepare('DELETE FROM items WHERE file = ?');
	const insertItem = db.prepare(
		'INSERT INTO items (file, ord, kind, section, block, section_title, text, folded, units) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
	);
	const insertFigure = db.prepare('INSERT INTO figures (item, figure) VALUES (?, ?)');
	const deleteFigures = db.prepare(
		'DELETE FROM figures WHERE item IN (SELECT id FROM items WHERE file = ?)',
	);
	const insertTokens = db.prepare('INSERT INTO items_fts (rowid, tokens) VALUES (?, ?)');
	const insertPair = db.prepare('INSERT OR IGNORE INTO pinyin_pairs (letters, pair) VALUES (?, ?)');
	// Pairs already offered to the vocabulary in this run: each is written once.
	const pairsSeen = new Set<number>();
	const dropItems = (file: number) => {
		// A contentless table forgets a row given the tokens it was written with.
		const rows = itemsOf.all(file) as Array<{
			id: number;
			kind: SearchKind;
			text: string;
			folded: string | null;
		}>;
		for (const item of rows)
			deleteTokens.run(item.id, itemTokens(item.folded ?? item.text, item.kind));
		deleteFigures.run(file);
		deleteItems.run(file);
	};

	const writeItems = (file: number, prepared: PreparedFile & {parsed: true}) => {
		prepared.items.forEach((item, ord) => {
			const [kind, section, block, sectionTitle, text, folded, units, figure, tokens] = item;
			const itemId = insertItem.run(
				file,
				ord,
				kind,
				section,
				block,
				sectionTitle,
				text,
				folded,
				units,
			).lastInsertRowid;
			if (figure !== null) insertFigure.run(itemId, figure);
			insertTokens.run(itemId, tokens);
		});
		const {pairs} = prepared;
		for (let at = 0; at < pairs.length; at += 2) insertPair.run(pairs[at]!, pairs[at + 1]!);
	};

	const kept = new Set<number>();
	const goneHashes = new Set(gone.keys());
	const toPrepare = work.map((entry) => ({
		file: entry.file,
		rowHash: stored.get(entry.file)?.hash ?? null,
	}));
	let done = 0;
	let parsed = 0;
	let yielded = performance.now();
	let at = 0;
	for await (let prepared of preparedFiles(toPrepare, goneHashes, {
		workerFile,
		figuresOf: figuresOf!,
		pairsSeen,
	})) {
		if (performance.now() - yielded >= yieldEveryMs) {
			await nextTurn();
			yielded = performance.now();
		}
		const entry = work[at++]!;
		const {stat} = entry;
		const row = stored.get(entry.file);
		const moved = row || prepared.parsed ? undefined : gone.get(prepared.hash);
		if (!prepared.parsed && !row && !moved) {
			// The bytes of a file gone, which another new file with them took first: parsed here.
			prepared = prepareFile(entry.file, () => false, figuresOf!, pairsSeen);
		}
		if (!prepared.parsed) {
			const id = (row ?? moved)!.id;
			setStat.run(entry.file, stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, id);
			if (moved) {
				gone.delete(prepared.hash);
				kept.add(moved.id);
			}
		} else {
			parsed++;
			const values = [
				stat.size,
				stat.mtimeMs,
				stat.ctimeMs,
				stat.ino,
				prepared.hash,
				prepared.library,
				prepared.reportId,
				prepared.region,
				prepared.problem,
			] as const;
			let id: number;
			if (row) {
				id = row.id;
				dropItems(id);
				updateFile.run(...values, id);
			} else {
				id = Number(insertFile.run(entry.file, entry.dir, ...values).lastInsertRowid);
			}
			writeItems(id, prepared);
		}
		done++;
		progress?.(done, work.length);
	}
	for (const row of stored.values()) {
		if (!listedPaths.has(row.path) && !kept.has(row.id)) {
			dropItems(row.id);
			deleteFile.run(row.id);
		}
	}
	return parsed;
}

/** A file's row as warmCheck reads it: id, path, size, mtime, ctime, ino, report_id, region, problem. */
type ListingRow = [
	number,
	string,
	number,
	number,
	number,
	number,
	string | null,
	string | null,
	string | null,
];

/**
 * The files of `dirs` listed and statted once, against their rows. When the index already says
 * what the files are (each file's stat is its row's, and no row of these directories is of a
 * file gone): the rows in the loader's order, and the listing's problems. Otherwise the listing,
 * for the sync to work from: listing and statting again took ~50 ms at 10,000 reports, and a
 * deletion shows only once every file has been seen. Measured at 10,000 reports, where a warm
 * search took 650 ms:
 * - The rows are read in a read transaction: a warm start neither waits for the write lock nor
 *   takes it.
 * - One query per directory, of arrays, from an index holding every column read (see
 *   files_listing in database.ts): a query of stats then one of library columns, as objects,
 *   and the Map and Set around them took 180 ms.
 * - A stat that is its row's is dropped once compared (the row holds the same numbers): kept
 *   until the end, 10,000 of them were copied by each young-generation collection (60 ms of
 *   collections in all).
 */
function warmCheck(
	db: DatabaseSync,
	dirs: readonly string[],
	resolvedDirs: readonly string[],
):
	| {files: FileRow[]; problems: Problem[]}
	| {listed: Listed[]; problems: Problem[]; order: string[]} {
	const byDir = db.prepare(
		'SELECT id, path, size, mtime, ctime, ino, report_id, region, problem FROM files WHERE dir = ?',
	);
	byDir.setReturnArrays(true);
	const byPath = new Map<string, ListingRow>();
	const own = !db.isTransaction;
	if (own) db.exec('BEGIN');
	try {
		for (const dir of resolvedDirs) {
			for (const row of byDir.all(dir) as unknown as ListingRow[]) byPath.set(row[1], row);
		}
	} finally {
		if (own && db.isTransaction) db.exec('COMMIT');
	}
	// Each listed file's directory and path; its stat only when it is not its row's.
	const listedDirs: string[] = [];
	const listedFiles: string[] = [];
	const changedStats = new Map<number, FileStat>();
	const {problems, order} = listFiles(dirs, (dir, file, stat) => {
		const row = byPath.get(file);
		if (row === undefined || !statIs(stat, row[2], row[3], row[4], row[5])) {
			const {size, mtimeMs, ctimeMs, ino} = stat;
			changedStats.set(listedFiles.length, {size, mtimeMs, ctimeMs, ino});
		}
		listedDirs.push(dir);
		listedFiles.push(file);
	});
	// Each file is visited once (see listFiles), so as many rows as files means none is gone.
	if (changedStats.size > 0 || listedFiles.length !== byPath.size) {
		const listed = listedFiles.map((file, at): Listed => {
			// Not among the changed: its row has its stat.
			const row = byPath.get(file)!;
			const stat = changedStats.get(at) ?? {
				size: row[2],
				mtimeMs: row[3],
				ctimeMs: row[4],
				ino: row[5],
			};
			return {dir: listedDirs[at]!, file, stat};
		});
		return {listed, problems, order};
	}
	const files: FileRow[] = [];
	for (const file of order) {
		const row = byPath.get(file);
		if (!row) continue;
		const [id, , , , , , reportId, region, problem] = row;
		files.push(fileRow(id, file, reportId, region, problem));
	}
	return {files, problems};
}

/** A file's row as a listing reads it: id, path, report_id, region, problem. */
type StoredListing = [number, string, string | null, string | null, string | null];

/** The rows of one directory, as arrays (one query per directory: see warmCheck). */
function listingOf(db: DatabaseSync): (dir: string) => StoredListing[] {
	const byDir = db.prepare('SELECT id, path, report_id, region, problem FROM files WHERE dir = ?');
	byDir.setReturnArrays(true);
	return (dir) => byDir.all(dir) as unknown as StoredListing[];
}

const listedRow = ([id, file, reportId, region, problem]: StoredListing) =>
	fileRow(id, file, reportId, region, problem);

/**
 * The rows of `dirs` as the last sync left them, in the loader's order (directories as given,
 * names sorted), without listing or stating a file: what the app draws its first frame from
 * before it checks the files (syncIndex). Undefined when a directory has no row (never
 * indexed, or empty): the caller syncs first then, so a first build shows its progress.
 */
export function storedFiles(db: DatabaseSync, dirs: readonly string[]): FileRow[] | undefined {
	const listing = listingOf(db);
	const rows: FileRow[] = [];
	const own = !db.isTransaction;
	if (own) db.exec('BEGIN');
	try {
		for (const given of dirs) {
			const stored = listing(path.resolve(given));
			if (stored.length === 0) return undefined;
			// The loader's sort (listReportFiles): names, as UTF-16 code units, after one prefix.
			stored.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
			for (const row of stored) rows.push(listedRow(row));
		}
	} finally {
		if (own && db.isTransaction) db.exec('COMMIT');
	}
	return rows;
}

/** The rows of the files of `order` (paths as listed), in that order, after a sync. */
function rowsInOrder(db: DatabaseSync, dirs: readonly string[], order: string[]): FileRow[] {
	const listing = listingOf(db);
	const byPath = new Map<string, StoredListing>();
	for (const dir of dirs) for (const row of listing(dir)) byPath.set(row[1], row);
	const rows: FileRow[] = [];
	for (const file of order) {
		const row = byPath.get(file);
		if (row) rows.push(listedRow(row));
	}
	return rows;
}

/** The library entry of a file's row (see FileRow); undefined when it has none. */
export function libraryEntryOf(db: DatabaseSync): (file: number) => LibraryEntry | undefined {
	const select = db.prepare('SELECT library FROM files WHERE id = ?');
	return (file) => {
		const row = select.get(file) as {library: string | null} | undefined;
		return row?.library ? (JSON.parse(row.library) as LibraryEntry) : undefined;
	};
}

import {execFileSync} from 'node:child_process';
import {
	chmodSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {DatabaseSync} from 'node:sqlite';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {stateWarningText} from '../../source/services/state-warning.js';
import {
	applicationId,
	migrate,
	openStateStore,
	parseLegacyPositions,
	schemaSteps,
	stateDirectory,
	type StateStore,
	type StateWarning,
} from '../../source/services/state-store.js';

let directory: string;
const opened: StateStore[] = [];
beforeEach(() => {
	directory = mkdtempSync(path.join(os.tmpdir(), 'baogao-state-store-'));
});
afterEach(() => {
	for (const store of opened.splice(0)) store.close();
	chmodSync(directory, 0o700);
	rmSync(directory, {recursive: true, force: true});
});

const day = 86_400_000;
const start = Date.UTC(2026, 0, 15, 8, 0, 0);

/** A store on a clock the test moves. */
function open(dir = directory, options: Parameters<typeof openStateStore>[1] = {}) {
	const clock = {now: start};
	const store = openStateStore(dir, {now: () => clock.now, ...options});
	opened.push(store);
	return {store, clock};
}

const dbFile = () => path.join(directory, 'state.db');
const otherFiles = () =>
	readdirSync(directory).filter((name) => !/^state\.db(-wal|-shm)?$/.test(name));

function watch(store: StateStore): StateWarning[] {
	const seen: StateWarning[] = [];
	store.onWarning((warning) => seen.push(warning));
	return seen;
}

describe('state directory', () => {
	it('prefers BAOGAO_STATE_DIR, then XDG_STATE_HOME, then ~/.local/state', () => {
		expect(stateDirectory({BAOGAO_STATE_DIR: '/tmp/x', XDG_STATE_HOME: '/y'})).toBe('/tmp/x');
		expect(stateDirectory({XDG_STATE_HOME: '/y'})).toBe('/y/baogao');
		expect(stateDirectory({XDG_STATE_HOME: 'relative'})).toBe(
			path.join(os.homedir(), '.local/state/baogao'),
		);
		expect(stateDirectory({})).toBe(path.join(os.homedir(), '.local/state/baogao'));
	});

	it('creates the directory and a database marked as baogao state', () => {
		const nested = path.join(directory, 'a', 'b');
		const {store} = open(nested);
		expect(store.saving).toBe(true);
		expect(store.positions.set({alpha: {section: 1, block: 2, offset: 3, at: start}})).toBe(true);
		store.close();
		const db = new DatabaseSync(path.join(nested, 'state.db'), {readOnly: true});
		expect(db.prepare('PRAGMA application_id').get()?.application_id).toBe(applicationId);
		expect(db.prepare('PRAGMA user_version').get()?.user_version).toBe(schemaSteps.length);
		expect(db.prepare('PRAGMA journal_mode').get()?.journal_mode).toBe('wal');
		db.close();
	});
});

describe('positions', () => {
	it('are saved and read back by the next store', () => {
		const {store} = open();
		expect(store.positions.all()).toEqual({});
		expect(store.positions.get('alpha')).toBeUndefined();
		store.positions.set({
			alpha: {section: 2, block: 1, offset: 40, at: start},
			beta: {section: 0, block: 0, offset: 0, at: start},
		});
		store.close();
		const {store: next} = open();
		expect(next.positions.get('alpha')).toEqual({section: 2, block: 1, offset: 40, at: start});
		expect(Object.keys(next.positions.all()).sort()).toEqual(['alpha', 'beta']);
		expect(next.warnings).toEqual([]);
	});

	it('keep the newer of two saves for one report, whichever comes last', () => {
		const {store} = open();
		store.positions.set({alpha: {section: 5, block: 0, offset: 0, at: start - 10}});
		// A window that read earlier saves later: its older position does not win.
		store.positions.set({alpha: {section: 1, block: 0, offset: 0, at: start - 20}});
		expect(store.positions.get('alpha')?.section).toBe(5);
		store.positions.set({alpha: {section: 7, block: 0, offset: 0, at: start - 5}});
		expect(store.positions.get('alpha')?.section).toBe(7);
	});

	it('with a timestamp from the future are still updated, and read back clamped', () => {
		const {store, clock} = open();
		// Saved by a machine whose clock ran a year ahead.
		store.positions.set({alpha: {section: 9, block: 0, offset: 0, at: start + 365 * day}});
		expect(store.positions.get('alpha')?.at).toBe(start);
		clock.now = start + 1000;
		store.positions.set({alpha: {section: 3, block: 1, offset: 0, at: start + 500}});
		expect(store.positions.get('alpha')).toEqual({
			section: 3,
			block: 1,
			offset: 0,
			at: start + 500,
		});
	});

	it('stored with a future time by hand are updated by the next save too', () => {
		const {store} = open();
		store.close();
		const db = new DatabaseSync(dbFile());
		db.prepare('INSERT INTO positions VALUES (?, ?, ?, ?, ?)').run('alpha', 9, 9, 9, start + day);
		db.close();
		const {store: next} = open();
		expect(next.positions.get('alpha')).toEqual({section: 9, block: 9, offset: 9, at: start});
		next.positions.set({alpha: {section: 1, block: 0, offset: 0, at: start}});
		expect(next.positions.get('alpha')?.section).toBe(1);
	});

	it('leave out what is not a position and save the rest; -1 is a position', () => {
		const {store} = open();
		expect(
			store.positions.set({
				title: {section: -1, block: 0, offset: 0, at: start},
				'': {section: 0, block: 0, offset: 0, at: start},
				half: {section: 0.5, block: 0, offset: 0, at: start},
				never: {section: 0, block: 0, offset: 0, at: Number.NaN},
			}),
		).toBe(true);
		expect(store.positions.all()).toEqual({title: {section: -1, block: 0, offset: 0, at: start}});
		expect(
			store.bookmarks.add({report: 'a', section: Number.NaN, block: 0, offset: 0, excerpt: ''}),
		).toBeUndefined();
		expect(store.bookmarks.list()).toEqual([]);
	});
});

describe('bookmarks', () => {
	it('are added with an id and a time, listed newest first, per report or all', () => {
		const {store, clock} = open();
		const first = store.bookmarks.add({
			report: 'leshan',
			section: 1,
			block: 2,
			offset: 3,
			excerpt: '职工书屋建设',
		});
		clock.now += 1000;
		const second = store.bookmarks.add({
			report: 'jinan',
			section: 0,
			block: 4,
			offset: 0,
			excerpt: '劳模工作室',
			note: '对比',
		});
		clock.now += 1000;
		const third = store.bookmarks.add({
			report: 'leshan',
			section: 3,
			block: 0,
			offset: 9,
			excerpt: '困难职工帮扶',
		});
		expect(first).toEqual({
			id: first!.id,
			report: 'leshan',
			section: 1,
			block: 2,
			offset: 3,
			excerpt: '职工书屋建设',
			note: '',
			createdAt: start,
		});
		expect(second?.note).toBe('对比');
		expect(store.bookmarks.list().map((bookmark) => bookmark.id)).toEqual([
			third!.id,
			second!.id,
			first!.id,
		]);
		expect(store.bookmarks.list({report: 'leshan'}).map((bookmark) => bookmark.excerpt)).toEqual([
			'困难职工帮扶',
			'职工书屋建设',
		]);
		expect(store.bookmarks.list({report: 'nowhere'})).toEqual([]);
		store.close();
		const {store: next, clock: later} = open();
		later.now = clock.now;
		expect(next.bookmarks.get(second!.id)).toEqual(second);
	});

	it('take a new note, and are deleted by id; a missing id is false', () => {
		const {store} = open();
		const bookmark = store.bookmarks.add({
			report: 'cuiping',
			section: 0,
			block: 0,
			offset: 0,
			excerpt: '会员',
		})!;
		expect(store.bookmarks.updateNote(bookmark.id, '第二稿再看')).toBe(true);
		expect(store.bookmarks.get(bookmark.id)?.note).toBe('第二稿再看');
		expect(store.bookmarks.updateNote(bookmark.id + 100, 'x')).toBe(false);
		expect(store.bookmarks.delete(bookmark.id + 100)).toBe(false);
		expect(store.bookmarks.delete(bookmark.id)).toBe(true);
		expect(store.bookmarks.delete(bookmark.id)).toBe(false);
		expect(store.bookmarks.list()).toEqual([]);
	});

	it('never reuse the id of a deleted one', () => {
		const {store} = open();
		const add = () =>
			store.bookmarks.add({report: 'a', section: 0, block: 0, offset: 0, excerpt: 'x'})!.id;
		const one = add();
		store.bookmarks.delete(one);
		expect(add()).toBeGreaterThan(one);
	});
});

describe('search history', () => {
	it('lists searches oldest first, newest last, with their scope and time', () => {
		const {store, clock} = open();
		store.history.add('laomo', 'all');
		clock.now += 1000;
		store.history.add('职工书屋', 'leshan');
		expect(store.history.list()).toEqual([
			{query: 'laomo', scope: 'all', at: start},
			{query: '职工书屋', scope: 'leshan', at: start + 1000},
		]);
	});

	it('keeps one copy of a repeated search, moved to the end', () => {
		const {store} = open();
		store.history.add('laomo', 'all');
		store.history.add('ldmf', 'all');
		store.history.add(' laomo ', 'all');
		store.history.add('laomo', 'leshan');
		expect(store.history.list().map((entry) => `${entry.query}@${entry.scope}`)).toEqual([
			'ldmf@all',
			'laomo@all',
			'laomo@leshan',
		]);
		expect(store.history.list({scope: 'all'}).map((entry) => entry.query)).toEqual([
			'ldmf',
			'laomo',
		]);
		expect(store.history.list({limit: 1}).map((entry) => entry.query)).toEqual(['laomo']);
	});

	it('ignores empty searches and keeps only the newest ones past its limit', () => {
		const {store} = open(directory, {historyLimit: 3});
		expect(store.history.add('   ', 'all')).toBe(true);
		for (const query of ['a', 'b', 'c', 'd', 'e']) store.history.add(query, 'all');
		expect(store.history.list().map((entry) => entry.query)).toEqual(['c', 'd', 'e']);
	});
});

describe('the JSON positions of earlier versions', () => {
	const legacy = () => path.join(directory, 'positions.json');
	const legacyText = `${JSON.stringify({
		version: 1,
		positions: {
			leshan: {section: 2, block: 1, offset: 7, at: start - day},
			future: {section: 4, block: 0, offset: 0, at: start + 30 * day},
			broken: {section: 'x'},
		},
	})}\n`;

	it('are imported once, clamped, and the file is left as it was', () => {
		writeFileSync(legacy(), legacyText);
		const {store} = open();
		expect(store.warnings).toEqual([]);
		expect(store.positions.all()).toEqual({
			leshan: {section: 2, block: 1, offset: 7, at: start - day},
			future: {section: 4, block: 0, offset: 0, at: start},
		});
		// The future one is not stuck: a later save replaces it.
		store.positions.set({future: {section: 5, block: 0, offset: 0, at: start}});
		store.positions.set({leshan: {section: 3, block: 0, offset: 0, at: start}});
		store.close();
		expect(readFileSync(legacy(), 'utf8')).toBe(legacyText);
		// Not again: the next start keeps what was saved since.
		const {store: next} = open();
		expect(next.positions.get('future')?.section).toBe(5);
		expect(next.positions.get('leshan')?.section).toBe(3);
	});

	it('that are damaged give one warning naming the file, once, and the file stays', () => {
		writeFileSync(legacy(), '{"positions": {"leshan": ');
		const {store} = open();
		expect(store.warnings).toHaveLength(1);
		expect(store.warnings[0]).toMatchObject({kind: 'unreadable'});
		expect(JSON.stringify(store.warnings[0])).toContain(legacy());
		store.close();
		expect(readFileSync(legacy(), 'utf8')).toBe('{"positions": {"leshan": ');
		expect(open().store.warnings).toEqual([]);
	});

	it('in a FIFO are not read (the start does not block)', () => {
		execFileSync('mkfifo', [legacy()]);
		const {store} = open();
		expect(store.warnings).toMatchObject([{kind: 'unreadable'}]);
		expect(statSync(legacy()).isFIFO()).toBe(true);
	});

	it('are parsed strictly: only well-formed entries', () => {
		expect(() => parseLegacyPositions([])).toThrow();
		expect(() => parseLegacyPositions({positions: 3})).toThrow();
		expect(
			parseLegacyPositions({
				positions: {
					a: {section: 1, block: 0, offset: 0, at: 1},
					b: {section: -1, block: 0, offset: 0, at: 2},
					c: {section: 'x'},
					d: null,
				},
			}),
		).toEqual({
			a: {section: 1, block: 0, offset: 0, at: 1},
			b: {section: -1, block: 0, offset: 0, at: 2},
		});
	});
});

describe('schema migration', () => {
	it('brings a version 1 database to version 2 and keeps its positions', () => {
		mkdirSync(directory, {recursive: true});
		const db = new DatabaseSync(dbFile());
		migrate(db, 1);
		db.prepare('INSERT INTO positions VALUES (?, ?, ?, ?, ?)').run('leshan', 4, 2, 10, start - day);
		db.prepare('INSERT INTO positions VALUES (?, ?, ?, ?, ?)').run(
			'jinan',
			1,
			0,
			0,
			start - 2 * day,
		);
		db.prepare("INSERT INTO meta VALUES ('imported positions.json', 'then')").run();
		expect(db.prepare('PRAGMA user_version').get()?.user_version).toBe(1);
		expect(() => db.prepare('SELECT * FROM bookmarks').all()).toThrow(/no such table/);
		db.close();

		const {store} = open();
		expect(store.warnings).toEqual([]);
		expect(store.positions.all()).toEqual({
			leshan: {section: 4, block: 2, offset: 10, at: start - day},
			jinan: {section: 1, block: 0, offset: 0, at: start - 2 * day},
		});
		expect(
			store.bookmarks.add({report: 'leshan', section: 4, block: 2, offset: 10, excerpt: '书屋'}),
		).toBeDefined();
		expect(store.history.add('shuwu', 'all')).toBe(true);
		store.close();
		const check = new DatabaseSync(dbFile(), {readOnly: true});
		expect(check.prepare('PRAGMA user_version').get()?.user_version).toBe(2);
		check.close();
	});

	it('leaves a database from a newer version alone and works in memory, saying so once', () => {
		const {store: first} = open();
		first.positions.set({leshan: {section: 6, block: 0, offset: 0, at: start}});
		first.close();
		const db = new DatabaseSync(dbFile());
		db.exec('PRAGMA user_version = 9');
		db.close();
		const before = readFileSync(dbFile());

		const {store} = open();
		const seen = watch(store);
		expect(store.saving).toBe(false);
		expect(store.positions.get('leshan')?.section).toBe(6);
		expect(store.positions.set({leshan: {section: 7, block: 0, offset: 0, at: start}})).toBe(true);
		expect(store.positions.get('leshan')?.section).toBe(7);
		store.history.add('x', 'all');
		expect(seen).toEqual([
			{
				kind: 'unwritable',
				reason: {
					en: 'the state database is from a newer baogao (schema 9), so it is left as it is',
					zh: '状态数据库来自更新版本的 baogao（结构版本 9），保持原样',
				},
			},
		]);
		store.close();
		expect(readFileSync(dbFile()).equals(before)).toBe(true);
	});
});

describe('a state file that is not a usable database', () => {
	function expectMovedAside(store: StateStore, reason: string | RegExp) {
		expect(store.warnings).toHaveLength(1);
		const warning = store.warnings[0]!;
		expect(warning).toMatchObject({kind: 'moved-aside', file: dbFile()});
		if (warning.kind !== 'moved-aside') return;
		expect(warning.reason.en).toMatch(reason);
		expect(path.dirname(warning.movedTo)).toBe(directory);
		expect(path.basename(warning.movedTo)).toMatch(/^state\.db\.moved-\d{4}-\d\d-\d\dT[\d-]+Z$/);
		// A fresh store works where the bad file was.
		expect(store.saving).toBe(true);
		expect(store.positions.set({leshan: {section: 1, block: 0, offset: 0, at: start}})).toBe(true);
		expect(open().store.positions.get('leshan')?.section).toBe(1);
		return warning.movedTo;
	}

	it('text: moved aside whole, with its contents kept', () => {
		writeFileSync(dbFile(), 'not sqlite at all, but somebody wrote it\n');
		const movedTo = expectMovedAside(open().store, 'not a database');
		expect(readFileSync(movedTo!, 'utf8')).toBe('not sqlite at all, but somebody wrote it\n');
	});

	it('a damaged database: moved aside', () => {
		const {store: first} = open();
		first.bookmarks.add({
			report: 'a',
			section: 0,
			block: 0,
			offset: 0,
			excerpt: 'x'.repeat(20_000),
		});
		first.close();
		const bytes = readFileSync(dbFile());
		// Keep the header, scramble the pages.
		for (let at = 100; at < bytes.length; at += 7) bytes[at] = (bytes[at]! * 31 + 17) & 0xff;
		writeFileSync(dbFile(), bytes);
		const movedTo = expectMovedAside(open().store, 'damaged');
		expect(readFileSync(movedTo!).equals(bytes)).toBe(true);
	});

	it("another program's SQLite database: moved aside, not written into", () => {
		const db = new DatabaseSync(dbFile());
		db.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)');
		db.prepare('INSERT INTO photos (name) VALUES (?)').run('river.jpg');
		db.close();
		const movedTo = expectMovedAside(open().store, 'a database of another program');
		const moved = new DatabaseSync(movedTo!, {readOnly: true});
		expect(moved.prepare('SELECT name FROM sqlite_schema').all()).toEqual([{name: 'photos'}]);
		moved.close();
	});

	it('a FIFO: moved aside without being opened', () => {
		execFileSync('mkfifo', [dbFile()]);
		const movedTo = expectMovedAside(open().store, 'not a regular file (a FIFO)');
		expect(statSync(movedTo!).isFIFO()).toBe(true);
	});

	it("says why in the user's language", () => {
		execFileSync('mkfifo', [dbFile()]);
		const [warning] = open().store.warnings;
		expect(warning).toBeDefined();
		expect(stateWarningText(warning!, 'zh')).toMatch(
			/^保存的状态无法使用（不是普通文件（命名管道））.已移至 .*state\.db\.moved-/,
		);
		expect(stateWarningText(warning!, 'en')).toMatch(
			/^Saved state was unusable \(not a regular file \(a FIFO\)\): moved to /,
		);
	});

	it('a socket: moved aside', async () => {
		const server = net.createServer();
		await new Promise<void>((resolve) => server.listen(dbFile(), resolve));
		try {
			expectMovedAside(open().store, 'not a regular file (a socket)');
		} finally {
			await new Promise((resolve) => server.close(resolve));
		}
	});

	it('a directory: moved aside', () => {
		mkdirSync(dbFile());
		writeFileSync(path.join(dbFile(), 'inside'), 'kept');
		const movedTo = expectMovedAside(open().store, 'not a regular file (a directory)');
		expect(readFileSync(path.join(movedTo!, 'inside'), 'utf8')).toBe('kept');
	});

	it('a link to nothing: the link is moved aside', () => {
		symlinkSync(path.join(directory, 'gone'), dbFile());
		expectMovedAside(open().store, 'a link to a file that does not exist');
	});

	it('a read-only file: moved aside', () => {
		open().store.close();
		chmodSync(dbFile(), 0o444);
		expectMovedAside(open().store, 'read-only');
	});

	it('an unreadable file: moved aside', () => {
		open().store.close();
		chmodSync(dbFile(), 0o200);
		expectMovedAside(open().store, /^unreadable/);
	});

	it('moved aside twice on the same second: both kept under different names', () => {
		writeFileSync(dbFile(), 'first');
		const one = openStateStore(directory, {now: () => start});
		one.close();
		const firstMoved = one.warnings[0];
		writeFileSync(dbFile(), 'second');
		const two = openStateStore(directory, {now: () => start});
		two.close();
		expect(firstMoved?.kind).toBe('moved-aside');
		expect(two.warnings[0]?.kind).toBe('moved-aside');
		expect(otherFiles()).toHaveLength(2);
		const contents = otherFiles()
			.map((name) => readFileSync(path.join(directory, name), 'utf8'))
			.sort();
		expect(contents).toEqual(['first', 'second']);
	});
});

describe('when nothing can be saved', () => {
	it('a file where the directory should be: the store works in memory and warns once', () => {
		const blocker = path.join(directory, 'file');
		writeFileSync(blocker, 'x');
		const {store} = open(path.join(blocker, 'state'));
		const seen = watch(store);
		expect(store.saving).toBe(false);
		expect(store.warnings).toEqual([]);
		expect(store.positions.set({a: {section: 1, block: 0, offset: 0, at: start}})).toBe(true);
		expect(
			store.bookmarks.add({report: 'a', section: 1, block: 0, offset: 0, excerpt: 'x'}),
		).toBeDefined();
		expect(store.bookmarks.list()).toHaveLength(1);
		expect(seen).toEqual([
			{
				kind: 'unwritable',
				reason: {en: 'a part of the path is not a directory', zh: '路径中有一段不是目录'},
			},
		]);
	});

	it('a full disk: the save fails with one warning, what was saved stays, later saves try again', () => {
		const {store: first} = open();
		first.positions.set({jinan: {section: 2, block: 0, offset: 0, at: start}});
		first.close();
		const pages = Math.ceil(statSync(dbFile()).size / 4096);
		const {store} = open(directory, {maxPages: pages});
		const seen = watch(store);
		const long = {report: 'jinan', section: 0, block: 0, offset: 0, excerpt: '职'.repeat(40_000)};
		expect(store.bookmarks.add(long)).toBeUndefined();
		expect(store.bookmarks.add(long)).toBeUndefined();
		expect(seen).toEqual([
			{kind: 'unwritable', reason: {en: 'no space left on the device', zh: '设备空间已满'}},
		]);
		expect(store.bookmarks.list()).toEqual([]);
		expect(store.positions.get('jinan')?.section).toBe(2);
		// Small changes still fit in the pages there are.
		expect(store.positions.set({jinan: {section: 3, block: 0, offset: 0, at: start}})).toBe(true);
		expect(seen).toHaveLength(1);
	});

	it('another copy holding the write lock past the wait: one warning, and the next save works', () => {
		const {store} = open(directory, {busyTimeout: 50});
		const seen = watch(store);
		const other = new DatabaseSync(dbFile());
		other.exec('BEGIN IMMEDIATE');
		expect(store.positions.set({a: {section: 1, block: 0, offset: 0, at: start}})).toBe(false);
		// Reading goes on while another copy writes.
		expect(store.positions.all()).toEqual({});
		other.exec('COMMIT');
		other.close();
		expect(store.positions.set({a: {section: 1, block: 0, offset: 0, at: start}})).toBe(true);
		expect(seen).toEqual([
			{
				kind: 'unwritable',
				reason: {
					en: 'another copy of baogao kept the state database busy',
					zh: '另一个 baogao 正占用状态数据库',
				},
			},
		]);
	});
});

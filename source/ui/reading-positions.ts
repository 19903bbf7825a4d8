// Where each report was left, kept across runs in one JSON file in the user's state directory.
// Writes go to a temporary file that is renamed over the old one, so a reader never sees half a
// file; each write first merges what other running copies saved (newest entry per report wins).
// Nothing here may stop the app: problems become warnings.
import {
	closeSync,
	fsyncSync,
	mkdirSync,
	openSync,
	readFileSync,
	renameSync,
	statSync,
	unlinkSync,
	writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Anchor} from './reader/report-layout.js';

export type SavedPosition = Anchor & {
	/** When it was saved (ms since the epoch); the newer of two copies wins a merge. */
	at: number;
};

export type Positions = Record<string, Anchor>;

export type StateWarning =
	| {kind: 'corrupt'; file: string}
	| {kind: 'unreadable'; reason: string}
	| {kind: 'unwritable'; reason: string};

const fileName = 'positions.json';
const version = 1;

/** $BAOGAO_STATE_DIR, else $XDG_STATE_HOME/baogao, else ~/.local/state/baogao. */
export function stateDirectory(env: NodeJS.ProcessEnv = process.env): string {
	if (env.BAOGAO_STATE_DIR) return path.resolve(env.BAOGAO_STATE_DIR);
	if (env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME)) {
		return path.join(env.XDG_STATE_HOME, 'baogao');
	}
	return path.join(os.homedir(), '.local', 'state', 'baogao');
}

type ReadResult = {positions: Record<string, SavedPosition>; warning?: StateWarning};

function readFile(file: string): ReadResult {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return {positions: {}};
		return {positions: {}, warning: {kind: 'unreadable', reason: describe(error)}};
	}
	try {
		return {positions: parsePositions(JSON.parse(text))};
	} catch {
		return {positions: {}, warning: {kind: 'corrupt', file}};
	}
}

/** Accepts only well-formed entries; throws when the file is not ours at all. */
export function parsePositions(data: unknown): Record<string, SavedPosition> {
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		throw new Error('not an object');
	}
	const entries = (data as {positions?: unknown}).positions;
	if (entries === null || typeof entries !== 'object' || Array.isArray(entries)) {
		throw new Error('no positions');
	}
	const out: Record<string, SavedPosition> = Object.create(null);
	for (const [id, value] of Object.entries(entries as Record<string, unknown>)) {
		const entry = value as Partial<SavedPosition> | null;
		if (
			entry &&
			Number.isSafeInteger(entry.section) &&
			Number.isSafeInteger(entry.block) &&
			Number.isSafeInteger(entry.offset) &&
			typeof entry.at === 'number'
		) {
			out[id] = {section: entry.section!, block: entry.block!, offset: entry.offset!, at: entry.at};
		}
	}
	return out;
}

export function mergePositions(
	...sources: Array<Record<string, SavedPosition>>
): Record<string, SavedPosition> {
	const out: Record<string, SavedPosition> = Object.create(null);
	for (const source of sources) {
		for (const [id, entry] of Object.entries(source)) {
			const known = out[id];
			if (!known || entry.at >= known.at) out[id] = entry;
		}
	}
	return out;
}

/** Writes `text` to `file` so that the file is always either the old or the new content. */
export function writeAtomically(file: string, text: string): void {
	const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	let fd: number | undefined;
	try {
		fd = openSync(temporary, 'wx', 0o600);
		writeSync(fd, text);
		fsyncSync(fd);
		closeSync(fd);
		fd = undefined;
		renameSync(temporary, file);
	} catch (error) {
		if (fd !== undefined) closeSync(fd);
		try {
			unlinkSync(temporary);
		} catch {}
		throw error;
	}
}

/** A short-lived lock so two copies saving at once merge one after the other. */
function withLock<T>(file: string, action: () => T): T {
	const lock = `${file}.lock`;
	const deadline = Date.now() + 200;
	let held = false;
	while (!held) {
		try {
			closeSync(openSync(lock, 'wx'));
			held = true;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') break;
			try {
				// A lock left by a copy that died is stale after a few seconds.
				if (Date.now() - statSync(lock).mtimeMs > 5000) unlinkSync(lock);
			} catch {}
			if (Date.now() > deadline) break;
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
		}
	}
	// Without the lock the write is still atomic; at worst one copy's newest entry is lost.
	try {
		return action();
	} finally {
		if (held) {
			try {
				unlinkSync(lock);
			} catch {}
		}
	}
}

export type PositionStore = {
	readonly file: string;
	/** Positions as loaded at start. */
	initial: Positions;
	/** Problems met while loading; empty when all went well. */
	warnings: StateWarning[];
	/** Records the latest positions; saving happens shortly after, or on flush. */
	update(positions: Positions): void;
	/** Saves now if anything changed. Returns a warning when saving failed. */
	flush(): StateWarning | undefined;
	/** Called with a warning the first time saving fails. */
	onWarning(listener: (warning: StateWarning) => void): () => void;
	close(): void;
};

export function openPositionStore(directory: string, saveDelay = 400): PositionStore {
	const file = path.join(directory, fileName);
	const loaded = readFile(file);
	const initial: Positions = Object.create(null);
	for (const [id, {section, block, offset}] of Object.entries(loaded.positions)) {
		initial[id] = {section, block, offset};
	}
	const warnings: StateWarning[] = loaded.warning ? [loaded.warning] : [];
	// Entries this copy changed, stamped when they changed.
	let changed: Record<string, SavedPosition> = Object.create(null);
	let latest: Positions = initial;
	let timer: NodeJS.Timeout | undefined;
	let failed = false;
	const listeners = new Set<(warning: StateWarning) => void>();

	const flush = (): StateWarning | undefined => {
		if (timer) clearTimeout(timer);
		timer = undefined;
		if (Object.keys(changed).length === 0 || failed) return undefined;
		try {
			mkdirSync(directory, {recursive: true});
			withLock(file, () => {
				const onDisk = readFile(file).positions;
				const merged = mergePositions(onDisk, changed);
				writeAtomically(file, `${JSON.stringify({version, positions: merged}, null, '\t')}\n`);
			});
			changed = Object.create(null);
			return undefined;
		} catch (error) {
			// Warn once; the app goes on without saving.
			failed = true;
			const warning: StateWarning = {kind: 'unwritable', reason: describe(error)};
			for (const listener of listeners) listener(warning);
			return warning;
		}
	};

	return {
		file,
		initial,
		warnings,
		update(positions) {
			if (positions === latest) return;
			const now = Date.now();
			for (const [id, anchor] of Object.entries(positions)) {
				const before = latest[id];
				if (
					!before ||
					before.section !== anchor.section ||
					before.block !== anchor.block ||
					before.offset !== anchor.offset
				) {
					changed[id] = {...anchor, at: now};
				}
			}
			latest = positions;
			if (!timer && !failed) {
				timer = setTimeout(flush, saveDelay);
				timer.unref();
			}
		},
		flush,
		onWarning(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		close() {
			if (timer) clearTimeout(timer);
			timer = undefined;
		},
	};
}

function describe(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'EROFS':
			return 'read-only file system';
		case 'ENOSPC':
			return 'no space left on the device';
		case 'EDQUOT':
			return 'disk quota exceeded';
		case 'ENOTDIR':
			return 'a part of the path is not a directory';
		default:
			return error instanceof Error ? error.message : String(error);
	}
}

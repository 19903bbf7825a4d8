// Loading report directories. Every file is checked on its own: a broken one becomes one
// Problem line naming the file, and the rest still load.
import type {Text} from '../i18n/lang.js';
import {problems, systemReason} from '../i18n/messages.js';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {escapedFileName, isUtf8, readableFileName} from '../text/file-name.js';
import {decodeReportBytes, parseReport, ReportError} from './format.js';
import type {Report} from './types.js';

export type Problem = {file: string; problem: Text};
export type LoadResult = {reports: Report[]; problems: Problem[]};

/** Larger than any real report by far; refusing early keeps a stray dump from eating memory. */
export const maxReportBytes = 4 * 1024 * 1024;

/** The reports shipped with baogao: `reports/` at the package root (found from this module). */
export function bundledReportsDir(): string {
	let dir = path.dirname(fileURLToPath(import.meta.url));
	for (;;) {
		if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'reports'))) {
			return path.join(dir, 'reports');
		}
		const parent = path.dirname(dir);
		if (parent === dir) throw new Error('baogao: cannot find the bundled reports directory');
		dir = parent;
	}
}

/**
 * The user's library: reports they imported, in $XDG_DATA_HOME/baogao/reports (by default
 * ~/.local/share/baogao/reports). Loaded with the bundled ones on every start.
 */
export function userReportsDir(env: NodeJS.ProcessEnv = process.env): string {
	const data =
		env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME)
			? env.XDG_DATA_HOME
			: path.join(env.HOME || os.homedir(), '.local', 'share');
	return path.join(data, 'baogao', 'reports');
}

/** Where a loaded report lives: shipped with baogao, in the user's library, or elsewhere. */
export type Library = 'bundled' | 'user' | 'other';

/** Resolved once: the library screen asks for every visible row on every frame. */
let bundledDirResolved: string | undefined;

export function libraryOf(report: Report, env: NodeJS.ProcessEnv = process.env): Library {
	if (!report.file) return 'other';
	const dir = path.dirname(path.resolve(report.file));
	bundledDirResolved ??= path.resolve(bundledReportsDir());
	if (dir === bundledDirResolved) return 'bundled';
	if (dir === path.resolve(userReportsDir(env))) return 'user';
	return 'other';
}

/** The folders every start loads: the bundled reports, the user's library when there is one, and any given. */
export function corpusDirectories(
	extraDirs: string[] = [],
	env: NodeJS.ProcessEnv = process.env,
): string[] {
	const user = userReportsDir(env);
	return [bundledReportsDir(), ...(existsSync(user) ? [user] : []), ...extraDirs];
}

/**
 * Report files whose names are not UTF-8, by the readable path they are listed under: a string
 * path cannot name them (Node encodes strings as UTF-8), their bytes can.
 */
const bytePaths = new Map<string, Buffer>();

/** What to hand the file system for a path listReportFiles gave. */
export function fsPath(file: string): string | Buffer {
	return bytePaths.get(file) ?? file;
}

export function loadReportFile(file: string): Report {
	let size: number;
	try {
		const stat = statSync(fsPath(file));
		if (stat.isDirectory()) throw new ReportError(file, problems.isDirectory);
		if (!stat.isFile()) throw new ReportError(file, problems.notRegularFile);
		size = stat.size;
	} catch (error) {
		throw asReportError(error, file);
	}
	if (size > maxReportBytes) {
		throw new ReportError(file, problems.tooLarge(formatBytes(size), formatBytes(maxReportBytes)));
	}
	let bytes: Buffer;
	try {
		bytes = readFileSync(fsPath(file));
	} catch (error) {
		throw asReportError(error, file);
	}
	return parseReport(decodeReportBytes(bytes, file), file);
}

/** Lists the `*.md` report files of a directory (not recursive), sorted by name. */
export function listReportFiles(dir: string): string[] {
	// Names as strings first, and as bytes only when one is not UTF-8 (Node puts U+FFFD for its
	// bad bytes): at 10,000 files the byte names and their checks took 60 ms of a 90 ms listing.
	const names = readdirSync(dir);
	if (names.some((name) => name.includes('\uFFFD'))) return listByteNames(dir);
	// Joined by hand: the names hold no separator, and path.join per name took 25 ms at 10,000.
	const prefix = directoryPrefix(dir);
	const files: string[] = [];
	for (const name of names) if (isReportName(name)) files.push(prefix + name);
	return files.sort();
}

const isReportName = (name: string) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md';

/** What path.join(dir, name) puts before a name without separators ('' for '.'). */
const directoryPrefix = (dir: string) => path.join(dir, 'x').slice(0, -1);

/** listReportFiles for a directory with a name that is not UTF-8 (see bytePaths). */
function listByteNames(dir: string): string[] {
	const names = readdirSync(dir, {encoding: 'buffer'});
	const plain = new Set(names.filter(isUtf8).map((name) => name.toString('utf8')));
	const files: string[] = [];
	for (const bytes of names) {
		let name = bytes.toString('utf8');
		if (!isUtf8(bytes)) {
			// Not UTF-8: listed under a readable name (never one a real file already has).
			const readable = readableFileName(bytes);
			name = plain.has(readable) ? escapedFileName(bytes) : readable;
			bytePaths.set(path.join(dir, name), Buffer.concat([Buffer.from(`${dir}${path.sep}`), bytes]));
		}
		if (isReportName(name)) files.push(path.join(dir, name));
	}
	return files.sort();
}

/**
 * The report files of a directory (listReportFiles), or none when it cannot be listed, with
 * the reason added to `found` under `shownAs` (the directory as the user gave it).
 */
export function reportFilesIn(dir: string, found: Problem[], shownAs = dir): string[] {
	try {
		return listReportFiles(dir);
	} catch (error) {
		found.push({file: shownAs, problem: describeFsError(error, problems.cannotReadDirectory)});
		return [];
	}
}

/**
 * Whether `file` may have `id`: the first file to claim an id keeps it, and each later one is
 * a problem, skipped (the loader and the index's library agree on which one).
 */
export function claimId(
	claimed: Map<string, string>,
	id: string,
	file: string,
	found: Problem[],
): boolean {
	const earlier = claimed.get(id);
	if (earlier !== undefined) {
		found.push({file, problem: problems.duplicateId(id, earlier)});
		return false;
	}
	claimed.set(id, file);
	return true;
}

export function loadDirectories(dirs: string[]): LoadResult {
	const reports: Report[] = [];
	const found: Problem[] = [];
	const seen = new Map<string, string>();
	for (const dir of dirs) {
		for (const file of reportFilesIn(dir, found)) {
			try {
				const report = loadReportFile(file);
				if (claimId(seen, report.meta.id, file, found)) reports.push(report);
			} catch (error) {
				const reportError = asReportError(error, file);
				found.push({file: reportError.file, problem: reportError.problem});
			}
		}
	}
	return {reports, problems: found};
}

/** The bundled reports, the user's library, then any other directories, in that order. */
export function loadCorpus(extraDirs: string[] = []): LoadResult {
	return loadDirectories(corpusDirectories(extraDirs));
}

function asReportError(error: unknown, file: string): ReportError {
	if (error instanceof ReportError) return error;
	return new ReportError(file, describeFsError(error, problems.cannotReadFile));
}

/** A file system error in words: "does not exist", "WHAT: permission denied" and so on. */
export function describeFsError(error: unknown, what: Text): Text {
	switch ((error as NodeJS.ErrnoException | undefined)?.code) {
		case 'ENOENT':
			return problems.doesNotExist;
		case 'ELOOP':
			return problems.linkLoop;
		case 'EISDIR':
			return problems.isDirectory;
		case 'ENOTDIR':
			return problems.notDirectory;
		default:
			return problems.failed(what, systemReason(error));
	}
}

function formatBytes(bytes: number): string {
	return bytes >= 1024 * 1024
		? `${(bytes / 1024 / 1024).toFixed(1)} MB`
		: `${Math.ceil(bytes / 1024)} KB`;
}

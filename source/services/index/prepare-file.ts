// Everything the index writes of one report file, made without SQLite: its bytes' digest, its
// library entry, its items (search key, tokens, figure row) and its pinyin pairs. A build makes
// these on build threads (build-worker.ts, through build-threads.ts) while the main thread
// inserts them, or on the main thread for a few files.
import {readFileSync, statSync} from 'node:fs';
import {decodeReportBytes, parseReport, ReportError} from '../../corpus/format.js';
import {describeFsError, fsPath, loadReportFile, maxReportBytes} from '../../corpus/load.js';
import type {Report, ReportMeta} from '../../corpus/types.js';
import type {Figure} from '../../figures/types.js';
import type {Text} from '../../i18n/lang.js';
import {problems as reportProblems, verbatim} from '../../i18n/messages.js';
import {itemTokens, pinyinPairs, reportItems, type SearchKind} from '../../search/index.js';
import {foldKey} from '../../text/fold.js';
import {figureRow} from './figure-row.js';

/**
 * node:crypto, loaded only when a file is read: loading it took 12 ms of every start (Node 24),
 * and a warm start reads no file.
 */
const createHash = (algorithm: string) =>
	process.getBuiltinModule('node:crypto').createHash(algorithm);

/** What the library shows of a report without reading its text. */
export type LibraryEntry = {meta: ReportMeta; chars: number; figures: number; sections: number};

/**
 * An item row: kind, section, block, section title, text, search key (null when it is the
 * text), length in UTF-16 units, figure row (null when no figure item), FTS5 tokens. Its place
 * in the file's list is its order. An array, not an object: it is copied between threads.
 */
type PreparedItem = [
	kind: SearchKind,
	section: number,
	block: number,
	sectionTitle: string,
	text: string,
	folded: string | null,
	units: number,
	figure: string | null,
	tokens: string,
];

export type PreparedFile =
	/** Bytes the index already holds (the digest the caller asked to skip): not parsed. */
	| {hash: string; parsed: false}
	| {
			/** '' when the file could not be read. */
			hash: string;
			parsed: true;
			/** The library entry as JSON, null when the file is not a report. */
			library: string | null;
			reportId: string | null;
			region: string | null;
			/** Why the file is not a report, as JSON. */
			problem: string | null;
			items: PreparedItem[];
			/** Pinyin pairs not yet made by this thread: letters and pair, one after the other. */
			pairs: string[];
	  };

/** A report file's bytes and their digest, or why it could not be read. */
type ReadFile = {hash: string; bytes: Buffer} | {hash: ''; problem: Text};

/**
 * Reads a report file's bytes, not parsed: a file touched or moved needs only its digest. A
 * hard-linked corpus (a new ctime on every file) was parsed again whole: at 1,000 reports the
 * search after it took 687 ms (median of 5, load 4) with the parse, 335 ms without.
 */
function readReportBytes(file: string): ReadFile {
	let bytes: Buffer;
	try {
		const stat = statSync(fsPath(file));
		// The loader words these problems (not a file, too large); let it say them.
		if (!stat.isFile() || stat.size > maxReportBytes) loadReportFile(file);
		bytes = readFileSync(fsPath(file));
	} catch (error) {
		const problem =
			error instanceof ReportError
				? error.problem
				: describeFsError(error, reportProblems.cannotReadFile);
		return {hash: '', problem};
	}
	return {hash: createHash('sha1').update(bytes).digest('hex'), bytes};
}

/** The report a file's bytes hold, or why they are not one. */
function parseReportBytes(read: ReadFile, file: string): {report?: Report; problem?: Text} {
	if (!('bytes' in read)) return {problem: read.problem};
	try {
		return {report: parseReport(decodeReportBytes(read.bytes, file), file)};
	} catch (error) {
		return {problem: error instanceof ReportError ? error.problem : verbatim(String(error))};
	}
}

/**
 * Whether bytes with `hash` are indexed already, for a file whose row has `rowHash` (null: no
 * row): its own row's, or a row of a file gone (moved: `gone` holds their digests).
 */
export const skipsHash = (hash: string, rowHash: string | null, gone: ReadonlySet<string>) =>
	hash === rowHash || (rowHash === null && gone.has(hash));

/**
 * Reads `file` and, unless `skip` says its digest is already indexed, makes its rows.
 * `pairsSeen`: the pinyin pairs this thread has made already (each is given once).
 */
export function prepareFile(
	file: string,
	skip: (hash: string) => boolean,
	figuresOf: (report: Report) => Figure[],
	pairsSeen: Set<number>,
): PreparedFile {
	const read = readReportBytes(file);
	if (read.hash !== '' && skip(read.hash)) return {hash: read.hash, parsed: false};
	const {report, problem} = parseReportBytes(read, file);
	const prepared: PreparedFile = {
		hash: read.hash,
		parsed: true,
		library: null,
		reportId: report?.meta.id ?? null,
		region: report?.meta.region.zh ?? null,
		problem: problem ? JSON.stringify(problem) : null,
		items: [],
		pairs: [],
	};
	if (!report) return prepared;
	const figures = figuresOf(report);
	prepared.library = JSON.stringify(libraryEntry(report, figures.length));
	const {sections} = report;
	for (const item of reportItems(report, figures)) {
		const key = foldKey(item.text);
		const figure = item.figure
			? figureRow(item.figure, sections[item.section]?.blocks[item.block]?.text)
			: null;
		prepared.items.push([
			item.kind,
			item.section,
			item.block,
			item.sectionTitle,
			item.text,
			key === item.text ? null : key,
			item.text.length,
			figure,
			itemTokens(key, item.kind),
		]);
		for (const pair of pinyinPairs(key, pairsSeen)) prepared.pairs.push(pair.letters, pair.pair);
	}
	return prepared;
}

function libraryEntry(report: Report, figures: number): LibraryEntry {
	return {
		meta: report.meta,
		chars: report.counts.chars,
		figures,
		sections: report.counts.sections,
	};
}

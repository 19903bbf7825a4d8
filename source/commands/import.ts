import {existsSync, mkdirSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {ReportError, serializeReport} from '../corpus/format.js';
import {
	bundledReportsDir,
	describeFsError,
	loadReportFile,
	maxReportBytes,
	type Problem,
	reportFilesIn,
	userReportsDir,
} from '../corpus/load.js';
import {DecodeError, type Decoded, decodeText, describeEncoding} from '../ingest/decode.js';
import type {ExtractedPage} from '../ingest/html.js';
import {
	type ImportOverride,
	type ImportResult,
	importPage,
	importRaw,
	parseOverride,
	parseSetFlags,
} from '../ingest/import.js';
import {freeId} from '../ingest/metadata.js';
import {
	evidenceText,
	fieldValueText,
	fieldWord,
	importMessages,
	reasonText,
} from '../ingest/messages.js';
import type {Lang, Text} from '../i18n/lang.js';
import {fileProblem, problems} from '../i18n/messages.js';
import {fileSignature, hasUtf16Mark} from '../io/file-signature.js';
import {writeFileAtomic} from '../io/write-file-atomic.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {ExitCode} from './context.js';
import {importSays} from './import-messages.js';
import {usage} from './messages.js';
import {toJson} from './output.js';

type Writable = {write(text: string): unknown};

/** NAME.txt takes its metadata override from NAME.meta.yaml beside it, when there is one. */
function overridePath(file: string): string {
	return `${file.replace(/\.[^./]*$/, '')}.meta.yaml`;
}

type InputFormat = 'text' | 'html' | 'docx';

/** The files an import reads, by their names. */
const supported = /\.(txt|text|html?|xhtml|docx)$/i;

function formatOf(file: string, bytes: Uint8Array): InputFormat {
	if (/\.docx$/i.test(file)) return 'docx';
	if (/\.(html?|xhtml)$/i.test(file)) return 'html';
	// A page saved under another name still reads as a page.
	const start = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
	return start.startsWith('<!doctype html') || start.startsWith('<html') ? 'html' : 'text';
}

/**
 * Where a report came from, as its file records it: the absolute path, so the same file
 * imported from another folder is still the same report (and two files that share a relative
 * path are not). The bundled reports' raw copies are recorded relative to the package, so a
 * bundled file says the same on every machine and re-imports byte-identically.
 */
function originOf(file: string): string {
	const absolute = path.resolve(file);
	const packageRoot = path.dirname(path.resolve(bundledReportsDir()));
	const inPackage = path.relative(packageRoot, absolute);
	const bundledRaw = inPackage.split(path.sep)[0] === 'reports' && !path.isAbsolute(inPackage);
	return (bundledRaw ? inPackage : absolute).split(path.sep).join('/');
}

type ImportedFile = ImportResult & {format: InputFormat; encoding: Text};

async function importFile(file: string, extra: ImportOverride = {}): Promise<ImportedFile> {
	const bytes = readInput(file);
	if (bytes.length === 0) throw new ReportError(file, problems.emptyFile);
	const format = formatOf(file, bytes);
	const metaFile = overridePath(file);
	const override = {
		...(existsSync(metaFile)
			? parseOverride(new TextDecoder().decode(readInput(metaFile)), metaFile)
			: {}),
		...extra,
	};
	const origin = originOf(file);
	const context = {fileName: path.basename(file), metaFile: path.basename(metaFile)};
	try {
		if (format === 'docx') {
			const page = await readDocx(bytes);
			return {
				...importPage(page, override, origin, context),
				format,
				encoding: {en: 'docx', zh: 'docx'},
			};
		}
		refuseBinary(bytes, file);
		const decoded: Decoded = decodeText(bytes, {html: format === 'html'});
		const encoding = describeEncoding(decoded);
		if (format === 'html') {
			const {extractPage} = await import('../ingest/html.js');
			return {
				...importPage(extractPage(decoded.text), override, origin, context),
				format,
				encoding,
			};
		}
		return {...importRaw(decoded.text, override, origin, context), format, encoding};
	} catch (error) {
		// Name the file as the user gave it, not as the report's origin records it.
		if (error instanceof ReportError && error.file === origin) {
			throw new ReportError(file, error.problem);
		}
		if (error instanceof DecodeError || error instanceof UnreadableDocx) {
			throw new ReportError(file, error.problem);
		}
		throw error;
	}
}

/**
 * A Word file's blocks. The page readers (linkedom, Readability, mammoth) load only for the
 * files that need them: profiled (node --cpu-prof), compiling them was about 110 ms of CPU of
 * a ~620 ms import of a text file, for nothing.
 */
async function readDocx(bytes: Buffer): Promise<ExtractedPage> {
	const {DocxError, extractDocx} = await import('../ingest/docx.js');
	try {
		return await extractDocx(bytes);
	} catch (error) {
		if (error instanceof DocxError) throw new UnreadableDocx(error.problem);
		throw error;
	}
}

class UnreadableDocx extends Error {
	constructor(readonly problem: Text) {
		super(problem.en);
	}
}

function refuseBinary(bytes: Uint8Array, file: string): void {
	const signature = fileSignature(bytes);
	if (signature === 'PDF') throw new ReportError(file, importMessages.pdf);
	if (signature === 'ZIP') throw new ReportError(file, importMessages.zip);
	if (signature) throw new ReportError(file, importMessages.image(signature));
	// UTF-16 text is full of NUL bytes; only text without its byte-order mark is refused for them.
	if (!hasUtf16Mark(bytes) && bytes.includes(0)) throw new ReportError(file, problems.binary);
}

/** A regular file's bytes; anything else (a directory, a pipe that would block) is refused. */
function readInput(file: string): Buffer {
	try {
		const stat = statSync(file);
		if (stat.isDirectory()) throw new ReportError(file, importMessages.directory);
		if (!stat.isFile()) throw new ReportError(file, problems.notRegularFile);
		if (stat.size > maxReportBytes) throw new ReportError(file, importMessages.tooLarge);
		return readFileSync(file);
	} catch (error) {
		if (error instanceof ReportError) throw error;
		throw new ReportError(file, describeFsError(error, problems.cannotReadFile));
	}
}

type ImportFlags = {
	/** The language of the lines for people (the JSON for scripts is in English). */
	lang?: Lang | undefined;
	out?: string | undefined;
	dryRun?: boolean | undefined;
	json?: boolean | undefined;
	set?: string[] | undefined;
	force?: boolean | undefined;
};

type FileReport = {
	file: string;
	status: 'ok' | 'failed';
	error?: string;
	format: InputFormat | null;
	encoding: string | null;
	id: string | null;
	out?: string;
	meta: Record<string, unknown> | null;
	/** Each field, the words it came from as written, and how (in English, as all JSON), or null. */
	fields: Array<{
		name: string;
		value: string;
		evidence: string;
		how: string | null;
		line: number | null;
	}>;
	warnings: string[];
	sections: Array<{title: string; blocks: Array<{kind: string; text: string; credit?: string}>}>;
	dropped: Array<{text: string; reason: string; line: number | null}>;
};

/** The files PATHS name: files as given, folders' supported files (not recursively), sorted. */
function inputFiles(paths: string[]): string[] {
	const files: string[] = [];
	for (const given of paths) {
		let isDirectory = false;
		try {
			isDirectory = statSync(given).isDirectory();
		} catch {
			// Missing paths fail later with the reason, in their place in the list.
		}
		if (!isDirectory) {
			files.push(given);
			continue;
		}
		let names: string[];
		try {
			names = readdirSync(given);
		} catch {
			files.push(given);
			continue;
		}
		files.push(
			...names
				.filter((name) => supported.test(name) && !name.startsWith('.'))
				.filter((name) => !/\.meta\.yaml$/.test(name))
				.sort()
				.map((name) => path.join(given, name)),
		);
	}
	return files;
}

/** The id and origin of every report already where an import could collide with it. */
function existingReports(
	dirs: string[],
): Map<string, {file: string; origin: string; bundled: boolean}> {
	const found = new Map<string, {file: string; origin: string; bundled: boolean}>();
	const bundled = path.resolve(bundledReportsDir());
	// A folder that cannot be listed is the library's to report, not the import's.
	const unreadable: Problem[] = [];
	for (const dir of dirs) {
		for (const file of reportFilesIn(dir, unreadable)) {
			const head = idAndOrigin(file);
			if (head && !found.has(head.id)) {
				found.set(head.id, {file, origin: head.origin, bundled: path.resolve(dir) === bundled});
			}
		}
	}
	return found;
}

/**
 * A report file's id and origin. The file the importer wrote is read from its header lines
 * alone; anything else goes through the full loader. Profiled: parsing every report of the
 * library as YAML was ~30 ms of an import with only the five bundled ones, and it grows with
 * the library.
 */
function idAndOrigin(file: string): {id: string; origin: string} | undefined {
	try {
		const text = readFileSync(file, 'utf8');
		const header = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1];
		const id = header && /^id: ([a-z0-9-]+)$/m.exec(header)?.[1];
		const origin = header && /^origin: ("(?:[^"\\]|\\.)*")$/m.exec(header)?.[1];
		if (id && origin) {
			const parsed: unknown = JSON.parse(origin);
			if (typeof parsed === 'string') return {id, origin: parsed};
		}
	} catch {
		// Unreadable here: the loader below says why, or the file takes no id.
	}
	try {
		const {meta} = loadReportFile(file);
		return {id: meta.id, origin: meta.origin};
	} catch {
		// A broken report file takes no id; loading names it.
		return undefined;
	}
}

/** The report file at `file`, or a stand-in for one that does not load (replacing it is fine). */
function reportAt(file: string): {origin: string} | undefined {
	try {
		return {origin: loadReportFile(file).meta.origin};
	} catch {
		return undefined;
	}
}

function metaJson(result: ImportResult): Record<string, unknown> {
	const {meta} = result.report;
	const orNull = (value: string | undefined) => (value ? value : null);
	return {
		id: meta.id,
		title: meta.title,
		subtitle: orNull(meta.subtitle),
		region: orNull(meta.region.zh),
		region_en: meta.region.zh ? orNull(meta.region.en) : null,
		province: orNull(meta.province.zh),
		province_en: orNull(meta.province.en),
		level: meta.level ?? null,
		period: meta.period ? `${meta.period.from}-${meta.period.to}` : null,
		published: orNull(meta.published),
		source: orNull(meta.source),
		authors: meta.authors,
	};
}

export async function runImport(
	paths: string[],
	flags: ImportFlags,
	stdout: Writable,
	stderr: Writable,
	env: NodeJS.ProcessEnv = process.env,
): Promise<ExitCode> {
	const lang = flags.lang ?? 'en';
	let extra: ImportOverride;
	try {
		extra = parseSetFlags(flags.set ?? []);
	} catch (error) {
		if (error instanceof ReportError) throw usage(fileProblem(error.file, error.problem));
		throw error;
	}
	const outDir = flags.out ?? userReportsDir(env);
	const existing = existingReports([bundledReportsDir(), userReportsDir(env), outDir]);
	const claimed = new Map<string, string>();
	const reports: FileReport[] = [];
	let failed = 0;
	const files = inputFiles(paths);
	if (files.length === 0) {
		stderr.write(`baogao: ${importSays.noFiles(paths)[lang]}\n`);
		return 2;
	}
	for (const file of files) {
		const entry: FileReport = {
			file,
			status: 'failed',
			format: null,
			encoding: null,
			id: null,
			meta: null,
			fields: [],
			warnings: [],
			sections: [],
			dropped: [],
		};
		reports.push(entry);
		// The JSON for scripts says why in English; the line for people, in their language.
		const fail = (where: string, reason: Text) => {
			failed += 1;
			const said = fileProblem(where, reason);
			entry.error = said.en;
			if (!flags.json) stderr.write(`baogao: ${sanitizeLine(said[lang])}\n`);
		};
		let result: ImportedFile;
		try {
			result = await importFile(file, extra);
		} catch (error) {
			if (error instanceof ReportError) {
				fail(error.file, error.problem);
				continue;
			}
			throw error;
		}
		const {meta} = result.report;
		const sameReport = (other: {origin: string} | undefined) =>
			other !== undefined && other.origin === meta.origin;
		// An id from a file name gives way to a report already there; an id set by hand does not.
		if (result.idFromFileName) {
			meta.id = freeId(meta.id, (id) => {
				const other = existing.get(id);
				return (
					(other !== undefined && !sameReport(other)) ||
					(claimed.has(id) && claimed.get(id) !== meta.origin)
				);
			});
			const idField = result.fields.find((field) => field.name === 'id');
			if (idField) idField.value = meta.id;
		}
		const target = path.join(outDir, `${meta.id}.md`);
		const other = existing.get(meta.id);
		const inLibrary = path.resolve(outDir) === path.resolve(userReportsDir(env));
		// Every start loads the library with the bundled reports: two of one id would not load.
		if (other?.bundled && inLibrary && !sameReport(other)) {
			fail(file, importSays.bundledId(meta.id));
			continue;
		}
		const replaced = existsSync(target) ? reportAt(target) : undefined;
		if (replaced && !sameReport(replaced) && !flags.force) {
			fail(file, importSays.otherReport(target, meta.id));
			continue;
		}
		if (claimed.has(meta.id) && claimed.get(meta.id) !== meta.origin) {
			fail(file, importSays.idTakenHere(meta.id));
			continue;
		}
		claimed.set(meta.id, meta.origin);
		Object.assign(entry, {
			status: 'ok',
			format: result.format,
			encoding: result.encoding.en,
			id: meta.id,
			meta: metaJson(result),
			fields: result.fields.map(({name, value, evidence, how, line}) => ({
				name,
				value,
				evidence,
				how: how ? how.en : null,
				line,
			})),
			warnings: result.warnings.map((warning) => warning.en),
			sections: result.report.sections,
			dropped: result.notes.dropped.map((drop) => ({
				text: drop.text,
				reason: drop.rule,
				line: drop.line || null,
			})),
		});
		if (!flags.dryRun) {
			try {
				mkdirSync(outDir, {recursive: true});
				writeFileAtomic(target, serializeReport(result.report));
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code;
				const [where, reason]: [string, Text] =
					code === 'EISDIR'
						? [target, importSays.dirInTheWay]
						: code === 'EEXIST' || code === 'ENOTDIR'
							? [outDir, problems.notDirectory]
							: [target, describeFsError(error, problems.cannotWrite)];
				entry.status = 'failed';
				fail(where, reason);
				continue;
			}
			entry.out = target;
		}
		if (!flags.json) describeImport(file, target, result, flags, lang, stdout, stderr);
	}
	if (flags.json) stdout.write(toJson({files: reports}));
	if (failed === 0) return 0;
	return failed === files.length ? 2 : 3;
}

function describeImport(
	file: string,
	target: string,
	result: ImportedFile,
	flags: ImportFlags,
	lang: Lang,
	stdout: Writable,
	stderr: Writable,
): void {
	const {notes} = result;
	stdout.write(
		flags.dryRun ? `${importSays.wouldGo(file, target)[lang]}\n` : `${sanitizeLine(target)}\n`,
	);
	const format = importMessages.format[result.format][lang];
	const how = `${format}${lang === 'zh' ? '，' : ', '}${result.encoding[lang]}`;
	const counts = {...notes, dropped: notes.dropped.length};
	stderr.write(`${importSays.summary(Boolean(flags.dryRun), file, how, counts)[lang]}\n`);
	if (flags.dryRun) {
		for (const field of result.fields) {
			const where = importSays.where(field.line)[lang];
			const name = fieldWord(field.name, lang);
			const evidence = evidenceText(field, lang);
			const value = fieldValueText(field, lang);
			stderr.write(`  ${importSays.field(name, value, where, evidence)[lang]}
`);
		}
	}
	for (const drop of notes.dropped) {
		const where = importSays.droppedAt(drop.line)[lang];
		stderr.write(`  ${importSays.dropped(where, reasonText(drop.rule, lang), drop.text)[lang]}\n`);
	}
	for (const warning of result.warnings) {
		stderr.write(`  ${importSays.warning(warning[lang])[lang]}\n`);
	}
	if (notes.garbled.length > 0) {
		stderr.write(`  ${importSays.garbled(notes.garbled.length)[lang]}\n`);
		for (const spot of notes.garbled) {
			stderr.write(`  ${importSays.garbledAt(spot.line, spot.column, spot.context)[lang]}\n`);
		}
	}
}

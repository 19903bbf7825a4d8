import {existsSync, mkdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {decodeReportBytes, ReportError, serializeReport} from '../corpus/format.js';
import {describeFsError, maxReportBytes} from '../corpus/load.js';
import {type ImportResult, importRaw, parseOverride} from '../ingest/import.js';
import {writeFileAtomic} from '../io/write-file-atomic.js';
import {sanitizeLine} from '../text/sanitize.js';
import {type ExitCode, UsageError} from './context.js';

type Writable = {write(text: string): unknown};

/** NAME.txt takes its metadata override from NAME.meta.yaml beside it, when there is one. */
export function overridePath(file: string): string {
	return `${file.replace(/\.[^./]*$/, '')}.meta.yaml`;
}

export function importFile(file: string): ImportResult {
	const raw = decodeReportBytes(readInput(file), file);
	const metaFile = overridePath(file);
	const override = existsSync(metaFile)
		? parseOverride(new TextDecoder().decode(readInput(metaFile)), metaFile)
		: {};
	const origin = path.relative(process.cwd(), file).split(path.sep).join('/');
	try {
		return importRaw(raw, override, origin);
	} catch (error) {
		// Name the file as the user gave it, not as the report's origin records it.
		if (error instanceof ReportError && error.file === origin) {
			throw new ReportError(file, error.problem);
		}
		throw error;
	}
}

/** A regular file's bytes; anything else (a directory, a pipe that would block) is refused. */
function readInput(file: string): Buffer {
	try {
		const stat = statSync(file);
		if (stat.isDirectory()) throw new ReportError(file, 'is a directory, not a text file');
		if (!stat.isFile()) throw new ReportError(file, 'is not a regular file');
		if (stat.size > maxReportBytes) throw new ReportError(file, 'too large to import');
		return readFileSync(file);
	} catch (error) {
		if (error instanceof ReportError) throw error;
		throw new ReportError(file, describeFsError(error, 'cannot read file'));
	}
}

export function runImport(
	file: string | undefined,
	flags: {out?: string | undefined},
	stdout: Writable,
	stderr: Writable,
): ExitCode {
	if (!file) {
		throw new UsageError(
			'import needs a file: baogao import FILE [--out DIR]',
			'import 需要文件：baogao import 文件 [--out 目录]',
		);
	}
	const outDir = flags.out ?? '.';
	let result: ImportResult;
	try {
		result = importFile(file);
	} catch (error) {
		if (error instanceof ReportError) {
			stderr.write(`baogao: ${sanitizeLine(error.message)}\n`);
			return 2;
		}
		throw error;
	}
	const target = path.join(outDir, `${result.report.meta.id}.md`);
	try {
		mkdirSync(outDir, {recursive: true});
		writeFileAtomic(target, serializeReport(result.report));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const [where, reason] =
			code === 'EISDIR'
				? [target, 'a directory of that name is in the way']
				: code === 'EEXIST' || code === 'ENOTDIR'
					? [outDir, 'is not a directory']
					: [target, describeFsError(error, 'cannot write')];
		stderr.write(`baogao: ${sanitizeLine(where)}: ${reason}\n`);
		return 2;
	}
	const {notes} = result;
	stdout.write(`${target}\n`);
	stderr.write(
		`imported ${sanitizeLine(file)}: ${notes.sections} sections, ${notes.paragraphs} paragraphs, ` +
			`${notes.captions} captions; rejoined ${notes.joined} split paragraphs; ` +
			`dropped ${notes.dropped.length} lines of page chrome` +
			(notes.movedClosing ? '; moved the closing paragraph to the end' : '') +
			'\n',
	);
	for (const drop of notes.dropped) {
		stderr.write(`  dropped line ${drop.line} (${drop.rule}): ${sanitizeLine(drop.text)}\n`);
	}
	if (notes.garbled.length > 0) {
		stderr.write(`  ${notes.garbled.length} garbled spots kept as they are:\n`);
		for (const spot of notes.garbled) {
			stderr.write(`  line ${spot.line}:${spot.column}: ${sanitizeLine(spot.context)}\n`);
		}
	}
	return 0;
}

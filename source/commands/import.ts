import {
	existsSync,
	mkdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import {decodeReportBytes, ReportError, serializeReport} from '../corpus/format.js';
import {maxReportBytes} from '../corpus/load.js';
import {type ImportResult, importRaw, parseOverride} from '../ingest/import.js';
import {sanitizeLine} from '../text/sanitize.js';
import {type ExitCode, UsageError} from './context.js';

type Writable = {write(text: string): unknown};

/** NAME.txt takes its metadata override from NAME.meta.yaml beside it, when there is one. */
export function overridePath(file: string): string {
	return `${file.replace(/\.[^./]*$/, '')}.meta.yaml`;
}

export function importFile(file: string): ImportResult {
	let bytes: Buffer;
	try {
		if (statSync(file).size > maxReportBytes) throw new ReportError(file, 'too large to import');
		bytes = readFileSync(file);
	} catch (error) {
		if (error instanceof ReportError) throw error;
		throw new ReportError(file, `cannot read: ${(error as NodeJS.ErrnoException).code ?? error}`);
	}
	const raw = decodeReportBytes(bytes, file);
	const metaFile = overridePath(file);
	const override = existsSync(metaFile)
		? parseOverride(readFileSync(metaFile, 'utf8'), metaFile)
		: {};
	const origin = path.relative(process.cwd(), file).split(path.sep).join('/');
	return importRaw(raw, override, origin);
}

/** Writes next to the target and renames, so a failed import never leaves a partial file. */
export function writeAtomically(target: string, text: string): void {
	const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
	try {
		writeFileSync(temporary, text);
		renameSync(temporary, target);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw error;
	}
}

export function runImport(
	file: string | undefined,
	flags: {out?: string | undefined},
	stdout: Writable,
	stderr: Writable,
): ExitCode {
	if (!file) throw new UsageError('import needs a file: baogao import FILE [--out DIR]');
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
	mkdirSync(outDir, {recursive: true});
	const target = path.join(outDir, `${result.report.meta.id}.md`);
	writeAtomically(target, serializeReport(result.report));
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

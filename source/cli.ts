// Entry point: parse the command line against the command table, then hand over to one
// command or to the app. Commands and the app are imported lazily so each run loads only what
// it uses; help, completions and the man page come from the same table (commands/table.ts).
//
// Output is a Unix citizen's: a reader that closes the pipe early (`| head`, `q` in less) ends
// the run quietly with status 0, as ripgrep does, so `set -o pipefail` scripts do not fail on a
// pager; any other write error (a full disk) is one line naming standard output, status 2. No
// stack trace reaches the user: an unexpected error is one line, status 70, with the details
// behind BAOGAO_DEBUG=1.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {type Corpus, openCorpus, saveCorpus} from './cache/corpus.js';
import {cacheDirectory} from './cache/directory.js';
import {codeStamp} from './cache/stamp.js';
import {ChoiceError} from './compare/errors.js';
import {type CommandContext, type Output, UsageError} from './commands/context.js';
import type {Lang} from './i18n/lang.js';
import {exitCodes, type ExitCode} from './commands/exit-code.js';
import {choiceUsage, messages, writeFailure} from './commands/messages.js';
import {langArgument, parseCommandLine} from './commands/parse.js';
import type {Call} from './commands/table.js';
import {bundledReportsDir, corpusDirectories} from './corpus/load.js';
import type {Report} from './corpus/types.js';
import {detectLang} from './i18n/lang.js';
import {writeFileAtomic} from './io/write-file-atomic.js';
import {sanitizeLine, sanitizeText} from './text/sanitize.js';

/** Where the cache lives, or undefined when BAOGAO_CACHE=off turns it off. */
function cacheDirFor(env: NodeJS.ProcessEnv): string | undefined {
	return env.BAOGAO_CACHE === 'off' ? undefined : cacheDirectory(env);
}

/** The search thread's script, beside this one in the build (absent when run from sources). */
function searchWorkerFile(): URL | undefined {
	const file = new URL('./search-worker.js', import.meta.url);
	return existsSync(file) ? file : undefined;
}

/** Phase times (ms) for BAOGAO_RESOURCE_REPORT. */
const phases: Record<string, number | boolean> = {};

/**
 * For benchmarks: BAOGAO_RESOURCE_REPORT=FILE makes the run write its peak memory (bytes, the
 * whole process with its threads) and phase times to FILE as it exits.
 */
function reportResourcesOnExit(file: string | undefined): void {
	if (!file) return;
	process.on('exit', () => {
		try {
			writeFileAtomic(
				file,
				JSON.stringify({maxRSS: process.resourceUsage().maxRSS * 1024, phases}),
			);
		} catch {}
	});
}

/** The language of every message, settled before anything can fail. */
let lang: Lang = 'en';

function say(text: {en: string; zh: string}): void {
	try {
		process.stderr.write(`baogao: ${text[lang]}\n`);
	} catch {}
}

/** Set while the app runs: it owns the terminal, and a terminal gone away is its to handle. */
let appRunning = false;

/**
 * A closed pipe ends the run quietly (status 0); any other write error on stdout is one line
 * and status 2. Errors on stderr itself cannot be reported anywhere: end with status 2.
 */
function guardOutput(): void {
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		// The app saves what it must and ends on its own when its terminal goes away.
		if (appRunning) return;
		if (error.code === 'EPIPE') process.exit(exitCodes.ok);
		say(
			messages.cannotWrite(
				lang === 'zh' ? '标准输出' : 'standard output',
				writeFailure(error)[lang],
			),
		);
		process.exit(exitCodes.usage);
	});
	process.stderr.on('error', () => {
		if (!appRunning) process.exit(exitCodes.usage);
	});
}

/**
 * The commands' stdout and stderr. Notes on stderr wait for stdout's writes before them to
 * succeed: when stdout fails (the reader went away, the disk is full) the error handler's one
 * line is all that follows, not a note such as "286 figures" as if all was well.
 */
function outputs(): {stdout: Output; stderr: Output} {
	let pending = 0;
	const held: string[] = [];
	const size = (stream: NodeJS.WriteStream) => ({
		isTTY: Boolean(stream.isTTY),
		columns: stream.columns || 80,
	});
	return {
		stdout: {
			write(text) {
				if (process.stdout.destroyed) return;
				pending++;
				process.stdout.write(text, (error) => {
					pending--;
					if (error || pending > 0) return;
					for (const note of held.splice(0)) process.stderr.write(note);
				});
			},
			...size(process.stdout),
		},
		stderr: {
			write(text) {
				if (pending > 0) held.push(text);
				else process.stderr.write(text);
			},
			...size(process.stderr),
		},
	};
}

function version(): string {
	const file = path.join(path.dirname(bundledReportsDir()), 'package.json');
	return (JSON.parse(readFileSync(file, 'utf8')) as {version: string}).version;
}

async function main(): Promise<ExitCode> {
	reportResourcesOnExit(process.env.BAOGAO_RESOURCE_REPORT);
	const argv = process.argv.slice(2);
	const langFlag = langArgument(argv);
	lang = detectLang(langFlag, process.env);
	const {stdout, stderr} = outputs();
	const parsed = parseCommandLine(argv, lang);
	if (parsed.kind === 'help') {
		const {commandHelp} = await import('./commands/help.js');
		stdout.write(commandHelp(parsed.command, lang));
		return exitCodes.ok;
	}
	if (parsed.kind === 'version') {
		stdout.write(`${version()}\n`);
		return exitCodes.ok;
	}
	const {command, args, values} = parsed;
	const corpusDirs = corpusDirectories((values.reports as string[] | undefined) ?? []);
	let loaded: {corpus: Corpus; ctx: CommandContext} | undefined;
	const load = () => {
		if (loaded) return loaded;
		const started = performance.now();
		const corpus = openCorpus(corpusDirs, cacheDirFor(process.env), codeStamp());
		phases.corpusMs = performance.now() - started;
		phases.corpusFromCache = corpus.fromCache;
		for (const {file, problem} of corpus.problems) {
			stderr.write(`baogao: ${sanitizeLine(file)}: ${sanitizeLine(problem[lang])}\n`);
		}
		const color =
			!values['no-color'] && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
		loaded = {corpus, ctx: {corpus, lang, color, stdout, stderr}};
		return loaded;
	};
	const call: Call = {
		args,
		lang,
		has: (flag) => values[flag] !== undefined,
		string: (flag) => {
			const value = values[flag];
			return typeof value === 'string' ? value : undefined;
		},
		strings: (flag) => {
			const value = values[flag];
			return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
		},
		integer: (flag) => {
			const value = values[flag];
			return typeof value === 'string' ? Number(value) : undefined;
		},
		stdout,
		stderr,
		context: () => load().ctx,
		figureCounter: () => figureCounter(load().corpus),
		async searchIndex() {
			const {loadCorpusIndex} = await import('./cache/index-cache.js');
			const started = performance.now();
			const index = await loadCorpusIndex(load().corpus);
			phases.indexMs = performance.now() - started;
			return index;
		},
		app: () => openApp(load(), corpusDirs),
	};
	const status = await command.run(call);
	return status === exitCodes.ok && loaded && loaded.corpus.problems.length > 0
		? exitCodes.partial
		: status;
}

async function openApp(
	{corpus, ctx}: {corpus: Corpus; ctx: CommandContext},
	corpusDirs: string[],
): Promise<ExitCode> {
	if (process.stdin.isTTY && process.stdout.isTTY) {
		const {runApp} = await import('./ui/app/run.js');
		const worker = searchWorkerFile();
		appRunning = true;
		return runApp(ctx, {
			searchThread: worker && {
				file: worker,
				start: {dirs: corpusDirs, cache: corpus.cache, fromCache: corpus.fromCache},
			},
		});
	}
	// No terminal to draw in: print the library and say how to get more.
	const {runList} = await import('./commands/list.js');
	runList(ctx, {json: false, csv: false}, await figureCounter(corpus));
	ctx.stderr.write(`${messages.noTerminal[ctx.lang]}\n`);
	return exitCodes.ok;
}

/**
 * Figure counts for the list: known from the cache, else counted, and then the library part of
 * the cache is saved so the next start reads it.
 */
async function figureCounter(corpus: Corpus): Promise<(report: Report) => number> {
	if (corpus.fromCache) return (report) => corpus.stats(report)?.figures ?? 0;
	const {countFigures} = await import('./commands/figures.js');
	const counts = new Map(corpus.reports.map((report) => [report.meta.id, countFigures(report)]));
	if (corpus.cache) saveCorpus(corpus.cache, corpus, counts, () => {});
	return (report) => counts.get(report.meta.id) ?? countFigures(report);
}

/** An error that escaped a command: the user's mistake (2), else a bug (70, one line). */
function fail(error: unknown): void {
	if (error instanceof UsageError) {
		say({en: sanitizeLine(error.message), zh: sanitizeLine(error.text('zh'))});
		process.exitCode = exitCodes.usage;
		return;
	}
	if (error instanceof ChoiceError) {
		fail(choiceUsage(error));
		return;
	}
	say(messages.internal(error instanceof Error ? error.message : String(error)));
	if (process.env.BAOGAO_DEBUG === '1' && error instanceof Error && error.stack) {
		try {
			process.stderr.write(`${sanitizeText(error.stack)}\n`);
		} catch {}
	}
	process.exitCode = exitCodes.internal;
}

guardOutput();
process.on('uncaughtException', (error) => {
	if (appRunning) {
		// Give the terminal back before the one line about it.
		try {
			process.stdout.write('\u001b[?7h\u001b[?1049l\u001b[?25h');
			process.stdin.setRawMode?.(false);
		} catch {}
	}
	fail(error);
	process.exit();
});
main().then((status) => {
	process.exitCode = status;
}, fail);

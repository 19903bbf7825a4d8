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
import {fileProblem} from './i18n/messages.js';
import {writeFileAtomic} from './io/write-file-atomic.js';
import {type Corpus, openCorpus, openStoredCorpus} from './services/index/corpus.js';
import {cacheDirectory} from './services/index/location.js';
import {progressBar, progressFromFiles} from './services/index/progress.js';
import type {IndexingDisplay} from './ui/app/run-indexing.js';
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

/** The index build thread's script, likewise (see services/index/build-threads.ts). */
function buildWorkerFile(): URL | undefined {
	const file = new URL('./build-worker.js', import.meta.url);
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
		say(messages.cannotWrite(messages.standardOutput[lang], writeFailure(error)[lang]));
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
	let loaded: Loaded | undefined;
	const color = !values['no-color'] && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
	/** The corpus; `inApp`: a first build shows its progress in the app's screen. */
	const load = async (inApp = false) => {
		if (loaded) return loaded;
		const started = performance.now();
		const bar = progressBar(process.stderr, messages.indexing[lang]);
		let indexing: IndexingDisplay | undefined;
		const inTerminal = inApp && process.stdin.isTTY && process.stdout.isTTY;
		const buildWorker = buildWorkerFile();
		const options: Parameters<typeof openCorpus>[1] = {
			cacheDir: cacheDirFor(process.env),
			progress: (done, total) => (indexing ?? bar).progress(done, total),
			...(inTerminal
				? {
						beforeBuild: async (total: number) => {
							if (indexing || total < progressFromFiles) return;
							const {showIndexing} = await import('./ui/app/run-indexing.js');
							indexing = await showIndexing(total, lang, color);
						},
					}
				: {}),
			figuresOf: async () => (await import('./figures/extract.js')).extractFigures,
			...(buildWorker ? {buildWorker} : {}),
			lang,
		};
		// The app draws the library from the index's rows as the last run left them and checks
		// the files once it is up (openApp): the 10,000 stats are not before its first frame.
		const stored = inTerminal ? openStoredCorpus(corpusDirs, options) : undefined;
		const corpus = stored?.corpus ?? (await openCorpus(corpusDirs, options));
		indexing?.close();
		bar.end();
		phases.corpusMs = performance.now() - started;
		phases.indexedFiles = corpus.indexedFiles;
		for (const {file, problem} of corpus.problems) {
			stderr.write(`baogao: ${sanitizeLine(fileProblem(file, problem)[lang])}\n`);
		}
		loaded = {corpus, ctx: {corpus, lang, color, stdout, stderr}, check: stored?.check};
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
		context: async () => (await load()).ctx,
		figureCounter: async () => figureCounter((await load()).corpus),
		async searchIndex() {
			const {corpus} = await load();
			const started = performance.now();
			await corpus.prepareSearch();
			phases.prepareSearchMs = performance.now() - started;
			return (query, options) => {
				const searching = performance.now();
				const hits = corpus.search(query, options);
				phases.searchMs = performance.now() - searching;
				return hits;
			};
		},
		app: async () => openApp(await load(true), corpusDirs, call.has('mouse')),
	};
	const status = await command.run(call);
	return status === exitCodes.ok && loaded && loaded.corpus.problems.length > 0
		? exitCodes.partial
		: status;
}

/** The corpus the commands run on; `check`: the app's, drawn from rows not yet checked. */
type Loaded = {
	corpus: Corpus;
	ctx: CommandContext;
	check: (() => Promise<Corpus | undefined>) | undefined;
};

async function openApp(loaded: Loaded, corpusDirs: string[], mouse: boolean): Promise<ExitCode> {
	const {corpus, ctx} = loaded;
	if (process.stdin.isTTY && process.stdout.isTTY) {
		const {runApp} = await import('./ui/app/run.js');
		const worker = searchWorkerFile();
		// Searching on this thread needs the search's modules loaded first.
		if (!worker) await corpus.prepareSearch();
		const threadFor = (searched: Corpus) =>
			worker && {
				file: worker,
				// Without an index file the thread loads the reports and indexes them itself.
				start:
					searched.indexFile === undefined
						? {dirs: corpusDirs}
						: {file: searched.indexFile, reports: searched.indexed},
			};
		const check = loaded.check;
		const shown = new Set(corpus.problems.map((problem) => problem.file));
		appRunning = true;
		const status = await runApp(ctx, {
			mouse,
			search: corpus,
			searchThread: threadFor(corpus),
			...(check && {
				check: async () => {
					const next = await check();
					if (!next) return undefined;
					if (!worker) await next.prepareSearch();
					loaded.corpus = next;
					return {corpus: next, search: next, searchThread: threadFor(next)};
				},
			}),
		});
		// What the check found that could not be loaded, said once the terminal is back.
		for (const {file, problem} of loaded.corpus.problems) {
			if (!shown.has(file))
				ctx.stderr.write(`baogao: ${sanitizeLine(fileProblem(file, problem)[ctx.lang])}\n`);
		}
		return status;
	}
	// No terminal to draw in: print the library and say how to get more.
	const {runList} = await import('./commands/list.js');
	runList(ctx, {json: false, csv: false}, await figureCounter(corpus));
	ctx.stderr.write(`${messages.noTerminal[ctx.lang]}\n`);
	return exitCodes.ok;
}

/** Figure counts for the list: as the index holds them, else counted. */
async function figureCounter(corpus: Corpus): Promise<(report: Report) => number> {
	const counts = await corpus.figureCounts();
	return (report) => counts.get(report) ?? 0;
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

// Entry point: parse flags, load the corpus, hand over to one subcommand or to the app.
// Subcommands and the app are imported lazily so each run loads only what it uses; meow (help,
// version and its error messages) only when the quick parser below cannot settle the command
// line by itself.
import {existsSync, writeFileSync} from 'node:fs';
import process from 'node:process';
import {parseArgs} from 'node:util';
import {type Corpus, openCorpus} from './services/index/corpus.js';
import {cacheDirectory} from './services/index/location.js';
import {progressBar} from './services/index/progress.js';
import type {CommandContext, ExitCode, Lang} from './commands/context.js';
import {UsageError} from './commands/context.js';
import {corpusDirectories} from './corpus/load.js';
import type {Report} from './corpus/types.js';
import {detectLang} from './i18n/lang.js';
import {sanitizeLine} from './text/sanitize.js';

const helpText = {
	en: `
  Usage
    $ baogao                       open the app (in a terminal)
    $ baogao list [--json]
    $ baogao show REPORT [--section N|TITLE]
    $ baogao search QUERY [--kind section|paragraph|figure|caption] [--report ID] [--limit N] [--json]
    $ baogao figures [REPORT] [--json|--csv]
    $ baogao compare [REGION ...] [--metric ID ...] [--theme THEME] [--json|--csv]
    $ baogao import PATH... [--out DIR] [--dry-run] [--json] [--set KEY=VALUE]... [--force]
    $ baogao remove ID             delete a report you imported

  Options
    --reports DIR   also load the reports in DIR (repeatable)
    --lang zh|en    language of the interface (default: from LANG)
    --no-color      no colours (NO_COLOR is respected too)
    --help, --version

  Exit status: 0 done, 1 search found nothing, 2 usage error,
  3 done but some report files could not be loaded or imported (each is named on stderr).

  Examples
    $ baogao search laomo --kind figure
    $ baogao compare leshan jinan --metric members
`,
	zh: `
  用法
    $ baogao                       打开界面（需在终端中）
    $ baogao list [--json]                     列出报告
    $ baogao show 报告 [--section 编号|标题]      阅读报告
    $ baogao search 查询 [--kind section|paragraph|figure|caption] [--report ID] [--limit N] [--json]
    $ baogao figures [报告] [--json|--csv]       统计数字
    $ baogao compare [地区 ...] [--metric ID ...] [--theme 主题] [--json|--csv]   地区对比
    $ baogao import 路径... [--out 目录] [--dry-run] [--json] [--set 键=值]... [--force]   导入文本、网页或 Word 文件
    $ baogao remove ID                          删除导入的报告

  选项
    --reports 目录   另外加载该目录中的报告（可重复）
    --lang zh|en     界面语言（默认取自 LANG）
    --no-color       不使用颜色（也遵循 NO_COLOR）
    --help, --version

  退出码：0 完成，1 搜索无结果，2 用法错误，3 完成但有报告文件无法加载（逐一列在 stderr）。

  示例
    $ baogao search laomo --kind figure
    $ baogao compare leshan jinan --metric members
`,
};

const commands = ['list', 'show', 'search', 'figures', 'compare', 'import', 'remove'] as const;
type Command = (typeof commands)[number];

const flagOptions = {
	reports: {type: 'string', isMultiple: true},
	lang: {type: 'string', choices: ['zh', 'en']},
	color: {type: 'boolean', default: true},
	json: {type: 'boolean', default: false},
	csv: {type: 'boolean', default: false},
	kind: {type: 'string', choices: ['section', 'paragraph', 'figure', 'caption']},
	report: {type: 'string'},
	limit: {type: 'number'},
	section: {type: 'string'},
	out: {type: 'string'},
	dryRun: {type: 'boolean', default: false},
	set: {type: 'string', isMultiple: true},
	force: {type: 'boolean', default: false},
	metric: {type: 'string', isMultiple: true},
	theme: {type: 'string'},
} as const;

type Flags = {
	reports?: string[] | undefined;
	lang?: string | undefined;
	color: boolean;
	json: boolean;
	csv: boolean;
	kind?: string | undefined;
	report?: string | undefined;
	limit?: number | undefined;
	section?: string | undefined;
	out?: string | undefined;
	dryRun: boolean;
	set?: string[] | undefined;
	force: boolean;
	metric?: string[] | undefined;
	theme?: string | undefined;
};

/**
 * The command line as meow reads it, without loading meow: undefined for anything but plain
 * valid flags (help, version, unknown flags, bad values), which meow then answers as it does.
 */
function quickParse(argv: string[]): {input: string[]; flags: Flags} | undefined {
	if (argv.includes('--help') || argv.includes('--version')) return undefined;
	try {
		const {values, positionals} = parseArgs({
			args: argv,
			strict: true,
			allowPositionals: true,
			allowNegative: true,
			options: Object.fromEntries(
				Object.entries(flagOptions).map(([name, option]) => [
					name,
					{
						type: option.type === 'boolean' ? 'boolean' : 'string',
						multiple: 'isMultiple' in option,
					},
				]),
			) as Record<string, {type: 'string' | 'boolean'; multiple: boolean}>,
		});
		const flags: Record<string, unknown> = {};
		for (const [name, option] of Object.entries(flagOptions)) {
			const value = values[name];
			if (value === undefined) {
				if ('default' in option) flags[name] = option.default;
				continue;
			}
			if ('choices' in option && !(option.choices as readonly string[]).includes(String(value))) {
				return undefined;
			}
			flags[name] = option.type === 'number' ? Number(value) : value;
		}
		return {input: positionals, flags: flags as Flags};
	} catch {
		return undefined;
	}
}

async function parseWithMeow(argv: string[], lang: Lang): Promise<{input: string[]; flags: Flags}> {
	const {default: meow} = await import('meow');
	try {
		const cli = meow(helpText[lang], {
			importMeta: import.meta,
			argv,
			allowUnknownFlags: false,
			flags: flagOptions as unknown as NonNullable<Parameters<typeof meow>[0]>['flags'],
		});
		return {input: cli.input, flags: cli.flags as unknown as Flags};
	} catch (error) {
		// meow throws on a value outside a flag's choices; that is the user's typo, not a crash.
		throw new UsageError(error instanceof Error ? error.message : String(error));
	}
}

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
			writeFileSync(file, JSON.stringify({maxRSS: process.resourceUsage().maxRSS * 1024, phases}));
		} catch {}
	});
}

async function main(): Promise<number> {
	reportResourcesOnExit(process.env.BAOGAO_RESOURCE_REPORT);
	const argv = process.argv.slice(2);
	const langFlag = argv.find((arg, i) => argv[i - 1] === '--lang' || arg.startsWith('--lang='));
	const lang: Lang = detectLang(langFlag?.replace(/^--lang=/, ''), process.env);
	const {input, flags} = quickParse(argv) ?? (await parseWithMeow(argv, lang));
	const [name, ...args] = input;
	if (name !== undefined && !commands.includes(name as Command)) {
		process.stderr.write(`baogao: unknown command "${sanitizeLine(name)}"\n`);
		const {default: meow} = await import('meow');
		meow(helpText[lang], {importMeta: import.meta, argv: []}).showHelp(2);
	}
	if (flags.json && flags.csv) throw new UsageError('choose one of --json and --csv');
	if (flags.limit !== undefined && (!Number.isInteger(flags.limit) || flags.limit < 1)) {
		throw new UsageError('--limit takes a whole number of at least 1');
	}

	if (name === 'import') {
		const {runImport} = await import('./commands/import.js');
		return runImport(
			args,
			{out: flags.out, dryRun: flags.dryRun, json: flags.json, set: flags.set, force: flags.force},
			process.stdout,
			process.stderr,
		);
	}
	if (name === 'remove') {
		const {runRemove} = await import('./commands/remove.js');
		return runRemove(args[0], process.stdout, process.stderr);
	}

	const corpusDirs = corpusDirectories(flags.reports ?? []);
	const started = performance.now();
	const bar = progressBar(process.stderr, lang === 'zh' ? '正在建立索引' : 'Indexing reports');
	const corpus = await openCorpus(corpusDirs, {
		cacheDir: cacheDirFor(process.env),
		progress: bar.progress,
		figuresOf: async () => (await import('./figures/extract.js')).extractFigures,
	});
	bar.end();
	phases.corpusMs = performance.now() - started;
	phases.indexedFiles = corpus.indexedFiles;
	for (const {file, problem} of corpus.problems) {
		process.stderr.write(`baogao: ${sanitizeLine(file)}: ${sanitizeLine(problem)}\n`);
	}
	const color = flags.color && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
	const ctx: CommandContext = {
		corpus,
		lang,
		color,
		stdout: {
			write: (text) => process.stdout.write(text),
			isTTY: Boolean(process.stdout.isTTY),
			columns: process.stdout.columns || 80,
		},
		stderr: {
			write: (text) => process.stderr.write(text),
			isTTY: Boolean(process.stderr.isTTY),
			columns: process.stderr.columns || 80,
		},
	};
	const status = await runCommand(
		name as Command | undefined,
		args,
		flags,
		ctx,
		corpus,
		corpusDirs,
	);
	return status === 0 && corpus.problems.length > 0 ? 3 : status;
}

async function runCommand(
	name: Command | undefined,
	args: string[],
	flags: Flags,
	ctx: CommandContext,
	corpus: Corpus,
	corpusDirs: string[],
): Promise<ExitCode> {
	switch (name) {
		case undefined: {
			if (process.stdin.isTTY && process.stdout.isTTY) {
				const {runApp} = await import('./ui/app/run.js');
				const worker = searchWorkerFile();
				// Searching on this thread needs the search's modules loaded first.
				if (!worker) await corpus.prepareSearch();
				const indexFile = corpus.indexFile;
				return runApp(ctx, {
					search: corpus.search,
					// Without an index file the thread loads the reports and indexes them itself.
					searchThread: worker && {
						file: worker,
						start:
							indexFile === undefined
								? {dirs: corpusDirs}
								: {file: indexFile, reports: corpus.indexed},
					},
				});
			}
			// No terminal to draw in: print the library and say how to get more.
			const {runList} = await import('./commands/list.js');
			runList(ctx, {json: false}, await figureCounter(corpus));
			ctx.stderr.write(
				ctx.lang === 'zh'
					? '（没有终端，无法打开界面；请在终端中运行 baogao，或用 baogao --help 查看命令。）\n'
					: '(No terminal, so the app did not open; run baogao in a terminal, or see baogao --help.)\n',
			);
			return 0;
		}
		case 'list': {
			const {runList} = await import('./commands/list.js');
			return runList(ctx, {json: flags.json}, await figureCounter(corpus));
		}
		case 'show': {
			const {runShow} = await import('./commands/show.js');
			return runShow(ctx, args[0], {section: flags.section});
		}
		case 'search': {
			const {runSearch} = await import('./commands/search.js');
			const started = performance.now();
			await corpus.prepareSearch();
			const status = runSearch(ctx, args.join(' '), flags, corpus.search);
			phases.searchMs = performance.now() - started;
			return status;
		}
		case 'figures': {
			const {runFigures} = await import('./commands/figures.js');
			return runFigures(ctx, args[0], flags);
		}
		case 'compare': {
			const {runCompare} = await import('./commands/compare.js');
			return runCompare(ctx, args, {
				metric: flags.metric ?? [],
				theme: flags.theme,
				json: flags.json,
				csv: flags.csv,
			});
		}
		case 'import':
		case 'remove':
			return 2;
	}
}

/** Figure counts for the list: as the index holds them, else counted. */
async function figureCounter(corpus: Corpus): Promise<(report: Report) => number> {
	const counts = new Map<Report, number>();
	for (const report of corpus.reports) counts.set(report, await corpus.figureCount(report));
	return (report) => counts.get(report) ?? 0;
}

main().then(
	(status) => {
		process.exitCode = status;
	},
	(error: unknown) => {
		if (error instanceof UsageError) {
			process.stderr.write(`baogao: ${sanitizeLine(error.message)}\n`);
			process.exitCode = 2;
			return;
		}
		process.stderr.write(
			`baogao: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
		);
		process.exitCode = 70;
	},
);

// Entry point: parse flags, load the corpus, hand over to one subcommand or to the app.
// Subcommands and the app are imported lazily so each run loads only what it uses.
import module from 'node:module';
import process from 'node:process';
import meow from 'meow';
import type {CommandContext, ExitCode, Lang} from './commands/context.js';
import {UsageError} from './commands/context.js';
import {loadCorpus} from './corpus/load.js';
import {detectLang} from './i18n.js';
import {sanitizeLine} from './text/sanitize.js';

// Cache compiled code between runs: start-up is a large part of a quick lookup.
module.enableCompileCache?.();

const helpText = {
	en: `
  Usage
    $ baogao                       open the app (in a terminal)
    $ baogao list [--json]
    $ baogao show REPORT [--section N|TITLE]
    $ baogao search QUERY [--kind section|paragraph|figure|caption] [--report ID] [--limit N] [--json]
    $ baogao figures [REPORT] [--json|--csv]
    $ baogao compare [REGION ...] [--metric ID ...] [--theme THEME] [--json|--csv]
    $ baogao import FILE [--out DIR]

  Options
    --reports DIR   also load the reports in DIR (repeatable)
    --lang zh|en    language of the interface (default: from LANG)
    --no-color      no colours (NO_COLOR is respected too)
    --help, --version

  Exit status: 0 done, 1 search found nothing, 2 usage error,
  3 done but some report files could not be loaded (each is named on stderr).

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
    $ baogao import 文件 [--out 目录]             导入原始文本

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

const commands = ['list', 'show', 'search', 'figures', 'compare', 'import'] as const;
type Command = (typeof commands)[number];

async function main(): Promise<number> {
	const argv = process.argv.slice(2);
	const langFlag = argv.find((arg, i) => argv[i - 1] === '--lang' || arg.startsWith('--lang='));
	const lang: Lang = detectLang(langFlag?.replace(/^--lang=/, ''), process.env);
	const cli = parseArguments(argv, lang);
	const [name, ...args] = cli.input;
	if (name !== undefined && !commands.includes(name as Command)) {
		process.stderr.write(`baogao: unknown command "${sanitizeLine(name)}"\n`);
		cli.showHelp(2);
	}
	const {flags} = cli;
	if (flags.json && flags.csv) throw new UsageError('choose one of --json and --csv');
	if (flags.limit !== undefined && (!Number.isInteger(flags.limit) || flags.limit < 1)) {
		throw new UsageError('--limit takes a whole number of at least 1');
	}

	if (name === 'import') {
		const {runImport} = await import('./commands/import.js');
		return runImport(args[0], {out: flags.out}, process.stdout, process.stderr);
	}

	const corpus = loadCorpus(flags.reports ?? []);
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
	const status = await runCommand(name as Command | undefined, args, flags, ctx);
	return status === 0 && corpus.problems.length > 0 ? 3 : status;
}

function parseArguments(argv: string[], lang: Lang) {
	try {
		return meow(helpText[lang], {
			importMeta: import.meta,
			argv,
			allowUnknownFlags: false,
			flags: {
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
				metric: {type: 'string', isMultiple: true},
				theme: {type: 'string'},
			},
		});
	} catch (error) {
		// meow throws on a value outside a flag's choices; that is the user's typo, not a crash.
		throw new UsageError(error instanceof Error ? error.message : String(error));
	}
}

async function runCommand(
	name: Command | undefined,
	args: string[],
	flags: {
		json: boolean;
		csv: boolean;
		kind?: string | undefined;
		report?: string | undefined;
		limit?: number | undefined;
		section?: string | undefined;
		metric?: string[] | undefined;
		theme?: string | undefined;
	},
	ctx: CommandContext,
): Promise<ExitCode> {
	switch (name) {
		case undefined: {
			if (process.stdin.isTTY && process.stdout.isTTY) {
				const {runApp} = await import('./ui/run.js');
				return runApp(ctx);
			}
			// No terminal to draw in: print the library and say how to get more.
			const {runList} = await import('./commands/list.js');
			const {countFigures} = await import('./commands/figures.js');
			runList(ctx, {json: false}, countFigures);
			ctx.stderr.write(
				ctx.lang === 'zh'
					? '（没有终端，无法打开界面；请在终端中运行 baogao，或用 baogao --help 查看命令。）\n'
					: '(No terminal, so the app did not open; run baogao in a terminal, or see baogao --help.)\n',
			);
			return 0;
		}
		case 'list': {
			const {runList} = await import('./commands/list.js');
			const {countFigures} = await import('./commands/figures.js');
			return runList(ctx, {json: flags.json}, countFigures);
		}
		case 'show': {
			const {runShow} = await import('./commands/show.js');
			return runShow(ctx, args[0], {section: flags.section});
		}
		case 'search': {
			const {runSearch} = await import('./commands/search.js');
			return runSearch(ctx, args.join(' '), flags);
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
			return 2;
	}
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

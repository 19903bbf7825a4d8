// Every command, declared once: its arguments, flags, usage, examples, exit statuses and
// handler. The parser (parse.ts), help (help.ts), shell completions (completion.ts) and the man
// page (man-page.ts) are all made from this table. Handlers import their command lazily, so
// reading the table costs nothing at start-up.
import type {Lang} from '../i18n/lang.js';
import type {CommandContext, ExitCode, Output} from './context.js';
import type {Text} from '../i18n/lang.js';

/** Where a shell finds the words for a value. */
export type WordSource = 'reports' | 'regions' | 'metrics' | 'themes' | 'files' | 'dirs';

export type FlagSpec = {
	/** The long name, without the dashes. */
	name: string;
	short?: string;
	type: 'boolean' | 'string';
	/** May be given several times; the values are kept in order. */
	multiple?: boolean;
	/** The value's placeholder in usage lines. */
	value?: Text;
	choices?: readonly string[];
	/** The value is a whole number of at least this. */
	min?: number;
	words?: WordSource;
	help: Text;
};

type ArgSpec = {
	name: Text;
	required: boolean;
	/** Takes every remaining argument. */
	variadic?: boolean;
	choices?: readonly string[];
	words?: WordSource;
};

/** What a handler gets: its arguments and flags, and the corpus when it asks for it. */
export type Call = {
	args: readonly string[];
	lang: Lang;
	has(flag: string): boolean;
	string(flag: string): string | undefined;
	strings(flag: string): string[];
	integer(flag: string): number | undefined;
	stdout: Output;
	stderr: Output;
	/** Loads the reports (through the index when it can), naming every file that failed on stderr. */
	context(): Promise<CommandContext>;
	/** Figure counts for the list, from the index or counted. */
	figureCounter(): Promise<Parameters<typeof import('./list.js').runList>[2]>;
	searchIndex(): Promise<Parameters<typeof import('./search.js').runSearch>[3]>;
	/** Opens the app (or, with no terminal, prints the library). */
	app(): Promise<ExitCode>;
};

export type CommandSpec = {
	name: string;
	summary: Text;
	args: readonly ArgSpec[];
	flags: readonly FlagSpec[];
	/** Pairs of flags of which only one may be given. */
	exclusive?: ReadonlyArray<readonly [string, string]>;
	examples: ReadonlyArray<{line: string; note: Text}>;
	exits: readonly ExitCode[];
	run(call: Call): Promise<ExitCode>;
};

const json: FlagSpec = {
	name: 'json',
	type: 'boolean',
	help: {en: 'print JSON for scripts', zh: '输出 JSON（供脚本使用）'},
};
const csv: FlagSpec = {
	name: 'csv',
	type: 'boolean',
	help: {
		en: 'print CSV (RFC 4180; formula-like cells neutralized)',
		zh: '输出 CSV（RFC 4180；类似公式的单元格已中和）',
	},
};
const report: Text = {en: 'REPORT', zh: '报告'};

/** Flags every command takes (and the app). */
export const globalFlags: readonly FlagSpec[] = [
	{
		name: 'reports',
		type: 'string',
		multiple: true,
		value: {en: 'DIR', zh: '目录'},
		words: 'dirs',
		help: {en: 'also load the reports in DIR (repeatable)', zh: '另外加载该目录中的报告（可重复）'},
	},
	{
		name: 'lang',
		type: 'string',
		value: {en: 'LANG', zh: '语言'},
		choices: ['zh', 'en'],
		help: {
			en: 'language of all messages (default: from LANG)',
			zh: '界面和消息的语言（默认取自 LANG）',
		},
	},
	{
		name: 'no-color',
		type: 'boolean',
		help: {en: 'no colours (NO_COLOR is respected too)', zh: '不使用颜色（也遵循 NO_COLOR）'},
	},
	{name: 'help', short: 'h', type: 'boolean', help: {en: 'show this help', zh: '显示本帮助'}},
	{name: 'version', short: 'v', type: 'boolean', help: {en: 'print the version', zh: '显示版本'}},
];

export const commands: readonly CommandSpec[] = [
	{
		name: 'list',
		summary: {
			en: 'the reports: region, level, period, source, size',
			zh: '列出报告：地区、级别、时期、来源、字数',
		},
		args: [],
		flags: [json, csv],
		exclusive: [['json', 'csv']],
		examples: [
			{line: 'baogao list', note: {en: 'a table of the reports', zh: '报告一览'}},
			{line: 'baogao list --csv > reports.csv', note: {en: 'for a spreadsheet', zh: '导出到表格'}},
		],
		exits: [0, 2, 3],
		async run(call) {
			const {runList} = await import('./list.js');
			return runList(
				await call.context(),
				{json: call.has('json'), csv: call.has('csv')},
				await call.figureCounter(),
			);
		},
	},
	{
		name: 'show',
		summary: {
			en: 'a report (by id or region name), or one section of it',
			zh: '阅读一篇报告（按 ID 或地区名），或其中一节',
		},
		args: [{name: report, required: true, words: 'reports'}],
		flags: [
			{
				name: 'section',
				type: 'string',
				value: {en: 'N|TITLE', zh: '编号|标题'},
				help: {
					en: 'only this section: its number, or part of its title',
					zh: '只显示这一节：编号或标题的一部分',
				},
			},
			{
				...json,
				help: {
					en: "the report's front matter, sections and blocks as JSON",
					zh: '以 JSON 输出报告的元数据、各节和段落',
				},
			},
		],
		examples: [
			{line: 'baogao show leshan --section 2', note: {en: 'one section', zh: '只看一节'}},
			{
				line: 'baogao show 济南 | less',
				note: {en: 'a whole report in a pager', zh: '在分页器中阅读全文'},
			},
		],
		exits: [0, 2, 3],
		async run(call) {
			const {runShow} = await import('./show.js');
			return runShow(await call.context(), call.args[0], {
				section: call.string('section'),
				json: call.has('json'),
			});
		},
	},
	{
		name: 'search',
		summary: {
			en: 'search headings, paragraphs, figures and captions of all reports',
			zh: '搜索所有报告的标题、段落、数字和图注',
		},
		args: [{name: {en: 'QUERY', zh: '查询'}, required: true, variadic: true}],
		flags: [
			{
				name: 'kind',
				type: 'string',
				value: {en: 'KIND', zh: '类别'},
				choices: ['section', 'paragraph', 'figure', 'caption'],
				help: {en: 'only hits of this kind', zh: '只要这一类的结果'},
			},
			{
				name: 'report',
				type: 'string',
				value: report,
				words: 'reports',
				help: {
					en: 'only in this report (id or region name)',
					zh: '只在这篇报告中搜索（ID 或地区名）',
				},
			},
			{
				name: 'limit',
				type: 'string',
				value: {en: 'N', zh: 'N'},
				min: 1,
				help: {en: 'at most N hits', zh: '最多 N 条结果'},
			},
			json,
			csv,
		],
		exclusive: [['json', 'csv']],
		examples: [
			{
				line: 'baogao search laomo',
				note: {en: 'pinyin finds 劳模 and 勞模', zh: '拼音找到 劳模 和 勞模'},
			},
			{
				line: 'baogao search ldmf --kind figure --json',
				note: {en: 'initials: 劳动模范', zh: '首字母：劳动模范'},
			},
			{
				line: 'baogao search -- -5%',
				note: {en: 'a query that starts with "-"', zh: '以“-”开头的查询'},
			},
		],
		exits: [0, 1, 2, 3],
		async run(call) {
			const {runSearch} = await import('./search.js');
			const ctx = await call.context();
			return runSearch(
				ctx,
				call.args.join(' '),
				{
					kind: call.string('kind'),
					report: call.string('report'),
					limit: call.integer('limit'),
					json: call.has('json'),
					csv: call.has('csv'),
				},
				await call.searchIndex(),
			);
		},
	},
	{
		name: 'figures',
		summary: {
			en: 'every statistic: value, unit, qualifier, what it counts, its sentence',
			zh: '所有统计数字：数值、单位、限定、统计对象、出处',
		},
		args: [{name: report, required: false, words: 'reports'}],
		flags: [json, csv],
		exclusive: [['json', 'csv']],
		examples: [
			{
				line: 'baogao figures sichuan --csv > sichuan.csv',
				note: {en: 'for a spreadsheet', zh: '导出到表格'},
			},
			{line: 'baogao figures | head', note: {en: 'the first few', zh: '前几条'}},
		],
		exits: [0, 2, 3],
		async run(call) {
			const {runFigures} = await import('./figures.js');
			return runFigures(await call.context(), call.args[0], {
				json: call.has('json'),
				csv: call.has('csv'),
			});
		},
	},
	{
		name: 'compare',
		summary: {
			en: 'the same metrics for several regions, or matching sections side by side',
			zh: '多个地区的同一指标，或同一主题的章节并排对比',
		},
		args: [{name: {en: 'REGION', zh: '地区'}, required: false, variadic: true, words: 'regions'}],
		flags: [
			{
				name: 'metric',
				type: 'string',
				multiple: true,
				value: {en: 'ID', zh: 'ID'},
				words: 'metrics',
				help: {en: 'only this metric (repeatable)', zh: '只比较这一指标（可重复）'},
			},
			{
				name: 'theme',
				type: 'string',
				value: {en: 'THEME', zh: '主题'},
				words: 'themes',
				help: {en: "the regions' sections on this theme", zh: '各地区关于该主题的章节'},
			},
			json,
			csv,
		],
		exclusive: [
			['json', 'csv'],
			['metric', 'theme'],
			['theme', 'csv'],
		],
		examples: [
			{
				line: 'baogao compare leshan jinan 翠屏 --metric members',
				note: {en: 'three regions, one metric', zh: '三个地区、一项指标'},
			},
			{line: 'baogao compare --theme rights', note: {en: 'sections side by side', zh: '章节并排'}},
		],
		exits: [0, 1, 2, 3],
		async run(call) {
			const {runCompare} = await import('./compare.js');
			return runCompare(await call.context(), [...call.args], {
				metric: call.strings('metric'),
				theme: call.string('theme'),
				json: call.has('json'),
				csv: call.has('csv'),
			});
		},
	},
	{
		name: 'import',
		summary: {
			en: 'saved pages, text and Word files (or folders of them) into your library',
			zh: '把保存的网页、文本和 Word 文件（或其文件夹）导入你的报告库',
		},
		args: [{name: {en: 'PATH', zh: '路径'}, required: true, variadic: true, words: 'files'}],
		// The importer's own flags go here too (one table, one parser).
		flags: [
			{
				name: 'out',
				type: 'string',
				value: {en: 'DIR', zh: '目录'},
				words: 'dirs',
				help: {
					en: 'write the report files into DIR (default: your library)',
					zh: '把报告文件写到该目录（默认：你的报告库）',
				},
			},
			{
				name: 'dry-run',
				type: 'boolean',
				help: {
					en: 'write nothing: say what each file would give, and why',
					zh: '不写文件：说明每个文件会得到什么及原因',
				},
			},
			{
				...json,
				help: {
					en: 'what was imported (or would be), as JSON',
					zh: '以 JSON 输出导入（或将导入）的结果',
				},
			},
			{
				name: 'set',
				type: 'string',
				multiple: true,
				value: {en: 'KEY=VALUE', zh: '键=值'},
				help: {en: 'set a metadata field by hand (repeatable)', zh: '手动设定一项元数据（可重复）'},
			},
			{
				name: 'force',
				type: 'boolean',
				help: {en: 'replace a report that has the same id', zh: '替换同 ID 的报告'},
			},
		],
		examples: [
			{
				line: 'baogao import ~/Downloads/page.html',
				note: {
					en: 'into your library; then it is in baogao',
					zh: '导入你的报告库，随即出现在 baogao 中',
				},
			},
			{
				line: 'baogao import saved/ --dry-run',
				note: {en: 'what each file would give, and why', zh: '每个文件会得到什么及原因'},
			},
		],
		exits: [0, 2, 3],
		async run(call) {
			const {runImport} = await import('./import.js');
			return runImport(
				[...call.args],
				{
					out: call.string('out'),
					dryRun: call.has('dry-run'),
					json: call.has('json'),
					set: call.strings('set'),
					force: call.has('force'),
					lang: call.lang,
				},
				call.stdout,
				call.stderr,
			);
		},
	},
	{
		name: 'bookmarks',
		summary: {
			en: 'the bookmarks made in the app (m, M), newest first',
			zh: '在应用中加的书签（m、M），最新的在前',
		},
		args: [],
		flags: [json, csv],
		exclusive: [['json', 'csv']],
		examples: [
			{
				line: 'baogao bookmarks',
				note: {en: 'where each is, and its note', zh: '每个书签的位置和备注'},
			},
			{line: 'baogao bookmarks --json', note: {en: 'for scripts', zh: '供脚本使用'}},
		],
		exits: [0, 2, 3],
		async run(call) {
			const [{runBookmarks}, {openStateStore, stateDirectory}, {stateWarningText}] =
				await Promise.all([
					import('./bookmarks.js'),
					import('../services/state-store.js'),
					import('../services/state-warning.js'),
				]);
			const ctx = await call.context();
			const store = openStateStore(stateDirectory(process.env));
			try {
				for (const warning of store.warnings)
					call.stderr.write(`baogao: ${stateWarningText(warning, call.lang)}\n`);
				return runBookmarks(ctx, store.bookmarks.list(), {
					json: call.has('json'),
					csv: call.has('csv'),
				});
			} finally {
				store.close();
			}
		},
	},
	{
		name: 'remove',
		summary: {
			en: 'delete a report you imported (never a bundled one)',
			zh: '删除你导入的报告（不会删除自带报告）',
		},
		args: [{name: {en: 'ID', zh: 'ID'}, required: true, words: 'reports'}],
		flags: [],
		examples: [
			{line: 'baogao remove my-report', note: {en: 'from your library', zh: '从你的报告库中删除'}},
		],
		exits: [0, 2],
		async run(call) {
			const {runRemove} = await import('./remove.js');
			// ID is a required argument: the parser has checked it is there.
			return runRemove(call.args[0]!, call.stdout, call.stderr, process.env, call.lang);
		},
	},
	{
		name: 'completion',
		summary: {
			en: 'a shell completion script: bash, zsh or fish',
			zh: '输出 shell 补全脚本：bash、zsh 或 fish',
		},
		args: [{name: {en: 'SHELL', zh: 'SHELL'}, required: false, choices: ['bash', 'zsh', 'fish']}],
		flags: [
			{
				name: 'words',
				type: 'string',
				value: {en: 'KIND', zh: '类别'},
				choices: ['reports', 'regions', 'metrics', 'themes'],
				help: {
					en: 'print the words the scripts complete, one per line',
					zh: '逐行输出补全用的词（供脚本调用）',
				},
			},
		],
		examples: [
			{
				line: 'baogao completion bash > ~/.local/share/bash-completion/completions/baogao',
				note: {en: 'install for bash', zh: '为 bash 安装'},
			},
			{
				line: 'baogao completion fish > ~/.config/fish/completions/baogao.fish',
				note: {en: 'install for fish', zh: '为 fish 安装'},
			},
		],
		exits: [0, 2],
		async run(call) {
			const {runCompletion} = await import('./completion.js');
			return runCompletion(call);
		},
	},
	{
		name: 'help',
		summary: {
			en: "a command's usage, flags, examples and exit statuses",
			zh: '某个命令的用法、选项、示例和退出码',
		},
		args: [{name: {en: 'COMMAND', zh: '命令'}, required: false}],
		flags: [],
		examples: [
			{
				line: 'baogao help search',
				note: {en: 'the same as baogao search --help', zh: '与 baogao search --help 相同'},
			},
		],
		exits: [0, 2],
		async run(call) {
			const {runHelp} = await import('./help.js');
			return runHelp(call.args[0], call.lang, call.stdout);
		},
	},
];

export function commandNamed(name: string): CommandSpec | undefined {
	return commands.find((command) => command.name === name);
}

/** The app, opened by `baogao` with no command: it takes the global flags alone. */
export const appCommand: CommandSpec = {
	name: '',
	summary: {
		en: 'opens the app in a terminal; without one, prints the library and a hint',
		zh: '在终端中打开界面；没有终端时列出报告并给出提示',
	},
	args: [],
	flags: [
		{
			name: 'mouse',
			type: 'boolean',
			help: {
				en: "scroll with the mouse wheel (off by default, so the terminal's own text selection works)",
				zh: '用鼠标滚轮滚动（默认关闭，以便使用终端自身的文字选择）',
			},
		},
	],
	examples: [
		{line: 'baogao --lang zh', note: {en: 'the app in Chinese', zh: '中文界面'}},
		{line: 'baogao --mouse', note: {en: 'scroll with the wheel', zh: '用滚轮滚动'}},
	],
	exits: [0, 2, 3],
	run: (call) => call.app(),
};

/** `search QUERY... [--kind KIND] ...`: the usage line of a command, in a language. */
export function synopsis(command: CommandSpec, lang: Lang): string {
	const parts = command.name ? [command.name] : [];
	for (const arg of command.args) {
		const name = arg.name[lang] + (arg.variadic ? '...' : '');
		parts.push(arg.required ? name : `[${name}]`);
	}
	for (const flag of command.flags) parts.push(`[${flagUsage(flag, lang)}]`);
	return parts.join(' ');
}

/** `--kind KIND` or `--json`. */
export function flagUsage(flag: FlagSpec, lang: Lang): string {
	return flag.type === 'string'
		? `--${flag.name} ${flag.value?.[lang] ?? 'VALUE'}`
		: `--${flag.name}`;
}

// Help made from the command table, in either language; columns are aligned by display width,
// so Chinese lines up.
import {exitCodeMeanings, type ExitCode} from './exit-code.js';
import type {Lang} from '../i18n/lang.js';
import type {Output} from './context.js';
import {messages, usage} from './messages.js';
import {
	appCommand,
	type CommandSpec,
	commandNamed,
	commands,
	type FlagSpec,
	flagUsage,
	globalFlags,
	synopsis,
} from './table.js';
import {padToWidth, textWidth} from '../text/width.js';

const headings = {
	en: {
		usage: 'Usage',
		commands: 'Commands',
		flags: 'Flags',
		global: 'Global flags',
		examples: 'Examples',
		exits: 'Exit status',
		more: 'baogao help COMMAND (or baogao COMMAND --help) shows a command in full.',
	},
	zh: {
		usage: '用法',
		commands: '命令',
		flags: '选项',
		global: '通用选项',
		examples: '示例',
		exits: '退出码',
		more: 'baogao help 命令（或 baogao 命令 --help）显示该命令的完整说明。',
	},
} as const;

/** Two columns, the first padded to its widest cell in terminal columns. */
function columns(rows: ReadonlyArray<readonly [string, string]>, indent = '  '): string[] {
	const width = Math.max(0, ...rows.map(([left]) => textWidth(left)));
	return rows.map(([left, right]) =>
		right ? `${indent}${padToWidth(left, width)}   ${right}` : `${indent}${left}`,
	);
}

function flagRows(flags: readonly FlagSpec[], lang: Lang): Array<[string, string]> {
	return flags.map((flag) => {
		const name = (flag.short ? `-${flag.short}, ` : '    ') + flagUsage(flag, lang);
		const list = flag.choices?.join(', ');
		const choices = !list ? '' : lang === 'zh' ? `（可选：${list}）` : ` (one of: ${list})`;
		return [name, flag.help[lang] + choices];
	});
}

function exitRows(exits: readonly ExitCode[], lang: Lang): Array<[string, string]> {
	const all: ExitCode[] = [...exits, 70];
	return [...new Set(all)].map((code) => [String(code), exitCodeMeanings[code][lang]]);
}

/** `baogao --help`: every command, the global flags, the exit statuses. */
function generalHelp(lang: Lang): string {
	const h = headings[lang];
	const allExits = [...new Set(commands.flatMap((command) => command.exits))].sort((a, b) => a - b);
	return [
		`baogao — ${lang === 'zh' ? '中国地方工作报告的终端浏览器' : 'a terminal browser for Chinese regional work reports'}`,
		'',
		h.usage,
		...columns([
			['baogao', appCommand.summary[lang]],
			...commands.map((command): [string, string] => [
				`baogao ${command.name}`,
				command.summary[lang],
			]),
		]),
		'',
		h.global,
		...columns(flagRows(globalFlags, lang)),
		'',
		h.examples,
		...columns(
			commands
				.flatMap((command) => command.examples.slice(0, 1))
				.map((example): [string, string] => [example.line, example.note[lang]]),
		),
		'',
		h.exits,
		...columns(exitRows(allExits, lang)),
		'',
		h.more,
		'',
	].join('\n');
}

/** One command's usage, flags, examples and exit statuses. */
export function commandHelp(command: CommandSpec, lang: Lang): string {
	if (command === appCommand) return generalHelp(lang);
	const h = headings[lang];
	return [
		`baogao ${command.name} — ${command.summary[lang]}`,
		'',
		h.usage,
		`  baogao ${synopsis(command, lang)}`,
		'',
		...(command.flags.length > 0 ? [h.flags, ...columns(flagRows(command.flags, lang)), ''] : []),
		h.global,
		...columns(flagRows(globalFlags, lang)),
		'',
		h.examples,
		...columns(
			command.examples.map((example): [string, string] => [example.line, example.note[lang]]),
		),
		'',
		h.exits,
		...columns(exitRows(command.exits, lang)),
		'',
	].join('\n');
}

/** `baogao help [COMMAND]`. */
export function runHelp(name: string | undefined, lang: Lang, stdout: Output): ExitCode {
	if (name === undefined) {
		stdout.write(generalHelp(lang));
		return 0;
	}
	const command = commandNamed(name);
	if (!command)
		throw usage(
			messages.unknownCommand(
				name,
				commands.map((known) => known.name),
			),
		);
	stdout.write(commandHelp(command, lang));
	return 0;
}

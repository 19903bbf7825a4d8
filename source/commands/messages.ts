// The command line's own messages, in both languages. Anything taken from argv, a file name or
// the environment is put through the sanitizer here, so no caller can forget it.
import {ChoiceError} from '../compare/errors.js';
import {formatCount} from '../i18n/count.js';
import type {Text} from '../i18n/lang.js';
import {systemReason} from '../i18n/messages.js';
import {sanitizeLine} from '../text/sanitize.js';
import {UsageError} from './context.js';

const q = (text: string) => `"${sanitizeLine(text)}"`;
const list = (choices: readonly string[]) => choices.map(sanitizeLine).join(', ');

export function usage(text: Text): UsageError {
	return new UsageError(text.en, text.zh);
}

export const messages = {
	unknownCommand: (name: string, choices: readonly string[]): Text => ({
		en: `unknown command ${q(name)}; the commands are: ${list(choices)} (see baogao --help)`,
		zh: `没有命令 ${q(name)}；可用的命令：${list(choices)}（见 baogao --help）`,
	}),
	unknownFlag: (flag: string, command: string): Text => ({
		en: `${q(flag)} is not a flag of ${command} (see baogao ${command} --help)`,
		zh: `${command} 没有选项 ${q(flag)}（见 baogao ${command} --help）`,
	}),
	optionLike: (flag: string, command: string): Text => ({
		en: `${q(flag)} is not a flag of ${command}; to pass text that starts with "-", put -- before it`,
		zh: `${command} 没有选项 ${q(flag)}；以“-”开头的文字请放在 -- 之后`,
	}),
	missingValue: (flag: string, value: string): Text => ({
		en: `${flag} needs a value: ${flag} ${value} (a value that starts with "-" goes as ${flag}=${value})`,
		zh: `${flag} 需要一个值：${flag} ${value}（以“-”开头的值写作 ${flag}=${value}）`,
	}),
	noValue: (flag: string): Text => ({
		en: `${flag} takes no value`,
		zh: `${flag} 不带值`,
	}),
	badChoice: (flag: string, given: string, choices: readonly string[]): Text => ({
		en: `${flag} cannot be ${q(given)}; choose from: ${list(choices)}`,
		zh: `${flag} 不能是 ${q(given)}；可选：${list(choices)}`,
	}),
	badInteger: (flag: string, min: number): Text => ({
		en: `${flag} takes a whole number of at least ${min}`,
		zh: `${flag} 需要不小于 ${min} 的整数`,
	}),
	exclusive: (a: string, b: string): Text => ({
		en: `choose one of ${a} and ${b}`,
		zh: `${a} 和 ${b} 只能选一个`,
	}),
	missingArgument: (command: string, argument: string, synopsis: string): Text => ({
		en: `${command} needs ${argument}: baogao ${synopsis}`,
		zh: `${command} 需要${argument}：baogao ${synopsis}`,
	}),
	extraArgument: (command: string, given: string): Text => ({
		en: `${command} takes no more arguments, but got ${q(given)}`,
		zh: `${command} 不接受更多参数，却收到 ${q(given)}`,
	}),
	cannotWrite: (what: string, reason: string): Text => ({
		en: `cannot write to ${what}: ${reason}`,
		zh: `无法写入${what}：${reason}`,
	}),
	internal: (message: string): Text => ({
		en: `internal error: ${sanitizeLine(message)} (BAOGAO_DEBUG=1 shows the details)`,
		zh: `内部错误：${sanitizeLine(message)}（BAOGAO_DEBUG=1 显示详情）`,
	}),
	// What the commands say beside their output (on stderr, or instead of rows).
	figureCount: (count: number): Text => ({
		en: `${formatCount(count)} figures\n`,
		zh: `共 ${formatCount(count)} 个统计数字\n`,
	}),
	nothingFound: (query: string): Text => ({
		en: `nothing found for ${q(query)}\n`,
		zh: `没有找到“${sanitizeLine(query)}”\n`,
	}),
	noBookmarks: {
		en: 'No bookmarks yet: press m in the reader to bookmark a paragraph.\n',
		zh: '还没有书签：在阅读器中按 m 为段落加书签。\n',
	},
	noReportsToCompare: {en: 'No reports to compare.\n', zh: '没有可比较的报告。\n'},
	standardOutput: {en: 'standard output', zh: '标准输出'},
	indexing: {en: 'Indexing reports', zh: '正在建立索引'},
	noTerminal: {
		en: '(No terminal, so the app did not open; run baogao in a terminal, or see baogao --help.)',
		zh: '（没有终端，无法打开界面；请在终端中运行 baogao，或用 baogao --help 查看命令。）',
	},
} as const;

const kindNames: Record<string, Text> = {
	region: {en: 'region', zh: '地区'},
	report: {en: 'report', zh: '报告'},
	metric: {en: 'metric', zh: '指标'},
	theme: {en: 'theme', zh: '主题'},
};

/** An unknown or ambiguous name (region, report, metric, theme) as a usage error listing the choices. */
export function choiceUsage(error: ChoiceError): UsageError {
	const kind = kindNames[error.kind] ?? {en: error.kind, zh: error.kind};
	return error.message.startsWith('ambiguous')
		? usage({
				en: `${q(error.given)} matches several ${kind.en}s: ${list(error.choices)}`,
				zh: `${q(error.given)} 匹配多个${kind.zh}：${list(error.choices)}`,
			})
		: usage({
				en: `unknown ${kind.en} ${q(error.given)}; choose from: ${list(error.choices)}`,
				zh: `没有${kind.zh} ${q(error.given)}；可选：${list(error.choices)}`,
			});
}

/** Why a write failed, in words, from the error's code. */
export function writeFailure(error: unknown): Text {
	const reason = systemReason(error);
	return {en: sanitizeLine(reason.en), zh: sanitizeLine(reason.zh)};
}

// baogao.1, the man page, made from the command table (the build writes it; see
// scripts/build.mjs). English: man pages are read through man's own locale handling, and the
// help in both languages is one `baogao COMMAND --help` away.
import {exitCodeMeanings, type ExitCode} from './exit-code.js';
import {commands, type FlagSpec, flagUsage, globalFlags, synopsis} from './table.js';

/** Text for roff: backslashes and leading dots or quotes cannot act as requests. */
function roff(text: string): string {
	return text.replaceAll('\\', '\\e').replaceAll('-', '\\-').replace(/^[.']/, '\\&$&');
}

function flagItems(flags: readonly FlagSpec[]): string[] {
	return flags.flatMap((flag) => {
		const name = (flag.short ? `-${flag.short}, ` : '') + flagUsage(flag, 'en');
		const choices = flag.choices ? ` One of: ${flag.choices.join(', ')}.` : '';
		return ['.TP', `.B ${roff(name)}`, roff(`${flag.help.en}.${choices}`)];
	});
}

export function manPage(version: string, date: string): string {
	const exits = [...new Set(commands.flatMap((command) => command.exits)), 70 as ExitCode].sort(
		(a, b) => a - b,
	);
	const lines = [
		`.TH BAOGAO 1 "${date}" "baogao ${version}" "User Commands"`,
		'.SH NAME',
		'baogao \\- a terminal browser for Chinese regional work reports',
		'.SH SYNOPSIS',
		'.B baogao',
		'[\\fIflags\\fR]',
		...commands.flatMap((command) => ['.br', `.B baogao`, roff(synopsis(command, 'en'))]),
		'.SH DESCRIPTION',
		roff(
			'Without a command, baogao opens the app in the terminal: the library, the reader, live ' +
				'search (pinyin, simplified or traditional), figures and comparison. The commands print ' +
				'plain text (wrapped to the terminal, unwrapped when piped) or, with --json or --csv, ' +
				'data for scripts. Press Ctrl-Z in the app to suspend it; fg brings it back.',
		),
		'.SH COMMANDS',
		...commands.flatMap((command) => [
			'.TP',
			`.B baogao ${roff(synopsis(command, 'en'))}`,
			`${roff(command.summary.en)}.`,
			...(command.flags.length > 0 ? ['.RS', ...flagItems(command.flags), '.RE'] : []),
		]),
		'.SH OPTIONS',
		'These work with every command.',
		...flagItems(globalFlags),
		'.SH EXIT STATUS',
		...exits.flatMap((code) => ['.TP', `.B ${code}`, `${roff(exitCodeMeanings[code].en)}.`]),
		'.SH ENVIRONMENT',
		'.TP',
		'.B LANG, LC_ALL, LC_MESSAGES',
		roff('The language of messages when --lang is not given (zh for a Chinese locale).'),
		'.TP',
		'.B NO_COLOR',
		'No colours.',
		'.TP',
		'.B BAOGAO_DEBUG=1',
		roff('Print the details of an unexpected error (its stack) after the one line about it.'),
		'.TP',
		'.B BAOGAO_CACHE_DIR, BAOGAO_CACHE=off',
		roff('Where the corpus cache lives, or no cache at all.'),
		'.SH EXAMPLES',
		...commands.flatMap((command) =>
			command.examples.flatMap((example) => [
				'.TP',
				`.B ${roff(example.line)}`,
				`${roff(example.note.en)}.`,
			]),
		),
		'.SH SEE ALSO',
		roff('baogao help COMMAND; baogao completion bash|zsh|fish.'),
		'',
	];
	return lines.join('\n');
}

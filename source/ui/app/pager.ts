// `o` in the reader: the report as `show` prints it, handed to $PAGER (less -R when unset) on
// its stdin, starting at the reader's section. less is told the line (+Ng); another pager is
// just opened. The pager reads keys from the terminal itself (as less does with a pipe on
// stdin), so it runs while the app has lent it the terminal (suspend.tsx).
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import type {Lang} from '../../i18n/lang.js';
import {layoutReport} from '../../corpus/report-lines.js';
import type {Report} from '../../corpus/types.js';
import type {PagerOutcome} from './effects.js';

const defaultPager = 'less -R';

/** The report as printed for the pager, and the line (1-based) its section starts on. */
export function printedReport(
	report: Report,
	section: number,
	width: number,
	lang: Lang,
): {text: string; line: number} {
	const layout = layoutReport(report, width, lang, 'print');
	const text = layout.lines.map((line) => `${line.prefix}${line.text}`.trimEnd()).join('\n');
	return {text: `${text}\n`, line: (layout.sectionStarts[section] ?? 0) + 1};
}

/** The pager's command line, and the arguments that start it at `line` when it is less. */
export function pagerInvocation(
	env: {PAGER?: string | undefined},
	line: number,
): {command: string; args: string[]} {
	const command = env.PAGER?.trim() || defaultPager;
	const program = path.basename(command.split(/\s+/)[0] ?? '');
	return {command, args: program === 'less' ? [`+${line}g`] : []};
}

/** Exit status of a shell asked to run a command it cannot find. */
const notFound = 127;

/** Runs the pager on `text` and waits for it to end. */
export function runPager(
	text: string,
	line: number,
	env: {PAGER?: string | undefined},
	messages: {missing(command: string): string; failed(command: string, reason: string): string},
): PagerOutcome {
	const {command, args} = pagerInvocation(env, line);
	// Through the shell, as git runs $PAGER: it may carry options ("less -R", "bat -p").
	const result = spawnSync('/bin/sh', ['-c', `${command} "$@"`, 'sh', ...args], {
		input: text,
		stdio: ['pipe', 'inherit', 'inherit'],
		// The text is UTF-8 whatever the locale says; less shows it as <E5><87> bytes otherwise.
		env: {...process.env, LESSCHARSET: process.env.LESSCHARSET ?? 'utf-8'},
	});
	// Quitting less before it has read everything closes the pipe: that is not a failure.
	const closedEarly = (result.error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
	if (result.error && !closedEarly)
		return {ok: false, reason: messages.failed(command, result.error.message)};
	if (result.status === notFound) return {ok: false, reason: messages.missing(command)};
	return {ok: true};
}

// What every subcommand receives: the loaded corpus and where to write. Commands return an
// exit status instead of calling process.exit so tests can run them in-process.
import type {Library} from '../corpus/report-lookup.js';
import type {Lang} from '../i18n/lang.js';

export type Output = {
	write(text: string): void;
	/** True when writing to a terminal: wrap to `columns`; false when piped: do not wrap. */
	isTTY: boolean;
	columns: number;
};

export type CommandContext = {
	corpus: Library;
	lang: Lang;
	stdout: Output;
	stderr: Output;
	color: boolean;
};

export type {ExitCode} from './exit-code.js';

/** The user's mistake (exit 2): the message in English, and in Chinese when it has been given. */
export class UsageError extends Error {
	override name = 'UsageError';
	constructor(
		message: string,
		readonly zh?: string,
	) {
		super(message);
	}

	text(lang: Lang): string {
		return lang === 'zh' && this.zh !== undefined ? this.zh : this.message;
	}
}

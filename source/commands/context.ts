// What every subcommand receives: the loaded corpus and where to write. Commands return an
// exit status instead of calling process.exit so tests can run them in-process.
import type {LoadResult} from '../corpus/load.js';
import type {Report} from '../corpus/types.js';

export type Lang = 'zh' | 'en';

export type Output = {
	write(text: string): void;
	/** True when writing to a terminal: wrap to `columns`; false when piped: do not wrap. */
	isTTY: boolean;
	columns: number;
};

/** What is known of a report without reading its text (from the cache). */
export type ReportStats = {chars: number; figures: number; sections: number};

export type CommandContext = {
	corpus: LoadResult & {
		stats?(report: Report): ReportStats | undefined;
	};
	lang: Lang;
	stdout: Output;
	stderr: Output;
	color: boolean;
};

/** 0 success, 1 nothing found, 2 usage error, 3 done but some inputs failed. */
export type ExitCode = 0 | 1 | 2 | 3;

export class UsageError extends Error {
	override name = 'UsageError';
}

// `baogao remove ID`: deletes one report from the user's library. Bundled reports are part of
// baogao and stay; a report loaded from --reports DIR is the user's own file elsewhere and is
// not ours to delete either.
import {rmSync} from 'node:fs';
import {
	bundledReportsDir,
	describeFsError,
	loadDirectories,
	userReportsDir,
} from '../corpus/load.js';
import {sanitizeLine} from '../text/sanitize.js';
import {type ExitCode, UsageError} from './context.js';

type Writable = {write(text: string): unknown};

export function runRemove(
	id: string | undefined,
	stdout: Writable,
	stderr: Writable,
	env: NodeJS.ProcessEnv = process.env,
): ExitCode {
	if (!id) throw new UsageError('remove needs a report id: baogao remove ID');
	const library = userReportsDir(env);
	const mine = loadDirectories([library]).reports.find((report) => report.meta.id === id);
	if (!mine?.file) {
		const bundled = loadDirectories([bundledReportsDir()]).reports.some(
			(report) => report.meta.id === id,
		);
		stderr.write(
			bundled
				? `baogao: "${sanitizeLine(id)}" is a bundled report; only imported reports can be removed\n`
				: `baogao: no report "${sanitizeLine(id)}" in your library (${sanitizeLine(library)})\n`,
		);
		return 2;
	}
	try {
		rmSync(mine.file);
	} catch (error) {
		stderr.write(
			`baogao: ${sanitizeLine(mine.file)}: ${describeFsError(error, 'cannot remove')}\n`,
		);
		return 2;
	}
	stdout.write(`removed ${sanitizeLine(id)} (${sanitizeLine(mine.file)})\n`);
	return 0;
}

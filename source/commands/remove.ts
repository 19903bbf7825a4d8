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
import type {Lang} from '../i18n/lang.js';
import {problems, removing} from '../i18n/messages.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {ExitCode} from './context.js';

type Writable = {write(text: string): unknown};

export function runRemove(
	id: string,
	lang: Lang,
	stdout: Writable,
	stderr: Writable,
	env: NodeJS.ProcessEnv = process.env,
): ExitCode {
	const library = userReportsDir(env);
	const mine = loadDirectories([library]).reports.find((report) => report.meta.id === id);
	if (!mine?.file) {
		const bundled = loadDirectories([bundledReportsDir()]).reports.some(
			(report) => report.meta.id === id,
		);
		const message = bundled ? removing.bundled(id) : removing.notInLibrary(id, library);
		stderr.write(`baogao: ${sanitizeLine(message[lang])}\n`);
		return 2;
	}
	try {
		rmSync(mine.file);
	} catch (error) {
		const reason = describeFsError(error, problems.cannotRemove);
		stderr.write(`baogao: ${sanitizeLine(mine.file)}: ${sanitizeLine(reason[lang])}\n`);
		return 2;
	}
	stdout.write(`${sanitizeLine(removing.removed(id, mine.file)[lang])}\n`);
	return 0;
}

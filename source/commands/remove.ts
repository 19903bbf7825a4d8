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
import {fileProblem, problems} from '../i18n/messages.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {ExitCode} from './context.js';
import {removeSays} from './import-messages.js';

type Writable = {write(text: string): unknown};

export function runRemove(
	id: string,
	stdout: Writable,
	stderr: Writable,
	env: NodeJS.ProcessEnv = process.env,
	lang: Lang = 'en',
): ExitCode {
	const library = userReportsDir(env);
	const mine = loadDirectories([library]).reports.find((report) => report.meta.id === id);
	if (!mine?.file) {
		const bundled = loadDirectories([bundledReportsDir()]).reports.some(
			(report) => report.meta.id === id,
		);
		const said = bundled ? removeSays.bundled(id) : removeSays.notInLibrary(id, library);
		stderr.write(`baogao: ${said[lang]}\n`);
		return 2;
	}
	try {
		rmSync(mine.file);
	} catch (error) {
		const said = fileProblem(mine.file, describeFsError(error, problems.cannotRemove));
		stderr.write(`baogao: ${sanitizeLine(said[lang])}\n`);
		return 2;
	}
	stdout.write(`${removeSays.removed(id, mine.file)[lang]}\n`);
	return 0;
}

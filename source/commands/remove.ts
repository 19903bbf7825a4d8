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
import type {Lang} from '../i18n/lang.js';
import {type ExitCode, UsageError} from './context.js';
import {removeSays} from './import-messages.js';

type Writable = {write(text: string): unknown};

export function runRemove(
	id: string | undefined,
	stdout: Writable,
	stderr: Writable,
	env: NodeJS.ProcessEnv = process.env,
	lang: Lang = 'en',
): ExitCode {
	if (!id) throw new UsageError(removeSays.needsId.en, removeSays.needsId.zh);
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
		stderr.write(
			`baogao: ${sanitizeLine(mine.file)}: ${describeFsError(error, 'cannot remove')}\n`,
		);
		return 2;
	}
	stdout.write(`${removeSays.removed(id, mine.file)[lang]}\n`);
	return 0;
}

// What a corpus cache is made from: every report file's path, size and modification time, and a
// stamp for the code that read them. Any change to a file, a file added or removed, or a new
// version of baogao gives another key, so a stale cache is never used.
import {createHash} from 'node:crypto';
import {statSync} from 'node:fs';
import path from 'node:path';
import {fsPath, listReportFiles} from '../corpus/load.js';

export type CorpusListing = {
	/** The directories, in the order given (the loader's order). */
	dirs: string[];
	/** A digest of every file's path, size and mtime and of the stamp. */
	key: string;
	/** Names the cache file: the directories alone, so an edited corpus replaces its old file. */
	name: string;
};

export function corpusListing(dirs: readonly string[], stamp: string): CorpusListing {
	const resolved = dirs.map((dir) => path.resolve(dir));
	const key = createHash('sha1');
	key.update(`${stamp}\n`);
	for (const dir of resolved) {
		key.update(`dir ${dir}\n`);
		let files: string[];
		try {
			files = listReportFiles(dir);
		} catch (error) {
			key.update(`unreadable ${(error as NodeJS.ErrnoException).code ?? 'error'}\n`);
			continue;
		}
		for (const file of files) {
			let line: string;
			try {
				const stat = statSync(fsPath(file));
				line = `${stat.isFile() ? 'file' : 'other'} ${stat.size} ${stat.mtimeMs} ${stat.ctimeMs}`;
			} catch (error) {
				line = `missing ${(error as NodeJS.ErrnoException).code ?? 'error'}`;
			}
			key.update(`${path.basename(file)}\t${line}\n`);
		}
	}
	const name = createHash('sha1').update(resolved.join('\n')).digest('hex').slice(0, 16);
	return {dirs: resolved, key: key.digest('hex'), name: `corpus-${name}.cache`};
}

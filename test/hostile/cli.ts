// Running the built CLI the way a user's shell does: piped output, a chosen language, no colour,
// and a cache directory of its own so runs do not share state with the user's.
import {type SpawnSyncOptions, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const cli = process.env.BAOGAO_CLI ?? path.join(root, 'dist', 'cli.js');
export const fixtures = path.join(root, 'test', 'fixtures');

/** Builds the CLI when there is none yet (npm test builds it first anyway). */
export function ensureBuilt(): void {
	if (existsSync(cli)) return;
	const result = spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root, stdio: 'inherit'});
	if (result.status !== 0 || !existsSync(cli)) throw new Error(`could not build ${cli}`);
}

export type Run = {
	status: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
};

export type RunOptions = {
	env?: Record<string, string | undefined>;
	cwd?: string;
	uid?: number;
	gid?: number;
	timeout?: number;
};

const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'baogao-hostile-cache-'));

/** Removes the cache directory the runs shared (call in afterAll). */
export function removeCache(): void {
	rmSync(cacheDir, {recursive: true, force: true});
}

export function run(args: string[], options: RunOptions = {}): Run {
	const env: Record<string, string> = {};
	for (const [name, value] of Object.entries({
		...process.env,
		LANG: 'en_US.UTF-8',
		LC_ALL: '',
		NO_COLOR: '1',
		FORCE_COLOR: undefined,
		BAOGAO_CACHE_DIR: cacheDir,
		...options.env,
	})) {
		if (value !== undefined && value !== '') env[name] = value;
	}
	const spawnOptions: SpawnSyncOptions = {
		cwd: options.cwd ?? root,
		env,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		maxBuffer: 256 * 1024 * 1024,
		timeout: options.timeout ?? 60_000,
	};
	if (options.uid !== undefined) spawnOptions.uid = options.uid;
	if (options.gid !== undefined) spawnOptions.gid = options.gid;
	const result = spawnSync(process.execPath, [cli, ...args], spawnOptions);
	if (result.error) throw result.error;
	return {
		status: result.status,
		signal: result.signal,
		stdout: String(result.stdout),
		stderr: String(result.stderr),
	};
}

/** stderr split into lines, without the empty one after the last newline. */
export function stderrLines(result: Run): string[] {
	return result.stderr.split('\n').filter((line) => line !== '');
}

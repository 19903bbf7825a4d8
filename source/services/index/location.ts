// Where cache files live: $BAOGAO_CACHE_DIR, else $XDG_CACHE_HOME/baogao, else ~/.cache/baogao.
import os from 'node:os';
import path from 'node:path';

export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
	if (env.BAOGAO_CACHE_DIR) return path.resolve(env.BAOGAO_CACHE_DIR);
	// The XDG spec says relative paths are invalid and must be ignored.
	if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) {
		return path.join(env.XDG_CACHE_HOME, 'baogao');
	}
	return path.join(os.homedir(), '.cache', 'baogao');
}

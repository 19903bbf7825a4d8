// Identifies the code that made a cache: a cache made by another build of baogao (another
// parser, figure extractor or search table) is not used. scripts/build.mjs sets the build id
// from a digest of the sources; running from the sources (tests) uses "dev".
declare const __BAOGAO_BUILD__: string | undefined;

/** Bumped when the layout of what the cache holds changes. */
const cacheFormat = 1;

export function codeStamp(): string {
	const build = typeof __BAOGAO_BUILD__ === 'string' ? __BAOGAO_BUILD__ : 'dev';
	return `baogao-corpus:${cacheFormat}:${build}`;
}

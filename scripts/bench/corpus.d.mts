// Types for corpus.mjs, for the tests.
export function seededRandom(seed: number): () => number;
export function readSources(reportsDir: string): {
	heads: string[];
	headings: string[];
	sentences: string[];
	captions: string[];
	regions: string[];
};
export function syntheticReport(
	sources: ReturnType<typeof readSources>,
	n: number,
	random: () => number,
): string;
export function writeSyntheticCorpus(
	reportsDir: string,
	dir: string,
	count: number,
	seed?: number,
): string;

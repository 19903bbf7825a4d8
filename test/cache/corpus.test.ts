// The corpus cache as a user meets it: a second start reads the cache, any change to a report
// file is seen, and a damaged, foreign or unwritable cache only costs the time to load again.
import {
	appendFileSync,
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {openCache} from '../../source/cache/container.js';
import {type Corpus, openCorpus} from '../../source/cache/corpus.js';
import {buildCorpusIndex, corpusIndex} from '../../source/cache/index-build.js';
import {readIndex, saveCorpusIndex} from '../../source/cache/index-cache.js';
import {loadDirectories} from '../../source/corpus/load.js';
import {search} from '../../source/search/index.js';

const bundled = path.resolve('reports');
const stamp = 'test-stamp';

function tempDir(prefix: string): string {
	return mkdtempSync(path.join(tmpdir(), `baogao-${prefix}-`));
}

/** Two bundled reports, one broken file, and an empty cache directory. */
function setup() {
	const reports = tempDir('reports');
	cpSync(path.join(bundled, 'leshan.md'), path.join(reports, 'leshan.md'));
	cpSync(path.join(bundled, 'jinan.md'), path.join(reports, 'jinan.md'));
	writeFileSync(path.join(reports, 'broken.md'), '---\ntitle: [\n---\n');
	return {reports, cache: tempDir('cache')};
}

/** What a start builds and saves on a miss (the search command and the app do this). */
function warm(dirs: string[], cacheDir: string): Corpus {
	const corpus = openCorpus(dirs, cacheDir, stamp);
	corpusIndex(corpus);
	return corpus;
}

function cacheFile(cacheDir: string): string {
	const files = readdirSync(cacheDir);
	expect(files).toHaveLength(1);
	return path.join(cacheDir, files[0]!);
}

test('a second start reads reports, problems and index from the cache', () => {
	const {reports, cache} = setup();
	const first = warm([reports], cache);
	expect(first.fromCache).toBe(false);
	const loaded = loadDirectories([reports]);

	const second = openCorpus([reports], cache, stamp);
	expect(second.fromCache).toBe(true);
	expect(second.problems).toEqual(loaded.problems);
	expect(second.reports.map((report) => report.meta)).toEqual(
		loaded.reports.map((report) => report.meta),
	);
	const leshan = second.reports.find((report) => report.meta.id === 'leshan')!;
	expect(second.stats(leshan)).toEqual({
		chars: expect.any(Number),
		figures: expect.any(Number),
		sections: 4,
	});
	// Text is read from the file when asked for, and is what loading gives.
	expect(leshan.sections).toEqual(loaded.reports.find((r) => r.meta.id === 'leshan')!.sections);

	const index = corpusIndex(second);
	const built = buildCorpusIndex(loaded.reports).index;
	expect(index).toEqual(built);
	for (const query of ['laomo', '职工书屋', 'ldmf', '劳动模范']) {
		expect(search(index, query)).toEqual(search(built, query));
	}
});

test('figures can be left out of the loaded index and made for the hits that need them', () => {
	const {reports, cache} = setup();
	warm([reports], cache);
	const corpus = openCorpus([reports], cache, stamp);
	const reader = openCache(corpus.cache!.file, corpus.cache!.identity)!;
	const loaded = readIndex(reader, {detachFigures: true})!;
	reader.close();
	const built = buildCorpusIndex(loadDirectories([reports]).reports).index;
	const figureItems = built.items.filter((item) => item.kind === 'figure');
	expect(figureItems.length).toBeGreaterThan(0);
	expect(loaded.index.items.filter((item) => item.figure)).toEqual([]);
	loaded.index.items.forEach((item, i) => {
		expect(loaded.figureOf(item)).toEqual(built.items[i]!.figure);
	});
	// As the hits cross to the app's thread (a structured clone), without the figures.
	const strip = (hits: ReturnType<typeof search>) =>
		structuredClone(hits.map(({item: {figure: _, ...item}, ...hit}) => ({...hit, item})));
	for (const query of ['laomo', '个', '职工书屋']) {
		expect(strip(search(loaded.index, query))).toEqual(strip(search(built, query)));
	}
});

test('changing, touching, adding or removing a report file means a fresh load', () => {
	const {reports, cache} = setup();
	const file = path.join(reports, 'leshan.md');
	const changes: Array<[string, () => void]> = [
		['edited', () => appendFileSync(file, '\n新增的一段。\n')],
		[
			'same size, new time',
			() => {
				const text = readFileSync(file, 'utf8').replace('劳动创造幸福', '劳动创造财富');
				writeFileSync(file, text);
				utimesSync(file, new Date(), new Date(Date.now() + 5000));
			},
		],
		['added', () => cpSync(path.join(bundled, 'cuiping.md'), path.join(reports, 'cuiping.md'))],
		['removed', () => rmSync(path.join(reports, 'jinan.md'))],
	];
	for (const [what, change] of changes) {
		warm([reports], cache);
		expect(openCorpus([reports], cache, stamp).fromCache, `${what}: before`).toBe(true);
		change();
		const after = openCorpus([reports], cache, stamp);
		expect(after.fromCache, what).toBe(false);
		expect(after.reports.map((report) => report.meta.id).sort()).toEqual(
			loadDirectories([reports])
				.reports.map((report) => report.meta.id)
				.sort(),
		);
	}
	// Another build of baogao does not use this one's cache either.
	warm([reports], cache);
	expect(openCorpus([reports], cache, 'another-stamp').fromCache).toBe(false);
});

test('a damaged cache file is ignored and replaced', () => {
	const {reports, cache} = setup();
	warm([reports], cache);
	const file = cacheFile(cache);
	const good = readFileSync(file);
	for (const at of [20, Math.floor(good.length / 2), good.length - 100]) {
		const damaged = Buffer.from(good);
		damaged[at]! ^= 0x55;
		writeFileSync(file, damaged);
		const corpus = openCorpus([reports], cache, stamp);
		// The library or the index part (or the header) no longer checks out: either way the
		// answers are those of a fresh load.
		expect(corpus.reports.map((report) => report.meta)).toEqual(
			loadDirectories([reports]).reports.map((report) => report.meta),
		);
		const index = corpusIndex(corpus);
		expect(search(index, 'laomo')).toEqual(
			search(buildCorpusIndex(loadDirectories([reports]).reports).index, 'laomo'),
		);
		// corpusIndex saved a good cache again.
		expect(openCorpus([reports], cache, stamp).fromCache, `byte ${at}`).toBe(true);
	}
});

test('a foreign file where the cache would be is not trusted, and is replaced', () => {
	const {reports, cache} = setup();
	warm([reports], cache);
	const file = cacheFile(cache);
	writeFileSync(file, JSON.stringify({reports: [{file: '/etc/passwd', meta: {id: 'evil'}}]}));
	const corpus = openCorpus([reports], cache, stamp);
	expect(corpus.fromCache).toBe(false);
	expect(corpus.reports.map((report) => report.meta.id)).not.toContain('evil');
	corpusIndex(corpus);
	expect(openCorpus([reports], cache, stamp).fromCache).toBe(true);
});

test('an unwritable cache directory changes nothing but speed', () => {
	const {reports} = setup();
	const dir = tempDir('unwritable');
	const notADir = path.join(dir, 'file');
	writeFileSync(notADir, 'a file where the cache directory should be');
	const corpus = openCorpus([reports], notADir, stamp);
	expect(corpus.fromCache).toBe(false);
	const built = buildCorpusIndex(corpus.reports);
	expect(saveCorpusIndex(corpus.cache, corpus, built)).toBe(false);
	expect(search(corpusIndex(corpus), 'laomo').length).toBeGreaterThan(0);
	expect(openCorpus([reports], notADir, stamp).fromCache).toBe(false);
	expect(readdirSync(dir)).toEqual(['file']);
});

test('a report file that goes away after start-up reads as a note, not a crash', () => {
	const {reports, cache} = setup();
	warm([reports], cache);
	const corpus = openCorpus([reports], cache, stamp);
	rmSync(path.join(reports, 'jinan.md'));
	const jinan = corpus.reports.find((report) => report.meta.id === 'jinan')!;
	expect(jinan.sections).toEqual([
		{title: '', blocks: [{kind: 'paragraph', text: expect.stringContaining('jinan.md')}]},
	]);
});

test('with caching off nothing is written', () => {
	const {reports} = setup();
	const corpus = openCorpus([reports], undefined, stamp);
	expect(corpus.cache).toBeUndefined();
	expect(corpus.fromCache).toBe(false);
	expect(search(corpusIndex(corpus), 'laomo').length).toBeGreaterThan(0);
});

// The app's search thread, with a stand-in thread (test/fixtures/search-thread): what a query
// waits for, and what answers when the thread cannot.
import {afterEach, describe, expect, test} from 'vitest';
import type {CountedHits} from '../../source/search/search.js';
import {
	type BackgroundSearch,
	startBackgroundSearch,
} from '../../source/services/index/background-search.js';

const workerFile = new URL('../fixtures/search-thread/echo-worker.mjs', import.meta.url);

let background: BackgroundSearch | undefined;
afterEach(() => background?.close());

/** The calling thread's answer: one hit saying so. */
function answeredHere(query: string): CountedHits {
	const item = {
		kind: 'paragraph' as const,
		report: 'here',
		region: '',
		section: 0,
		block: 0,
		sectionTitle: '',
		text: query,
	};
	return {
		hits: [{item, score: 1, ranges: []}],
		counts: {section: 0, paragraph: 1, figure: 0, caption: 0},
	};
}

const texts = (found: CountedHits | undefined) => found?.hits.map((hit) => hit.item.text);
const where = (found: CountedHits | undefined) => found?.hits[0]?.item.report;

describe('the search thread', () => {
	test('answers a query', async () => {
		background = startBackgroundSearch(workerFile, {dirs: []}, answeredHere);
		const found = await background.search('劳模', {});
		expect(texts(found)).toEqual(['劳模']);
		expect(where(found)).toMatch(/^thread-/);
	});

	test('a newer query waiting resolves the one it replaces as superseded', async () => {
		background = startBackgroundSearch(workerFile, {dirs: []}, answeredHere);
		const first = background.search('forever', {});
		const second = background.search('lao', {});
		const third = background.search('laomo', {});
		expect(await second).toBeUndefined();
		expect(texts(await third)).toEqual(['laomo']);
		expect(await first).toBeUndefined();
	});

	test('a newer query is not held up by a search that never ends', async () => {
		background = startBackgroundSearch(workerFile, {dirs: []}, answeredHere);
		// Quick searches keep to one thread.
		const first = where(await background.search('职', {}));
		expect(where(await background.search('职工书', {}))).toBe(first);
		const endless = background.search('forever', {});
		const next = background.search('职工', {});
		const found = await next;
		expect(texts(found)).toEqual(['职工']);
		// Taken by another thread, not answered here.
		expect(where(found)).toMatch(/^thread-/);
		expect(where(found)).not.toBe(first);
		expect(await endless).toBeUndefined();
		// And again, on the thread started to be ready next.
		const more = background.search('forever', {});
		expect(texts(await background.search('书屋', {}))).toEqual(['书屋']);
		expect(await more).toBeUndefined();
	});

	test('a thread that cannot open the index leaves the searches to the calling thread', async () => {
		background = startBackgroundSearch(workerFile, {dirs: ['fail']}, answeredHere);
		const found = await background.search('劳模', {});
		expect(where(found)).toBe('here');
		expect(texts(await background.search('ldmf', {}))).toEqual(['ldmf']);
	});

	test('a thread that ends mid-search leaves that search and the next to the calling thread', async () => {
		background = startBackgroundSearch(workerFile, {dirs: []}, answeredHere);
		expect(where(await background.search('crash', {}))).toBe('here');
		expect(where(await background.search('劳模', {}))).toBe('here');
	});

	test('after close, nothing is left waiting', async () => {
		background = startBackgroundSearch(workerFile, {dirs: []}, answeredHere);
		const endless = background.search('forever', {});
		const next = background.search('劳模', {});
		background.close();
		expect(await endless).toBeUndefined();
		expect(await next).toBeUndefined();
		expect(where(await background.search('ldmf', {}))).toBe('here');
	});
});

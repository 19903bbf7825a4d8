// The app's search, on a thread of its own: it loads the index (from the cache, or builds and
// saves it) and answers queries, so a slow search or a slow start never holds up a keystroke.
// Started by background-search.ts with the directories and cache the app opened.
import {parentPort, workerData} from 'node:worker_threads';
import {loadDirectories} from '../corpus/load.js';
import {type Hit, searchCounted} from '../search/index.js';
import {openCache} from './container.js';
import {buildCorpusIndex} from './index-build.js';
import {type LoadedIndex, readIndex, saveCorpusIndex} from './index-cache.js';
import type {WorkerReply, WorkerRequest, WorkerStart} from './worker-messages.js';

function loadIndex(start: WorkerStart): LoadedIndex {
	if (start.cache && start.fromCache) {
		const reader = openCache(start.cache.file, start.cache.identity);
		if (reader) {
			// Figures are made only for the hits sent back: memory for large corpora.
			const loaded = readIndex(reader, {detachFigures: true});
			reader.close();
			if (loaded) return loaded;
		}
	}
	const loaded = loadDirectories(start.dirs);
	const built = buildCorpusIndex(loaded.reports);
	saveCorpusIndex(start.cache, loaded, built);
	return {index: built.index, figureOf: (item) => item.figure};
}

/** Hits as the app expects them: figure items with their figure. */
function withFigures(hits: Hit[], loaded: LoadedIndex): Hit[] {
	return hits.map((hit) => {
		if (hit.item.kind !== 'figure' || hit.item.figure) return hit;
		const figure = loaded.figureOf(hit.item);
		return figure ? {...hit, item: {...hit.item, figure}} : hit;
	});
}

const noCounts = {section: 0, paragraph: 0, figure: 0, caption: 0};

const port = parentPort;
if (port) {
	const start = workerData as WorkerStart;
	let loaded: LoadedIndex | undefined;
	try {
		loaded = loadIndex(start);
		port.postMessage({type: 'ready'} satisfies WorkerReply);
	} catch (error) {
		port.postMessage({type: 'failed', message: String(error)} satisfies WorkerReply);
	}
	port.on('message', (request: WorkerRequest) => {
		let reply: WorkerReply;
		try {
			const found = loaded
				? searchCounted(loaded.index, request.query, request.options)
				: {hits: [], counts: noCounts};
			const hits = loaded ? withFigures(found.hits, loaded) : [];
			reply = {type: 'hits', id: request.id, found: {hits, counts: found.counts}};
		} catch {
			// A query the search cannot read finds nothing rather than stopping the app.
			reply = {type: 'hits', id: request.id, found: {hits: [], counts: noCounts}};
		}
		port.postMessage(reply);
	});
}

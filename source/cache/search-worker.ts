// The app's search, on a thread of its own: it loads the index (from the cache, or builds and
// saves it) and answers queries, so a slow search or a slow start never holds up a keystroke.
// Started by background-search.ts with the directories and cache the app opened.
import {parentPort, workerData} from 'node:worker_threads';
import {loadDirectories} from '../corpus/load.js';
import {type SearchIndex, search} from '../search/index.js';
import {openCache} from './container.js';
import {buildCorpusIndex} from './index-build.js';
import {readIndex, saveCorpusIndex} from './index-cache.js';
import type {WorkerReply, WorkerRequest, WorkerStart} from './worker-messages.js';

function loadIndex(start: WorkerStart): SearchIndex {
	if (start.cache && start.fromCache) {
		const reader = openCache(start.cache.file, start.cache.identity);
		if (reader) {
			const index = readIndex(reader);
			reader.close();
			if (index) return index;
		}
	}
	const loaded = loadDirectories(start.dirs);
	const built = buildCorpusIndex(loaded.reports);
	saveCorpusIndex(start.cache, loaded, built);
	return built.index;
}

const port = parentPort;
if (port) {
	const start = workerData as WorkerStart;
	let index: SearchIndex | undefined;
	try {
		index = loadIndex(start);
		port.postMessage({type: 'ready'} satisfies WorkerReply);
	} catch (error) {
		port.postMessage({type: 'failed', message: String(error)} satisfies WorkerReply);
	}
	port.on('message', (request: WorkerRequest) => {
		let reply: WorkerReply;
		try {
			reply = {
				type: 'hits',
				id: request.id,
				hits: index ? search(index, request.query, request.options) : [],
			};
		} catch {
			// A query the search cannot read finds nothing rather than stopping the app.
			reply = {type: 'hits', id: request.id, hits: []};
		}
		port.postMessage(reply);
	});
}

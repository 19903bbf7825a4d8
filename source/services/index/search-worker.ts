// The app's search, on a thread of its own with its own connection to the index the app opened
// (WAL: it reads while others write), so a slow search never holds up a keystroke. Started by
// background-search.ts.
import {parentPort, workerData} from 'node:worker_threads';
import {loadDirectories} from '../../corpus/load.js';
import {extractFigures} from '../../figures/extract.js';
import {buildIndex, search as searchIndex} from '../../search/index.js';
import {openForSearch} from './database.js';
import {type IndexedSearch, indexedSearch} from './search.js';
import type {WorkerReply, WorkerRequest, WorkerStart} from './worker-messages.js';

const port = parentPort;
if (port) {
	const start = workerData as WorkerStart;
	let search: IndexedSearch | undefined;
	if ('file' in start) {
		const db = openForSearch(start.file);
		if (db) search = indexedSearch(db, start.reports);
	} else {
		const {reports} = loadDirectories(start.dirs);
		const index = buildIndex(reports, reports.flatMap(extractFigures));
		search = (query, options) => searchIndex(index, query, options);
	}
	port.postMessage(
		search
			? ({type: 'ready'} satisfies WorkerReply)
			: ({type: 'failed', message: 'cannot open the index'} satisfies WorkerReply),
	);
	port.on('message', (request: WorkerRequest) => {
		let reply: WorkerReply;
		try {
			reply = {
				type: 'hits',
				id: request.id,
				hits: search ? search(request.query, request.options) : [],
			};
		} catch {
			// A query the search cannot read finds nothing rather than stopping the app.
			reply = {type: 'hits', id: request.id, hits: []};
		}
		port.postMessage(reply);
	});
}

// The app's search, on a thread of its own with its own connection to the index the app opened
// (WAL: it reads while others write), so a slow search never holds up a keystroke. Started by
// background-search.ts.
import {parentPort, workerData} from 'node:worker_threads';
import {loadDirectories} from '../../corpus/load.js';
import {extractFigures} from '../../figures/extract.js';
import {buildIndex, searchCounted} from '../../search/index.js';
import {openForSearch} from './database.js';
import {type IndexedSearch, indexedSearch} from './search.js';
import type {WorkerReply, WorkerRequest, WorkerStart} from './worker-messages.js';

const noCounts = {section: 0, paragraph: 0, figure: 0, caption: 0};

const port = parentPort;
if (port) {
	const start = workerData as WorkerStart;
	let search: IndexedSearch['searchCounted'] | undefined;
	if ('file' in start) {
		const db = openForSearch(start.file);
		if (db) search = indexedSearch(db, start.reports).searchCounted;
	} else {
		const {reports} = loadDirectories(start.dirs);
		const index = buildIndex(reports, reports.flatMap(extractFigures));
		search = (query, options) => searchCounted(index, query, options);
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
				found: search ? search(request.query, request.options) : {hits: [], counts: noCounts},
			};
		} catch {
			// A query the search cannot read finds nothing rather than stopping the app.
			reply = {type: 'hits', id: request.id, found: {hits: [], counts: noCounts}};
		}
		port.postMessage(reply);
	});
}

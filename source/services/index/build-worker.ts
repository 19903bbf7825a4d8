// A build thread: reads, parses and extracts the figures of the report files it is sent, and
// makes their rows (prepare-file.ts), while the main thread inserts the rows of earlier files
// into the index in its one transaction. Started by build-threads.ts.
import {parentPort, workerData} from 'node:worker_threads';
import {extractFigures} from '../../figures/extract.js';
import type {BuildReply, BuildRequest, BuildStart} from './build-threads.js';
import {type PreparedFile, prepareFile, skipsHash} from './prepare-file.js';

const port = parentPort;
if (port) {
	const gone = new Set((workerData as BuildStart).gone);
	const pairsSeen = new Set<number>();
	port.on('message', (request: BuildRequest) => {
		let reply: BuildReply;
		try {
			const prepared: PreparedFile[] = request.files.map(([file, rowHash]) =>
				prepareFile(file, (hash) => skipsHash(hash, rowHash, gone), extractFigures, pairsSeen),
			);
			reply = {batch: request.batch, prepared};
		} catch (error) {
			reply = {batch: request.batch, failed: String(error)};
		}
		port.postMessage(reply);
	});
}

// The app's side of the search thread. Only the latest query matters: while one search runs,
// a newer query replaces any waiting one (which resolves as superseded), so a burst of keys
// costs one search at a time, and the results shown are for what is typed now.
import {Worker} from 'node:worker_threads';
import type {CountedHits} from '../../search/search.js';
import type {SearchOptions} from '../../search/types.js';
import type {WorkerReply, WorkerRequest, WorkerStart} from './worker-messages.js';

/** Resolves undefined when a newer query took its place. */
type SearchInBackground = (
	query: string,
	options: SearchOptions,
) => Promise<CountedHits | undefined>;

export type BackgroundSearch = {
	search: SearchInBackground;
	/** Stops the thread; searches still asked for run on the calling thread. */
	close(): void;
};

type Waiting = {
	query: string;
	options: SearchOptions;
	resolve: (found: CountedHits | undefined) => void;
};

/**
 * Starts the search thread from `workerFile`. `fallback` answers on the calling thread when the
 * thread cannot start or fails.
 */
export function startBackgroundSearch(
	workerFile: URL,
	start: WorkerStart,
	fallback: (query: string, options: SearchOptions) => CountedHits,
): BackgroundSearch {
	let worker: Worker | undefined;
	let ready = false;
	let failed = false;
	let nextId = 0;
	let running: (Waiting & {id: number}) | undefined;
	let waiting: Waiting | undefined;

	const answerHere = (request: Waiting) => {
		let found: CountedHits;
		try {
			found = fallback(request.query, request.options);
		} catch {
			found = {hits: [], counts: {section: 0, paragraph: 0, figure: 0, caption: 0}};
		}
		request.resolve(found);
	};
	const fail = () => {
		if (failed) return;
		failed = true;
		void worker?.terminate();
		worker = undefined;
		const left = [running, waiting];
		running = undefined;
		waiting = undefined;
		for (const request of left) if (request) answerHere(request);
	};
	const pump = () => {
		if (!ready || running || !waiting || !worker) return;
		running = {...waiting, id: ++nextId};
		waiting = undefined;
		worker.postMessage({
			id: running.id,
			query: running.query,
			options: running.options,
		} satisfies WorkerRequest);
	};

	try {
		worker = new Worker(workerFile, {
			workerData: start,
			// A young generation smaller than V8's default for a large heap: loading an index is
			// a burst of short-lived allocations, and this keeps the process's peak some 100 MB
			// lower at 10,000 reports, for no measurable cost in time.
			resourceLimits: {maxYoungGenerationSizeMb: 32},
		});
		// The app exits when the user quits, whatever the thread is doing.
		worker.unref();
		worker.on('message', (reply: WorkerReply) => {
			if (reply.type === 'ready') {
				ready = true;
				pump();
			} else if (reply.type === 'failed') {
				fail();
			} else if (running?.id === reply.id) {
				const done = running;
				running = undefined;
				done.resolve(reply.found);
				pump();
			}
		});
		worker.on('error', fail);
		worker.on('exit', fail);
	} catch {
		failed = true;
	}

	return {
		search(query, options) {
			return new Promise((resolve) => {
				const request = {query, options, resolve};
				if (failed) {
					answerHere(request);
					return;
				}
				waiting?.resolve(undefined);
				waiting = request;
				pump();
			});
		},
		close() {
			failed = true;
			const left = [running, waiting];
			running = undefined;
			waiting = undefined;
			for (const request of left) request?.resolve(undefined);
			void worker?.terminate();
			worker = undefined;
		},
	};
}

// The app's side of the search thread. Only the latest query matters: while one search runs,
// a newer query replaces any waiting one (which resolves as superseded), so a burst of keys
// costs one search at a time, and the results shown are for what is typed now.
//
// A search cannot be stopped half-way, and at 10,000 reports some take seconds (a one-syllable
// pinyin query, lao: 1.6 s of CPU; a first char, 劳 or 职, took 4-5 s before the index ranked
// lone chars). Waiting for one before the query typed after it left results 4.6 s behind the
// keys. So when a newer query waits behind a search that has run for a while, a second thread
// is started (kept from then on: the library is one where searches can be slow), and once it is
// ready the busy thread is stopped and the ready one takes the query. A small library never
// needs it: a second thread started with the first cost its quick searches 100-200 ms (two
// threads loading at once on a busy machine).
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
	/** Stops the threads; searches still asked for run on the calling thread. */
	close(): void;
};

type Waiting = {
	query: string;
	options: SearchOptions;
	resolve: (found: CountedHits | undefined) => void;
};

type Running = Waiting & {id: number; since: number};

type Thread = {
	worker: Worker;
	ready: boolean;
	running: Running | undefined;
	/** Stopped on purpose: its exit is no failure. */
	retired: boolean;
};

/**
 * A search that has run this long is given up for a newer query (when a ready thread can take
 * it). It is one of the slow kind: at 10,000 reports a pinyin prefix takes 0.6-1.6 s. Sooner
 * is worse: a new thread's first search costs 100-300 ms more (the search's tables are made on
 * first use), and at 40 ms the hand-overs of a small library's quick searches left its results
 * 200-380 ms behind the last key instead of 35 ms.
 */
const giveUpAfterMs = 250;

/**
 * Starts the search thread from `workerFile`. `fallback` answers on the calling thread when the
 * thread cannot start or fails.
 */
export function startBackgroundSearch(
	workerFile: URL,
	start: WorkerStart,
	fallback: (query: string, options: SearchOptions) => CountedHits,
): BackgroundSearch {
	let failed = false;
	let nextId = 0;
	let current: Thread | undefined;
	let spare: Thread | undefined;
	let waiting: Waiting | undefined;
	let recheck: NodeJS.Timeout | undefined;

	const answerHere = (request: Waiting) => {
		let found: CountedHits;
		try {
			found = fallback(request.query, request.options);
		} catch {
			found = {hits: [], counts: {section: 0, paragraph: 0, figure: 0, caption: 0}};
		}
		request.resolve(found);
	};
	const retire = (thread: Thread | undefined) => {
		if (!thread) return;
		thread.retired = true;
		void thread.worker.terminate();
	};
	/** Stops both threads for good; the requests they held are settled by `settle`. */
	const stop = (settle: (request: Waiting) => void) => {
		failed = true;
		clearTimeout(recheck);
		const left = [current?.running, waiting];
		retire(current);
		retire(spare);
		current = undefined;
		spare = undefined;
		waiting = undefined;
		for (const request of left) if (request) settle(request);
	};
	/** Every request left is answered here from now on. */
	const fail = () => {
		if (!failed) stop(answerHere);
	};

	const pump = () => {
		if (failed || !waiting || !current) return;
		// The thread started second may be ready first.
		if (!current.ready && spare?.ready) [current, spare] = [spare, current];
		if (current.running) {
			const ranFor = performance.now() - current.running.since;
			if (ranFor < giveUpAfterMs) {
				clearTimeout(recheck);
				recheck = setTimeout(pump, giveUpAfterMs - ranFor);
				recheck.unref();
				return;
			}
			// Its 'ready' comes back here.
			spare ??= startThread();
			if (!spare?.ready) return;
			// Hand over: the busy thread's search is superseded, the ready one takes the query,
			// and another is started to be ready next.
			const superseded = current.running;
			retire(current);
			current = spare;
			spare = startThread();
			superseded.resolve(undefined);
		}
		if (!current.ready || current.running) return;
		const request = waiting;
		waiting = undefined;
		current.running = {...request, id: ++nextId, since: performance.now()};
		current.worker.postMessage({
			id: current.running.id,
			query: request.query,
			options: request.options,
		} satisfies WorkerRequest);
	};

	function startThread(): Thread | undefined {
		let worker: Worker;
		try {
			worker = new Worker(workerFile, {
				workerData: start,
				// A young generation smaller than V8's default for a large heap: loading an index
				// is a burst of short-lived allocations, and this keeps the process's peak some
				// 100 MB lower at 10,000 reports, for no measurable cost in time.
				resourceLimits: {maxYoungGenerationSizeMb: 32},
			});
		} catch {
			fail();
			return undefined;
		}
		const thread: Thread = {worker, ready: false, running: undefined, retired: false};
		// The app exits when the user quits, whatever the thread is doing.
		worker.unref();
		worker.on('message', (reply: WorkerReply) => {
			if (thread.retired) return;
			if (reply.type === 'ready') {
				thread.ready = true;
				pump();
			} else if (reply.type === 'failed') {
				fail();
			} else if (thread.running?.id === reply.id) {
				const done = thread.running;
				thread.running = undefined;
				done.resolve(reply.found);
				pump();
			}
		});
		const onEnd = () => {
			if (!thread.retired) fail();
		};
		worker.on('error', onEnd);
		worker.on('exit', onEnd);
		return thread;
	}

	current = startThread();

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
			stop((request) => request.resolve(undefined));
		},
	};
}

// The rows of the files a build indexes, made on build threads (build-worker.ts) while the
// caller inserts them, and handed over in the files' order; or made on the calling thread when
// there are few files or no thread script (run from sources).
//
// Measured, a first build of 1,000 synthetic reports (search 劳模 --json, empty cache): the main
// thread's CPU went from 3.9-4.1 s (everything on it) to 1.7-1.8 s (the inserts), the process's
// from 4.4-4.7 s to 4.6-4.9 s with two threads (each loads the tables; rows are copied between
// threads) and 4.3-4.7 s with one. The machine (2 cores) was at load 7-10, so the wall times
// (8-16 s either way) said nothing; on idle cores the build takes about its CPU over two.
import {availableParallelism} from 'node:os';
import {Worker} from 'node:worker_threads';
import type {Report} from '../../corpus/types.js';
import type {Figure} from '../../figures/types.js';
import {type PreparedFile, prepareFile, skipsHash} from './prepare-file.js';

/** What a build thread is started with: digests of the rows of files gone (moves). */
export type BuildStart = {gone: string[]};
/** Files to prepare, each with the digest of its row (null when it has none). */
export type BuildRequest = {batch: number; files: Array<[file: string, rowHash: string | null]>};
export type BuildReply =
	{batch: number; prepared: PreparedFile[]} | {batch: number; failed: string};

type FileToPrepare = {file: string; rowHash: string | null};

type Preparing = {
	/** The build thread's script; undefined prepares every file on the calling thread. */
	workerFile: URL | undefined;
	figuresOf: (report: Report) => Figure[];
	/** The calling thread's pinyin pairs made so far (see prepareFile). */
	pairsSeen: Set<number>;
};

/**
 * Below this many files the threads are not started: each loads the parser, extractor and
 * pinyin tables again before its first file (not measured apart; the same 50 as the progress
 * bar's).
 */
const threadsFromFiles = 50;
/** Files per message. */
const batchFiles = 8;
/** Batches sent and not yet taken by the caller, per thread: the rows waiting stay few. */
const batchesAhead = 3;

/** The prepared rows of `files`, in their order (see the top of this file). */
export function preparedFiles(
	files: readonly FileToPrepare[],
	gone: ReadonlySet<string>,
	how: Preparing,
): AsyncIterable<PreparedFile> | Iterable<PreparedFile> {
	if (!how.workerFile || files.length < threadsFromFiles) return preparedHere(files, gone, how);
	return preparedOnThreads(files, gone, how.workerFile);
}

function* preparedHere(
	files: readonly FileToPrepare[],
	gone: ReadonlySet<string>,
	{figuresOf, pairsSeen}: Preparing,
): Iterable<PreparedFile> {
	for (const {file, rowHash} of files) {
		yield prepareFile(file, (hash) => skipsHash(hash, rowHash, gone), figuresOf, pairsSeen);
	}
}

async function* preparedOnThreads(
	files: readonly FileToPrepare[],
	gone: ReadonlySet<string>,
	workerFile: URL,
): AsyncIterable<PreparedFile> {
	const batches: BuildRequest[] = [];
	for (let at = 0; at < files.length; at += batchFiles) {
		batches.push({
			batch: batches.length,
			files: files.slice(at, at + batchFiles).map(({file, rowHash}) => [file, rowHash]),
		});
	}
	// Two threads on two cores: one thread's 2.5-2.9 s of CPU (the 1,000 reports above: the
	// process's less the main thread's) would be the build's length; two share it.
	const threads = Math.max(1, Math.min(2, availableParallelism()));
	const start: BuildStart = {gone: [...gone]};
	const done = new Map<number, PreparedFile[]>();
	let failure: Error | undefined;
	let wake: (() => void) | undefined;
	let sent = 0;
	let taken = 0;
	const workers: Worker[] = [];
	const topUp = () => {
		for (const worker of workers) {
			if (sent < batches.length && sent - taken < threads * batchesAhead) {
				worker.postMessage(batches[sent++]);
			}
		}
	};
	const fail = (error: Error) => {
		failure ??= error;
		wake?.();
	};
	try {
		for (let thread = 0; thread < threads; thread++) {
			const worker = new Worker(workerFile, {workerData: start});
			worker.on('message', (reply: BuildReply) => {
				if ('failed' in reply) return fail(new Error(reply.failed));
				done.set(reply.batch, reply.prepared);
				// The thread that answered gets the next batch, as far as the window allows.
				if (sent < batches.length && sent - taken < threads * batchesAhead) {
					worker.postMessage(batches[sent++]);
				}
				wake?.();
			});
			worker.on('error', fail);
			worker.on('exit', (code) => fail(new Error(`a build thread stopped (exit ${code})`)));
			workers.push(worker);
		}
		topUp();
		topUp();
		for (; taken < batches.length; taken++) {
			let batch;
			while (!(batch = done.get(taken))) {
				if (failure) throw failure;
				await new Promise<void>((resolve) => (wake = resolve));
			}
			done.delete(taken);
			topUp();
			yield* batch;
		}
	} finally {
		for (const worker of workers) {
			worker.removeAllListeners('exit');
			void worker.terminate();
		}
	}
}

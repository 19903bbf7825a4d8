// What the app and its search thread say to each other.
import type {CountedHits} from '../../search/search.js';
import type {SearchOptions} from '../../search/types.js';
import type {IndexedReport} from './search.js';

export type WorkerStart =
	| {
			/** The index database the app opened and brought up to date. */
			file: string;
			/** The corpus's reports as rows of the index, in corpus order. */
			reports: IndexedReport[];
	  }
	| {
			/** No index file (the cache is off): the thread loads these and indexes in memory. */
			dirs: string[];
	  };

export type WorkerRequest = {id: number; query: string; options: SearchOptions};

export type WorkerReply =
	| {type: 'ready'}
	| {type: 'failed'; message: string}
	| {type: 'hits'; id: number; found: CountedHits};

// What the app and its search thread say to each other.
import type {CountedHits} from '../search/search.js';
import type {SearchOptions} from '../search/types.js';
import type {CacheIdentity} from './container.js';

export type WorkerStart = {
	dirs: string[];
	cache: {file: string; identity: CacheIdentity} | undefined;
	/** Whether the app's reports came from the cache; if not, its index is not used either. */
	fromCache: boolean;
};

export type WorkerRequest = {id: number; query: string; options: SearchOptions};

export type WorkerReply =
	| {type: 'ready'}
	| {type: 'failed'; message: string}
	| {type: 'hits'; id: number; found: CountedHits};

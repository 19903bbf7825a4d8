// Runs searches off the keystroke path. Each change of query or kind bumps the view's
// generation; the search for it starts on a timer, so a burst of keys cancels the searches it
// overtakes, and a result that still arrives late is dropped by the reducer. When the services
// have a search thread (searchInBackground), the search runs there and no timer is needed.
import {type Dispatch, useEffect, useRef} from 'react';
import type {Hit} from '../../search/types.js';
import type {AppServices} from '../app/services.js';
import type {Action, SearchView} from '../app/views.js';

/** Results listed; more are rarely read and cost time to draw. */
export const resultLimit = 200;

/** Waits this long before searching again when the last search was slow (ms). */
function debounceFor(lastCost: number): number {
	return lastCost > 16 ? Math.min(150, Math.ceil(lastCost)) : 0;
}

export function useSearchResults(
	view: SearchView | undefined,
	dispatch: Dispatch<Action>,
	services: AppServices,
): void {
	const lastCost = useRef(0);
	const generation = view?.generation;
	const query = view?.query ?? '';
	const kind = view?.kind ?? 'all';
	useEffect(() => {
		if (generation === undefined) return;
		if (!query.trim()) {
			dispatch({type: 'results', generation, hits: []});
			return;
		}
		if (services.searchInBackground) {
			let current = true;
			const options = {...(kind === 'all' ? {} : {kind}), limit: resultLimit};
			services.searchInBackground(query, options).then(
				(hits) => {
					if (current && hits) dispatch({type: 'results', generation, hits});
				},
				() => {
					if (current) dispatch({type: 'results', generation, hits: []});
				},
			);
			return () => {
				current = false;
			};
		}
		const timer = setTimeout(() => {
			const started = performance.now();
			let hits: Hit[];
			try {
				hits = services.search(query, {...(kind === 'all' ? {} : {kind}), limit: resultLimit});
			} catch {
				// A query the search module cannot read finds nothing rather than stopping the app.
				hits = [];
			}
			lastCost.current = performance.now() - started;
			dispatch({type: 'results', generation, hits});
		}, debounceFor(lastCost.current));
		return () => clearTimeout(timer);
	}, [generation, query, kind, dispatch, services]);
}

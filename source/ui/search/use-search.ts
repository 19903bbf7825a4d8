// Runs searches off the keystroke path. Each change of query or kind bumps the view's
// generation; the search for it starts on a timer, so a burst of keys cancels the searches it
// overtakes, and a result that still arrives late is dropped by the reducer. When the services
// have a search thread (searchInBackground), the search runs there and no timer is needed.
import {useEffect, useRef} from 'react';
import type {CountedHits} from '../../search/search.js';
import type {AppServices} from '../../services/services.js';
import {type KindCounts, searchQuery, type SearchView} from './search-state.js';

/** Results listed; more are rarely read and cost time to draw. */
const resultLimit = 200;

/** Waits this long before searching again when the last search was slow (ms). */
function debounceFor(lastCost: number): number {
	return lastCost > 16 ? Math.min(150, Math.ceil(lastCost)) : 0;
}

function noCounts(): KindCounts {
	return {section: 0, paragraph: 0, figure: 0, caption: 0};
}

export function useSearchResults(
	view: SearchView | undefined,
	/** Called with each search's hits and the generation they answer (stable across renders). */
	onResults: (generation: number, found: CountedHits) => void,
	services: AppServices,
): void {
	const lastCost = useRef(0);
	// Back from a reader opened from it, the search already has its results.
	const generation = view && view.resultsFor !== view.generation ? view.generation : undefined;
	const query = view ? searchQuery(view) : '';
	const kind = view?.kind ?? 'all';
	useEffect(() => {
		if (generation === undefined) return;
		if (!query.trim()) {
			onResults(generation, {hits: [], counts: noCounts()});
			return;
		}
		if (services.searchInBackground) {
			let current = true;
			const options = {...(kind === 'all' ? {} : {kind}), limit: resultLimit};
			services.searchInBackground(query, options).then(
				(found) => {
					if (current && found) onResults(generation, found);
				},
				() => {
					if (current) onResults(generation, {hits: [], counts: noCounts()});
				},
			);
			return () => {
				current = false;
			};
		}
		const timer = setTimeout(() => {
			const started = performance.now();
			let found: CountedHits;
			try {
				found = services.searchCounted(query, {
					...(kind === 'all' ? {} : {kind}),
					limit: resultLimit,
				});
			} catch {
				// A query the search module cannot read finds nothing rather than stopping the app.
				found = {hits: [], counts: noCounts()};
			}
			lastCost.current = performance.now() - started;
			onResults(generation, found);
		}, debounceFor(lastCost.current));
		return () => clearTimeout(timer);
	}, [generation, query, kind, onResults, services]);
}

// Earlier queries, as the search fields walk through them: oldest first, each once, at most
// `historyLength` of them. The reducer keeps this list; the app saves each new query to the
// state store's history table (which keeps its own 100 and dedupes per scope).

/** As many as the state store keeps. */
const historyLength = 100;

/** `history` with `query` as its newest entry (moved there if it was already in it). */
export function rememberQuery(history: readonly string[], query: string): string[] {
	const trimmed = query.trim();
	if (trimmed === '') return [...history];
	const kept = history.filter((entry) => entry !== trimmed);
	kept.push(trimmed);
	return kept.slice(-historyLength);
}

/** Saved queries (oldest first, maybe repeating across scopes) as one list. */
export function historyOf(saved: readonly string[]): string[] {
	let history: string[] = [];
	for (const query of saved) history = rememberQuery(history, query);
	return history;
}

/** Scope names in the state store's history table. */
export const allReportsScope = 'all';
export function reportScope(report: string): string {
	return `report:${report}`;
}

// Ordering hits: better match first (exact, then pinyin, then typo; lower score), and among
// equals a heading before body text, more occurrences, shorter text, then document order.
import type {HitList} from './hit-list.js';
import type {SearchIndex} from './types.js';

type Ranked = {item: number; score: number};

/** The best `limit` entries of `hits`, best first; `terms` turns summed scores into means. */
export function topHits(index: SearchIndex, hits: HitList, terms: number, limit: number): Ranked[] {
	const {items, tiers, scores, counts} = hits;
	const compare = (a: number, b: number): number =>
		tiers[a]! - tiers[b]! ||
		scores[a]! - scores[b]! ||
		Number(index.items[items[a]!]!.kind !== 'section') -
			Number(index.items[items[b]!]!.kind !== 'section') ||
		counts[b]! - counts[a]! ||
		index.items[items[a]!]!.text.length - index.items[items[b]!]!.text.length ||
		items[a]! - items[b]!;
	let best: number[];
	if (items.length <= limit * 4) {
		best = items
			.map((_, position) => position)
			.sort(compare)
			.slice(0, limit);
	} else {
		// Keep a sorted list of the best so far; most entries lose to its last one at once.
		best = [];
		for (let position = 0; position < items.length; position++) {
			if (best.length === limit && compare(position, best[limit - 1]!) >= 0) continue;
			let low = 0;
			let high = best.length;
			while (low < high) {
				const middle = (low + high) >> 1;
				if (compare(best[middle]!, position) <= 0) low = middle + 1;
				else high = middle;
			}
			best.splice(low, 0, position);
			if (best.length > limit) best.pop();
		}
	}
	return best.map((position) => ({item: items[position]!, score: scores[position]! / terms}));
}

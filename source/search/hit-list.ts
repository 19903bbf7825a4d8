// Sets of matching items as parallel arrays sorted by item index: cheap to build from a scan of
// the joined keys (which meets items in order) and cheap to merge and intersect.

/** How a term matched an item; lower is better. */
export const tier = {exact: 0, pinyin: 1, typo: 2} as const;

export type HitList = {
	/** Item indices, ascending, no repeats. */
	items: number[];
	/** Worst tier among the terms that matched. */
	tiers: number[];
	/** Sum of the terms' scores (divided by the term count when ranking). */
	scores: number[];
	/** Occurrences of the terms in the item. */
	counts: number[];
};

export function emptyHits(): HitList {
	return {items: [], tiers: [], scores: [], counts: []};
}

export function pushHit(
	list: HitList,
	item: number,
	tier: number,
	score: number,
	count: number,
): void {
	list.items.push(item);
	list.tiers.push(tier);
	list.scores.push(score);
	list.counts.push(count);
}

/** Items in either list; where both hold an item, the better match for it (one term's hits). */
export function unionBest(a: HitList, b: HitList): HitList {
	if (b.items.length === 0) return a;
	if (a.items.length === 0) return b;
	const out = emptyHits();
	let i = 0;
	let j = 0;
	while (i < a.items.length || j < b.items.length) {
		const itemA = i < a.items.length ? a.items[i]! : Number.POSITIVE_INFINITY;
		const itemB = j < b.items.length ? b.items[j]! : Number.POSITIVE_INFINITY;
		if (itemA < itemB) {
			copy(out, a, i++);
		} else if (itemB < itemA) {
			copy(out, b, j++);
		} else {
			const better =
				a.tiers[i]! < b.tiers[j]! || (a.tiers[i] === b.tiers[j] && a.scores[i]! <= b.scores[j]!);
			copy(out, better ? a : b, better ? i : j);
			i++;
			j++;
		}
	}
	return out;
}

/** Items in both lists (two terms both matching): worst tier, summed scores and counts. */
export function intersect(a: HitList, b: HitList): HitList {
	const out = emptyHits();
	let i = 0;
	let j = 0;
	while (i < a.items.length && j < b.items.length) {
		const itemA = a.items[i]!;
		const itemB = b.items[j]!;
		if (itemA < itemB) i++;
		else if (itemB < itemA) j++;
		else {
			pushHit(
				out,
				itemA,
				Math.max(a.tiers[i]!, b.tiers[j]!),
				a.scores[i]! + b.scores[j]!,
				a.counts[i]! + b.counts[j]!,
			);
			i++;
			j++;
		}
	}
	return out;
}

function copy(out: HitList, from: HitList, index: number): void {
	pushHit(out, from.items[index]!, from.tiers[index]!, from.scores[index]!, from.counts[index]!);
}

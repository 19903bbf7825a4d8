// Highlight ranges: [start, end) offsets into an item's text.
import type {Range} from './match.js';

/** Sorts ranges and merges the ones that overlap or touch. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
	const sorted = ranges
		.filter(([start, end]) => end > start)
		.map(([start, end]): Range => [start, end])
		.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: Range[] = [];
	for (const range of sorted) {
		const last = merged.at(-1);
		if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
		else merged.push(range);
	}
	return merged;
}

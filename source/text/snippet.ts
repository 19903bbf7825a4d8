// A one-line window of a long text around its first highlighted range, so a hit deep in a
// paragraph is visible in a result list. Ranges are re-based onto the window, which starts
// where a line could break (line-break.ts), so it does not open with "0余次" or "。".
import {breakOpportunities} from './line-break.js';
import {graphemeOffsets, graphemes, textWidth} from './width.js';

type Snippet = {text: string; ranges: Array<[number, number]>};

export function snippetAround(
	text: string,
	ranges: ReadonlyArray<readonly [number, number]>,
	width: number,
	ellipsis = '…',
): Snippet {
	if (width <= 0) return {text: '', ranges: []};
	if (textWidth(text) <= width) return {text, ranges: ranges.map(([s, e]) => [s, e])};
	const first = ranges[0] ?? [0, 0];
	// Start a little before the match so it has context on its left.
	const units = graphemes(text);
	const offsets = graphemeOffsets(units);
	let startUnit = offsets.findIndex((at) => at >= first[0]);
	// No grapheme at or after the match's start, or too narrow for an ellipsis at both ends:
	// show the start, cut like truncateToWidth.
	if (startUnit === -1 || startUnit >= units.length || textWidth(ellipsis) * 2 > width) {
		startUnit = 0;
	}
	const matchUnit = startUnit;
	let lead = 0;
	while (startUnit > 0 && lead < Math.floor(width / 4)) {
		startUnit -= 1;
		lead += textWidth(units[startUnit]!);
	}
	// Start where a line could: not inside a number or word, not on closing punctuation.
	if (startUnit > 0) {
		const breaks = breakOpportunities(units);
		let back = startUnit;
		let backLead = lead;
		while (back > 0 && !breaks[back] && backLead < Math.floor(width / 3)) {
			back -= 1;
			backLead += textWidth(units[back]!);
		}
		if (back === 0 || breaks[back]) startUnit = back;
		else {
			let forward = startUnit;
			while (forward < matchUnit && !breaks[forward]) forward += 1;
			if (breaks[forward]) startUnit = forward;
		}
	}
	const prefix = startUnit > 0 ? ellipsis : '';
	let out = prefix;
	let used = textWidth(prefix);
	let endUnit = startUnit;
	while (endUnit < units.length) {
		const w = textWidth(units[endUnit]!);
		const needsTail = endUnit < units.length - 1;
		if (used + w + (needsTail ? textWidth(ellipsis) : 0) > width) break;
		out += units[endUnit];
		used += w;
		endUnit += 1;
	}
	if (endUnit < units.length) out += ellipsis;
	const start = offsets[startUnit] ?? 0;
	const end = offsets[endUnit] ?? text.length;
	const shift = prefix.length - start;
	const shifted: Array<[number, number]> = [];
	for (const [s, e] of ranges) {
		const from = Math.max(s, start);
		const to = Math.min(e, end);
		if (from < to) shifted.push([from + shift, to + shift]);
	}
	return {text: out, ranges: shifted};
}

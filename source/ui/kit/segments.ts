// A line of the screen as pieces of text, each naming its theme token. Screens build these
// as plain data; paint.ts turns them into terminal rows, cut to the width.
import {padToWidth, textWidth, truncateToWidth} from '../../text/width.js';
import type {Theme} from './theme.js';

export type Token = keyof Theme;
export type Segment = {text: string; style?: Token | Token[] | undefined};
export type Row = Segment[];
/** One screen line; `fill` pads it to the full width in that style. */
export type Line = {segments: Row; fill?: Segment['style']};

const emptyLine: Line = {segments: []};

/** Pads or cuts a list of lines to exactly `height`. */
export function toHeight(lines: Line[], height: number): Line[] {
	if (lines.length >= height) return lines.slice(0, Math.max(0, height));
	return [...lines, ...Array.from({length: height - lines.length}, () => emptyLine)];
}

/** Cuts segments to `width` columns; with `fill`, pads the rest with spaces in that style. */
export function fitRow(segments: Row, width: number, fill?: Segment['style']): Row {
	const out: Row = [];
	let used = 0;
	for (const segment of segments) {
		if (!segment.text) continue;
		const room = width - used;
		if (room <= 0) break;
		const w = textWidth(segment.text);
		if (w <= room) {
			out.push(segment);
			used += w;
		} else {
			const cut = truncateToWidth(segment.text, room);
			out.push({...segment, text: cut});
			used += textWidth(cut);
			break;
		}
	}
	if (fill !== undefined && used < width) out.push({text: ' '.repeat(width - used), style: fill});
	return out;
}

export function rowWidth(row: Row): number {
	return row.reduce((sum, segment) => sum + textWidth(segment.text), 0);
}

/** Text padded or cut to exactly `width` columns, as one segment. */
export function cell(
	text: string,
	width: number,
	style?: Segment['style'],
	align: 'left' | 'right' = 'left',
): Segment {
	return {text: padToWidth(text, width, align), style};
}

/** `left` and `right` on one line of `width` columns; `left` is cut so `right` always shows. */
export function spread(left: Row, right: Row, width: number): Row {
	const rightWidth = rowWidth(right);
	if (rightWidth === 0) return left;
	const room = Math.max(0, width - rightWidth - 1);
	const fitted = fitRow(left, room);
	return [
		...fitted,
		{text: ' '.repeat(Math.max(1, width - rowWidth(fitted) - rightWidth))},
		...right,
	];
}

// A one-line text field as segments: the value with a visible cursor (the grapheme under it
// drawn inverse, or a space at the end), scrolled sideways so the cursor always shows. Widths
// are terminal columns, so a CJK character under the cursor is a two-column cursor.
import {sanitizeLine} from '../../text/sanitize.js';
import {graphemes, textWidth} from '../../text/width.js';
import type {LineEditor} from './line-editor.js';
import type {Row, Segment} from './segments.js';

/**
 * The field's value in at most `width` columns (at least 1), with the cursor marked in the
 * `cursor` style. Text before a scrolled-off start or after a cut end is left out, never split.
 */
export function fieldRow(editor: LineEditor, width: number, style?: Segment['style']): Row {
	const units = graphemes(editor.value).map((unit) => sanitizeLine(unit) || '?');
	const cursor = Math.max(0, Math.min(editor.cursor, units.length));
	const room = Math.max(1, width);
	const under = units[cursor] ?? ' ';
	// Start as far left as lets the cursor cell show; then fill to the right.
	let start = 0;
	let used = textWidth(under);
	for (let index = cursor - 1; index >= 0; index--) {
		const unitWidth = textWidth(units[index]!);
		if (used + unitWidth > room) {
			start = index + 1;
			break;
		}
		used += unitWidth;
	}
	let end = cursor + 1;
	while (end < units.length && used + textWidth(units[end]!) <= room) {
		used += textWidth(units[end]!);
		end++;
	}
	const row: Row = [];
	const before = units.slice(start, cursor).join('');
	const after = units.slice(cursor + 1, end).join('');
	if (before) row.push({text: before, style});
	row.push({text: under, style: 'cursor'});
	if (after) row.push({text: after, style});
	return row;
}

// The help page: the bindings of the screen it was opened from, as the key table lists them.
import type {Lang} from '../../i18n/lang.js';
import {textWidth} from '../../text/width.js';
import {wrapText} from '../../text/wrap.js';
import type {HelpRow, KeyContext} from '../kit/commands.js';
import {clamp, frameHeight, type Size} from '../kit/geometry.js';
import {helpRowsShown} from './help-geometry.js';
import {cell, type Line, toHeight} from '../kit/segments.js';
import {strings} from '../../i18n/strings.js';

/**
 * The bindings as lines: the keys, and beside them what they do, wrapped (at Chinese line
 * breaks) under itself when it does not fit the width.
 */
export function helpBody(rows: readonly HelpRow[], width: number): Line[] {
	const keysWidth = Math.min(28, Math.max(...rows.map((row) => textWidth(row.keys))) + 2);
	const labelWidth = Math.max(10, width - 2 - keysWidth);
	return rows.flatMap((row) =>
		wrapText(row.label, labelWidth).map((label, index) => ({
			segments: [{text: '  '}, cell(index === 0 ? row.keys : '', keysWidth, 'key'), {text: label}],
		})),
	);
}

export function helpLines(
	context: KeyContext,
	rows: readonly HelpRow[],
	scroll: number,
	size: Size,
	lang: Lang,
): Line[] {
	const text = strings[lang];
	const height = frameHeight(size);
	const shown = helpRowsShown(size);
	const body = helpBody(rows, size.columns);
	const top = clamp(scroll, 0, Math.max(0, body.length - shown));
	const lines: Line[] = [
		{segments: [{text: ` ${text.helpTitle(text.screenNames[context])}`, style: 'title'}]},
		{segments: []},
		...body.slice(top, top + shown),
	];
	return [
		...toHeight(lines, height - 1),
		{segments: [{text: ` ${text.helpFooter}`, style: 'muted'}]},
	];
}

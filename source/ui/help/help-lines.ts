// The help page: the bindings of the screen it was opened from, as the key table lists them.
import type {Lang} from '../../i18n/lang.js';
import {textWidth} from '../../text/width.js';
import type {HelpRow, KeyContext} from '../kit/commands.js';
import {clamp, frameHeight, type Size} from '../kit/geometry.js';
import {helpRowsShown} from './help-geometry.js';
import {cell, type Line, toHeight} from '../kit/segments.js';
import {strings} from '../../i18n/strings.js';

export function helpLines(
	context: KeyContext,
	rows: readonly HelpRow[],
	scroll: number,
	size: Size,
	lang: Lang,
): Line[] {
	const text = strings[lang];
	const keysWidth = Math.min(28, Math.max(...rows.map((row) => textWidth(row.keys))) + 2);
	const height = frameHeight(size);
	const shown = helpRowsShown(size);
	const top = clamp(scroll, 0, Math.max(0, rows.length - shown));
	const lines: Line[] = [
		{segments: [{text: ` ${text.helpTitle(text.screenNames[context])}`, style: 'title'}]},
		{segments: []},
		...rows.slice(top, top + shown).map((row) => ({
			segments: [{text: '  '}, cell(row.keys, keysWidth, 'key'), {text: row.label}],
		})),
	];
	return [
		...toHeight(lines, height - 1),
		{segments: [{text: ` ${text.helpFooter}`, style: 'muted'}]},
	];
}

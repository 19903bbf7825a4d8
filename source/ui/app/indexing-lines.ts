// The screen shown while the index of a large library is first built (before the library can
// be listed): what is being done, a bar, how many reports of how many, and how to stop.
import type {Lang} from '../../i18n/lang.js';
import {strings} from '../../i18n/strings.js';
import {wrapText} from '../../text/wrap.js';
import {frameHeight, type Size} from '../kit/geometry.js';
import {type Line, toHeight} from '../kit/segments.js';

/** How far a build is: `done` of `total` files read and indexed. */
export type IndexingProgress = {done: number; total: number};

const margin = '  ';
const widestBar = 50;

export function indexingLines(progress: IndexingProgress, size: Size, lang: Lang): Line[] {
	const text = strings[lang];
	const height = frameHeight(size);
	const total = Math.max(0, progress.total);
	const done = Math.min(Math.max(0, progress.done), total);
	const share = total === 0 ? 0 : done / total;
	const percent = `${Math.floor(share * 100)}%`;
	// The bar takes what is left of the width after the margins and the percentage.
	const barWidth = Math.max(0, Math.min(widestBar, size.columns - 2 * margin.length - 5));
	const filled = Math.round(share * barWidth);
	const count = text.indexingCount(done, total);
	const lines: Line[] = [
		{
			segments: [
				{text: text.appName, style: 'title'},
				{text: ' · ', style: 'muted'},
				{text: text.indexingTitle, style: 'heading'},
			],
		},
		{segments: []},
		{
			segments: [
				{text: margin},
				{text: '█'.repeat(filled), style: 'bar'},
				{text: '░'.repeat(barWidth - filled), style: 'barTrack'},
				{text: ` ${percent}`},
			],
		},
		{segments: [{text: margin}, {text: count}]},
		{segments: []},
		...wrapText(text.indexingNote, Math.max(1, size.columns - margin.length)).map((line) => ({
			segments: [{text: margin}, {text: line, style: 'muted' as const}],
		})),
	];
	return [...toHeight(lines, height - 1), {segments: [{text: text.indexingHints, style: 'muted'}]}];
}

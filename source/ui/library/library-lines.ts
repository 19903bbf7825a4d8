// The library screen as lines: a title, a column header, the visible window of reports and a
// hint line.
import {formatCount} from '../../i18n/count.js';
import type {Lang} from '../../i18n/lang.js';
import {libraryOf} from '../../corpus/load.js';
import type {Bilingual, Report} from '../../corpus/types.js';
import {formatPeriod, levelLabels, levelText, regionName} from '../../i18n/lang.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {padToWidth, textWidth, truncateToWidth} from '../../text/width.js';
import {frameHeight, type Size, scrollWindow} from '../kit/geometry.js';
import {libraryRowsShown} from './library-geometry.js';
import {cell, type Line, type Row, toHeight} from '../kit/segments.js';
import {strings} from '../../i18n/strings.js';

/**
 * A region's names in `width` columns: when both do not fit, the English name gives way so
 * the Chinese one stays whole ("Cuiping Dis… 宜宾市翠屏区").
 */
export function fitRegion(region: Bilingual, width: number, lang: Lang): string {
	const zh = sanitizeLine(region.zh);
	const full = lang === 'zh' || region.en === region.zh ? zh : `${sanitizeLine(region.en)} ${zh}`;
	if (textWidth(full) <= width) return padToWidth(full, width);
	const room = width - textWidth(zh) - 1;
	if (lang === 'zh' || room < 4) return padToWidth(zh, width);
	return padToWidth(`${truncateToWidth(sanitizeLine(region.en), room)} ${zh}`, width);
}

export function footerLine(notice: string | undefined, hints: string): Line {
	return notice
		? {segments: [{text: sanitizeLine(notice), style: 'notice'}]}
		: {segments: [{text: hints, style: 'muted'}]};
}

export function libraryLines(
	reports: Report[],
	cursor: number,
	size: Size,
	lang: Lang,
	notice: string | undefined,
): Line[] {
	const text = strings[lang];
	const height = frameHeight(size);
	const shown = libraryRowsShown(size);
	const top = scrollWindow(cursor, reports.length, shown, cursor - Math.floor(shown / 2));
	const visible = reports.slice(top, top + shown);

	const regionWidth = Math.min(
		Math.max(16, Math.floor(size.columns * 0.3)),
		Math.max(
			textWidth(text.columnRegion),
			...visible.map((report) => textWidth(regionName(report.meta.region, lang))),
		),
	);
	const levelWidth = Math.max(
		textWidth(text.columnLevel),
		...Object.values(levelLabels[lang]).map((label) => textWidth(label)),
	);
	const periodWidth = 9;
	const sizeWidth = Math.max(textWidth(text.columnSize), 7);
	const gap = {text: '  '};
	const row = (cells: Row): Row =>
		cells.flatMap((segment, index) => (index === 0 ? [segment] : [gap, segment]));

	const count = text.libraryCount(reports.length);
	const lines: Line[] = [
		{
			segments: [
				{text: ` ${text.appName}`, style: 'title'},
				{text: ` · ${text.appTagline} · ${count}`, style: 'muted'},
			],
		},
		{
			segments: [
				{text: '  '},
				...row([
					cell(text.columnRegion, regionWidth, 'label'),
					cell(text.columnLevel, levelWidth, 'label'),
					cell(text.columnPeriod, periodWidth, 'label'),
					cell(text.columnSize, sizeWidth, 'label', 'right'),
					{text: text.columnTitle, style: 'label'},
				]),
			],
		},
	];
	if (reports.length === 0)
		lines.push({segments: [{text: `  ${text.libraryEmpty}`, style: 'muted'}]});
	visible.forEach((report, index) => {
		const selected = top + index === cursor;
		const {meta} = report;
		const title = sanitizeLine(meta.subtitle ? `${meta.title}（${meta.subtitle}）` : meta.title);
		lines.push({
			segments: [
				{text: selected ? '› ' : '  '},
				...row([
					{text: fitRegion(report.meta.region, regionWidth, lang)},
					cell(levelText(meta.level, lang), levelWidth, 'muted'),
					cell(formatPeriod(meta.period), periodWidth, 'muted'),
					cell(formatCount(report.counts.chars), sizeWidth, 'muted', 'right'),
					{text: title},
					// The user's own (imported) reports are marked; the bundled ones are not.
					...(libraryOf(report) === 'user'
						? [{text: text.libraryMine, style: 'muted' as const}]
						: []),
				]),
			].map((segment) => (selected ? {...segment, style: 'selected' as const} : segment)),
			...(selected ? {fill: 'selected' as const} : {}),
		});
	});
	const body = toHeight(lines, height - 1);
	return [...body, footerLine(notice, text.libraryHints)];
}

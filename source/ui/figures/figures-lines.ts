// The figures view as lines: the report's figures in aligned columns (value, unit, what it
// counts, section), the selected one's sentence wrapped in full below, and a hint line.
import type {Lang} from '../../i18n/lang.js';
import {compactNumber} from '../../compare/present.js';
import {sectionLabel} from '../../corpus/report-lines.js';
import type {Report} from '../../corpus/types.js';
import type {Figure} from '../../figures/types.js';
import {regionName} from '../../i18n/lang.js';
import {strings} from '../../i18n/strings.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {textWidth} from '../../text/width.js';
import {wrapText} from '../../text/wrap.js';
import {frameHeight, type Size, scrollWindow} from '../kit/geometry.js';
import {cell, fitRow, type Line, toHeight} from '../kit/segments.js';
import {footerLine} from '../library/library-lines.js';
import {figureRowsShown, sentenceLines} from './figures-geometry.js';
import type {FiguresView} from './figures-state.js';

type FiguresLinesInput = {
	report: Report;
	figures: readonly Figure[];
	view: FiguresView;
	size: Size;
	lang: Lang;
	notice: string | undefined;
};

/** The value as the comparison shows it: 80.2万, 1.5亿; in English 802,000, 150M. */
function valueText(figure: Figure, lang: Lang): string {
	return compactNumber(figure.value, lang);
}

export function figuresLines({
	report,
	figures,
	view,
	size,
	lang,
	notice,
}: FiguresLinesInput): Line[] {
	const text = strings[lang];
	const width = size.columns;
	const height = frameHeight(size);
	const shown = figureRowsShown(size);
	const top = scrollWindow(view.cursor, figures.length, shown, view.cursor - Math.floor(shown / 2));
	const visible = figures.slice(top, top + shown);
	const values = visible.map((figure) => valueText(figure, lang));
	const units = visible.map((figure) => sanitizeLine(figure.unit));
	const valueWidth = Math.max(textWidth(text.columnValue), ...values.map(textWidth));
	const unitWidth = Math.max(textWidth(text.columnUnit), ...units.map(textWidth));
	// What it counts takes about half of what is left, the section the rest.
	const room = Math.max(8, width - 2 - valueWidth - unitWidth - 6);
	const countsWidth = Math.max(6, Math.ceil(room / 2));
	const gap = {text: '  '};
	const title = `${sanitizeLine(regionName(report.meta.region, lang))} · ${text.figuresTitle}`;
	const lines: Line[] = [
		{
			segments: [
				{text: ` ${title}`, style: 'title'},
				{text: ` · ${text.figuresCount(figures.length)}`, style: 'muted'},
			],
		},
		{
			segments: fitRow(
				[
					{text: '  '},
					cell(text.columnValue, valueWidth, 'label', 'right'),
					gap,
					cell(text.columnUnit, unitWidth, 'label'),
					gap,
					cell(text.columnCounts, countsWidth, 'label'),
					gap,
					{text: text.section, style: 'label'},
				],
				width,
			),
		},
	];
	if (figures.length === 0)
		lines.push({segments: [{text: `  ${text.figuresEmpty}`, style: 'muted'}]});
	visible.forEach((figure, index) => {
		const selected = top + index === view.cursor;
		const style = selected ? ('selected' as const) : undefined;
		const segments = fitRow(
			[
				{text: selected ? '› ' : '  ', style},
				cell(values[index]!, valueWidth, style ?? 'figure', 'right'),
				{...gap, style},
				cell(units[index]!, unitWidth, style),
				{...gap, style},
				cell(sanitizeLine(figure.subject), countsWidth, style),
				{...gap, style},
				{text: sectionLabel(report, figure.section, lang), style: style ?? 'muted'},
			],
			width,
			style,
		);
		lines.push({segments});
	});
	const body = toHeight(lines, height - 1 - sentenceLines - 1);
	const current = figures[view.cursor];
	const sentence = current
		? wrapText(sanitizeLine(current.quote), Math.max(1, width - 4)).slice(0, sentenceLines)
		: [];
	const sentenceRows: Line[] = sentence.map((line) => ({segments: [{text: `  ${line}`}]}));
	return [
		...body,
		{segments: [{text: '─'.repeat(width), style: 'muted'}]},
		...toHeight(sentenceRows, sentenceLines),
		footerLine(notice, text.figuresHints),
	];
}

// Compare screens as lines: the region picker, the metrics table with bars and the focused
// cell's source sentence, and the theme columns scrolling together.
import type {Lang} from '../../i18n/lang.js';
import {formatValue, renderBar} from '../../compare/present.js';
import {comparisonRows} from '../../compare/rows.js';
import type {Cell, RegionColumn} from '../../compare/types.js';
import type {Report} from '../../corpus/types.js';
import {formatPeriod, levelLabels, levelText, regionName} from '../../i18n/lang.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {padToWidth, textWidth, truncateToWidth} from '../../text/width.js';
import {wrapText} from '../../text/wrap.js';
import {chosenReports} from './compare-state.js';
import {splitByMarks} from '../kit/highlight.js';
import {clamp, frameHeight, type Size, scrollWindow} from '../kit/geometry.js';
import {compareDetailLines, compareGeometry, themeGeometry} from './compare-geometry.js';
import {fitRegion, footerLine} from '../library/library-lines.js';
import {cell, type Line, type Row, rowWidth, spread, toHeight} from '../kit/segments.js';
import type {AppServices} from '../../services/services.js';
import {strings} from '../../i18n/strings.js';
import {themeColumnLines} from './theme-columns.js';
import type {CompareView} from './compare-state.js';

type CompareRowsInput = {
	view: CompareView;
	reports: Report[];
	size: Size;
	lang: Lang;
	services: AppServices;
	notice: string | undefined;
};

export function compareLines(input: CompareRowsInput): Line[] {
	switch (input.view.phase) {
		case 'pick':
			return pickLines(input);
		case 'table':
			return tableLines(input);
		case 'themes':
			return themeLines(input);
	}
}

function pickLines({view, reports, size, lang, notice}: CompareRowsInput): Line[] {
	const text = strings[lang];
	const height = frameHeight(size);
	const shown = Math.max(1, height - 2);
	const top = scrollWindow(
		view.pickCursor,
		reports.length,
		shown,
		view.pickCursor - Math.floor(shown / 2),
	);
	const chosen = lang === 'zh' ? `已选 ${view.selected.length}` : `${view.selected.length} chosen`;
	const lines: Line[] = [
		{
			segments: [
				{text: ` ${text.pickTitle}`, style: 'title'},
				{text: ` · ${chosen}`, style: 'muted'},
			],
		},
	];
	// "province" and "district" fill eight columns: the period needs a gap after the widest.
	const levelWidth = Math.max(...Object.values(levelLabels[lang]).map((label) => textWidth(label)));
	reports.slice(top, top + shown).forEach((report, index) => {
		const selected = top + index === view.pickCursor;
		const checked = view.selected.includes(report.meta.id);
		const row: Row = [
			{text: selected ? ' › ' : '   '},
			{text: checked ? '[x] ' : '[ ] ', style: checked ? 'checked' : 'muted'},
			{text: fitRegion(report.meta.region, 24, lang)},
			{text: '  '},
			cell(levelText(report.meta.level, lang), levelWidth, 'muted'),
			{text: '  '},
			{text: formatPeriod(report.meta.period), style: 'muted'},
		];
		lines.push(
			selected
				? {
						segments: row.map((segment) => ({...segment, style: 'selected' as const})),
						fill: 'selected',
					}
				: {segments: row},
		);
	});
	return [...toHeight(lines, height - 1), footerLine(notice, text.pickHints)];
}

/** A metric's name cut to fit, its unit kept in view: "Assistance fu… (yuan)". */
function metricLabel(label: string, unit: string, width: number): Row {
	const suffix = unit ? ` (${unit})` : '';
	const room = Math.max(1, width - textWidth(suffix));
	return [{text: truncateToWidth(sanitizeLine(label), room)}, {text: suffix, style: 'muted'}];
}

function tableLines({view, size, lang, notice}: CompareRowsInput): Line[] {
	const text = strings[lang];
	const comparison = view.comparison;
	if (!comparison) return toHeight([], frameHeight(size));
	const height = frameHeight(size);
	const regions = comparison.regions;
	const geometry = compareGeometry(size, regions.length);
	const first = clamp(view.firstColumn, 0, Math.max(0, regions.length - geometry.columnsShown));
	const visible = regions.slice(first, first + geometry.columnsShown);
	const scale =
		view.log === undefined ? text.autoScale : view.log ? text.logScale : text.linearScale;
	const paging =
		regions.length > geometry.columnsShown
			? text.columnsShown(first + 1, first + visible.length, regions.length)
			: '';
	const title = spread(
		[
			{text: ` ${text.tableTitle}`, style: 'title'},
			{text: ` · ${scale}`, style: 'muted'},
		],
		paging ? [{text: paging, style: 'key'}] : [],
		size.columns,
	);
	const lines: Line[] = [{segments: title}];
	lines.push({
		segments: [
			cell('', geometry.labelWidth + 1),
			...visible.map((region) => ({
				text: `${fitRegion(region.region, geometry.columnWidth - 1, lang)} `,
				style: 'label' as const,
			})),
		],
	});
	if (comparison.metrics.length === 0) {
		lines.push({segments: [{text: ` ${text.noMetrics}`, style: 'muted'}]});
	}
	const rowsTop = scrollWindow(
		view.row,
		comparison.metrics.length,
		geometry.rowsShown,
		view.row - Math.floor(geometry.rowsShown / 2),
	);
	const barWidth = Math.max(4, Math.floor(geometry.columnWidth * 0.4));
	const rows = comparisonRows(comparison, lang, view.log);
	rows.slice(rowsTop, rowsTop + geometry.rowsShown).forEach((metricRow, index) => {
		const rowIndex = rowsTop + index;
		const focusedRow = rowIndex === view.row;
		const label = metricLabel(metricRow.label, metricRow.unit, geometry.labelWidth - 1).map(
			(segment) => (focusedRow ? {...segment, style: 'heading' as const} : segment),
		);
		const row: Row = [{text: ' '}, ...label];
		row.push({text: ' '.repeat(Math.max(0, geometry.labelWidth + 1 - rowWidth(row)))});
		visible.forEach((_, offset) => {
			const column = first + offset;
			const {cell: value, value: valueText, fraction} = metricRow.cells[column]!;
			const focused = rowIndex === view.row && column === view.column;
			const barText = value && fraction !== null ? renderBar(fraction, barWidth) : '';
			const room = geometry.columnWidth - barWidth - 2;
			row.push(
				{text: padToWidth(barText, barWidth), style: focused ? ['bar', 'selected'] : 'bar'},
				{text: ' ', style: focused ? 'selected' : undefined},
				{
					text: padToWidth(valueText, room),
					style: focused ? 'selected' : value ? 'plain' : 'muted',
				},
				{text: ' '},
			);
		});
		lines.push({segments: row});
	});
	const body = toHeight(lines, height - 1 - compareDetailLines);
	const focusedRegion = regions[view.column];
	const focusedMetric = comparison.metrics[view.row];
	const detail =
		focusedRegion && focusedMetric
			? cellDetail(
					focusedMetric.label[lang],
					focusedRegion,
					focusedMetric.cells[focusedRegion.report] ?? null,
					size.columns,
					lang,
				)
			: [];
	return [...body, ...toHeight(detail, compareDetailLines), footerLine(notice, text.tableHints)];
}

/** The focused cell: value, qualifier and unit, its source sentence with the number marked. */
function cellDetail(
	label: string,
	region: RegionColumn,
	value: Cell | null,
	width: number,
	lang: Lang,
): Line[] {
	const text = strings[lang];
	const lines: Line[] = [{segments: [{text: '─'.repeat(Math.max(0, width)), style: 'muted'}]}];
	const name = regionName(region.region, lang);
	if (!value) {
		lines.push({
			segments: [
				{text: ` ${name}`, style: 'label'},
				{text: ` · ${sanitizeLine(label)}: ${text.notStated}`, style: 'muted'},
			],
		});
		return lines;
	}
	const facts = [
		formatValue(value.value, value.unit, value.qualifier, lang),
		`(${sanitizeLine(value.figure.raw)})`,
	].join(' ');
	lines.push({
		segments: [
			{text: ` ${name}`, style: 'label'},
			{text: ` · ${sanitizeLine(label)}: `, style: 'muted'},
			{text: facts, style: 'heading'},
			...(value.alternatives.length > 0
				? [{text: ` · ${text.alternatives(value.alternatives.length)}`, style: 'muted' as const}]
				: []),
		],
	});
	// The quote, with the figure marked where it occurs in it.
	const quote = sanitizeLine(value.quote);
	const raw = sanitizeLine(value.figure.raw);
	const at = quote.indexOf(raw);
	const marks = at >= 0 ? [{start: at, end: at + raw.length, tag: 'hit' as const}] : [];
	const wrapped = wrapText(quote, Math.max(10, width - 3));
	let cursor = 0;
	const quoteLines = wrapped.slice(0, 2).map((line, index) => {
		const start = quote.indexOf(line, cursor);
		const from = start === -1 ? cursor : start;
		cursor = from + line.length;
		const shown = index === 1 && wrapped.length > 2 ? truncateToWidth(`${line}…`, width - 3) : line;
		return {
			segments: [
				{text: '   '},
				...splitByMarks(shown, from, marks).map((piece) => ({
					text: piece.text,
					style: piece.tag ? ('hit' as const) : ('caption' as const),
				})),
			],
		};
	});
	lines.push(...quoteLines);
	lines.push({
		segments: [
			{text: `   ${text.section}: ${sanitizeLine(value.section || text.opening)}`, style: 'muted'},
		],
	});
	return lines;
}

function themeLines({view, reports, size, lang, services, notice}: CompareRowsInput): Line[] {
	const text = strings[lang];
	const height = frameHeight(size);
	const themes = services.themes();
	const theme = themes[view.theme];
	const chosen = chosenReports(view, reports);
	const geometry = themeGeometry(size, chosen.length);
	const first = clamp(view.firstColumn, 0, Math.max(0, chosen.length - geometry.columnsShown));
	const paging =
		chosen.length > geometry.columnsShown
			? text.columnsShown(
					first + 1,
					Math.min(chosen.length, first + geometry.columnsShown),
					chosen.length,
				)
			: '';
	const title = spread(
		[
			{text: ` ${text.themesTitle}: `, style: 'title'},
			{text: theme ? `‹ ${sanitizeLine(theme.label[lang])} ›` : text.noThemes, style: 'heading'},
			{text: themes.length > 0 ? ` ${view.theme + 1}/${themes.length}` : '', style: 'muted'},
		],
		paging ? [{text: paging, style: 'key'}] : [],
		size.columns,
	);
	const lines: Line[] = [{segments: title}];
	const columns = theme ? services.themeSections(chosen, theme.id) : [];
	const visible = chosen.slice(first, first + geometry.columnsShown);
	const columnLines = visible.map((report) => {
		const sections = columns.find((column) => column.report === report.meta.id)?.sections ?? [];
		return themeColumnLines(report, sections, geometry.columnWidth, lang);
	});
	const separator = {text: '│', style: 'muted' as const};
	const joinColumns = (cells: Row[]): Row =>
		cells.flatMap((cells, index) => (index === 0 ? cells : [separator, ...cells]));
	lines.push({
		segments: joinColumns(
			visible.map((report) => [
				{text: fitRegion(report.meta.region, geometry.columnWidth, lang), style: 'label' as const},
			]),
		),
	});
	lines.push({
		segments: joinColumns(
			visible.map(() => [{text: '─'.repeat(geometry.columnWidth), style: 'muted' as const}]),
		),
	});
	for (let index = 0; index < geometry.bodyHeight; index++) {
		const lineIndex = view.themeScroll + index;
		lines.push({
			segments: joinColumns(
				columnLines.map((column) => {
					const line = column[lineIndex];
					const style =
						line?.kind === 'heading' ? 'heading' : line?.kind === 'caption' ? 'caption' : 'plain';
					return [cell(line?.text ?? '', geometry.columnWidth, style)];
				}),
			),
		});
	}
	return [...toHeight(lines, height - 1), footerLine(notice, text.themesHints)];
}

// Compare screens as lines: the region picker, the metrics table with bars and the focused
// cell's source sentence, the page of a cell's matches, and the theme columns scrolling
// together. Nothing is cut at 80 columns and wider: labels, values and names fit or wrap.
import type {Lang} from '../../i18n/lang.js';
import {formatValue, renderBar} from '../../compare/present.js';
import {comparisonRows, fittedLabel} from '../../compare/rows.js';
import type {Cell, RegionColumn} from '../../compare/types.js';
import type {Bilingual, Report} from '../../corpus/types.js';
import {formatPeriod, levelLabels, levelText, regionName} from '../../i18n/lang.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {padToWidth, textWidth} from '../../text/width.js';
import {wrapLines, wrapText} from '../../text/wrap.js';
import {cellMatches, chosenReports, focusedCell} from './compare-state.js';
import {splitByMarks} from '../kit/highlight.js';
import {clamp, frameHeight, type Size, scrollWindow} from '../kit/geometry.js';
import {compareGeometry, detailRoom, tableWidths, themeGeometry} from './compare-geometry.js';
import {footerLine} from '../library/library-lines.js';
import {
	cell,
	type Line,
	type Row,
	rowWidth,
	type Segment,
	spread,
	toHeight,
} from '../kit/segments.js';
import type {AppServices} from '../../services/services.js';
import {strings} from '../../i18n/strings.js';
import {themeColumnLines} from './theme-columns.js';
import type {CompareView} from './compare-state.js';

/** What the compare screens are drawn from (the screen's props). */
export type CompareRowsInput = {
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
		case 'matches':
			return matchesLines(input);
	}
}

/**
 * The picker's name column: as wide as the widest name shown, within what the line leaves.
 * Only the rows shown are measured, as the library's region column is: this was measured over
 * every report for every row drawn, and at 10,000 reports from the index (front matter read
 * from each report's row on first use) the picker's first frame took seconds.
 */
function pickNameWidth(reports: readonly Report[], size: Size, lang: Lang): number {
	const widest = Math.max(
		0,
		...reports.map((report) => textWidth(regionName(report.meta.region, lang))),
	);
	// Cursor and box (7), two gaps (4), level (8) and period (9).
	return Math.max(12, Math.min(widest, size.columns - 28));
}

/** Key hints ("a · b · c") cut after the last whole one that fits; ? lists them all. */
function fitHints(hints: string, width: number): string {
	const parts = hints.split(' · ');
	while (parts.length > 1 && textWidth(parts.join(' · ')) > width) parts.pop();
	return parts.join(' · ');
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
	const chosen = text.pickChosen(view.selected.length);
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
	const visible = reports.slice(top, top + shown);
	const nameWidth = pickNameWidth(visible, size, lang);
	visible.forEach((report, index) => {
		const selected = top + index === view.pickCursor;
		const checked = view.selected.includes(report.meta.id);
		const row: Row = [
			{text: selected ? ' › ' : '   '},
			{text: checked ? '[x] ' : '[ ] ', style: checked ? 'checked' : 'muted'},
			{text: regionInWidth(report.meta.region, nameWidth, lang)},
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
	return [
		...toHeight(lines, height - 1),
		footerLine(notice, fitHints(text.pickHints, size.columns)),
	];
}

/** The first metric row shown: the focused row in view, centred when rows must scroll. */
function firstRow(heights: readonly number[], focused: number, room: number): number {
	let first = scrollWindow(focused, heights.length, room, focused - Math.floor(room / 2));
	const used = (from: number) =>
		heights.slice(from, focused + 1).reduce((sum, height) => sum + height, 0);
	while (first < focused && used(first) > room) first++;
	return first;
}

function tableLines({view, size, lang, notice}: CompareRowsInput): Line[] {
	const text = strings[lang];
	const comparison = view.comparison;
	if (!comparison) return toHeight([], frameHeight(size));
	const height = frameHeight(size);
	const regions = comparison.regions;
	const rows = comparisonRows(comparison, lang, view.log);
	const geometry = compareGeometry(size, regions.length, tableWidths(comparison, lang));
	const first = clamp(view.firstColumn, 0, Math.max(0, regions.length - geometry.columnsShown));
	const visible = regions.slice(first, first + geometry.columnsShown);
	const scale =
		view.log === undefined ? text.autoScale : view.log ? text.logScale : text.linearScale;
	const paging =
		regions.length > geometry.columnsShown
			? text.columnsShown(first + 1, first + visible.length, regions.length)
			: '';
	const pagingRow: Row = paging ? [{text: paging, style: 'key'}] : [];
	const titleRow: Row = [{text: ` ${text.tableTitle}`, style: 'title'}];
	// The scale is said when there is room for it beside the paging.
	const scaleSegment: Segment = {text: ` · ${scale}`, style: 'muted'};
	const withScale = [...titleRow, scaleSegment];
	const title = spread(
		rowWidth(withScale) + 1 + rowWidth(pagingRow) <= size.columns ? withScale : titleRow,
		pagingRow,
		size.columns,
	);
	const lines: Line[] = [{segments: title}];
	// Region names wrap within their column rather than being cut.
	const nameWidth = Math.max(1, geometry.columnWidth - 1);
	const names = visible.map((region) => regionNameLines(region.region, nameWidth, lang));
	const headerLines = Math.max(1, ...names.map((name) => name.length));
	for (let index = 0; index < headerLines; index++) {
		lines.push({
			segments: [
				cell('', 1 + geometry.labelWidth + 1),
				...names.map((name, offset) =>
					cell(
						name[index] ?? '',
						geometry.columnWidth,
						first + offset === view.column ? 'heading' : 'label',
					),
				),
			],
		});
	}
	const focusedRegion = regions[view.column];
	const focusedMetric = rows[view.row];
	const detail =
		focusedRegion && focusedMetric
			? cellDetail(
					focusedMetric.label,
					focusedRegion,
					focusedMetric.metric.cells[focusedRegion.report] ?? null,
					size.columns,
					lang,
					detailRoom(size, headerLines),
				)
			: [];
	const room = Math.max(1, height - lines.length - detail.length - 1);
	if (rows.length === 0) lines.push({segments: [{text: ` ${text.noMetrics}`, style: 'muted'}]});
	const labels = rows.map((row) => fittedLabel(row, geometry.labelWidth));
	const top = firstRow(
		labels.map((label) => label.length),
		view.row,
		room,
	);
	const body: Line[] = [];
	for (let rowIndex = top; rowIndex < rows.length && body.length < room; rowIndex++) {
		const metricRow = rows[rowIndex]!;
		const focusedRow = rowIndex === view.row;
		const label = labels[rowIndex]!;
		label.forEach((labelLine, lineIndex) => {
			const row: Row = [
				{text: ' '},
				cell(labelLine, geometry.labelWidth, focusedRow ? 'heading' : 'plain'),
				{text: ' '},
			];
			if (lineIndex === 0) {
				visible.forEach((_, offset) => {
					const column = first + offset;
					const {cell: value, value: valueText, fraction} = metricRow.cells[column]!;
					const focused = focusedRow && column === view.column;
					const barText = value && fraction !== null ? renderBar(fraction, geometry.barWidth) : '';
					row.push(
						{
							text: padToWidth(barText, geometry.barWidth),
							style: focused ? ['bar', 'selected'] : 'bar',
						},
						{text: ' ', style: focused ? 'selected' : undefined},
						{
							text: padToWidth(valueText, geometry.columnWidth - geometry.barWidth - 2),
							style: focused ? 'selected' : value ? 'plain' : 'muted',
						},
						{text: ' '},
					);
				});
			}
			body.push({segments: row});
		});
	}
	lines.push(...body.slice(0, room));
	return [
		...toHeight(lines, height - 1 - detail.length),
		...detail,
		footerLine(notice, fitHints(text.tableHints, size.columns)),
	];
}

/**
 * A region's name as lines of `width`: wrapped, or where that would split the Chinese name, the
 * English name (wrapped) above the Chinese one.
 */
function regionNameLines(region: Bilingual, width: number, lang: Lang): string[] {
	const lines = wrapText(regionName(region, lang), width);
	const zh = sanitizeLine(region.zh);
	if (lang === 'zh' || lines.some((line) => line.includes(zh))) return lines;
	return [...wrapText(sanitizeLine(region.en), width), ...wrapText(zh, width)];
}

/**
 * A region's name in `width` columns, padded: the whole name (English and Chinese) when it
 * fits, else the Chinese name alone; never a name cut short.
 */
function regionInWidth(region: Bilingual, width: number, lang: Lang): string {
	const whole = regionName(region, lang);
	if (textWidth(whole) <= width) return padToWidth(whole, width);
	return padToWidth(sanitizeLine(region.zh), width);
}

/** The text of a quote as lines of `width`, the figure marked where it occurs in it. */
function quoteLines(quote: string, raw: string, width: number, indent: string): Line[] {
	const text = sanitizeLine(quote);
	const figure = sanitizeLine(raw);
	const at = figure ? text.indexOf(figure) : -1;
	const marks = at >= 0 ? [{start: at, end: at + figure.length, tag: 'hit' as const}] : [];
	return wrapLines(text, Math.max(10, width - textWidth(indent))).map((line) => ({
		segments: [
			{text: indent},
			...splitByMarks(line.text, line.start, marks).map((piece) => ({
				text: piece.text,
				style: piece.tag ? ('hit' as const) : ('caption' as const),
			})),
		],
	}));
}

/** Wrapped text, every line in one style, after an indent. */
function wrappedLines(
	value: string,
	width: number,
	indent: string,
	style: Segment['style'],
): Line[] {
	return wrapText(value, Math.max(10, width - textWidth(indent))).map((line) => ({
		segments: [{text: `${indent}${line}`, style}],
	}));
}

/**
 * The focused cell: where and what, its value as written, how many other matches there are,
 * and its source sentence in full with the number marked. At most `room` lines: only on a
 * terminal too short for the whole sentence is it cut, and then the matches page (o) has it.
 */
function cellDetail(
	label: string,
	region: RegionColumn,
	value: Cell | null,
	width: number,
	lang: Lang,
	room: number,
): Line[] {
	const text = strings[lang];
	const lines: Line[] = [{segments: [{text: '─'.repeat(Math.max(0, width)), style: 'muted'}]}];
	const name = regionName(region.region, lang);
	lines.push(...wrappedLines(`${name} · ${label}`, width, ' ', 'label'));
	if (!value) {
		lines.push(...wrappedLines(text.notStated, width, '   ', 'muted'));
		return lines.slice(0, room);
	}
	const facts = `${formatValue(value.value, value.unit, value.qualifier, lang)} (${sanitizeLine(value.figure.raw)})`;
	const others =
		value.alternatives.length > 0
			? `${text.alternatives(value.alternatives.length)} · ${text.otherMatchesKey}`
			: '';
	if (others && textWidth(`   ${facts} · ${others}`) <= width) {
		lines.push({
			segments: [
				{text: `   ${facts}`, style: 'heading'},
				{text: ` · ${others}`, style: 'muted'},
			],
		});
	} else {
		lines.push(...wrappedLines(facts, width, '   ', 'heading'));
		if (others) lines.push(...wrappedLines(others, width, '   ', 'muted'));
	}
	const section = wrappedLines(
		`${text.section}: ${sanitizeLine(value.section || text.opening)}`,
		width,
		'   ',
		'muted',
	);
	const quote = quoteLines(value.quote, value.figure.raw, width, '   ');
	const quoteRoom = Math.max(1, room - lines.length - section.length);
	if (quote.length > quoteRoom) {
		// Too short a terminal for the whole sentence: the rest is on the matches page. Wrapped
		// two columns narrower, so the mark fits after the last line shown.
		const shown = quoteLines(value.quote, value.figure.raw, width - 2, '   ').slice(0, quoteRoom);
		shown[shown.length - 1] = {
			segments: [...shown.at(-1)!.segments, {text: ' …', style: 'muted'}],
		};
		return [...lines, ...shown, ...section].slice(0, room);
	}
	return [...lines, ...quote, ...section].slice(0, room);
}

/** The matches page: every figure that matched the focused cell, each with its sentence. */
function matchesLines({view, size, lang, notice}: CompareRowsInput): Line[] {
	const text = strings[lang];
	const height = frameHeight(size);
	const cellShown = focusedCell(view);
	const region = view.comparison?.regions[view.column];
	const metric = view.comparison?.metrics[view.row];
	if (!cellShown || !region || !metric) return toHeight([], height);
	const title: Line = {
		segments: [
			{
				text: ` ${text.matchesTitle(regionName(region.region, lang), sanitizeLine(metric.label[lang]))}`,
				style: 'title',
			},
		],
	};
	const body: Line[] = [];
	let selectedStart = 0;
	let selectedEnd = 0;
	cellMatches(cellShown).forEach((figure, index) => {
		const selected = index === view.match;
		if (selected) selectedStart = body.length;
		if (index > 0) body.push({segments: []});
		const head = `${index + 1}. ${formatValue(figure.value, figure.unit, figure.qualifier, lang)} (${sanitizeLine(figure.raw)})`;
		body.push({
			segments: [
				{text: selected ? ' › ' : '   '},
				{text: head, style: selected ? 'selected' : 'heading'},
				...(index === 0 ? [{text: ` · ${text.matchChosen}`, style: 'muted' as const}] : []),
			],
		});
		body.push(
			...wrappedLines(
				`${text.section}: ${sanitizeLine(figure.sectionTitle || text.opening)}`,
				size.columns,
				'     ',
				'muted',
			),
		);
		body.push(...quoteLines(figure.quote, figure.raw, size.columns, '     '));
		if (selected) selectedEnd = body.length;
	});
	const bodyHeight = Math.max(1, height - 2);
	const top = clamp(
		Math.min(selectedStart, selectedEnd - bodyHeight),
		0,
		Math.max(0, body.length - bodyHeight),
	);
	return [
		title,
		...toHeight(body.slice(top, top + bodyHeight), bodyHeight),
		footerLine(notice, fitHints(text.matchesHints, size.columns)),
	];
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
	// A space either side of the rule, so neighbouring columns' text never touches.
	const separator = {text: ' │ ', style: 'muted' as const};
	const joinColumns = (cells: Row[]): Row =>
		cells.flatMap((cells, index) => (index === 0 ? cells : [separator, ...cells]));
	lines.push({
		segments: joinColumns(
			visible.map((report, offset) => [
				{
					text: regionInWidth(report.meta.region, geometry.columnWidth, lang),
					style: first + offset === view.column ? ('selected' as const) : ('label' as const),
				},
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
	return [
		...toHeight(lines, height - 1),
		footerLine(notice, fitHints(text.themesHints, size.columns)),
	];
}

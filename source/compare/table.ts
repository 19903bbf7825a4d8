// The comparison as a text table: one row per metric (a value line and a bar line), one column
// per region, and under it the source sentence of every number as a numbered footnote. On a
// terminal the table fits the width, split into column pages when the regions do not fit; when
// piped it is one table of natural width and footnotes are not wrapped.
import {sanitizeLine} from '../text/sanitize.js';
import {padToWidth, textWidth, truncateToWidth} from '../text/width.js';
import {wrapText} from '../text/wrap.js';
import {formatPeriod, type Lang, levelText, regionName} from '../i18n/lang.js';
import {strings} from '../i18n/strings.js';
import {renderBar} from './present.js';
import {comparisonRows, fittedLabel, labelWidths, valueWidth} from './rows.js';
import type {Cell, Comparison, RegionColumn} from './types.js';

export type TableLayout = {lang: Lang; columns: number; fit: boolean};

const gutter = ' │ ';
const ruleGutter = '─┼─';
const minColumn = 10;
const maxColumn = 22;
const minLabel = 8;

type Footnote = {number: number; region: RegionColumn; label: string; cell: Cell};

/** Renders the whole comparison; ends with a newline. */
export function renderTable(comparison: Comparison, layout: TableLayout): string {
	const {lang} = layout;
	const rows = comparisonRows(comparison, lang);
	const labels = labelWidths(rows);
	const header = Math.max(textWidth(strings[lang].columnMetric), textWidth(strings[lang].logScale));
	const naturalLabel = Math.max(header, labels.label);
	// On a terminal the label column takes about a quarter of the width, and never less than
	// the short labels need: a label that does not fit whole shows its short form.
	let labelWidth = layout.fit
		? Math.min(
				naturalLabel,
				Math.max(minLabel, header, labels.short, Math.round(layout.columns * 0.23)),
			)
		: naturalLabel;

	// Footnotes are numbered across the whole output in reading order (page, row, column). The
	// reference follows the bar, so the value line stays short.
	const filled = comparison.metrics.reduce(
		(sum, row) => sum + Object.values(row.cells).filter(Boolean).length,
		0,
	);
	const refWidth = textWidth(` [${Math.max(1, filled)}]`);
	const widestValue = valueWidth(rows);
	const detailWidth = (region: RegionColumn) =>
		Math.max(textWidth(levelText(region.level, lang)), textWidth(formatPeriod(region.period)));
	// Values, levels and periods decide the width; a long region name may be cut on a terminal.
	const needed = Math.max(widestValue, refWidth + 4, ...comparison.regions.map(detailWidth));

	let pages: RegionColumn[][];
	let columnWidth: number;
	if (layout.fit) {
		columnWidth = Math.min(maxColumn, Math.max(minColumn, needed));
		// Narrow terminals: shrink the column, then the label, so one region always fits.
		if (labelWidth + gutter.length + columnWidth > layout.columns) {
			columnWidth = Math.max(4, layout.columns - labelWidth - gutter.length);
			labelWidth = Math.max(2, layout.columns - gutter.length - columnWidth);
		}
		const perPage = Math.max(
			1,
			Math.floor((layout.columns - labelWidth) / (columnWidth + gutter.length)),
		);
		pages = splitEvenly(comparison.regions, perPage);
		// Spread spare width over the columns of the fullest page, for longer bars.
		const most = Math.max(...pages.map((page) => page.length));
		const share = Math.floor((layout.columns - labelWidth) / most) - gutter.length;
		columnWidth = Math.max(columnWidth, Math.min(maxColumn, share));
	} else {
		const names = comparison.regions.map((region) => textWidth(regionName(region.region, lang)));
		columnWidth = Math.max(needed, ...names);
		pages = [comparison.regions];
	}
	const barWidth = Math.max(1, Math.min(16, columnWidth - refWidth));

	let nextNote = 1;
	const out: string[] = [];
	for (const [pageIndex, page] of pages.entries()) {
		if (pages.length > 1) {
			if (pageIndex > 0) out.push('');
			out.push(`(${pageIndex + 1}/${pages.length} ${strings[lang].columnPages})`);
		}
		const line = (label: string, cells: string[]) =>
			[padToWidth(label, labelWidth), ...cells.map((cell) => padToWidth(cell, columnWidth))]
				.join(gutter)
				.trimEnd();
		// Long region names wrap within their column rather than being cut.
		const names = page.map((region) =>
			layout.fit
				? wrapText(regionName(region.region, lang), columnWidth)
				: [regionName(region.region, lang)],
		);
		const nameLines = Math.max(...names.map((lines) => lines.length));
		for (let index = 0; index < nameLines; index++) {
			out.push(
				line(
					index === 0 ? strings[lang].columnMetric : '',
					names.map((lines) => lines[index] ?? ''),
				),
			);
		}
		out.push(
			line(
				'',
				page.map((region) => levelText(region.level, lang)),
			),
			line(
				'',
				page.map((region) => formatPeriod(region.period)),
			),
			['─'.repeat(labelWidth), ...page.map(() => '─'.repeat(columnWidth))].join(ruleGutter),
		);
		const notes: Footnote[] = [];
		for (const row of rows) {
			// The scale is decided on the whole row, so every page of a row agrees.
			const cells = page.map((region) => row.cells[comparison.regions.indexOf(region)]!);
			const bars = cells.map(({region, cell, fraction}) => {
				if (!cell) return '';
				const note: Footnote = {number: nextNote++, region, label: row.label, cell};
				notes.push(note);
				return `${padToWidth(renderBar(fraction ?? 0, barWidth), barWidth)} [${note.number}]`;
			});
			// The label, wrapped if it must be, down the value line, the bar line and (rarely) more.
			const labelLines = layout.fit ? fittedLabel(row, labelWidth) : [row.label];
			if (row.log) labelLines.splice(Math.max(1, labelLines.length), 0, strings[lang].logScale);
			out.push(
				line(
					labelLines[0] ?? '',
					cells.map((cell) => cell.value),
				),
				line(labelLines[1] ?? '', bars),
				...labelLines.slice(2).map((label) => line(label, [])),
			);
		}
		if (notes.length > 0) {
			out.push('', `${strings[lang].sources}:`);
			for (const note of notes) out.push(...footnoteLines(note, layout));
		}
	}
	const text = out.map((line) => (layout.fit ? truncateToWidth(line, layout.columns) : line));
	return `${text.join('\n')}\n`;
}

export function regionDetail(region: RegionColumn, lang: Lang): string {
	return `${levelText(region.level, lang)} · ${formatPeriod(region.period)}`;
}

function footnoteLines(note: Footnote, layout: TableLayout): string[] {
	const {lang} = layout;
	const {cell} = note;
	const section = cell.section ? sanitizeLine(cell.section) : strings[lang].opening;
	const also =
		cell.alternatives.length > 0
			? ` (${strings[lang].also}: ${cell.alternatives.map((figure) => sanitizeLine(figure.raw)).join(' · ')})`
			: '';
	const head = `[${note.number}] `;
	const text = `${regionName(note.region.region, lang)} · ${note.label} · 〈${section}〉 ${sanitizeLine(cell.quote)}${also}`;
	if (!layout.fit) return [head + text];
	const indent = textWidth(head);
	const width = Math.max(1, layout.columns - indent);
	return wrapText(text, width).map(
		(line, index) => (index === 0 ? head : ' '.repeat(indent)) + line,
	);
}

/** Splits items into the fewest pages of at most `size`, as evenly as possible. */
export function splitEvenly<T>(items: T[], size: number): T[][] {
	if (items.length === 0) return [[]];
	const count = Math.ceil(items.length / Math.max(1, size));
	const per = Math.ceil(items.length / count);
	const pages: T[][] = [];
	for (let index = 0; index < items.length; index += per)
		pages.push(items.slice(index, index + per));
	return pages;
}

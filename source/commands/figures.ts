import {regionName} from '../i18n/lang.js';
import {compactNumber} from '../compare/present.js';
import type {Report} from '../corpus/types.js';
import {extractFigures} from '../figures/extract.js';
import type {Figure} from '../figures/types.js';
import {sanitizeLine} from '../text/sanitize.js';
import {snippetAround} from '../text/snippet.js';
import {padToWidth, textWidth, truncateToWidth} from '../text/width.js';
import {wrapText} from '../text/wrap.js';
import type {CommandContext, ExitCode} from './context.js';
import {printData, type RowShape, rowTable, tableCells} from './output.js';
import {messages} from './messages.js';
import {findReport} from './find-report.js';

type FigureRecord = {
	report: string;
	region: string;
	section: string;
	section_index: number;
	value: number;
	unit: string;
	qualifier: string;
	raw: string;
	subject: string;
	quote: string;
};

function figureRecord(report: Report, figure: Figure): FigureRecord {
	return {
		report: report.meta.id,
		region: report.meta.region.zh,
		section: figure.sectionTitle,
		section_index: figure.section,
		value: figure.value,
		unit: figure.unit,
		qualifier: figure.qualifier,
		raw: figure.raw,
		subject: figure.subject,
		quote: figure.quote,
	};
}

type FigureRow = {report: Report; figure: Figure; record: FigureRecord};

const field = (key: keyof FigureRecord) => (row: FigureRow) => row.record[key];

/** A figure's row: --json has its record, --csv and the table its columns. */
const shape: RowShape<FigureRow> = {
	json: (row) => row.record,
	columns: [
		{csv: 'report', value: field('report')},
		{
			csv: 'region',
			header: {en: 'Region', zh: '地区'},
			value: field('region'),
			shown: (row, lang) => regionName(row.report.meta.region, lang),
		},
		{csv: 'section', value: field('section')},
		{
			csv: 'value',
			header: {en: 'Value', zh: '数值'},
			value: field('value'),
			shown: (row, lang) => compactNumber(row.record.value, lang),
		},
		{csv: 'unit', header: {en: 'Unit', zh: '单位'}, value: field('unit')},
		{csv: 'qualifier', header: {en: 'Qual.', zh: '限定'}, value: field('qualifier')},
		{csv: 'raw', header: {en: 'As written', zh: '原文'}, value: field('raw')},
		{csv: 'subject', header: {en: 'Counts', zh: '统计对象'}, value: field('subject')},
		{csv: 'quote', header: {en: 'Sentence', zh: '出处'}, value: field('quote')},
	],
};

/** The columns a terminal shows before what the figure counts (the sentence goes below). */
const terminalColumns = shape.columns.filter((column) =>
	['region', 'value', 'unit', 'qualifier', 'subject'].includes(column.csv ?? ''),
);

export function runFigures(
	ctx: CommandContext,
	reportQuery: string | undefined,
	flags: {json: boolean; csv: boolean},
): ExitCode {
	const reports = reportQuery ? [findReport(ctx.corpus, reportQuery)] : ctx.corpus.reports;
	const rows = reports.flatMap((report) =>
		extractFigures(report).map((figure) => ({
			report,
			figure,
			record: figureRecord(report, figure),
		})),
	);
	if (printData(ctx.stdout, rows, shape, flags)) return 0;
	// In a terminal, two lines a figure; piped, one record per line, the sentence whole.
	ctx.stdout.write(
		ctx.stdout.isTTY ? terminalFigures(rows, ctx) : rowTable(rows, shape.columns, ctx.lang),
	);
	ctx.stderr.write(messages.figureCount(rows.length)[ctx.lang]);
	return 0;
}

/**
 * Two lines per figure for a terminal: what it is (region, value, unit, qualifier, what it
 * counts) in aligned columns, then the words around the number in its sentence, as wide as
 * the terminal allows; the number is bold when colour is on.
 */
function terminalFigures(rows: readonly FigureRow[], ctx: CommandContext): string {
	const width = Math.max(20, ctx.stdout.columns);
	const indent = '    ';
	const gap = '  ';
	const contexts = [
		'',
		...rows.map(({report, figure}) =>
			wordsAround(report, figure, width - indent.length, ctx.color),
		),
	];
	// The first four columns are aligned; what it counts wraps in the room left (on a line of
	// its own when a terminal is too narrow for that), so it is never cut.
	const clean = tableCells(rows, terminalColumns, ctx.lang).map((row) => row.map(sanitizeLine));
	const widths = [0, 1, 2, 3].map((column) =>
		Math.max(...clean.map((row) => textWidth(row[column]!))),
	);
	const lead = widths.reduce((sum, columnWidth) => sum + columnWidth + gap.length, 0);
	const room = width - lead;
	const out: string[] = [];
	clean.forEach((row, index) => {
		const head = widths.map((columnWidth, column) => padToWidth(row[column]!, columnWidth) + gap);
		const counts = row[4]!;
		if (room >= 8) {
			wrapText(counts, room).forEach((line, lineIndex) => {
				out.push(((lineIndex === 0 ? head.join('') : ' '.repeat(lead)) + line).trimEnd());
			});
		} else if (index === 0) {
			// The header: the counts column's name only where it fits whole.
			const full = head.join('') + counts;
			out.push(textWidth(full) <= width ? full : truncateToWidth(head.join('').trimEnd(), width));
		} else {
			out.push(truncateToWidth(head.join('').trimEnd(), width));
			for (const line of wrapText(counts, width - indent.length)) out.push(indent + line);
		}
		if (index > 0) out.push(indent + contexts[index]!);
	});
	return `${out.join('\n')}\n`;
}

/** The figure's sentence cut to `width` around the number (which it always shows). */
function wordsAround(report: Report, figure: Figure, width: number, bold: boolean): string {
	const quote = sanitizeLine(figure.quote);
	const raw = sanitizeLine(figure.raw);
	const block = report.sections[figure.section]?.blocks[figure.block];
	// Where the number is in its sentence: the sentence's place in the block, found from the
	// figure's own offset (the same words may be written twice in a sentence).
	let at = -1;
	if (block) {
		const sentenceStart = block.text.lastIndexOf(figure.quote, figure.start);
		if (sentenceStart !== -1) at = figure.start - sentenceStart;
	}
	if (at < 0 || quote.slice(at, at + raw.length) !== raw) at = quote.indexOf(raw);
	if (at < 0) return truncateToWidth(quote, width);
	const snippet = snippetAround(quote, [[at, at + raw.length]], width);
	const range = snippet.ranges[0];
	if (!bold || !range) return snippet.text;
	const [start, end] = range;
	return `${snippet.text.slice(0, start)}\u001b[1m${snippet.text.slice(start, end)}\u001b[22m${snippet.text.slice(end)}`;
}

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
import {formatColumns, toCsv, toJson} from './output.js';
import {findReport} from './show.js';

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

export function runFigures(
	ctx: CommandContext,
	reportQuery: string | undefined,
	flags: {json: boolean; csv: boolean},
): ExitCode {
	const reports = reportQuery ? [findReport(ctx.corpus.reports, reportQuery)] : ctx.corpus.reports;
	const found = reports.flatMap((report) =>
		extractFigures(report).map((figure) => ({report, figure})),
	);
	const records = found.map(({report, figure}) => figureRecord(report, figure));
	if (flags.json) {
		ctx.stdout.write(toJson(records));
		return 0;
	}
	const columns: Array<keyof FigureRecord> = [
		'report',
		'region',
		'section',
		'value',
		'unit',
		'qualifier',
		'raw',
		'subject',
		'quote',
	];
	if (flags.csv) {
		ctx.stdout.write(
			toCsv([columns, ...records.map((record) => columns.map((key) => String(record[key])))]),
		);
		return 0;
	}
	const zh = ctx.lang === 'zh';
	const regionOf = (record: FigureRecord) =>
		regionName(
			ctx.corpus.reports.find((r) => r.meta.id === record.report)?.meta.region ?? {
				zh: record.region,
				en: '',
			},
			ctx.lang,
		);
	if (ctx.stdout.isTTY) {
		ctx.stdout.write(terminalFigures(found, ctx, regionOf));
	} else {
		// Piped: one record per line, the sentence whole.
		const header = zh
			? ['地区', '数值', '单位', '限定', '原文', '统计对象', '出处']
			: ['Region', 'Value', 'Unit', 'Qual.', 'As written', 'Counts', 'Sentence'];
		const rows = records.map((record) => [
			regionOf(record),
			compactNumber(record.value, ctx.lang),
			record.unit,
			record.qualifier,
			record.raw,
			record.subject,
			record.quote,
		]);
		ctx.stdout.write(formatColumns([header, ...rows]));
	}
	ctx.stderr.write(zh ? `共 ${records.length} 个统计数字\n` : `${records.length} figures\n`);
	return 0;
}

/**
 * Two lines per figure for a terminal: what it is (region, value, unit, qualifier, what it
 * counts) in aligned columns, then the words around the number in its sentence, as wide as
 * the terminal allows; the number is bold when colour is on.
 */
function terminalFigures(
	found: ReadonlyArray<{report: Report; figure: Figure}>,
	ctx: CommandContext,
	regionOf: (record: FigureRecord) => string,
): string {
	const zh = ctx.lang === 'zh';
	const width = Math.max(20, ctx.stdout.columns);
	const indent = '    ';
	const gap = '  ';
	const header = zh
		? ['地区', '数值', '单位', '限定', '统计对象']
		: ['Region', 'Value', 'Unit', 'Qual.', 'Counts'];
	const rows: string[][] = [header];
	const contexts: string[] = [''];
	for (const {report, figure} of found) {
		const record = figureRecord(report, figure);
		rows.push([
			regionOf(record),
			compactNumber(record.value, ctx.lang),
			record.unit,
			record.qualifier,
			record.subject,
		]);
		contexts.push(wordsAround(report, figure, width - indent.length, ctx.color));
	}
	// The first four columns are aligned; what it counts wraps in the room left (on a line of
	// its own when a terminal is too narrow for that), so it is never cut.
	const clean = rows.map((row) => row.map(sanitizeLine));
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

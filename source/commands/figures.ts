import {compactNumber} from '../compare/present.js';
import type {Report} from '../corpus/types.js';
import {extractFigures} from '../figures/extract.js';
import type {Figure} from '../figures/types.js';
import {truncateToWidth} from '../text/width.js';
import type {CommandContext, ExitCode} from './context.js';
import {formatColumns, toCsv, toJson} from './output.js';
import {findReport} from './show.js';

export function countFigures(report: Report): number {
	return extractFigures(report).length;
}

export type FigureRecord = {
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

export function figureRecord(report: Report, figure: Figure): FigureRecord {
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
	const records = reports.flatMap((report) =>
		extractFigures(report).map((figure) => figureRecord(report, figure)),
	);
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
	const header = zh
		? ['地区', '数值', '单位', '限定', '原文', '统计对象', '出处']
		: ['Region', 'Value', 'Unit', 'Qual.', 'As written', 'Counts', 'Sentence'];
	const rows = records.map((record) => [
		zh
			? record.region
			: (ctx.corpus.reports.find((r) => r.meta.id === record.report)?.meta.region.en ??
				record.report),
		compactNumber(record.value, ctx.lang),
		record.unit,
		record.qualifier,
		record.raw,
		record.subject,
		record.quote,
	]);
	const table = formatColumns([header, ...rows]);
	// The sentence column is cut at the terminal's edge; piped output keeps it whole.
	ctx.stdout.write(
		ctx.stdout.isTTY
			? `${table
					.trimEnd()
					.split('\n')
					.map((line) => truncateToWidth(line, ctx.stdout.columns))
					.join('\n')}\n`
			: table,
	);
	ctx.stderr.write(zh ? `共 ${records.length} 个统计数字\n` : `${records.length} figures\n`);
	return 0;
}

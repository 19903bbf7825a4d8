import {type Library, libraryOf} from '../corpus/load.js';
import type {Report} from '../corpus/types.js';
import {formatCount} from '../i18n/count.js';
import {levelText, regionName} from '../i18n/lang.js';
import type {CommandContext, ExitCode} from './context.js';
import {printData, type RowShape, rowTable} from './output.js';
import {type ReportRecord, reportRecord} from './report-record.js';

type ReportSummary = ReportRecord & {
	sections: number;
	figures: number;
	chars: number;
	/** bundled with baogao, the user's library (imported), or another folder (--reports). */
	library: Library;
};

function summarize(report: Report, figureCount: number): ReportSummary {
	return {
		...reportRecord(report),
		sections: report.counts.sections,
		figures: figureCount,
		chars: report.counts.chars,
		library: libraryOf(report),
	};
}

const libraryNames = {
	en: {bundled: 'bundled', user: 'yours', other: 'other'},
	zh: {bundled: '内置', user: '我的', other: '其他'},
} as const;

const field = (key: keyof ReportSummary) => (summary: ReportSummary) => {
	const value = summary[key];
	return Array.isArray(value) ? value.join('; ') : value;
};

/** A report's row: --csv has its metadata and counts, the table what a person scans for. */
const shape: RowShape<ReportSummary> = {
	json: (summary) => summary,
	columns: [
		{csv: 'id', header: {en: 'ID', zh: 'ID'}, value: field('id')},
		{csv: 'title', value: field('title')},
		{
			csv: 'region',
			header: {en: 'Region', zh: '地区'},
			value: field('region'),
			shown: (summary, lang) => regionName({zh: summary.region, en: summary.region_en}, lang),
		},
		{csv: 'region_en', value: field('region_en')},
		{csv: 'province', value: field('province')},
		{
			csv: 'level',
			header: {en: 'Level', zh: '级别'},
			value: field('level'),
			shown: (summary, lang) => levelText(summary.level || undefined, lang),
		},
		{csv: 'period', header: {en: 'Period', zh: '时期'}, value: field('period')},
		{csv: 'published', value: field('published')},
		{csv: 'source', header: {en: 'Source', zh: '来源'}, value: field('source')},
		{csv: 'authors', value: field('authors')},
		{csv: 'script', value: field('script')},
		{csv: 'sections', value: field('sections')},
		{csv: 'figures', value: field('figures')},
		{
			csv: 'chars',
			header: {en: 'Chars', zh: '字数'},
			value: field('chars'),
			shown: (summary) => formatCount(summary.chars),
		},
		{
			header: {en: 'Library', zh: '库'},
			value: field('library'),
			shown: (summary, lang) => libraryNames[lang][summary.library],
		},
		// The title last: the one column the table does not pad.
		{header: {en: 'Title', zh: '标题'}, value: field('title')},
	],
};

export function runList(
	ctx: CommandContext,
	flags: {json: boolean; csv?: boolean},
	countFigures: (report: Report) => number,
): ExitCode {
	const summaries = ctx.corpus.reports.map((report) => summarize(report, countFigures(report)));
	if (!printData(ctx.stdout, summaries, shape, flags)) {
		ctx.stdout.write(rowTable(summaries, shape.columns, ctx.lang));
	}
	return 0;
}

import {type Library, libraryOf} from '../corpus/load.js';
import type {Level, Report} from '../corpus/types.js';
import {formatPeriod, levelText, regionName} from '../i18n/lang.js';
import type {CommandContext, ExitCode} from './context.js';
import {formatColumns, toCsv, toJson} from './output.js';

type ReportSummary = {
	id: string;
	title: string;
	region: string;
	region_en: string;
	province: string;
	level: Level | '';
	period: string;
	published: string;
	source: string;
	authors: string[];
	script: string;
	sections: number;
	figures: number;
	chars: number;
	file: string | null;
	/** bundled with baogao, the user's library (imported), or another folder (--reports). */
	library: Library;
};

function summarize(report: Report, figureCount: number): ReportSummary {
	const {meta} = report;
	return {
		id: meta.id,
		title: meta.title,
		region: meta.region.zh,
		region_en: meta.region.en,
		province: meta.province.zh,
		level: meta.level ?? '',
		period: formatPeriod(meta.period),
		published: meta.published,
		source: meta.source,
		authors: meta.authors,
		script: meta.script,
		sections: report.counts.sections,
		figures: figureCount,
		chars: report.counts.chars,
		file: report.file ?? null,
		library: libraryOf(report),
	};
}

export function runList(
	ctx: CommandContext,
	flags: {json: boolean; csv?: boolean},
	countFigures: (report: Report) => number,
): ExitCode {
	const summaries = ctx.corpus.reports.map((report) => summarize(report, countFigures(report)));
	if (flags.json) {
		ctx.stdout.write(toJson(summaries));
		return 0;
	}
	if (flags.csv) {
		const columns = [
			'id',
			'title',
			'region',
			'region_en',
			'province',
			'level',
			'period',
			'published',
			'source',
			'authors',
			'script',
			'sections',
			'figures',
			'chars',
		] as const;
		const cell = (summary: ReportSummary, key: (typeof columns)[number]) => {
			const value = summary[key];
			return Array.isArray(value) ? value.join('; ') : value;
		};
		ctx.stdout.write(
			toCsv([
				[...columns],
				...summaries.map((summary) => columns.map((key) => cell(summary, key))),
			]),
		);
		return 0;
	}
	const zh = ctx.lang === 'zh';
	const header = zh
		? ['ID', '地区', '级别', '时期', '来源', '字数', '库', '标题']
		: ['ID', 'Region', 'Level', 'Period', 'Source', 'Chars', 'Library', 'Title'];
	const libraryNames = zh
		? {bundled: '内置', user: '我的', other: '其他'}
		: {bundled: 'bundled', user: 'yours', other: 'other'};
	const rows = summaries.map((summary) => [
		summary.id,
		regionName({zh: summary.region, en: summary.region_en}, ctx.lang),
		levelText(summary.level || undefined, ctx.lang),
		summary.period,
		summary.source,
		String(summary.chars),
		libraryNames[summary.library],
		summary.title,
	]);
	ctx.stdout.write(formatColumns([header, ...rows]));
	return 0;
}

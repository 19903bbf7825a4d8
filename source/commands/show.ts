import {ChoiceError} from '../compare/errors.js';
import {resolveRegions} from '../compare/regions.js';
import {layoutReport, sectionNumber} from '../corpus/report-lines.js';
import type {Report} from '../corpus/types.js';
import {type CommandContext, type ExitCode, UsageError} from './context.js';

/**
 * Finds a report the way `compare` finds regions: by id, by region name in either script
 * (whole or part), by English name or by pinyin.
 */
export function findReport(reports: Report[], query: string): Report {
	try {
		return resolveRegions([query], reports)[0]!;
	} catch (error) {
		if (!(error instanceof ChoiceError)) throw error;
		throw new UsageError(
			error.message.startsWith('ambiguous')
				? `"${query}" matches several reports: ${error.choices.join(', ')}`
				: `no report "${query}" (choose from: ${reports.map((report) => report.meta.id).join(', ')})`,
		);
	}
}

/** Section by number (as numbered in the table of contents, 0 = untitled opening) or title. */
export function findSection(report: Report, query: string): number {
	const trimmed = query.trim();
	if (/^\d+$/.test(trimmed)) {
		const wanted = Number(trimmed);
		const index = report.sections.findIndex((_, i) => sectionNumber(report, i) === wanted);
		if (index !== -1) return index;
	} else {
		const index = report.sections.findIndex((section) => section.title.includes(trimmed));
		if (index !== -1) return index;
	}
	throw new UsageError(
		`report "${report.meta.id}" has no section "${query}" (sections are numbered 1-${
			report.sections.filter((section) => section.title).length
		}, or give part of a title)`,
	);
}

export function runShow(
	ctx: CommandContext,
	query: string | undefined,
	flags: {section?: string | undefined},
): ExitCode {
	if (!query) throw new UsageError('show needs a report: baogao show REPORT [--section N|TITLE]');
	const report = findReport(ctx.corpus.reports, query);
	const width = ctx.stdout.isTTY ? Math.max(20, ctx.stdout.columns) : Number.POSITIVE_INFINITY;
	// The report as the reader lays it out, printed plain (captions set for print).
	const {lines} = layoutReport(report, width, ctx.lang, 'print');
	const section = flags.section === undefined ? undefined : findSection(report, flags.section);
	const out = lines
		.filter((line) => section === undefined || line.section === section)
		.map((line) => `${line.prefix}${line.text}`.trimEnd());
	ctx.stdout.write(`${out.join('\n').trimEnd()}\n`);
	return 0;
}

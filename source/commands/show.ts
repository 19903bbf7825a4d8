import {layoutReport, sectionNumber} from '../corpus/report-lines.js';
import type {Report} from '../corpus/types.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {CommandContext, ExitCode} from './context.js';
import {findReport} from './find-report.js';
import {usage} from './messages.js';
import {toJson} from './output.js';
import {reportRecord} from './report-record.js';

/** Section by number (as numbered in the table of contents, 0 = untitled opening) or title. */
function findSection(report: Report, query: string): number {
	const trimmed = query.trim();
	if (/^\d+$/.test(trimmed)) {
		const wanted = Number(trimmed);
		const index = report.sections.findIndex((_, i) => sectionNumber(report, i) === wanted);
		if (index !== -1) return index;
	} else {
		const index = report.sections.findIndex((section) => section.title.includes(trimmed));
		if (index !== -1) return index;
	}
	const count = report.sections.filter((section) => section.title).length;
	const given = sanitizeLine(query);
	throw usage({
		en: `report "${report.meta.id}" has no section "${given}" (sections are numbered 1-${count}, or give part of a title)`,
		zh: `报告“${report.meta.id}”没有“${given}”这一节（各节编号为 1-${count}，也可给出标题的一部分）`,
	});
}

export function runShow(
	ctx: CommandContext,
	query: string | undefined,
	flags: {section?: string | undefined; json?: boolean},
): ExitCode {
	if (!query) {
		throw usage({
			en: 'show needs a report: baogao show REPORT [--section N|TITLE]',
			zh: 'show 需要报告：baogao show 报告 [--section 编号|标题]',
		});
	}
	const report = findReport(ctx.corpus, query);
	if (flags.json) {
		const indices =
			flags.section === undefined
				? report.sections.map((_, index) => index)
				: [findSection(report, flags.section)];
		ctx.stdout.write(toJson(reportJson(report, indices)));
		return 0;
	}
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

/** `show --json`: the front matter as the file has it, and the sections asked for with their blocks. */
function reportJson(report: Report, indices: number[]) {
	return {
		...reportRecord(report),
		sections: indices.map((index) => {
			const section = report.sections[index]!;
			return {
				index,
				number: sectionNumber(report, index),
				title: section.title,
				...(section.theme ? {theme: section.theme} : {}),
				blocks: section.blocks.map((block) =>
					block.kind === 'caption'
						? {kind: block.kind, text: block.text, credit: block.credit ?? ''}
						: {kind: block.kind, text: block.text},
				),
			};
		}),
	};
}

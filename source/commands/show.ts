import type {Block, Report, Section} from '../corpus/types.js';
import {ChoiceError} from '../compare/errors.js';
import {resolveRegions} from '../compare/regions.js';
import {formatPeriod, levelText} from '../i18n/lang.js';
import {sanitizeLine} from '../text/sanitize.js';
import {wrapText} from '../text/wrap.js';
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

/** Numbers of every section, counted once per report: a loop over sections stays linear. */
const numbering = new WeakMap<Section[], number[]>();

/** Titled sections count from 1; an untitled opening is 0. */
export function sectionNumber(report: Report, index: number): number {
	const {sections} = report;
	let numbers = numbering.get(sections);
	if (!numbers || numbers.length !== sections.length) {
		let count = 0;
		numbers = sections.map((section) => (section.title ? ++count : count));
		numbering.set(sections, numbers);
	}
	return numbers[Math.min(index, numbers.length - 1)] ?? 0;
}

export function runShow(
	ctx: CommandContext,
	query: string | undefined,
	flags: {section?: string | undefined},
): ExitCode {
	if (!query) throw new UsageError('show needs a report: baogao show REPORT [--section N|TITLE]');
	const report = findReport(ctx.corpus.reports, query);
	const width = ctx.stdout.isTTY ? Math.max(20, ctx.stdout.columns) : Number.POSITIVE_INFINITY;
	const wrap = (text: string, indent = ''): string =>
		Number.isFinite(width)
			? wrapText(sanitizeLine(text), width - indent.length)
					.map((line) => indent + line)
					.join('\n')
			: indent + sanitizeLine(text);
	const out: string[] = [];
	const indices =
		flags.section === undefined
			? report.sections.map((_, index) => index)
			: [findSection(report, flags.section)];
	if (flags.section === undefined) out.push(...renderHeader(report, ctx, wrap), '');
	for (const index of indices) {
		out.push(...renderSection(report, report.sections[index]!, index, ctx, wrap));
	}
	ctx.stdout.write(`${out.join('\n').trimEnd()}\n`);
	return 0;
}

function renderHeader(
	report: Report,
	ctx: CommandContext,
	wrap: (text: string) => string,
): string[] {
	const {meta} = report;
	const zh = ctx.lang === 'zh';
	const region = zh ? meta.region.zh : `${meta.region.en} (${meta.region.zh})`;
	const facts = [
		region,
		levelText(meta.level, ctx.lang),
		formatPeriod(meta.period),
		meta.source,
		meta.published,
		meta.authors.join(zh ? '、' : ', '),
	].filter(Boolean);
	return [
		wrap(meta.title),
		...(meta.subtitle ? [wrap(meta.subtitle)] : []),
		wrap(facts.join(' · ')),
	];
}

function renderSection(
	report: Report,
	section: Section,
	index: number,
	ctx: CommandContext,
	wrap: (text: string, indent?: string) => string,
): string[] {
	const out: string[] = [];
	if (section.title) out.push(wrap(`${sectionNumber(report, index)}. ${section.title}`), '');
	for (const block of section.blocks) out.push(renderBlock(block, ctx, wrap), '');
	return out;
}

function renderBlock(
	block: Block,
	ctx: CommandContext,
	wrap: (text: string, indent?: string) => string,
): string {
	if (block.kind === 'paragraph') return wrap(block.text);
	const label = ctx.lang === 'zh' ? '［图］' : '[Photo] ';
	const credit = block.credit ? ` — ${block.credit}` : '';
	return wrap(`${label}${block.text}${credit}`, '    ');
}

import {regionName} from '../i18n/lang.js';
import {strings} from '../i18n/strings.js';
import type {Hit, SearchKind, SearchOptions} from '../search/types.js';
import {sanitizeLine} from '../text/sanitize.js';
import {snippetAround} from '../text/snippet.js';
import {truncateToWidth} from '../text/width.js';
import type {CommandContext, ExitCode} from './context.js';
import {messages} from './messages.js';
import {printData, type RowShape} from './output.js';
import {findReport} from './find-report.js';

type HitRecord = {
	report: string;
	region: string;
	kind: SearchKind;
	section: string;
	section_index: number;
	block: number;
	text: string;
	ranges: Array<[number, number]>;
	score: number;
	value?: number;
	unit?: string;
};

function hitRecord(hit: Hit): HitRecord {
	const {item} = hit;
	const record: HitRecord = {
		report: item.report,
		region: item.region,
		kind: item.kind,
		section: item.sectionTitle,
		section_index: item.section,
		block: item.block,
		text: item.text,
		ranges: hit.ranges,
		score: Number(hit.score.toFixed(4)),
	};
	const {figure} = item;
	if (figure) {
		record.value = figure.value;
		record.unit = figure.unit;
	}
	return record;
}

/** A hit as scripts get it: --json the whole record, --csv its columns (the text is two lines a hit). */
const shape: RowShape<HitRecord> = {
	json: (record) => record,
	columns: (
		[
			'report',
			'region',
			'kind',
			'section',
			'section_index',
			'block',
			'text',
			'score',
			'value',
			'unit',
		] as const
	).map((key) => ({csv: key, value: (record: HitRecord) => record[key]})),
};

export function runSearch(
	ctx: CommandContext,
	query: string,
	flags: {
		kind?: string | undefined;
		report?: string | undefined;
		limit?: number | undefined;
		json: boolean;
		csv?: boolean;
	},
	searchAll: (query: string, options: SearchOptions) => Hit[],
): ExitCode {
	const options: SearchOptions = {};
	if (flags.kind) options.kind = flags.kind as SearchKind;
	// An unknown report is a usage error listing the reports, not "nothing found".
	if (flags.report) options.report = findReport(ctx.corpus, flags.report).meta.id;
	if (flags.limit) options.limit = flags.limit;
	const hits = searchAll(query, options);
	if (printData(ctx.stdout, hits.map(hitRecord), shape, flags)) return hits.length > 0 ? 0 : 1;
	if (hits.length === 0) {
		ctx.stderr.write(messages.nothingFound(query)[ctx.lang]);
		return 1;
	}
	const width = ctx.stdout.isTTY ? ctx.stdout.columns : 200;
	const highlight = ctx.color && ctx.stdout.isTTY;
	const lines: string[] = [];
	for (const hit of hits) {
		const {item} = hit;
		const report = ctx.corpus.reportById(item.report);
		const region = regionName(report?.meta.region ?? {zh: item.region, en: ''}, ctx.lang);
		const head = [region, strings[ctx.lang].kindNames[item.kind], item.sectionTitle]
			.filter(Boolean)
			.join(' · ');
		lines.push(truncateToWidth(sanitizeLine(head), width));
		const snippet = snippetAround(item.text, hit.ranges, width - 2);
		lines.push(`  ${mark(snippet.text, snippet.ranges, highlight)}`);
	}
	ctx.stdout.write(`${lines.join('\n')}\n`);
	return 0;
}

/**
 * Sanitizes piece by piece, so ranges (offsets into the original text) stay right; matches are
 * bold and underlined only when colour is on and stdout is a terminal.
 */
function mark(text: string, ranges: Array<[number, number]>, highlight: boolean): string {
	let out = '';
	let at = 0;
	for (const [start, end] of ranges) {
		const match = sanitizeLine(text.slice(start, end));
		out +=
			sanitizeLine(text.slice(at, start)) +
			(highlight ? `\u001b[1;4m${match}\u001b[22;24m` : match);
		at = end;
	}
	return out + sanitizeLine(text.slice(at));
}

// `baogao bookmarks`: the bookmarks made in the app (m, M), newest first, with where each is now.
import {sectionLabel} from '../corpus/report-lines.js';
import {regionName} from '../i18n/lang.js';
import {placeOfBookmark} from '../services/bookmark-place.js';
import type {Bookmark} from '../services/state-store.js';
import {truncateToWidth} from '../text/width.js';
import type {CommandContext, ExitCode} from './context.js';
import {formatColumns, toCsv, toJson} from './output.js';

/** One bookmark as scripts get it. */
type BookmarkRecord = {
	id: number;
	report: string;
	region: string;
	region_en: string;
	section: number;
	section_title: string;
	block: number;
	offset: number;
	excerpt: string;
	note: string;
	created: string;
	/** here: at its place; moved: found elsewhere in the report; lost: not found; gone: no report. */
	status: 'here' | 'moved' | 'lost' | 'gone';
};

function recordOf(bookmark: Bookmark, ctx: CommandContext): BookmarkRecord {
	const place = placeOfBookmark(bookmark, ctx.corpus.reports);
	const found = place.status === 'gone' ? undefined : place;
	return {
		id: bookmark.id,
		report: bookmark.report,
		region: found ? found.report.meta.region.zh : '',
		region_en: found ? found.report.meta.region.en : '',
		section: found ? found.section : bookmark.section,
		section_title: found ? (found.report.sections[found.section]?.title ?? '') : '',
		block: found ? found.block : bookmark.block,
		offset: found ? found.offset : bookmark.offset,
		excerpt: bookmark.excerpt,
		note: bookmark.note,
		created: new Date(bookmark.createdAt).toISOString(),
		status: place.status,
	};
}

const statusWords = {
	en: {here: '', moved: '(moved)', lost: '(not found)', gone: '(report removed)'},
	zh: {here: '', moved: '（已移动）', lost: '（找不到）', gone: '（报告已删除）'},
} as const;

export function runBookmarks(
	ctx: CommandContext,
	bookmarks: readonly Bookmark[],
	flags: {json: boolean; csv: boolean},
): ExitCode {
	const records = bookmarks.map((bookmark) => recordOf(bookmark, ctx));
	if (flags.json) {
		ctx.stdout.write(toJson(records));
		return 0;
	}
	const columns: Array<keyof BookmarkRecord> = [
		'id',
		'report',
		'region',
		'region_en',
		'section',
		'section_title',
		'block',
		'offset',
		'excerpt',
		'note',
		'created',
		'status',
	];
	if (flags.csv) {
		ctx.stdout.write(
			toCsv([columns, ...records.map((record) => columns.map((name) => record[name]))]),
		);
		return 0;
	}
	const zh = ctx.lang === 'zh';
	if (records.length === 0) {
		ctx.stdout.write(
			zh
				? '还没有书签：在阅读器中按 m 为段落加书签。\n'
				: 'No bookmarks yet: press m in the reader to bookmark a paragraph.\n',
		);
		return 0;
	}
	const header = zh
		? ['时间', '地区', '章节', '段落开头', '备注']
		: ['Made', 'Region', 'Section', 'Paragraph', 'Note'];
	const excerptWidth = ctx.stdout.isTTY
		? Math.max(12, Math.floor(ctx.stdout.columns / 3))
		: Infinity;
	const rows = records.map((record, index) => {
		const bookmark = bookmarks[index]!;
		const place = placeOfBookmark(bookmark, ctx.corpus.reports);
		const section =
			place.status === 'gone'
				? statusWords[ctx.lang].gone
				: `${sectionLabel(place.report, Math.max(0, place.section), ctx.lang)}${statusWords[ctx.lang][place.status]}`;
		const excerpt = Number.isFinite(excerptWidth)
			? truncateToWidth(record.excerpt, excerptWidth)
			: record.excerpt;
		return [
			record.created.slice(0, 16).replace('T', ' '),
			place.status === 'gone' ? record.report : regionName(place.report.meta.region, ctx.lang),
			section,
			excerpt,
			record.note,
		];
	});
	ctx.stdout.write(formatColumns([header, ...rows]));
	return 0;
}

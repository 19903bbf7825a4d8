// `baogao bookmarks`: the bookmarks made in the app (m, M), newest first, with where each is now.
import {sectionLabel} from '../corpus/report-lines.js';
import {type Lang, regionName} from '../i18n/lang.js';
import {placeOfBookmark} from '../services/bookmark-place.js';
import type {Bookmark} from '../services/state-store.js';
import {truncateToWidth} from '../text/width.js';
import type {CommandContext, ExitCode} from './context.js';
import {messages} from './messages.js';
import {printData, type RowShape, rowTable} from './output.js';

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

function recordOf(bookmark: Bookmark, place: BookmarkPlace): BookmarkRecord {
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

type BookmarkPlace = ReturnType<typeof placeOfBookmark>;
type BookmarkRow = {record: BookmarkRecord; place: BookmarkPlace};

const field = (key: keyof BookmarkRecord) => (row: BookmarkRow) => row.record[key];

/** Where the bookmark is now, as the table says it. */
function sectionShown({place}: BookmarkRow, lang: Lang): string {
	if (place.status === 'gone') return statusWords[lang].gone;
	return `${sectionLabel(place.report, Math.max(0, place.section), lang)}${statusWords[lang][place.status]}`;
}

/** A bookmark's row: --json has its record, --csv all its fields, the table what a person reads. */
function bookmarkShape(excerptWidth: number): RowShape<BookmarkRow> {
	return {
		json: (row) => row.record,
		columns: [
			{csv: 'id', value: field('id')},
			{
				header: {en: 'Made', zh: '时间'},
				value: field('created'),
				shown: ({record}) => record.created.slice(0, 16).replace('T', ' '),
			},
			{csv: 'report', value: field('report')},
			{
				csv: 'region',
				header: {en: 'Region', zh: '地区'},
				value: field('region'),
				shown: ({record, place}, lang) =>
					place.status === 'gone' ? record.report : regionName(place.report.meta.region, lang),
			},
			{csv: 'region_en', value: field('region_en')},
			{
				csv: 'section',
				header: {en: 'Section', zh: '章节'},
				value: field('section'),
				shown: sectionShown,
			},
			{csv: 'section_title', value: field('section_title')},
			{csv: 'block', value: field('block')},
			{csv: 'offset', value: field('offset')},
			{
				csv: 'excerpt',
				header: {en: 'Paragraph', zh: '段落开头'},
				value: field('excerpt'),
				shown: ({record}) =>
					Number.isFinite(excerptWidth)
						? truncateToWidth(record.excerpt, excerptWidth)
						: record.excerpt,
			},
			{csv: 'note', header: {en: 'Note', zh: '备注'}, value: field('note')},
			{csv: 'created', value: field('created')},
			{csv: 'status', value: field('status')},
		],
	};
}

export function runBookmarks(
	ctx: CommandContext,
	bookmarks: readonly Bookmark[],
	flags: {json: boolean; csv: boolean},
): ExitCode {
	const rows = bookmarks.map((bookmark) => {
		const place = placeOfBookmark(bookmark, ctx.corpus.reports);
		return {record: recordOf(bookmark, place), place};
	});
	// In a terminal the paragraph's start takes a third of the width; piped, it is whole.
	const excerptWidth = ctx.stdout.isTTY
		? Math.max(12, Math.floor(ctx.stdout.columns / 3))
		: Infinity;
	const shape = bookmarkShape(excerptWidth);
	if (printData(ctx.stdout, rows, shape, flags)) return 0;
	ctx.stdout.write(
		rows.length === 0 ? messages.noBookmarks[ctx.lang] : rowTable(rows, shape.columns, ctx.lang),
	);
	return 0;
}

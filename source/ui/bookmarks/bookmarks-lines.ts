// The bookmarks list as lines: two a bookmark (where it is: region and section; then the start
// of the paragraph and the note), newest first, and a hint line.
import type {Lang} from '../../i18n/lang.js';
import type {Report} from '../../corpus/types.js';
import {sectionLabel} from '../../corpus/report-lines.js';
import {strings} from '../../i18n/strings.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {frameHeight, type Size, scrollWindow} from '../kit/geometry.js';
import {fitRow, type Line, type Row, toHeight} from '../kit/segments.js';
import {fitRegion, footerLine} from '../library/library-lines.js';
import {bookmarkRowsShown} from './bookmarks-geometry.js';
import {placeOfBookmark} from '../../services/bookmark-place.js';
import type {BookmarksView} from './bookmarks-state.js';

export function bookmarksLines(
	view: BookmarksView,
	reports: readonly Report[],
	size: Size,
	lang: Lang,
	notice: string | undefined,
): Line[] {
	const text = strings[lang];
	const width = size.columns;
	const entries = view.entries ?? [];
	const shown = bookmarkRowsShown(size);
	const top = scrollWindow(view.cursor, entries.length, shown, view.cursor - Math.floor(shown / 2));
	const lines: Line[] = [
		{
			segments: [
				{text: ` ${text.bookmarksTitle}`, style: 'title'},
				...(view.entries
					? [{text: ` · ${text.bookmarksCount(entries.length)}`, style: 'muted' as const}]
					: []),
			],
		},
		{segments: []},
	];
	if (!view.entries) lines.push({segments: [{text: `  ${text.bookmarksLoading}`, style: 'muted'}]});
	else if (entries.length === 0)
		lines.push({segments: [{text: `  ${text.bookmarksEmpty}`, style: 'muted'}]});
	const regionWidth = Math.min(24, Math.max(12, Math.floor(width * 0.3)));
	entries.slice(top, top + shown).forEach((bookmark, index) => {
		const selected = top + index === view.cursor;
		const place = placeOfBookmark(bookmark, reports);
		const where: Row =
			place.status === 'gone'
				? [
						{text: fitRegion({zh: sanitizeLine(bookmark.report), en: ''}, regionWidth, 'zh')},
						{text: '  '},
						{text: text.bookmarkGone, style: 'muted'},
					]
				: [
						{text: fitRegion(place.report.meta.region, regionWidth, lang)},
						{text: '  '},
						{text: sectionLabel(place.report, Math.max(0, place.section), lang)},
						...(place.status === 'here'
							? []
							: [
									{
										text: ` ${place.status === 'moved' ? text.bookmarkMoved : text.bookmarkLost}`,
										style: 'muted' as const,
									},
								]),
					];
		const note = sanitizeLine(bookmark.note);
		const excerpt: Row = [
			{text: '    '},
			...(note ? [{text: `${note}  `, style: 'label' as const}] : []),
			{text: sanitizeLine(bookmark.excerpt), style: 'muted'},
		];
		const style = selected ? ('selected' as const) : undefined;
		const mark = (row: Row): Row => (style ? row.map((segment) => ({...segment, style})) : row);
		lines.push({segments: fitRow(mark([{text: selected ? '› ' : '  '}, ...where]), width, style)});
		lines.push({segments: fitRow(mark(excerpt), width, style)});
	});
	return [...toHeight(lines, frameHeight(size) - 1), footerLine(notice, text.bookmarksHints)];
}

import {describe, expect, it} from 'vitest';
import type {Bookmark} from '../../../source/services/state-store.js';
import {placeOfBookmark} from '../../../source/services/bookmark-place.js';
import {
	acceptBookmarks,
	newBookmarks,
	reduceBookmarks,
} from '../../../source/ui/bookmarks/bookmarks-state.js';
import {bookmarksLines} from '../../../source/ui/bookmarks/bookmarks-lines.js';
import {textWidth} from '../../../source/text/width.js';
import {fixtureReports} from '../fixtures.js';

const reports = fixtureReports();
const alpha = reports.find((report) => report.meta.id === 'alpha')!;
const size = {columns: 80, rows: 24};
const text = (line: {segments: Array<{text: string}>}) =>
	line.segments.map((segment) => segment.text).join('');

function bookmark(change: Partial<Bookmark>): Bookmark {
	const block = alpha.sections[1]!.blocks[1]!;
	return {
		id: 1,
		report: 'alpha',
		section: 1,
		block: 1,
		offset: 0,
		excerpt: block.text.slice(0, 80),
		note: '',
		createdAt: 0,
		...change,
	};
}

describe('where a bookmark is', () => {
	it('is at its position while the paragraph there still starts as it did', () => {
		expect(placeOfBookmark(bookmark({}), reports)).toMatchObject({
			status: 'here',
			section: 1,
			block: 1,
		});
	});

	it('finds the paragraph again when it moved', () => {
		const moved = placeOfBookmark(bookmark({section: 3, block: 0}), reports);
		expect(moved).toMatchObject({status: 'moved', section: 1, block: 1});
	});

	it('falls back to the nearest place when the paragraph is gone, and never past the end', () => {
		const lost = placeOfBookmark(
			bookmark({section: 99, block: 99, excerpt: '没有这段话'}),
			reports,
		);
		expect(lost.status).toBe('lost');
		if (lost.status !== 'lost') return;
		expect(lost.section).toBe(alpha.sections.length - 1);
		expect(lost.block).toBe(alpha.sections.at(-1)!.blocks.length - 1);
	});

	it('says when the report is gone', () => {
		expect(placeOfBookmark(bookmark({report: 'removed'}), reports)).toEqual({status: 'gone'});
	});
});

describe('the bookmarks list', () => {
	const entries = [
		bookmark({id: 3, note: '再读一遍'}),
		bookmark({id: 2, report: 'removed'}),
		bookmark({id: 1, section: 3, block: 0}),
	];

	it('moves, opens and deletes the selected bookmark', () => {
		let view = acceptBookmarks(newBookmarks(), entries);
		expect(reduceBookmarks(view, 'open', size).open?.id).toBe(3);
		view = reduceBookmarks(view, 'down', size).view;
		expect(reduceBookmarks(view, 'deleteBookmark', size).remove?.id).toBe(2);
		view = reduceBookmarks(view, 'bottom', size).view;
		expect(view.cursor).toBe(2);
		expect(reduceBookmarks(view, 'down', size).view.cursor).toBe(2);
		expect(reduceBookmarks(view, 'back', size).back).toBe(true);
	});

	it('keeps the cursor on the same bookmark when the list is read again', () => {
		const view = reduceBookmarks(acceptBookmarks(newBookmarks(), entries), 'bottom', size).view;
		const again = acceptBookmarks(view, [bookmark({id: 4}), ...entries]);
		expect(again.entries![again.cursor]!.id).toBe(1);
		const shorter = acceptBookmarks(view, entries.slice(0, 1));
		expect(shorter.cursor).toBe(0);
	});

	it('shows region, section, the start of the paragraph and the note; a gone report is said', () => {
		for (const lang of ['en', 'zh'] as const) {
			const lines = bookmarksLines(
				acceptBookmarks(newBookmarks(), entries),
				reports,
				size,
				lang,
				undefined,
			);
			expect(lines).toHaveLength(size.rows);
			const shown = lines.map(text);
			expect(shown[0]).toContain(lang === 'en' ? 'Bookmarks · 3 bookmarks' : '书签 · 3 个书签');
			expect(shown[2]).toContain('甲市');
			expect(shown[2]).toContain('强化思想引领');
			expect(shown[3]).toContain('再读一遍');
			expect(shown[3]).toContain(entries[0]!.excerpt.slice(0, 10));
			expect(shown[4]).toContain(lang === 'en' ? '(report removed)' : '（报告已删除）');
			expect(shown[6]).toContain(lang === 'en' ? '(paragraph moved)' : '（段落已移动）');
			for (const line of shown) expect(textWidth(line)).toBeLessThanOrEqual(size.columns);
		}
	});

	it('says when there are none, and while they are being read', () => {
		expect(
			bookmarksLines(newBookmarks(), reports, size, 'en', undefined).map(text).join('\n'),
		).toContain('Reading the bookmarks');
		const none = acceptBookmarks(newBookmarks(), []);
		expect(bookmarksLines(none, reports, size, 'en', undefined).map(text).join('\n')).toContain(
			'No bookmarks yet',
		);
	});
});

// Where a saved bookmark is now. Reports change (re-imported, edited) and go (removed), so a
// bookmark keeps the start of its paragraph as well as its position: when the block at the
// position no longer starts with it, the paragraph is looked for elsewhere in the report.
import type {Report} from '../corpus/types.js';
import {reportById} from '../corpus/report-lookup.js';
import type {Bookmark} from './state-store.js';

type BookmarkPlace =
	/** At its position, or found again at `section`/`block` after the report changed. */
	| {status: 'here' | 'moved'; report: Report; section: number; block: number; offset: number}
	/** The report is there but the paragraph is not: the nearest place that exists. */
	| {status: 'lost'; report: Report; section: number; block: number; offset: number}
	/** The report is not loaded any more. */
	| {status: 'gone'};

/** How much of the excerpt must match to count as the same paragraph. */
const matchChars = 24;

export function placeOfBookmark(bookmark: Bookmark, reports: readonly Report[]): BookmarkPlace {
	const report = reportById(reports, bookmark.report);
	if (!report) return {status: 'gone'};
	const probe = bookmark.excerpt.slice(0, matchChars);
	const textAt = (section: number, block: number): string | undefined => {
		const found = report.sections[section];
		if (!found) return undefined;
		return block < 0 ? found.title : found.blocks[block]?.text;
	};
	const atPosition = textAt(bookmark.section, bookmark.block);
	const {offset} = bookmark;
	if (atPosition !== undefined && (probe === '' || atPosition.startsWith(probe))) {
		return {status: 'here', report, section: bookmark.section, block: bookmark.block, offset};
	}
	if (probe !== '') {
		for (const [section, found] of report.sections.entries()) {
			if (found.title.startsWith(probe))
				return {status: 'moved', report, section, block: -1, offset: 0};
			const block = found.blocks.findIndex((candidate) => candidate.text.startsWith(probe));
			if (block >= 0) return {status: 'moved', report, section, block, offset: 0};
		}
	}
	const section = Math.max(0, Math.min(bookmark.section, report.sections.length - 1));
	const blocks = report.sections[section]?.blocks.length ?? 0;
	const block = Math.max(-1, Math.min(bookmark.block, blocks - 1));
	return {status: 'lost', report, section, block, offset: 0};
}

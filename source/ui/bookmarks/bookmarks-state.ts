// The list of bookmarks across all reports, newest first. The list itself comes from the state
// store through the app (an effect), so the view holds it once it has arrived.
import type {Bookmark} from '../../services/state-store.js';
import type {Command} from '../kit/commands.js';
import {clamp, listCursor, type Size} from '../kit/geometry.js';
import {bookmarkRowsShown} from './bookmarks-geometry.js';

export type BookmarksView = {
	screen: 'bookmarks';
	/** Newest first; undefined until the store has answered. */
	entries: Bookmark[] | undefined;
	cursor: number;
};

export function newBookmarks(): BookmarksView {
	return {screen: 'bookmarks', entries: undefined, cursor: 0};
}

/** The view with the list as the store gave it, the cursor kept on the same bookmark if it can be. */
export function acceptBookmarks(view: BookmarksView, entries: Bookmark[]): BookmarksView {
	const current = view.entries?.[view.cursor];
	const same = current ? entries.findIndex((entry) => entry.id === current.id) : -1;
	const cursor = same >= 0 ? same : clamp(view.cursor, 0, entries.length - 1);
	return {...view, entries, cursor};
}

type BookmarksResult = {
	view: BookmarksView;
	back?: boolean;
	/** Enter: read at this bookmark. */
	open?: Bookmark;
	/** d: delete it (the app asks the store, then the list is read again). */
	remove?: Bookmark;
};

export function reduceBookmarks(
	view: BookmarksView,
	command: Command,
	size: Size,
): BookmarksResult {
	const entries = view.entries ?? [];
	const cursor = listCursor(command, view.cursor, entries.length, bookmarkRowsShown(size));
	if (cursor !== undefined) return {view: {...view, cursor}};
	const selected = entries[view.cursor];
	switch (command) {
		case 'open':
			return selected ? {view, open: selected} : {view};
		case 'deleteBookmark':
			return selected ? {view, remove: selected} : {view};
		case 'back':
			return {view, back: true};
		default:
			return {view};
	}
}

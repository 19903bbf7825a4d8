// What a key asks of the world outside the state: the clipboard, the state store's bookmarks,
// the pager. The reducer stays pure: it records the request (State.effect) and the app runs it
// (App.tsx), folding what came of it back in as an action.
import type {Bookmark, NewBookmark} from '../../services/state-store.js';

export type Effect =
	/** Put `text` on the clipboard; `what` (and whether its source came along) is named in the status line. */
	| {kind: 'copy'; text: string; what: string; withSource: boolean}
	| {kind: 'addBookmark'; bookmark: NewBookmark}
	| {kind: 'deleteBookmark'; id: number}
	| {kind: 'loadBookmarks'}
	/** Open the report in the pager at the start of `section`. */
	| {kind: 'pager'; report: string; section: number};

/** A request and its number: the app runs each number once. */
export type PendingEffect = {id: number; effect: Effect};

/** Where the bookmarks are kept: the state store's table, or a stand-in in tests. */
export type BookmarkKeeper = {
	add(bookmark: NewBookmark): Bookmark | undefined;
	list(): Bookmark[];
	delete(id: number): boolean;
};

/** How the pager went; the reason is shown in the status line. */
export type PagerOutcome = {ok: true} | {ok: false; reason: string};

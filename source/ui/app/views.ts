// The shape of the app's state: a stack of views (the top one is on screen; Esc pops it), a
// help page over it, and the reading position of every report.
import type {Lang} from '../../i18n/lang.js';
import type {Report} from '../../corpus/types.js';
import type {CountedHits} from '../../search/search.js';
import type {CompareView} from '../compare/compare-state.js';
import type {LibraryView} from '../library/library-state.js';
import type {HitQuery, ReaderView, Target} from '../reader/reader-state.js';
import type {SearchView} from '../search/search-state.js';
import type {Command} from '../kit/commands.js';
import type {KeyPress} from './keys.js';
import type {BookmarksView} from '../bookmarks/bookmarks-state.js';
import type {FiguresView} from '../figures/figures-state.js';
import type {LineEditor} from '../kit/line-editor.js';
import type {Bookmark, NewBookmark} from '../../services/state-store.js';
import type {PendingEffect} from './effects.js';
import type {Size} from '../kit/geometry.js';
import type {Positions} from './reading-positions.js';

export type View =
	LibraryView | ReaderView | SearchView | CompareView | BookmarksView | FiguresView;

/** M's prompt: the note being written for a bookmark that is saved on Enter. */
export type NotePrompt = {editor: LineEditor; bookmark: NewBookmark};

export type State = {
	reports: Report[];
	lang: Lang;
	stack: View[];
	help: boolean;
	helpScroll: number;
	positions: Positions;
	/** A one-line message shown until the next key. */
	notice: string | undefined;
	/** The last query opened from search; n/N in the reader look for it. */
	lastQuery: string;
	/** Earlier queries, oldest first, each once (search-history.ts); the fields walk them. */
	history: string[];
	/** The query last searched for, to be saved in the state store's history by the app. */
	searched: {query: string; scope: string} | undefined;
	quit: boolean;
	/** How many times Ctrl-Z has asked to suspend; each new request stops the process once. */
	suspends: number;
	/** What the last key asked of the world outside (the clipboard, bookmarks, the pager). */
	effect: PendingEffect | undefined;
	/** The note prompt of M, over the reader. */
	prompt: NotePrompt | undefined;
};

export type Action =
	/** Keys as read from the terminal; each is looked up in the bindings of the moment. */
	| {type: 'keys'; keys: KeyPress[]; size: Size}
	| {type: 'command'; command: Command; size: Size}
	| {type: 'type'; text: string}
	| {type: 'results'; generation: number; found: CountedHits}
	| {type: 'readerHits'; report: string; query: HitQuery; hits: Target[]; size: Size}
	| {type: 'notice'; text: string}
	/** The library as the files say after the first frame (drawn from the index's rows). */
	| {type: 'library'; reports: Report[]}
	/** The bookmarks as the store has them now, newest first. */
	| {type: 'bookmarkList'; entries: Bookmark[]};

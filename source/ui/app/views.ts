// The shape of the app's state: a stack of views (the top one is on screen; Esc pops it), a
// help page over it, and the reading position of every report.
import type {Lang} from '../../commands/context.js';
import type {Comparison} from '../../compare/types.js';
import type {Report} from '../../corpus/types.js';
import type {Hit, SearchKind} from '../../search/types.js';
import type {Command, KeyPress} from './keys.js';
import type {Size} from '../kit/geometry.js';
import type {Anchor} from '../reader/report-layout.js';
import type {Positions} from '../reading-positions.js';

/** Highlight ranges in one block's original text; block -1 is the section heading. */
export type Target = {section: number; block: number; ranges: Array<[number, number]>};

export type LibraryView = {screen: 'library'; cursor: number};

export type ReaderView = {
	screen: 'reader';
	report: string;
	/** The first line shown, as a position in the text (independent of the width). */
	anchor: Anchor;
	toc: boolean;
	tocCursor: number;
	figures: boolean;
	/** The hit being shown, highlighted. */
	mark: Target | undefined;
	/** Hits of the search in this report, in reading order; undefined until needed. */
	hits: Target[] | undefined;
	hitIndex: number;
};

export type KindFilter = 'all' | SearchKind;
export const kindFilters: readonly KindFilter[] = [
	'all',
	'section',
	'paragraph',
	'figure',
	'caption',
];

export type SearchView = {
	screen: 'search';
	query: string;
	kind: KindFilter;
	cursor: number;
	/** Bumped on every change of query or kind; results for an older one are dropped. */
	generation: number;
	results: Hit[];
	/** The generation `results` answer; behind `generation` while a search is pending. */
	resultsFor: number;
};

export type ComparePhase = 'pick' | 'table' | 'themes';

export type CompareView = {
	screen: 'compare';
	phase: ComparePhase;
	pickCursor: number;
	/** Chosen report ids, in library order. */
	selected: string[];
	comparison: Comparison | undefined;
	row: number;
	column: number;
	/** First region column shown when they do not all fit. */
	firstColumn: number;
	/** Bar scale: undefined lets each row choose, true/false force log/linear. */
	log: boolean | undefined;
	theme: number;
	themeScroll: number;
};

export type View = LibraryView | ReaderView | SearchView | CompareView;

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
	quit: boolean;
};

export type Action =
	/** Keys as read from the terminal; each is looked up in the bindings of the moment. */
	| {type: 'keys'; keys: KeyPress[]; size: Size}
	| {type: 'command'; command: Command; size: Size}
	| {type: 'type'; text: string}
	| {type: 'results'; generation: number; hits: Hit[]}
	| {type: 'notice'; text: string};

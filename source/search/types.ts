import type {Figure} from '../figures/types.js';

export type SearchKind = 'section' | 'paragraph' | 'figure' | 'caption';
export const searchKinds: readonly SearchKind[] = ['section', 'paragraph', 'figure', 'caption'];

/** One searchable thing. `block` is -1 for a section heading. */
export type SearchItem = {
	kind: SearchKind;
	report: string;
	region: string;
	section: number;
	block: number;
	sectionTitle: string;
	/** The original text; highlight ranges index into it. */
	text: string;
	figure?: Figure;
};

export type Hit = {
	item: SearchItem;
	/** 0 is a perfect match, larger is worse (fuse.js convention). */
	score: number;
	/** [start, end) offsets into item.text, sorted, not overlapping. */
	ranges: Array<[number, number]>;
};

export type SearchOptions = {
	kind?: SearchKind;
	report?: string;
	limit?: number;
};

/**
 * The precomputed index of some items (a corpus held in memory, or the candidates the SQLite
 * index gave a query): its keys are made once, so each query only scans.
 */
export type SearchIndex = {
	/** In report order, then document order; a hit's position here breaks the last ties. */
	items: SearchItem[];
	/**
	 * The folded keys of all items (see fold.ts) joined by '\n', re-coded unit for unit by
	 * `alphabet` (see codec.ts). Terms never hold whitespace, so no match runs from one item
	 * into the next.
	 */
	keys: string;
	/** The chars of the folded keys, commonest first; '' when keys are not re-coded. */
	alphabet: string;
	/** How often each char of `alphabet` occurs. */
	alphabetCounts: number[];
	/** Where item i starts in `keys`; one more entry, `keys.length + 1`, closes the list. */
	starts: number[];
	/** Each report's items, [first, end) in `items`. */
	reports: Array<{id: string; first: number; end: number}>;
};

/** What pinyin is found by in an index's keys: made on the first query with letters. */
export type InitialsKey = {
	/**
	 * One unit per unit of `keys`: the pinyin initials key (see pinyin.ts), coded by pairs of
	 * letters (see codec.ts).
	 */
	initials: string;
	/** The letter pairs of the initials key, commonest first (two chars each). */
	initialPairs: string;
	/** How often each pair of `initialPairs` occurs. */
	initialPairCounts: number[];
	/**
	 * By letter, the offsets in `keys` of chars with a reading that starts with that letter
	 * although their initials-key letter is another one (会: h in the key, k listed here).
	 */
	otherInitials: Record<string, number[]>;
};

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

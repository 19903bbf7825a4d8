// Reader moves: scrolling, sections, the contents list, search hits.
import type {Lang} from '../../i18n/lang.js';
import type {Report} from '../../corpus/types.js';
import type {Hit, SearchKind} from '../../search/types.js';
import type {Command} from '../kit/commands.js';
import {clamp, pageStep, type Size} from '../kit/geometry.js';
import {anchorAt, focusLine, type ReaderFrame, readerFrame} from './reader-frame.js';
import {type Anchor, lineOfAnchor, sectionOfLine} from '../../corpus/report-lines.js';
import {strings} from '../../i18n/strings.js';
import type {LineEditor} from '../kit/line-editor.js';

/** Highlight ranges in one block's original text; block -1 is the section heading. */
export type Target = {section: number; block: number; ranges: Array<[number, number]>};

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
	/** Hits of the search in this report, in reading order; undefined until they are found. */
	hits: Target[] | undefined;
	hitIndex: number;
	/** The search `hits` are to answer, when not the last query opened (see wantedHits). */
	hitQuery: HitQuery | undefined;
	// Search (reader-find.ts, and the search screen's results).
	/** Opened from the search screen under it: n/N step through its results, in any report. */
	result: {index: number; total: number} | undefined;
	/** The query of a search within this report (`/`): all its hits are marked. */
	local: string | undefined;
	/** The `/` prompt, while it is open. */
	find: FindPrompt | undefined;
	/** Where to look for the first of the hits still to come (a search just typed). */
	seekFrom: Anchor | undefined;
};

/** The `/` prompt (reader-find.ts): its field, and what the reader showed when it opened. */
export type FindPrompt = {
	field: LineEditor;
	/** Esc goes back to this. */
	before: Pick<
		ReaderView,
		'anchor' | 'mark' | 'hits' | 'hitIndex' | 'hitQuery' | 'local' | 'seekFrom'
	>;
};

export const startOfReport: Anchor = {section: -1, block: 0, offset: 0};

/**
 * A search whose hits in one report the reader steps through with n/N: found by the app through
 * its services (reader-hits.ts), never by the reducer, and folded in with foldHits.
 */
export type HitQuery = {
	query: string;
	kind: SearchKind | undefined;
	/** The hit the reader was opened at: always one of the hits, and the current one. */
	includes: Target | undefined;
};

/** The search whose hits the reader still needs, if any. */
export function wantedHits(view: ReaderView, lastQuery: string): HitQuery | undefined {
	if (view.hits !== undefined) return undefined;
	if (view.hitQuery) return view.hitQuery;
	// Opened from the search screen, n/N step through its results instead.
	if (view.result) return undefined;
	return lastQuery ? {query: lastQuery, kind: undefined, includes: undefined} : undefined;
}

/** The reader with the hits of `query` in its report. */
export function foldHits(view: ReaderView, query: HitQuery, hits: Target[]): ReaderView {
	const {includes} = query;
	const hitIndex = includes ? hits.findIndex((hit) => compareTargets(hit, includes) === 0) : -1;
	return {...view, hits, hitIndex};
}

export function newReader(report: string, anchor: Anchor): ReaderView {
	return {
		screen: 'reader',
		report,
		anchor,
		toc: false,
		tocCursor: 0,
		figures: false,
		mark: undefined,
		hits: undefined,
		hitIndex: -1,
		hitQuery: undefined,
		result: undefined,
		local: undefined,
		find: undefined,
		seekFrom: undefined,
	};
}

/** Where a search hit is in its report's text. */
export function targetOfHit(hit: Hit, report: Report | undefined): Target {
	const {item} = hit;
	if (item.kind === 'figure' && item.figure) {
		return {
			section: item.section,
			block: item.block,
			ranges: [[item.figure.start, item.figure.end]],
		};
	}
	let ranges = hit.ranges.map(([start, end]) => [start, end] as [number, number]);
	const block = item.block >= 0 ? report?.sections[item.section]?.blocks[item.block] : undefined;
	if (block && block.text !== item.text) {
		// An item's text may be a part of its block; find where, so the ranges line up.
		const at = block.text.indexOf(item.text);
		ranges = at > 0 ? ranges.map(([start, end]) => [start + at, end + at]) : ranges;
	}
	return {section: item.section, block: item.block, ranges};
}

export function compareTargets(a: Target, b: Target): number {
	return (
		a.section - b.section || a.block - b.block || (a.ranges[0]?.[0] ?? 0) - (b.ranges[0]?.[0] ?? 0)
	);
}

/** A reader showing `target` about a third of the way down the window. */
export function readerAtTarget(
	report: Report,
	target: Target,
	size: Size,
	lang: Lang,
	hitQuery?: HitQuery,
): ReaderView {
	const view = newReader(report.meta.id, startOfReport);
	const frame = readerFrame(report, startOfReport, false, size, lang);
	const line = targetLine(frame, target);
	const anchor = anchorAt(frame, line - Math.floor(frame.geometry.bodyHeight / 3));
	return {...view, anchor, mark: target, hitQuery};
}

/** The reader with `target` marked, scrolled to it unless it is already on screen. */
export function showTarget(
	view: ReaderView,
	target: Target,
	report: Report,
	size: Size,
	lang: Lang,
): ReaderView {
	const frame = readerFrame(report, view.anchor, false, size, lang);
	const line = targetLine(frame, target);
	const height = frame.geometry.bodyHeight;
	const visible = line >= frame.top && line < frame.top + height;
	const anchor = visible ? view.anchor : anchorAt(frame, line - Math.floor(height / 3));
	return {...view, mark: target, anchor};
}

/** Which hit of how many is shown, for the status line. */
export function hitPosition(view: ReaderView): {index: number; total: number} | undefined {
	if (view.local === undefined && view.result) return view.result;
	if (view.hits && view.hitIndex >= 0) return {index: view.hitIndex, total: view.hits.length};
	return undefined;
}

export function targetLine(frame: ReaderFrame, target: Target): number {
	const offset = frame.layout.displayOffset(
		target.section,
		target.block,
		target.ranges[0]?.[0] ?? 0,
	);
	return lineOfAnchor(frame.layout, {section: target.section, block: target.block, offset});
}

type ReaderContext = {
	report: Report;
	size: Size;
	lang: Lang;
};

type ReaderResult = {view: ReaderView; notice?: string; back?: boolean};

export function reduceReader(
	view: ReaderView,
	command: Command,
	context: ReaderContext,
): ReaderResult {
	const {report, size, lang} = context;
	if (view.toc) return {view: reduceToc(view, command, context)};
	const frame = readerFrame(report, view.anchor, false, size, lang);
	const height = frame.geometry.bodyHeight;
	const moveTo = (top: number): ReaderResult => ({view: {...view, anchor: anchorAt(frame, top)}});
	switch (command) {
		case 'down':
			return moveTo(frame.top + 1);
		case 'up':
			return moveTo(frame.top - 1);
		case 'pageDown':
			return moveTo(frame.top + pageStep(height));
		case 'pageUp':
			return moveTo(frame.top - pageStep(height));
		case 'top':
			return moveTo(0);
		case 'bottom':
			return moveTo(frame.maxTop);
		case 'halfPageDown':
			return moveTo(frame.top + Math.max(1, Math.floor(height / 2)));
		case 'halfPageUp':
			return moveTo(frame.top - Math.max(1, Math.floor(height / 2)));
		case 'nextSection': {
			const next = frame.layout.sectionStarts.find((start) => start > frame.top);
			return next === undefined ? moveTo(frame.maxTop) : moveTo(next);
		}
		case 'previousSection': {
			const previous = frame.layout.sectionStarts.findLast((start) => start < frame.top);
			return moveTo(previous ?? 0);
		}
		case 'toc':
			return {
				view: {
					...view,
					toc: true,
					tocCursor: clamp(
						sectionOfLine(frame.layout, focusLine(frame)),
						0,
						report.sections.length - 1,
					),
				},
			};
		case 'figures':
			return {view: {...view, figures: !view.figures}};
		case 'nextHit':
		case 'previousHit':
			return stepHit(view, command === 'nextHit' ? 1 : -1, frame, context);
		case 'back':
			return {view, back: true};
		default:
			return {view};
	}
}

function reduceToc(view: ReaderView, command: Command, context: ReaderContext): ReaderView {
	const last = context.report.sections.length - 1;
	switch (command) {
		case 'down':
			return {...view, tocCursor: Math.min(last, view.tocCursor + 1)};
		case 'up':
			return {...view, tocCursor: Math.max(0, view.tocCursor - 1)};
		case 'top':
			return {...view, tocCursor: 0};
		case 'bottom':
			return {...view, tocCursor: last};
		case 'open': {
			// Jump with the contents closed, the way the text is then shown.
			const frame = readerFrame(context.report, view.anchor, false, context.size, context.lang);
			const start = frame.layout.sectionStarts[view.tocCursor] ?? 0;
			return {...view, toc: false, anchor: anchorAt(frame, start)};
		}
		case 'back':
			return {...view, toc: false};
		default:
			return view;
	}
}

function stepHit(
	view: ReaderView,
	direction: 1 | -1,
	frame: ReaderFrame,
	context: ReaderContext,
): ReaderResult {
	const {hits} = view;
	if (!hits || hits.length === 0) {
		return {view: {...view, hits}, notice: strings[context.lang].noHits};
	}
	let index: number;
	if (view.hitIndex >= 0) {
		index = (view.hitIndex + direction + hits.length) % hits.length;
	} else {
		// No hit shown yet: the first one after (or before) the top of the window.
		const lines = hits.map((hit) => targetLine(frame, hit));
		index =
			direction === 1
				? Math.max(
						0,
						lines.findIndex((line) => line >= frame.top),
					)
				: Math.max(
						0,
						lines.findLastIndex((line) => line < frame.top),
					);
	}
	const target = hits[index]!;
	const shown = showTarget(view, target, context.report, context.size, context.lang);
	// The status line shows which hit this is (hitPosition).
	return {view: {...shown, hits, hitIndex: index}};
}

/** A block of the report: a paragraph or caption, or a section heading (block -1). */
type BlockPlace = {section: number; block: number};

/**
 * The paragraph the reader is at, for copying and bookmarks: the hit being shown when it is in
 * view, else the first paragraph, caption or heading from a third of the way down (where hits
 * are placed), else the last one above it.
 */
export function currentBlock(view: ReaderView, context: ReaderContext): BlockPlace | undefined {
	const {report, size, lang} = context;
	const frame = readerFrame(report, view.anchor, false, size, lang);
	const height = frame.geometry.bodyHeight;
	if (view.mark) {
		const line = targetLine(frame, view.mark);
		if (line >= frame.top && line < frame.top + height)
			return {section: view.mark.section, block: view.mark.block};
	}
	const {lines} = frame.layout;
	const isText = (index: number) => {
		const line = lines[index];
		return (
			line !== undefined &&
			line.section >= 0 &&
			(line.kind === 'paragraph' || line.kind === 'caption' || line.kind === 'heading')
		);
	};
	const start = focusLine(frame);
	let found = -1;
	for (let index = start; index < Math.min(lines.length, frame.top + height); index++) {
		if (isText(index)) {
			found = index;
			break;
		}
	}
	if (found < 0) {
		for (let index = start; index >= 0; index--) {
			if (isText(index)) {
				found = index;
				break;
			}
		}
	}
	const line = lines[found];
	return line ? {section: line.section, block: line.block} : undefined;
}

/** The section the reader is in (as the status line names it). */
export function currentSection(view: ReaderView, context: ReaderContext): number {
	const frame = readerFrame(context.report, view.anchor, false, context.size, context.lang);
	return Math.max(0, sectionOfLine(frame.layout, focusLine(frame)));
}

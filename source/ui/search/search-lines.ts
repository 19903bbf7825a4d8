// The search screen as lines: the query, the kind tabs with a count, and two lines per result
// (where it is, then the matched text in a window around the match).
import {formatCount} from '../../i18n/count.js';
import type {Lang} from '../../i18n/lang.js';
import type {Hit} from '../../search/types.js';
import {sanitizeLine, sanitizeWithOffsets} from '../../text/sanitize.js';
import {snippetAround} from '../../text/snippet.js';
import {textWidth, truncateToWidth} from '../../text/width.js';
import {splitByMarks} from '../kit/highlight.js';
import {frameHeight, type Size, scrollWindow} from '../kit/geometry.js';
import {searchResultsShown} from './search-geometry.js';
import {footerLine} from '../library/library-lines.js';
import {isSearchPending, searchQuery} from './search-state.js';
import {fieldRow} from '../kit/line-field.js';
import {type Line, type Row, rowWidth} from '../kit/segments.js';
import {strings} from '../../i18n/strings.js';
import {type KindFilter, kindFilters, type SearchView} from './search-state.js';

/** The matched text cut to `width` around its first range, with every range marked. */
export function hitSnippet(hit: Hit, width: number): Row {
	const {text, offset} = sanitizeWithOffsets(hit.item.text);
	const ranges = hit.ranges.map(([start, end]) => [offset(start), offset(end)] as [number, number]);
	const cut = snippetAround(text, ranges, width);
	const marks = cut.ranges.map(([start, end]) => ({start, end, tag: 'hit' as const}));
	return splitByMarks(cut.text, 0, marks).map((piece) => ({
		text: piece.text,
		style: piece.tag ? 'hit' : undefined,
	}));
}

/**
 * A result's region as every screen names it (`regionName`): the index keeps only the Chinese
 * name, so the caller looks the report up.
 */
type RegionOf = (report: string, indexed: string) => string;

/** How many hits the tab's kind has (all kinds for 'all'), once the query's counts are in. */
function kindCount(view: SearchView, kind: KindFilter): number | undefined {
	const {counts} = view;
	if (!counts || !searchQuery(view).trim()) return undefined;
	if (kind === 'all') return Object.values(counts).reduce((sum, count) => sum + count, 0);
	return counts[kind];
}

/** The kind tabs, each with its count; without the gaps between tabs when they would not fit. */
function kindTabs(view: SearchView, lang: Lang, width: number): Row {
	const tabs = kindFilters.map((kind) => {
		const count = kindCount(view, kind);
		const label = ` ${strings[lang].kindTabs[kind]}${count === undefined ? '' : ` ${formatCount(count)}`} `;
		return {text: label, style: kind === view.kind ? 'tabActive' : 'tabIdle'} as const;
	});
	const spaced: Row = [{text: ' '}, ...tabs.flatMap((tab) => [tab, {text: ' '}])];
	return rowWidth(spaced) <= width ? spaced : [{text: ' '}, ...tabs];
}

export function searchLines(
	view: SearchView,
	size: Size,
	lang: Lang,
	notice: string | undefined,
	regionOf: RegionOf = (_report, indexed) => sanitizeLine(indexed),
): Line[] {
	const text = strings[lang];
	const width = size.columns;
	const height = frameHeight(size);
	const query = searchQuery(view);
	const label = ` ${text.searchPrompt}`;
	// The field shows its cursor while it has the keyboard; in the results it is plain text.
	const field =
		view.focus === 'field'
			? fieldRow(view.field, width - textWidth(label))
			: [{text: truncateToWidth(sanitizeLine(query), Math.max(1, width - textWidth(label)))}];
	const prompt: Line = {
		segments: [
			{text: label, style: 'label'},
			...field,
			...(query ? [] : [{text: ` ${text.searchPlaceholder}`, style: 'muted' as const}]),
		],
	};
	const pending = isSearchPending(view);
	const count = !query.trim()
		? ''
		: pending
			? text.searching
			: view.results.length === 0
				? text.noResults
				: text.resultCount(view.results.length);
	const tabs = kindTabs(view, lang, width);
	const tabsWidth = tabs.reduce((sum, segment) => sum + textWidth(segment.text), 0);
	const countRoom = width - tabsWidth - 1;
	if (count && countRoom >= textWidth(count)) {
		tabs.push({text: ' '.repeat(countRoom - textWidth(count))}, {text: count, style: 'muted'});
	}
	const lines: Line[] = [prompt, {segments: tabs}];

	const shown = searchResultsShown(size);
	const top = scrollWindow(
		view.cursor,
		view.results.length,
		shown,
		view.cursor - Math.floor(shown / 2),
	);
	view.results.slice(top, top + shown).forEach((hit, index) => {
		const selected = top + index === view.cursor;
		const {item} = hit;
		const where = [
			regionOf(item.report, item.region),
			strings[lang].kindNames[item.kind],
			sanitizeLine(item.sectionTitle || text.opening),
		];
		const marker = selected ? ' › ' : '   ';
		lines.push(
			selected
				? {segments: [{text: `${marker}${where.join(' · ')}`, style: 'selected'}], fill: 'selected'}
				: {
						segments: [
							{text: marker},
							{text: where[0]!, style: 'label'},
							{text: ` · ${where[1]} · ${where[2]}`, style: 'muted'},
						],
					},
		);
		lines.push({
			segments: [{text: '   '}, ...hitSnippet(hit, width - 4)],
		});
	});
	const body = lines.slice(0, height - 1);
	while (body.length < height - 1) body.push({segments: []});
	const hints = view.focus === 'field' ? text.searchHints : text.resultsHints;
	return [...body, footerLine(notice, hints)];
}

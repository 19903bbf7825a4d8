// The reader as lines: header, optional contents (above or beside), the visible window of the
// text with hits and figures marked, and a status line.
import {type Lang, regionName} from '../../i18n/lang.js';
import type {Report} from '../../corpus/types.js';
import type {Figure} from '../../figures/types.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {padToWidth, textWidth, truncateToWidth} from '../../text/width.js';
import {type Marked, splitByMarks} from '../kit/highlight.js';
import {frameHeight, type Size, scrollWindow} from '../kit/geometry.js';
import {focusLine, percentThrough, type ReaderFrame, readerFrame} from './reader-frame.js';
import {
	lineOfAnchor,
	type ReaderLayout,
	type ReaderLine,
	sectionOfLine,
	tocEntry,
} from '../../corpus/report-lines.js';
import {fitRow, type Line, type Row, rowWidth, type Token, toHeight} from '../kit/segments.js';
import {strings} from '../../i18n/strings.js';
import {type FindPrompt, hitPosition, type ReaderView} from './reader-state.js';
import {fieldRow} from '../kit/line-field.js';
import type {LineEditor} from '../kit/line-editor.js';

type MarkTag = 'hit' | 'otherHit' | 'figure';

// Only memoization: the figures grouped by block, once per figure list rather than per frame.
const figureIndex = new WeakMap<Figure[], Map<string, Figure[]>>();

function figuresByBlock(figures: Figure[]): Map<string, Figure[]> {
	let index = figureIndex.get(figures);
	if (!index) {
		index = new Map();
		for (const figure of figures) {
			const key = `${figure.section}:${figure.block}`;
			const list = index.get(key) ?? [];
			list.push(figure);
			index.set(key, list);
		}
		figureIndex.set(figures, index);
	}
	return index;
}

const lineStyles: Record<ReaderLine['kind'], Token> = {
	title: 'title',
	meta: 'muted',
	heading: 'heading',
	paragraph: 'plain',
	caption: 'caption',
	credit: 'credit',
	blank: 'plain',
};

function marksFor(
	line: ReaderLine,
	view: ReaderView,
	layout: ReaderLayout,
	figures: Figure[] | undefined,
) {
	const marks: Array<Marked<MarkTag>> = [];
	const display = (offset: number) => layout.displayOffset(line.section, line.block, offset);
	const {mark} = view;
	if (mark && mark.section === line.section && mark.block === line.block) {
		for (const [start, end] of mark.ranges)
			marks.push({start: display(start), end: display(end), tag: 'hit'});
	}
	// A search within the report marks all its hits; the one shown is `mark`, listed first.
	if (view.local !== undefined && view.hits) {
		for (const hit of view.hits) {
			if (hit.section !== line.section || hit.block !== line.block) continue;
			for (const [start, end] of hit.ranges)
				marks.push({start: display(start), end: display(end), tag: 'otherHit'});
		}
	}
	if (figures && line.block >= 0) {
		for (const figure of figuresByBlock(figures).get(`${line.section}:${line.block}`) ?? []) {
			marks.push({start: display(figure.start), end: display(figure.end), tag: 'figure'});
		}
	}
	return marks;
}

/** One line of report text, with its prefix and marks. */
function textRow(
	line: ReaderLine,
	view: ReaderView,
	layout: ReaderLayout,
	figures: Figure[] | undefined,
): Row {
	const style = lineStyles[line.kind];
	const row: Row = [];
	if (line.prefix) {
		const labelled = line.kind === 'caption' && line.start === 0;
		row.push({text: line.prefix, style: labelled ? 'label' : style});
	}
	const marks = line.kind === 'credit' ? [] : marksFor(line, view, layout, figures);
	for (const piece of splitByMarks(line.text, line.start, marks)) {
		row.push({text: piece.text, style: piece.tag ? [style, piece.tag] : style});
	}
	return row;
}

type ReaderRowsInput = {
	report: Report;
	view: ReaderView;
	size: Size;
	lang: Lang;
	figures: Figure[] | undefined;
	notice: string | undefined;
	/** The note being written for a bookmark (M), shown in place of the status line. */
	note?: LineEditor | undefined;
};

export function readerLines({
	report,
	view,
	size,
	lang,
	figures,
	notice,
	note,
}: ReaderRowsInput): Line[] {
	const frame = readerFrame(report, view.anchor, view.toc, size, lang);
	const {geometry, layout, top} = frame;
	const width = size.columns;
	const shownFigures = view.figures ? figures : undefined;

	const body: Row[] = layout.lines
		.slice(top, top + geometry.bodyHeight)
		.map((line) => [{text: ' '}, ...textRow(line, view, layout, shownFigures)]);
	while (body.length < geometry.bodyHeight) body.push([]);

	const region = regionName(report.meta.region, lang);
	const header: Line = {
		segments: [
			{text: ` ${region}`, style: 'title'},
			{text: ` · ${sanitizeLine(report.meta.title)}`, style: 'muted'},
		],
	};
	const lines: Line[] = [header];
	if (geometry.toc === 'above') {
		lines.push(...tocLines(report, view, geometry.tocHeight, width, lang, true));
		lines.push(...body.map((segments) => ({segments})));
	} else if (geometry.toc === 'beside') {
		const toc = tocLines(report, view, geometry.tocHeight, geometry.tocWidth, lang);
		body.forEach((segments, index) => {
			const left = toc[index];
			const leftRow = left ? fitRow(left.segments, geometry.tocWidth, left.fill) : [];
			lines.push({
				segments: [
					...leftRow,
					{text: padToWidth('', geometry.tocWidth - rowWidth(leftRow))},
					{text: ' │', style: 'muted'},
					...segments,
				],
			});
		});
	} else {
		lines.push(...body.map((segments) => ({segments})));
	}
	const out = toHeight(lines, frameHeight(size) - 1);
	out.push(
		note
			? notePromptLine(note, lang, width)
			: view.find
				? findPromptLine(report, view.find, lang, width)
				: statusLine(report, view, frame, lang, notice, width),
	);
	return out;
}

function tocLines(
	report: Report,
	view: ReaderView,
	height: number,
	width: number,
	lang: Lang,
	rule = false,
): Line[] {
	const text = strings[lang];
	// Title line, entries, and (above the text) a rule that sets them off from it.
	const entries = Math.max(1, height - 1 - (rule ? 1 : 0));
	const top = scrollWindow(
		view.tocCursor,
		report.sections.length,
		entries,
		view.tocCursor - Math.floor(entries / 2),
	);
	const lines: Line[] = [{segments: [{text: ` ${text.contents}`, style: 'heading'}]}];
	for (let index = top; index < Math.min(report.sections.length, top + entries); index++) {
		const selected = index === view.tocCursor;
		lines.push({
			segments: [
				{
					text: ` ${tocEntry(report, index, Math.max(1, width - 1), lang)}`,
					style: selected ? 'selected' : 'plain',
				},
			],
			...(selected ? {fill: 'selected' as const} : {}),
		});
	}
	if (rule) {
		while (lines.length < height - 1) lines.push({segments: []});
		lines.push({segments: [{text: '─'.repeat(width), style: 'muted'}]});
	}
	return lines;
}

/** The section of the marked hit, while it is on screen. */
function markedSection(view: ReaderView, frame: ReaderFrame): number | undefined {
	const {mark} = view;
	if (!mark) return undefined;
	const offset = frame.layout.displayOffset(mark.section, mark.block, mark.ranges[0]?.[0] ?? 0);
	const line = lineOfAnchor(frame.layout, {section: mark.section, block: mark.block, offset});
	const visible = line >= frame.top && line < frame.top + frame.geometry.bodyHeight;
	return visible ? mark.section : undefined;
}

function statusLine(
	report: Report,
	view: ReaderView,
	frame: ReaderFrame,
	lang: Lang,
	notice: string | undefined,
	width: number,
): Line {
	const text = strings[lang];
	const section =
		report.sections[markedSection(view, frame) ?? sectionOfLine(frame.layout, focusLine(frame))];
	const sectionLabel = section ? (section.title ? sanitizeLine(section.title) : text.opening) : '';
	const hit = hitPosition(view);
	const flags = [
		hit ? text.hitCount(hit.index + 1, hit.total) : '',
		view.figures ? text.figuresOn : '',
		`${percentThrough(frame)}%`,
	]
		.filter(Boolean)
		.join(' · ');
	const right = ` ${flags} · ${text.readerHints} `;
	const region = regionName(report.meta.region, lang);
	// While a search within the report marks its hits, the line keeps its query and scope.
	const scope = view.local === undefined ? region : text.foundIn(sanitizeLine(view.local), region);
	const left = notice ? ` ${sanitizeLine(notice)}` : ` ${scope} · ${sectionLabel}`;
	const room = Math.max(0, width - textWidth(right));
	return {
		segments: [
			{text: padToWidth(left, room), style: notice ? ['status', 'notice'] : 'status'},
			{text: right, style: 'status'},
		],
		fill: 'status',
	};
}

/** Fewest columns the `/` prompt keeps for the query; the scope's title gives way first. */
const findFieldWidth = 12;

/** The `/` prompt in place of the status line: the scope (region, title), the query, Tab. */
function findPromptLine(report: Report, find: FindPrompt, lang: Lang, width: number): Line {
	const text = strings[lang];
	const region = regionName(report.meta.region, lang);
	const hint = ` ${text.findWiden} `;
	const bare = text.findIn(region);
	const titleRoom = width - textWidth(hint) - findFieldWidth - textWidth(` ${bare}`) - 3;
	const title = sanitizeLine(report.meta.title);
	const scope = titleRoom >= 4 ? `${region} · ${truncateToWidth(title, titleRoom)}` : region;
	return promptLine(` ${text.findIn(scope)}`, find.field, hint, width);
}

/** M's prompt: the note for the bookmark, edited as a shell line. */
function notePromptLine(note: LineEditor, lang: Lang, width: number): Line {
	const text = strings[lang];
	return promptLine(` ${text.noteLabel}`, note, ` ${text.noteHints} `, width);
}

/** A field in place of the status line: its label, the text with its cursor, a hint at the right. */
function promptLine(label: string, editor: LineEditor, hint: string, width: number): Line {
	const room = Math.max(1, width - textWidth(label) - textWidth(hint));
	const field = fitRow(fieldRow(editor, room), room);
	return {
		segments: [
			{text: label, style: 'label'},
			...field,
			{text: ' '.repeat(Math.max(0, room - rowWidth(field)))},
			{text: hint, style: 'muted'},
		],
	};
}

// A report laid out as display lines for one text width: the one renderer of a report, which
// the reader styles line by line and \`show\` prints plain. Each line remembers which block it
// came from and which characters of it, so positions (reading place, hits, figures) can be
// kept as (section, block, offset) and survive a change of width.
import {formatPeriod, type Lang, levelText, regionName} from '../i18n/lang.js';
import {reportMemo} from './report-memo.js';
import type {Report, Section} from './types.js';
import {sanitizeLine, sanitizeWithOffsets} from '../text/sanitize.js';
import {padToWidth, textWidth, truncateToWidth} from '../text/width.js';
import {wrapText} from '../text/wrap.js';
import {strings} from '../i18n/strings.js';

type LineKind = 'title' | 'meta' | 'heading' | 'paragraph' | 'caption' | 'credit' | 'blank';

/** Section index used for the report's own title lines, before the first section. */
const headerSection = -1;
/** Block index of a section heading (as in search hits). */
const headingBlock = -1;

export type ReaderLine = {
	kind: LineKind;
	section: number;
	block: number;
	/** [start, end) of `text` within the sanitized block text (or heading title). */
	start: number;
	end: number;
	/** Drawn before the text (indent, caption bar and label, section number); not selectable. */
	prefix: string;
	text: string;
};

export type Anchor = {section: number; block: number; offset: number};

export type ReaderLayout = {
	width: number;
	lines: ReaderLine[];
	/** Line index of each section's first line (its heading, or first block when untitled). */
	sectionStarts: number[];
	/** Maps an offset in the original block text to one in the displayed text. */
	displayOffset(section: number, block: number, offset: number): number;
};

// Credits and blank lines are not part of the block text; these offsets sort them after it.
const creditOffset = Number.MAX_SAFE_INTEGER - 1;
const afterBlock = Number.MAX_SAFE_INTEGER;

/**
 * How captions are set. On a screen: in a marked column, the credit on a line of its own. In
 * print (\`show\`, a pager, a file): a paragraph, "[Photo] text — credit", indented.
 */
type CaptionForm = 'screen' | 'print';

/** Numbers of every section, counted once per report: a loop over sections stays linear. */
const numbering = new WeakMap<Section[], number[]>();

/** Titled sections count from 1; an untitled opening is 0. */
export function sectionNumber(report: Report, index: number): number {
	const {sections} = report;
	let numbers = numbering.get(sections);
	if (!numbers || numbers.length !== sections.length) {
		let count = 0;
		numbers = sections.map((section) => (section.title ? ++count : count));
		numbering.set(sections, numbers);
	}
	return numbers[Math.min(index, numbers.length - 1)] ?? 0;
}

/** A section as the contents list it: "3. 标题", or the opening's name. */
export function sectionLabel(report: Report, index: number, lang: Lang): string {
	const section = report.sections[index]!;
	return section.title
		? `${sectionNumber(report, index)}. ${sanitizeLine(section.title)}`
		: strings[lang].opening;
}

/** Wraps to `width`; an infinite width (output to a pipe) keeps every line whole. */
function wrapTo(text: string, width: number): string[] {
	return Number.isFinite(width) ? wrapText(text, Math.max(1, width)) : text.split('\n');
}

// Layouts of a few widths a report (resizing back and forth).
const layouts = reportMemo<ReaderLayout>(4);

/** Lays a report out for a width; results are kept per report, width, language and form. */
export function layoutReport(
	report: Report,
	width: number,
	lang: Lang,
	captions: CaptionForm = 'screen',
): ReaderLayout {
	return layouts(report, `${width}:${lang}:${captions}`, () =>
		buildLayout(report, width, lang, captions),
	);
}

function buildLayout(
	report: Report,
	width: number,
	lang: Lang,
	captions: CaptionForm,
): ReaderLayout {
	const text = strings[lang];
	const lines: ReaderLine[] = [];
	const offsets = new Map<string, (offset: number) => number>();
	const blank = (section: number, block: number, at: number) =>
		lines.push({kind: 'blank', section, block, start: at, end: at, prefix: '', text: ''});
	const push = (
		kind: LineKind,
		section: number,
		block: number,
		raw: string,
		available: number,
		firstPrefix = '',
		restPrefix = firstPrefix,
	) => {
		const {text: clean, offset} = sanitizeWithOffsets(raw);
		offsets.set(`${section}:${block}`, offset);
		let cursor = 0;
		wrapTo(clean, available).forEach((line, index) => {
			const found = clean.indexOf(line, cursor);
			const start = found === -1 ? cursor : found;
			cursor = start + line.length;
			lines.push({
				kind,
				section,
				block,
				start,
				end: cursor,
				prefix: index === 0 ? firstPrefix : restPrefix,
				text: line,
			});
		});
	};

	const {meta} = report;
	push('title', headerSection, 0, meta.title, width);
	if (meta.subtitle) push('title', headerSection, 1, meta.subtitle, width);
	const facts = [
		regionName(meta.region, lang),
		levelText(meta.level, lang),
		formatPeriod(meta.period),
		meta.source,
		...(captions === 'print' ? [meta.published, meta.authors.join(text.listSeparator)] : []),
	]
		.filter(Boolean)
		.join(' · ');
	push('meta', headerSection, 2, facts, width);
	blank(headerSection, 2, afterBlock);

	const sectionStarts: number[] = [];
	const labelWidth = textWidth(text.photo);
	const captionIndent = '  ▎';
	const captionFirst = `${captionIndent}${text.photo} `;
	const captionRest = `${captionIndent}${' '.repeat(labelWidth + 1)}`;
	const captionWidth = width - textWidth(captionFirst);
	report.sections.forEach((section, sectionIndex) => {
		sectionStarts.push(lines.length);
		if (section.title) {
			const number = `${sectionNumber(report, sectionIndex)}. `;
			push(
				'heading',
				sectionIndex,
				headingBlock,
				section.title,
				width - number.length,
				number,
				' '.repeat(number.length),
			);
			blank(sectionIndex, headingBlock, afterBlock);
		}
		section.blocks.forEach((block, blockIndex) => {
			if (block.kind === 'caption' && captions === 'print') {
				const credit = block.credit ? ` — ${block.credit}` : '';
				const indent = '    ';
				const tagged = `${text.photoTag}${block.text}${credit}`;
				push('caption', sectionIndex, blockIndex, tagged, width - indent.length, indent);
			} else if (block.kind === 'caption') {
				push(
					'caption',
					sectionIndex,
					blockIndex,
					block.text,
					captionWidth,
					captionFirst,
					captionRest,
				);
				if (block.credit) {
					const credit = truncateToWidth(
						`${text.creditPrefix}${sanitizeLine(block.credit)}`,
						Math.max(1, captionWidth),
					);
					lines.push({
						kind: 'credit',
						section: sectionIndex,
						block: blockIndex,
						start: creditOffset,
						end: creditOffset,
						prefix: captionRest,
						text: credit,
					});
				}
			} else {
				push('paragraph', sectionIndex, blockIndex, block.text, width);
			}
			blank(sectionIndex, blockIndex, afterBlock);
		});
	});
	// No trailing blank line: the last page ends on text.
	if (lines.at(-1)?.kind === 'blank') lines.pop();
	return {
		width,
		lines,
		sectionStarts,
		displayOffset: (section, block, offset) =>
			offsets.get(`${section}:${block}`)?.(offset) ?? offset,
	};
}

/** The line a position falls on: the last line of its block starting at or before it. */
export function lineOfAnchor(layout: ReaderLayout, anchor: Anchor): number {
	const {lines} = layout;
	let found = -1;
	// Blocks are in order, so a binary search finds the block's first line.
	let low = 0;
	let high = lines.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const line = lines[middle]!;
		if (compare(line.section, line.block, anchor.section, anchor.block) < 0) low = middle + 1;
		else high = middle - 1;
	}
	for (let index = low; index < lines.length; index++) {
		const line = lines[index]!;
		if (line.section !== anchor.section || line.block !== anchor.block) break;
		if (index === low || line.start <= anchor.offset) found = index;
	}
	if (found === -1) return Math.min(low, Math.max(0, lines.length - 1));
	return found;
}

export function anchorOfLine(layout: ReaderLayout, index: number): Anchor {
	const line = layout.lines[Math.min(Math.max(0, index), layout.lines.length - 1)];
	if (!line) return {section: headerSection, block: 0, offset: 0};
	// A blank line or credit stands for the block it closes; keep its own position so that
	// lineOfAnchor finds it again.
	return {section: line.section, block: line.block, offset: line.start};
}

/** The section the given line belongs to (-1 for the title lines). */
export function sectionOfLine(layout: ReaderLayout, index: number): number {
	const line = layout.lines[Math.min(Math.max(0, index), layout.lines.length - 1)];
	return line?.section ?? headerSection;
}

function compare(sectionA: number, blockA: number, sectionB: number, blockB: number): number {
	return sectionA === sectionB ? blockA - blockB : sectionA - sectionB;
}

/** Pads a table-of-contents entry: "3. 标题" cut to the width. */
export function tocEntry(report: Report, index: number, width: number, lang: Lang): string {
	return padToWidth(sectionLabel(report, index, lang), width);
}

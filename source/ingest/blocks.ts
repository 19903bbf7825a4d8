// Raw lines to cleaned blocks, with the layout hints the structure pass needs.
import {chromeFeatureFor, chromeRuleFor, factsFromLine, type PageFacts} from './chrome.js';
import {cleanLine, findGarbled, type Garbled} from './clean.js';
import type {BlockHint} from './page-blocks.js';

export type RawBlock = {
	text: string;
	/** 1-based line number in the raw file (the first line, for joined blocks). */
	line: number;
	/** Blank lines before and after it in the raw text: photo captions stand apart. */
	gapBefore: number;
	gapAfter: number;
	/** The raw line ended with a closing HTML tag: the paragraph ends here, whatever the text. */
	closed?: boolean;
	/** What the page's markup says the block is (a saved page's h2, figcaption, headline). */
	hint?: BlockHint;
};

/** How a line pipeline's input came to be: a saved page's blocks are whole and marked. */
export type ScanOptions = {
	/** By 0-based line index: the markup's word on each block. */
	hints?: ReadonlyArray<BlockHint | undefined>;
	/** Every line is a whole block (extracted from markup): never glued to the next. */
	wholeLines?: boolean;
	/** By 0-based line index: the furniture the markup names the block as ("poll"). */
	furniture?: ReadonlyArray<string | undefined>;
};

/** A block left out of the report and why; line 0 for a page's block outside its article. */
export type Dropped = {line: number; rule: string; text: string};

type LineScan = {
	blocks: RawBlock[];
	dropped: Dropped[];
	garbled: Garbled[];
	facts: PageFacts;
	/** Captions' default credit from a line like "本版图片除署名外均由…提供". */
	defaultCredit?: string;
	/** Every non-empty cleaned line, chrome included: evidence for the metadata. */
	lines: Array<{line: number; text: string}>;
};

const closingTagAtEnd = /(?:<|\?)\/(?:span|p|div|font|td)>\s*$/i;
const defaultCreditPattern =
	/^(?:本版|本文)?(?:图片|圖片)(?:除署名外)?(?:均)?由(.+?)(?:提供|供图|供圖)$/;

export function scanLines(raw: string, options: ScanOptions = {}): LineScan {
	const lines = raw
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.split('\n');
	const scan: LineScan = {blocks: [], dropped: [], garbled: [], facts: {}, lines: []};
	const cleaned = lines.map(cleanLine);
	// Repetition is a feature of page furniture: a login wall's "点击查看" under every photo.
	const seen = new Map<string, number>();
	for (const text of cleaned) if (text) seen.set(text, (seen.get(text) ?? 0) + 1);
	let gap = 0;
	lines.forEach((rawLine, index) => {
		const lineNumber = index + 1;
		const text = cleaned[index]!;
		if (text === '') {
			gap += 1;
			return;
		}
		scan.lines.push({line: lineNumber, text});
		const hint = options.hints?.[index];
		const furniture = options.furniture?.[index];
		const rule: {name: string} | undefined =
			(furniture && hint !== 'title' ? {name: furniture} : undefined) ??
			chromeRuleFor(text) ??
			(hint === 'title' ? undefined : chromeFeatureFor(text, {repeats: seen.get(text) ?? 1}));
		const credit = defaultCreditPattern.exec(text);
		if (rule || credit) {
			Object.assign(scan.facts, {...factsFromLine(text), ...scan.facts});
			if (credit) scan.defaultCredit = credit[1]!;
			scan.dropped.push({
				line: lineNumber,
				rule: rule?.name ?? 'photo credit line',
				text: text.slice(0, 60),
			});
			gap += 1;
			return;
		}
		const previous = scan.blocks.at(-1);
		if (previous) previous.gapAfter = gap;
		const block: RawBlock = {
			text,
			line: lineNumber,
			gapBefore: scan.blocks.length === 0 ? 99 : gap,
			gapAfter: 99,
		};
		if (options.wholeLines || closingTagAtEnd.test(rawLine)) block.closed = true;
		if (hint) block.hint = hint;
		scan.blocks.push(block);
		scan.garbled.push(...findGarbled(text, lineNumber));
		gap = 0;
	});
	return scan;
}

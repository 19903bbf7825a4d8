// A saved web page to text blocks the importer's line pipeline reads. The article is found by Mozilla's Readability (Firefox's reader view) over
// linkedom, a DOM small enough for a command-line tool; the page's own metadata is kept as
// evidence for the report's fields.
import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';

import {chromeFeatureFor, chromeRuleFor} from './chrome.js';
import {blocksOf, type DomNode, normalize, type PageBlock} from './page-blocks.js';

export type PageMeta = {
	title?: string;
	ogTitle?: string;
	siteName?: string;
	published?: string;
	author?: string;
	source?: string;
	description?: string;
};

export type ExtractedPage = {
	/** The article's blocks, the headline first when the page has one. */
	blocks: PageBlock[];
	/** The page's blocks outside the article (navigation, header, footer): evidence, not text. */
	outside: PageBlock[];
	meta: PageMeta;
	/** True when Readability found the article; false when the whole body was taken. */
	byReadability: boolean;
};

type DomDocument = DomNode & {
	querySelector(selector: string): DomNode | null;
	querySelectorAll(selector: string): ArrayLike<DomNode>;
	body: DomNode | null;
	title: string;
};

function parse(html: string): DomDocument {
	return parseHTML(html).document as unknown as DomDocument;
}

/** A fragment (Readability's article) as a document with a body. */
function parseFragment(html: string): DomDocument {
	return parse(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
}

function metaContent(document: DomDocument, selectors: string[]): string | undefined {
	for (const selector of selectors) {
		const value = document.querySelector(selector)?.getAttribute?.('content');
		if (value && normalize(value)) return normalize(value);
	}
	return undefined;
}

function pageMeta(document: DomDocument): PageMeta {
	const meta: PageMeta = {};
	const set = (key: keyof PageMeta, value: string | undefined) => {
		if (value) meta[key] = value;
	};
	set('title', normalize(document.title ?? '') || undefined);
	set('ogTitle', metaContent(document, ['meta[property="og:title"]', 'meta[name="og:title"]']));
	set(
		'siteName',
		metaContent(document, [
			'meta[property="og:site_name"]',
			'meta[name="og:site_name"]',
			'meta[name="SiteName"]',
			'meta[name="sitename"]',
		]),
	);
	set(
		'published',
		metaContent(document, [
			'meta[property="article:published_time"]',
			'meta[name="article:published_time"]',
			'meta[name="PubDate"]',
			'meta[name="pubdate"]',
			'meta[name="publishdate"]',
			'meta[name="publish_date"]',
			'meta[name="date"]',
			'meta[itemprop="datePublished"]',
		]),
	);
	set(
		'author',
		metaContent(document, [
			'meta[name="author"]',
			'meta[property="article:author"]',
			'meta[name="Author"]',
		]),
	);
	set(
		'source',
		metaContent(document, [
			'meta[name="source"]',
			'meta[name="ContentSource"]',
			'meta[name="contentsource"]',
		]),
	);
	set('description', metaContent(document, ['meta[name="description"]']));
	return meta;
}

/** Readability wants a browser Document; linkedom's is one in all that Readability uses. */
type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

export function extractPage(html: string): ExtractedPage {
	const page = parse(html);
	const meta = pageMeta(page);
	const all = blocksOf(page.body ?? page);
	// Everything read from the page as saved is read before Readability, which takes the same
	// document apart. Parsing the page a second time for it was a third of extractPage's time
	// (node --cpu-prof on guizhou-province-union.html, mean of 5 runs: 184 ms → 116 ms).
	const headings = headingsOf(page, meta);
	const siteNames = siteNamesOf(page, meta);
	let article: ReturnType<Readability['parse']>;
	try {
		// Chinese says in 100 characters what English says in 500: the default threshold would
		// reject most short articles. Class names are kept: they say which blocks are furniture.
		article = new Readability(page as unknown as ReadabilityDocument, {
			charThreshold: 100,
			keepClasses: true,
		}).parse();
	} catch {
		article = null;
	}
	const contentBlocks = article?.content ? blocksOf(parseFragment(article.content).body) : [];
	const articleChars = contentBlocks.reduce((sum, block) => sum + block.text.length, 0);
	const allChars = all.reduce((sum, block) => sum + block.text.length, 0);
	// An "article" of a sliver of the page is Readability picking a sidebar: take the whole body.
	const byReadability = articleChars > 0 && articleChars >= Math.min(200, allChars * 0.3);
	// Readability rewrites a div of text as a bare <p>, losing its class: a block's furniture is
	// read from the page as it was saved.
	const furnitureByText = new Map(all.map((block) => [block.text, block.furniture]));
	const body = byReadability
		? contentBlocks.map((block) => {
				const furniture = block.furniture ?? furnitureByText.get(block.text);
				return furniture ? {...block, furniture} : block;
			})
		: all;
	const inBody = new Set(body.map((block) => block.text));
	const headline = pickHeadline(headings, meta, siteNames, all, body);
	const subtitles = droppedSubtitles(all, inBody, headline);
	const kept = new Set(subtitles.map((block) => block.text));
	const outside = all
		.filter((block) => !inBody.has(block.text) && block.text !== headline && !kept.has(block.text))
		.map((block) => ({...block, furniture: whyOutside(block)}));
	const blocks: PageBlock[] =
		headline && !body.some((block) => block.text === headline)
			? [{text: headline, hint: 'title' as const}, ...subtitles, ...body]
			: body.flatMap((block) =>
					block.text === headline ? [{...block, hint: 'title' as const}, ...subtitles] : [block],
				);
	return {blocks, outside, meta, byReadability};
}

/** "——某某县总工会五年工作回顾": a subtitle line, dash first, not a sentence. */
const subtitleShape = /^[—－―-]{1,2}\s*[\u3400-\u9fff]/;

/**
 * The "——…" subtitle lines printed between the headline and the article's first block, which
 * Readability often leaves out with the page header they sit in (a headline in an h1, its
 * subtitle in a div beside the date line): they are the report's subtitle, and often the only
 * place its region is named.
 */
function droppedSubtitles(
	all: PageBlock[],
	inBody: Set<string>,
	headline: string | undefined,
): PageBlock[] {
	if (!headline) return [];
	const start = all.findIndex((block) => block.text === headline);
	if (start < 0) return [];
	const found: PageBlock[] = [];
	for (const block of all.slice(start + 1)) {
		if (inBody.has(block.text)) break;
		const length = [...block.text].length;
		if (
			!block.furniture &&
			subtitleShape.test(block.text) &&
			length <= 60 &&
			!sentenceEnd.test(block.text)
		) {
			found.push(block);
		}
	}
	return found;
}

/** Why a block of the page is not the article's: its markup, its shape, or where it sits. */
function whyOutside(block: PageBlock): string {
	return (
		block.furniture ??
		chromeRuleFor(block.text)?.name ??
		chromeFeatureFor(block.text, {repeats: 1})?.name ??
		'outside the article (Readability)'
	);
}

const sentenceEnd = /[。！？!?…；;][”’」』）)"']*$/;

/** Short, says no sentence, mostly Chinese, and no furniture: a line that could be a headline. */
function headlineLike(block: PageBlock | undefined): block is PageBlock {
	if (!block || block.furniture) return false;
	const {text} = block;
	const length = [...text].length;
	const chinese = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
	return (
		length >= 4 &&
		length <= 60 &&
		!sentenceEnd.test(text) &&
		chinese >= length * 0.5 &&
		!/^[—-]/.test(text) &&
		!chromeRuleFor(text) &&
		!chromeFeatureFor(text, {repeats: 1})
	);
}

/** A <title>'s parts: "标题_某某网", "标题 - 频道 - 某某网", "标题-某某网" (a hyphen between words). */
function titleParts(title: string): string[] {
	return title
		.split(/\s*[_|｜]\s*|\s+[-–—]\s+|(?<=[\u4e00-\u9fff）)])-(?=[\u4e00-\u9fff])/)
		.map((part) => part.trim())
		.filter(Boolean);
}

/**
 * The headline, by the evidence pages of every kind give:
 * 1. a heading (h1, then h2, h3) that one of the page's titles (<title>, og:title) contains;
 * 2. a block that is exactly a title's part;
 * 3. the page's h1, when it reads as a headline (not the site's name);
 * 4. the headline-like line right above the article's first sentence, past the publication
 *    line and a "——" subtitle: portals often title every page with the site's name;
 * 5. the title, its site and channel parts cut off.
 */
type Headings = Record<'h1' | 'h2' | 'h3', string[]>;

/** The page's h1, h2 and h3 texts that read as headlines (not the site's name). */
function headingsOf(page: DomDocument, meta: PageMeta): Headings {
	const of = (tag: string) =>
		Array.from(page.querySelectorAll(tag))
			.map((node) => normalize(node.textContent ?? ''))
			.filter((text) => text && text !== meta.siteName && headlineLike({text, hint: 'heading'}));
	return {h1: of('h1'), h2: of('h2'), h3: of('h3')};
}

/**
 * The names the page gives itself, never its headline: og:site_name, and a <title> (or a part
 * of one) that is also the text of a link, of a logo or site-name element, or that stands twice
 * or more in the page (the header and the footer print the site's name; an article its
 * headline once).
 */
function siteNamesOf(page: DomDocument, meta: PageMeta): Set<string> {
	const names = new Set<string>(meta.siteName ? [meta.siteName] : []);
	const candidates = new Set(
		[meta.title, meta.ogTitle].flatMap((title) => (title ? [title, ...titleParts(title)] : [])),
	);
	if (candidates.size === 0) return names;
	const seen = new Map<string, number>();
	for (const node of Array.from(page.querySelectorAll('body *'))) {
		const text = normalize(node.textContent ?? '');
		if (!candidates.has(text)) continue;
		seen.set(text, (seen.get(text) ?? 0) + 1);
		const labels = `${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''}`;
		if (node.nodeName.toUpperCase() === 'A' || /logo|site|brand/i.test(labels)) names.add(text);
	}
	for (const [text, count] of seen) if (count >= 2) names.add(text);
	return names;
}

function pickHeadline(
	headings: Headings,
	meta: PageMeta,
	siteNames: ReadonlySet<string>,
	all: readonly PageBlock[],
	body: readonly PageBlock[],
): string | undefined {
	const titles = [meta.ogTitle, meta.title].filter(
		(title): title is string => Boolean(title) && !siteNames.has(title!),
	);
	const parts = titles
		.flatMap(titleParts)
		.filter((part) => !siteNames.has(part) && [...part].length >= 4);
	for (const tag of ['h1', 'h2', 'h3'] as const) {
		const named = headings[tag].find((text) =>
			parts.some((part) => part === text || ([...text].length >= 6 && part.includes(text))),
		);
		if (named) return named;
	}
	const exact = all.find((block) => headlineLike(block) && parts.includes(block.text));
	if (exact) return exact.text;
	const h1 = headings.h1[0];
	if (h1) return h1;
	const above = headlineAbove(all, body);
	if (above) return above;
	const longest = [...parts].sort((a, b) => [...b].length - [...a].length)[0];
	if (longest ?? titles[0]) return longest ?? titles[0];
	// The <title> names only the site: the headline is the article's first headline-shaped
	// block, or the one right above the article.
	const first = body.find((block) => headlineLike(block) && !siteNames.has(block.text));
	if (first) return first.text;
	return body[0] ? headlineRightAbove(all, body[0]) : undefined;
}

/** The headline-like block just above the article's first sentence, if the page has one. */
function headlineAbove(all: readonly PageBlock[], body: readonly PageBlock[]): string | undefined {
	const firstProse = body.find(
		(block) => sentenceEnd.test(block.text) && [...block.text].length > 30,
	);
	return firstProse ? headlineRightAbove(all, firstProse) : undefined;
}

/** The headline-like block above a block of the page, past the lines between headline and text. */
function headlineRightAbove(all: readonly PageBlock[], below: PageBlock): string | undefined {
	const at = all.findIndex((block) => block.text === below.text);
	for (let index = at - 1; index >= 0 && index >= at - 4; index--) {
		const block = all[index]!;
		// A "——" subtitle, a salutation, the publication line sit between headline and text.
		if (/^[—-]{1,2}/.test(block.text) || /[:：]$/.test(block.text)) continue;
		if (chromeRuleFor(block.text) || chromeFeatureFor(block.text, {repeats: 1})) continue;
		return headlineLike(block) ? block.text : undefined;
	}
	return undefined;
}

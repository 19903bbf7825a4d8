// A saved web page (or a Word file converted to HTML) to text blocks the importer's line
// pipeline reads. The article is found by Mozilla's Readability (Firefox's reader view) over
// linkedom, a DOM small enough for a command-line tool; the page's own metadata is kept as
// evidence for the report's fields.
import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';

export type BlockHint = 'title' | 'heading' | 'caption' | 'paragraph';
export type PageBlock = {text: string; hint: BlockHint};

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

/** The part of a DOM node this module reads; linkedom's and a browser's both fit. */
type DomNode = {
	nodeType: number;
	nodeName: string;
	textContent: string | null;
	childNodes: ArrayLike<DomNode>;
	getAttribute?(name: string): string | null;
};
type DomDocument = DomNode & {
	querySelector(selector: string): DomNode | null;
	querySelectorAll(selector: string): ArrayLike<DomNode>;
	body: DomNode | null;
	title: string;
};

const skipped = new Set([
	'SCRIPT',
	'STYLE',
	'NOSCRIPT',
	'TEMPLATE',
	'IFRAME',
	'svg',
	'SVG',
	'HEAD',
	'SELECT',
	'OPTION',
	'TEXTAREA',
	'BUTTON',
]);
const blockTags = new Set([
	'P',
	'DIV',
	'SECTION',
	'ARTICLE',
	'MAIN',
	'HEADER',
	'FOOTER',
	'NAV',
	'ASIDE',
	'H1',
	'H2',
	'H3',
	'H4',
	'H5',
	'H6',
	'LI',
	'UL',
	'OL',
	'DL',
	'DT',
	'DD',
	'BLOCKQUOTE',
	'FIGURE',
	'FIGCAPTION',
	'TABLE',
	'TBODY',
	'THEAD',
	'TR',
	'TD',
	'TH',
	'PRE',
	'FORM',
	'CENTER',
	'HR',
	'BR',
]);

function parse(html: string): DomDocument {
	return parseHTML(html).document as unknown as DomDocument;
}

/** A fragment (Readability's article, mammoth's output) as a document with a body. */
function parseFragment(html: string): DomDocument {
	return parse(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
}

function normalize(text: string): string {
	return text
		.replace(/[\u00a0\u2002-\u200a\u3000\t\r\n]+/g, ' ')
		.replace(/ {2,}/g, ' ')
		.trim();
}

/** Block-level text of an element tree, in reading order. */
export function blocksOf(root: DomNode | null): PageBlock[] {
	const out: PageBlock[] = [];
	let inline = '';
	const flush = (hint: BlockHint = 'paragraph') => {
		const text = normalize(inline);
		if (text) out.push({text, hint});
		inline = '';
	};
	const visit = (node: DomNode, within: BlockHint) => {
		if (node.nodeType === 3) {
			inline += node.textContent ?? '';
			return;
		}
		if (node.nodeType !== 1 || skipped.has(node.nodeName)) return;
		const tag = node.nodeName.toUpperCase();
		if (tag === 'IMG') {
			// Alt text is not the page's text; an image only separates blocks.
			flush(within);
			return;
		}
		if (!blockTags.has(tag)) {
			for (const child of Array.from(node.childNodes)) visit(child, within);
			return;
		}
		flush(within);
		const hint: BlockHint = /^H[1-6]$/.test(tag)
			? 'heading'
			: tag === 'FIGCAPTION'
				? 'caption'
				: within;
		for (const child of Array.from(node.childNodes)) visit(child, hint);
		flush(hint);
	};
	if (root) for (const child of Array.from(root.childNodes)) visit(child, 'paragraph');
	flush();
	return out;
}

function metaContent(document: DomDocument, selectors: string[]): string | undefined {
	for (const selector of selectors) {
		const value = document.querySelector(selector)?.getAttribute?.('content');
		if (value && normalize(value)) return normalize(value);
	}
	return undefined;
}

export function pageMeta(document: DomDocument): PageMeta {
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

/** Every block of an HTML fragment or document, its first heading marked as the headline. */
export function extractBlocks(html: string): PageBlock[] {
	const document = /<body[\s>]/i.test(html) ? parse(html) : parseFragment(html);
	const blocks = blocksOf(document.body ?? document);
	const first = blocks.findIndex((block) => block.hint === 'heading');
	if (first !== -1 && first < 3) blocks[first] = {...blocks[first]!, hint: 'title'};
	return blocks;
}

export function extractPage(html: string): ExtractedPage {
	const page = parse(html);
	const meta = pageMeta(page);
	const all = blocksOf(page.body ?? page);
	let article: ReturnType<Readability['parse']>;
	try {
		// Chinese says in 100 characters what English says in 500: the default threshold would
		// reject most short articles.
		article = new Readability(parse(html) as unknown as ReadabilityDocument, {
			charThreshold: 100,
		}).parse();
	} catch {
		article = null;
	}
	const contentBlocks = article?.content ? blocksOf(parseFragment(article.content).body) : [];
	const articleChars = contentBlocks.reduce((sum, block) => sum + block.text.length, 0);
	const allChars = all.reduce((sum, block) => sum + block.text.length, 0);
	// An "article" of a sliver of the page is Readability picking a sidebar: take the whole body.
	const byReadability = articleChars > 0 && articleChars >= Math.min(200, allChars * 0.3);
	const body = byReadability ? contentBlocks : all;
	const inBody = new Set(body.map((block) => block.text));
	const outside = all.filter((block) => !inBody.has(block.text));
	const headline = pickHeadline(page, meta, article?.title ?? undefined);
	const blocks =
		headline && !body.some((block) => block.text === headline)
			? [{text: headline, hint: 'title' as const}, ...body]
			: body.map((block) => (block.text === headline ? {...block, hint: 'title' as const} : block));
	return {blocks, outside, meta, byReadability};
}

/**
 * The headline: the page's h1 when it is one of the titles the page gives itself, else the
 * og:title or <title> with the site name cut off ("标题_某某网", "标题 - 某某网").
 */
function pickHeadline(
	page: DomDocument,
	meta: PageMeta,
	readabilityTitle: string | undefined,
): string | undefined {
	const h1s = Array.from(page.querySelectorAll('h1'))
		.map((node) => normalize(node.textContent ?? ''))
		.filter(Boolean);
	const titles = [meta.ogTitle, meta.title, readabilityTitle].filter((title): title is string =>
		Boolean(title),
	);
	const inTitles = h1s.find((h1) => titles.some((title) => title.includes(h1)));
	if (inTitles) return inTitles;
	const title = titles[0];
	if (!title) return h1s[0];
	const parts = title.split(/\s*[_|｜]\s*|\s+[-–—]\s+/).filter(Boolean);
	const site = meta.siteName;
	const kept = parts.filter((part) => part !== site);
	return (kept.sort((a, b) => b.length - a.length)[0] ?? title).trim();
}

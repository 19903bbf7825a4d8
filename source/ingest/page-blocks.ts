// The text blocks of an element tree, in reading order, each with what its markup says it is
// (a heading, a caption, page furniture by its class or landmark). Any tree with the few DOM
// members below will do: linkedom's for a saved page, the importer's own for mammoth's HTML,
// so that reading a Word file loads no HTML parser.

export type BlockHint = 'title' | 'heading' | 'caption' | 'paragraph';
export type PageBlock = {
	text: string;
	hint: BlockHint;
	/** What the markup around the block says it is when that is page furniture ("poll"). */
	furniture?: string;
};

/** The part of a DOM node this module reads; linkedom's and a browser's both fit. */
export type DomNode = {
	nodeType: number;
	nodeName: string;
	textContent: string | null;
	childNodes: ArrayLike<DomNode>;
	getAttribute?(name: string): string | null;
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

export function normalize(text: string): string {
	return text
		.replace(/[\u00a0\u2002-\u200a\u3000\t\r\n]+/g, ' ')
		.replace(/ {2,}/g, ' ')
		.trim();
}

/**
 * Page furniture by the words its markup is named with (class and id, split at - and _) and by
 * the landmark elements around it: where a block sits says as much as what it says (the
 * boilerpipe and trafilatura designs). Words, not site-specific names: "comment", "vote".
 */
const furnitureWords: ReadonlyArray<[RegExp, string]> = [
	[/^(comments?|reply|replies|discuss|discussion|pinglun|huifu|respond)$/, 'comment or reply'],
	[/^(vote|votes|poll|polls|survey|toupiao|diaocha)$/, 'poll'],
	[/^(share|sharing|social|fenxiang|bdshare)$/, 'share controls'],
	[/^(login|signin|register|paywall|lock|locked|mask|vip|unlock)$/, 'login wall'],
	[
		/^(related|relate|recommend|recommends|more|hot|hots|rank|ranking|guess|tuijian|xiangguan|toutiao|headlines)$/,
		'related links',
	],
	[/^(breadcrumb|breadcrumbs|crumb|crumbs|bread|location|position|weizhi|daohang)$/, 'breadcrumb'],
	[/^(nav|navbar|navigation|menu|menus|topnav|subnav|channel)$/, 'navigation'],
	[/^(footer|foot|copyright|bottom|ft)$/, 'page footer'],
	[/^(header|masthead|logo|brand|banner|topbar)$/, 'page header'],
	[/^(sidebar|aside|side)$/, 'sidebar'],
	[/^(ad|ads|advert|advertisement|guanggao|promo|sponsor)$/, 'advertisement'],
	[/^(sign|signature|qianming)$/, 'signature'],
	[/^(tools|toolbar|print|fontsize)$/, 'page tools'],
];
const landmarkFurniture: Record<string, string> = {
	NAV: 'navigation',
	HEADER: 'page header',
	FOOTER: 'page footer',
	ASIDE: 'sidebar',
	FORM: 'form',
};

/** The furniture an element's own markup names, if any. */
function furnitureOf(node: DomNode, tag: string): string | undefined {
	const landmark = landmarkFurniture[tag];
	if (landmark) return landmark;
	const names = `${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''}`;
	if (!names.trim()) return undefined;
	const words = names
		.toLowerCase()
		.split(/[\s_-]+/)
		.filter(Boolean);
	for (const [pattern, name] of furnitureWords) {
		if (words.some((word) => pattern.test(word))) return name;
	}
	return undefined;
}

/** Block-level text of an element tree, in reading order. */
export function blocksOf(root: DomNode | null): PageBlock[] {
	const out: PageBlock[] = [];
	let inline = '';
	let inlineFurniture: string | undefined;
	const flush = (hint: BlockHint = 'paragraph') => {
		const text = normalize(inline);
		if (text) {
			const block: PageBlock = {text, hint};
			if (inlineFurniture) block.furniture = inlineFurniture;
			out.push(block);
		}
		inline = '';
		inlineFurniture = undefined;
	};
	const visit = (node: DomNode, within: BlockHint, furniture: string | undefined) => {
		if (node.nodeType === 3) {
			if (!inline.trim()) inlineFurniture = furniture;
			inline += node.textContent ?? '';
			return;
		}
		if (node.nodeType !== 1 || skipped.has(node.nodeName)) return;
		const tag = node.nodeName.toUpperCase();
		const here = furniture ?? furnitureOf(node, tag);
		if (tag === 'IMG') {
			// Alt text is not the page's text; an image only separates blocks.
			flush(within);
			return;
		}
		if (!blockTags.has(tag)) {
			for (const child of Array.from(node.childNodes)) visit(child, within, here);
			return;
		}
		flush(within);
		const hint: BlockHint = /^H[1-6]$/.test(tag)
			? 'heading'
			: tag === 'FIGCAPTION'
				? 'caption'
				: within;
		for (const child of Array.from(node.childNodes)) visit(child, hint, here);
		flush(hint);
	};
	if (root) for (const child of Array.from(root.childNodes)) visit(child, 'paragraph', undefined);
	flush();
	return out;
}

/** The blocks of a fragment (mammoth's output), its first heading in the first three the headline. */
export function withHeadline(blocks: PageBlock[]): PageBlock[] {
	const first = blocks.findIndex((block) => block.hint === 'heading');
	if (first !== -1 && first < 3) blocks[first] = {...blocks[first]!, hint: 'title'};
	return blocks;
}

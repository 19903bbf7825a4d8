// mammoth's HTML as the element tree page-blocks reads. mammoth writes all of its HTML with one
// small writer (mammoth/lib/writers/html-writer.js): <tag name="value">, </tag>, <tag ... />,
// and text with only &, < and > escaped (and " in attribute values). Reading that takes no HTML
// parser. Loading linkedom (with its CSS parser and htmlparser2) for it cost ~90 ms of CPU by
// itself; a Word import (changde-union.docx, --dry-run) went from 600-660 ms of CPU to
// 440-540 ms without it (user+sys, median of 9, two rounds each, machine under load).
import type {DomNode} from './page-blocks.js';

class TextNode implements DomNode {
	readonly nodeType = 3;
	readonly nodeName = '#text';
	readonly childNodes: DomNode[] = [];
	constructor(readonly textContent: string) {}
}

class ElementNode implements DomNode {
	readonly nodeType = 1;
	readonly childNodes: DomNode[] = [];
	constructor(
		readonly nodeName: string,
		private readonly attributes: ReadonlyMap<string, string>,
	) {}

	get textContent(): string {
		return this.childNodes.map((child) => child.textContent ?? '').join('');
	}

	getAttribute(name: string): string | null {
		return this.attributes.get(name) ?? null;
	}
}

const token = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=/>]+="[^"]*")*)\s*(\/?)>|([^<]+)|</g;
const attribute = /([^\s=/>]+)="([^"]*)"/g;
const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};

function unescape(text: string): string {
	return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (whole, name: string) => {
		if (name[0] !== '#') return entities[name] ?? whole;
		const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
}

/** Void elements mammoth writes without a slash in some versions. */
const voidTags = new Set(['BR', 'IMG', 'HR']);

/** The tree of mammoth's HTML under one root; a closing tag with no match is ignored. */
export function parseMammothHtml(html: string): DomNode {
	const root = new ElementNode('BODY', new Map());
	const open: ElementNode[] = [root];
	for (const match of html.matchAll(token)) {
		const [, closing, name, attributeText, selfClosing, text] = match;
		const parent = open.at(-1)!;
		if (text !== undefined) {
			parent.childNodes.push(new TextNode(unescape(text)));
			continue;
		}
		if (name === undefined) {
			// A lone "<" mammoth would have escaped: keep it as text.
			parent.childNodes.push(new TextNode('<'));
			continue;
		}
		const tag = name.toUpperCase();
		if (closing) {
			const at = open.findLastIndex((element) => element.nodeName === tag);
			if (at > 0) open.length = at;
			continue;
		}
		const attributes = new Map<string, string>();
		for (const [, key, value] of (attributeText ?? '').matchAll(attribute)) {
			attributes.set(key!.toLowerCase(), unescape(value!));
		}
		const element = new ElementNode(tag, attributes);
		parent.childNodes.push(element);
		if (!selfClosing && !voidTags.has(tag)) open.push(element);
	}
	return root;
}

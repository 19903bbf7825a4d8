// A Word document to the same blocks a saved page gives. mammoth reads .docx into clean HTML
// (headings from Word's heading styles); the whole document is the article.
import type {Text} from '../i18n/lang.js';
import type {ExtractedPage} from './html.js';
import {parseMammothHtml} from './mammoth-html.js';
import {importMessages} from './messages.js';
import {blocksOf, withHeadline} from './page-blocks.js';

export class DocxError extends Error {
	override name = 'DocxError';
	constructor(readonly problem: Text) {
		super(problem.en);
	}
}

const captionStyles = ["p[style-name='caption'] => figcaption:fresh"];

export async function extractDocx(bytes: Buffer): Promise<ExtractedPage> {
	const {default: mammoth} = await import('mammoth');
	let html: string;
	try {
		// Word's Caption style would come out a plain <p>: keep it a caption.
		html = (await mammoth.convertToHtml({buffer: bytes}, {styleMap: captionStyles})).value;
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		throw new DocxError(importMessages.notDocx(reason ?? ''));
	}
	return {
		blocks: withHeadline(blocksOf(parseMammothHtml(html))),
		outside: [],
		meta: {},
		byReadability: false,
	};
}

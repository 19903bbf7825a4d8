// A Word document to the same blocks a saved page gives. mammoth reads .docx into clean HTML
// (headings from Word's heading styles); the whole document is the article.
import type {Text} from '../i18n/lang.js';
import {problems} from '../i18n/messages.js';
import {type ExtractedPage, extractBlocks} from './html.js';

export class DocxError extends Error {
	override name = 'DocxError';
	constructor(readonly text: Text) {
		super(text.en);
	}
}

export async function extractDocx(bytes: Buffer): Promise<ExtractedPage> {
	const {default: mammoth} = await import('mammoth');
	let html: string;
	try {
		html = (await mammoth.convertToHtml({buffer: bytes})).value;
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		throw new DocxError(problems.notDocx(reason ?? ''));
	}
	return {blocks: extractBlocks(html), outside: [], meta: {}, byReadability: false};
}

// Bytes of a file someone saved to text: which encoding it is in, and the text.
// A byte-order mark decides first, then valid UTF-8, then a page's own meta charset, then the
// chardet detector (statistical, like the browsers'), whose guess is only taken when the bytes
// decode under it without errors.
import type {Text} from '../i18n/lang.js';
import {analyse} from 'chardet';
import {importMessages} from './messages.js';

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export type Decoded = {
	text: string;
	encoding: Encoding;
	/** How it was decided. */
	by: 'byte-order mark' | 'valid UTF-8' | 'meta charset' | 'detected';
	/** True when the bytes began with a byte-order mark. */
	bom: boolean;
};

export class DecodeError extends Error {
	override name = 'DecodeError';
	constructor(readonly problem: Text) {
		super(problem.en);
	}
}

/** Names a page or detector may use for the encodings we decode, by what TextDecoder calls them. */
const aliases: Record<string, Encoding> = {
	'utf-8': 'utf-8',
	utf8: 'utf-8',
	'utf-16le': 'utf-16le',
	'utf-16be': 'utf-16be',
	'utf-16': 'utf-16le',
	gb2312: 'gb18030',
	gbk: 'gb18030',
	gb18030: 'gb18030',
	'x-gbk': 'gb18030',
	cp936: 'gb18030',
	big5: 'big5',
	'big5-hkscs': 'big5',
	'x-x-big5': 'big5',
	cp950: 'big5',
};

function encodingNamed(name: string): Encoding | undefined {
	return aliases[name.trim().toLowerCase()];
}

function tryDecode(bytes: Uint8Array, encoding: Encoding): string | undefined {
	try {
		return new TextDecoder(encoding, {fatal: true}).decode(bytes);
	} catch {
		return undefined;
	}
}

/** A hundred of the commonest Chinese characters, in both scripts where they differ. */
const commonChars =
	/[的一是在不了有和人这這中大为為上个個国國我以要他时時来來用们們生到作地于出就分对對成会會可主发發年动動同工也能下过過子说說产產种種面而方后多定行学學法所民得经經十三之进進着等部度家电電力里如水化高自二理起小物现現实實加量都两兩体體制机機当當使点點从從业業本去把]/g;

/** How much of a text is the commonest Chinese characters: the better decoding has more. */
function commonShare(text: string): number {
	return (text.match(commonChars) ?? []).length / Math.max(1, text.length);
}

/**
 * GB18030 decodes almost any bytes: a decoding is only believed when it reads like Chinese
 * text — few characters outside ASCII, CJK and their punctuation, and the commonest
 * characters among the Chinese ones.
 */
function readsAsChinese(text: string): boolean {
	const chinese = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
	const odd = (
		text.match(/[^\u0000-\u007f\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\u00b7]/g) ?? []
	).length;
	const common = (text.match(commonChars) ?? []).length;
	return chinese > 0 && odd <= text.length * 0.05 && common >= chinese * 0.1;
}

/** The charset a saved page declares in its first few kilobytes, if any. */
export function declaredCharset(bytes: Uint8Array): Encoding | undefined {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
	const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
	return match ? encodingNamed(match[1]!) : undefined;
}

export function decodeText(bytes: Uint8Array, options: {html?: boolean} = {}): Decoded {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		const text = tryDecode(bytes.subarray(3), 'utf-8');
		if (text === undefined) throw new DecodeError(importMessages.badUtf8);
		return {text, encoding: 'utf-8', by: 'byte-order mark', bom: true};
	}
	for (const [encoding, mark] of [
		['utf-16le', [0xff, 0xfe]],
		['utf-16be', [0xfe, 0xff]],
	] as const) {
		if (bytes[0] === mark[0] && bytes[1] === mark[1]) {
			const text = tryDecode(bytes.subarray(2), encoding);
			if (text === undefined || bytes.length % 2 === 1) {
				throw new DecodeError(importMessages.badUtf16);
			}
			return {text, encoding, by: 'byte-order mark', bom: true};
		}
	}
	const utf8 = tryDecode(bytes, 'utf-8');
	if (utf8 !== undefined) return {text: utf8, encoding: 'utf-8', by: 'valid UTF-8', bom: false};
	if (options.html) {
		const declared = declaredCharset(bytes);
		const text = declared && tryDecode(bytes, declared);
		if (declared && text !== undefined) {
			return {text, encoding: declared, by: 'meta charset', bom: false};
		}
	}
	// The detector ranks its guesses; the first one of ours that decodes cleanly wins. When it
	// names none of ours (short texts fool it), the Chinese encoding whose decoding reads most like
	// Chinese does.
	const guesses = analyse(bytes)
		.map((guess) => encodingNamed(guess.name))
		.filter((encoding): encoding is Encoding => encoding !== undefined);
	for (const encoding of guesses) {
		const text = tryDecode(bytes, encoding);
		if (text !== undefined && readsAsChinese(text)) {
			return {text, encoding, by: 'detected', bom: false};
		}
	}
	const readings = (['gb18030', 'big5'] as const)
		.map((encoding) => ({encoding, text: tryDecode(bytes, encoding) ?? ''}))
		.filter((reading) => reading.text !== '' && readsAsChinese(reading.text))
		.sort((a, b) => commonShare(b.text) - commonShare(a.text));
	const best = readings[0];
	if (best) {
		return {text: best.text, encoding: best.encoding, by: 'detected', bom: false};
	}
	throw new DecodeError(importMessages.unknownEncoding);
}

/** "GB18030 (detected)" and the like, for the import line. */
export function describeEncoding(decoded: Decoded): Text {
	const names: Record<Encoding, string> = {
		'utf-8': 'UTF-8',
		'utf-16le': 'UTF-16LE',
		'utf-16be': 'UTF-16BE',
		gb18030: 'GB18030',
		big5: 'Big5',
	};
	const name = names[decoded.encoding];
	const how = importMessages.decidedBy[decoded.by];
	return {
		en: `${name}${decoded.bom ? ' with BOM' : ''} (${how.en})`,
		zh: `${name}${decoded.bom ? '，带 BOM' : ''}（${how.zh}）`,
	};
}

// File names are bytes. A name that is not UTF-8 (GBK names from archives made on Windows are
// common) is shown decoded as GB18030 when every byte decodes cleanly, else with each byte
// that is not UTF-8 escaped as \xNN; either way through the sanitizer, like report text.
import {TextDecoder} from 'node:util';
import {sanitizeLine} from './sanitize.js';

const utf8 = new TextDecoder('utf-8', {fatal: true});
let gb18030: TextDecoder | undefined;

export function isUtf8(bytes: Uint8Array): boolean {
	try {
		utf8.decode(bytes);
		return true;
	} catch {
		return false;
	}
}

/** The name as text a person can read; undefined-free and free of control characters. */
export function readableFileName(bytes: Uint8Array): string {
	try {
		return sanitizeLine(utf8.decode(bytes));
	} catch {}
	try {
		gb18030 ??= new TextDecoder('gb18030', {fatal: true});
		return sanitizeLine(gb18030.decode(bytes));
	} catch {}
	return escapedFileName(bytes);
}

/** UTF-8 runs kept, every other byte as \xNN. */
export function escapedFileName(bytes: Uint8Array): string {
	let out = '';
	let at = 0;
	while (at < bytes.length) {
		const length = utf8SequenceLength(bytes, at);
		if (length > 0) {
			out += Buffer.from(bytes.subarray(at, at + length)).toString('utf8');
			at += length;
		} else {
			out += `\\x${bytes[at]!.toString(16).padStart(2, '0')}`;
			at += 1;
		}
	}
	return sanitizeLine(out);
}

/** Length of the well-formed UTF-8 sequence starting at `at`, or 0 when there is none. */
function utf8SequenceLength(bytes: Uint8Array, at: number): number {
	const first = bytes[at]!;
	const length =
		first < 0x80
			? 1
			: first >= 0xc2 && first < 0xe0
				? 2
				: first >= 0xe0 && first < 0xf0
					? 3
					: first >= 0xf0 && first < 0xf5
						? 4
						: 0;
	if (length === 0 || at + length > bytes.length) return 0;
	return isUtf8(bytes.subarray(at, at + length)) ? length : 0;
}

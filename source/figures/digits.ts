// Digits as reports write them: half-width or full-width, with , thousands separators and
// . or ． decimal points.

import {digit, is} from './chars.js';

export function isDigit(char: string | undefined): boolean {
	return is(char, digit);
}

/** Full-width digits and decimal points to ASCII; the length is unchanged. */
export function normalizeDigits(text: string): string {
	return text.replace(wideDigit, (char) =>
		char === '．' ? '.' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
	);
}

const wideDigit = /[０-９．]/g;

/** "1,234.5" or "１２３４．５" → 1234.5 */
export function parseWrittenNumber(written: string): number {
	return Number(normalizeDigits(written).replaceAll(',', ''));
}

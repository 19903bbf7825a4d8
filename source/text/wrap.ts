// Wraps text to a column width. CJK text may break between any two characters; Latin words
// break at spaces (or anywhere when a word is wider than the line). Closing punctuation never
// starts a line and opening punctuation never ends one (kinsoku), as in printed Chinese.
import {graphemes, textWidth} from './width.js';

const noLineStart = new Set([...'，。、；：？！）》」』】〕”’,.;:?!)]}%…·～']);
const noLineEnd = new Set([...'（《「『【〔“‘([{']);

/** Returns the lines; each is at most `width` columns wide. Newlines in the text are kept. */
export function wrapText(text: string, width: number): string[] {
	const columns = Math.max(1, Math.floor(width));
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) lines.push(...wrapParagraph(paragraph, columns));
	return lines;
}

function wrapParagraph(text: string, width: number): string[] {
	if (text === '') return [''];
	const units = graphemes(text);
	const lines: string[] = [];
	let line: string[] = [];
	let lineWidth = 0;
	// Index in `line` just after the last space, where a Latin word may be broken off.
	let breakAfterSpace = -1;
	for (const unit of units) {
		const w = textWidth(unit);
		if (lineWidth + w > width && line.length > 0) {
			let carry: string[] = [];
			// Closing punctuation right after a Latin word belongs to it: "quit." moves whole.
			const previous = line.at(-1);
			const endsWord = noLineStart.has(unit) && previous !== undefined && isWordChar(previous);
			if (unit !== ' ' && (isWordChar(unit) || endsWord) && breakAfterSpace > 0) {
				carry = line.slice(breakAfterSpace);
				line = line.slice(0, breakAfterSpace);
			} else if (noLineStart.has(unit) && line.length > 1) {
				// Take the previous character along so the punctuation does not open the line.
				carry = line.slice(-1);
				line = line.slice(0, -1);
			}
			while (line.length > 1 && noLineEnd.has(line.at(-1)!)) carry.unshift(line.pop()!);
			lines.push(line.join('').trimEnd());
			line = carry;
			lineWidth = textWidth(carry.join(''));
			breakAfterSpace = -1;
			if (unit === ' ' && line.length === 0) continue;
		}
		line.push(unit);
		lineWidth += w;
		if (unit === ' ') breakAfterSpace = line.length;
		else if (!isWordChar(unit)) breakAfterSpace = line.length;
	}
	if (line.length > 0) lines.push(line.join('').trimEnd());
	return lines.flatMap((l) => (textWidth(l) > width ? hardCut(l, width) : [l]));
}

function isWordChar(unit: string): boolean {
	return /^[\p{Script=Latin}\p{Nd}_'-]+$/u.test(unit);
}

/**
 * Last resort for a single grapheme wider than the line (a 2-column char in 1 column): it
 * becomes "…", so the reader sees that something is there rather than nothing.
 */
function hardCut(line: string, width: number): string[] {
	const out: string[] = [];
	let current = '';
	for (const unit of graphemes(line)) {
		if (textWidth(current + unit) > width) {
			if (current) out.push(current);
			current = textWidth(unit) > width ? '…' : unit;
		} else current += unit;
	}
	if (current) out.push(current);
	return out.length > 0 ? out : [''];
}

// Sentences for figure quotes. A sentence ends at 。！？；!?; or a line end, and keeps the
// closing quotes and brackets written right after its end mark (“……。” belongs to it).

import {closer, is, sentenceEnder} from './chars.js';

function isBlank(char: string | undefined): boolean {
	return char === ' ' || char === '\t' || char === '\u3000' || char === '\r';
}

/**
 * An end mark at text[index]. An ASCII "?" glued to a following digit is not one: in these
 * texts that is a character garbled before the text reached us (獎?1285名 for 獎章1285名).
 */
function endsAt(text: string, index: number): boolean {
	if (!is(text[index], sentenceEnder)) return false;
	return !(text[index] === '?' && /[0-9]/.test(text[index + 1] ?? ''));
}

/** Where the sentence containing `index` starts (after the previous end mark and its closers). */
function sentenceStart(text: string, index: number): number {
	let start = index;
	while (start > 0 && !endsAt(text, start - 1)) start--;
	// Closers right after the previous end mark belong to the previous sentence.
	while (start < index && is(text[start], closer)) start++;
	while (start < index && isBlank(text[start])) start++;
	return start;
}

/** Where the sentence containing `index` ends: past its end mark and any closers after it. */
function sentenceEnd(text: string, index: number): number {
	let end = index;
	while (end < text.length && !endsAt(text, end)) end++;
	if (end < text.length && text[end] !== '\n') {
		end++;
		while (end < text.length && is(text[end], closer)) end++;
	}
	while (end > index && isBlank(text[end - 1])) end--;
	return end;
}

/**
 * The whole sentence around text[start, end), however long it is. A range that crosses a
 * sentence end returns every sentence it touches.
 */
export function sentenceAround(text: string, start: number, end: number = start): string {
	const [from, to] = sentenceRange(text, start, end);
	return text.slice(from, to);
}

/** [start, end) of the sentence(s) around text[start, end). */
export function sentenceRange(text: string, start: number, end: number = start): [number, number] {
	const from = sentenceStart(text, Math.max(0, Math.min(start, text.length)));
	return [from, sentenceEnd(text, Math.max(from, Math.min(end, text.length)))];
}

/** Splits text into sentences with their offsets; blank pieces are skipped. */
export function splitSentences(text: string): Array<{text: string; start: number; end: number}> {
	const sentences: Array<{text: string; start: number; end: number}> = [];
	let index = 0;
	while (index < text.length) {
		const start = sentenceStart(text, index);
		const end = sentenceEnd(text, start);
		const piece = text.slice(start, end);
		if (piece.trim() !== '') sentences.push({text: piece, start, end});
		index = Math.max(end, index + 1);
		// Skip the line break or blanks that separate this sentence from the next.
		while (index < text.length && (text[index] === '\n' || isBlank(text[index]))) index++;
	}
	return sentences;
}

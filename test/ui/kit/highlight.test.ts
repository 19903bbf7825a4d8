import {describe, expect, it} from 'vitest';
import type {Hit} from '../../../source/search/types.js';
import {textWidth} from '../../../source/text/width.js';
import {splitByMarks} from '../../../source/ui/kit/highlight.js';
import {hitSnippet} from '../../../source/ui/search/search-lines.js';

describe('marks', () => {
	it('splits a line at the marks that overlap it, in block offsets', () => {
		const pieces = splitByMarks('发展会员80.2万人', 10, [{start: 14, end: 21, tag: 'figure'}]);
		expect(pieces).toEqual([
			{text: '发展会员', tag: undefined},
			{text: '80.2万人', tag: 'figure'},
		]);
	});

	it('gives the first mark precedence where marks overlap', () => {
		const pieces = splitByMarks('abcdef', 0, [
			{start: 1, end: 3, tag: 'hit'},
			{start: 2, end: 5, tag: 'figure'},
		]);
		expect(pieces).toEqual([
			{text: 'a', tag: undefined},
			{text: 'bc', tag: 'hit'},
			{text: 'de', tag: 'figure'},
			{text: 'f', tag: undefined},
		]);
	});

	it('ignores marks outside the line', () => {
		expect(splitByMarks('abc', 10, [{start: 0, end: 5, tag: 'hit'}])).toEqual([{text: 'abc'}]);
	});
});

describe('result snippets', () => {
	const hit = (text: string, ranges: Array<[number, number]>): Hit => ({
		item: {
			kind: 'paragraph',
			report: 'a',
			region: '甲',
			section: 0,
			block: 0,
			sectionTitle: '',
			text,
		},
		score: 0,
		ranges,
	});

	it('shows the match of a long paragraph, marked, within the width', () => {
		const text = `${'前文'.repeat(60)}劳模精神${'后文'.repeat(60)}`;
		const start = text.indexOf('劳模');
		const row = hitSnippet(hit(text, [[start, start + 2]]), 40);
		expect(row.find((segment) => segment.style === 'hit')?.text).toBe('劳模');
		expect(textWidth(row.map((segment) => segment.text).join(''))).toBeLessThanOrEqual(40);
		expect(row[0]!.text.startsWith('…')).toBe(true);
	});

	it('neutralizes controls in hit text without shifting the mark', () => {
		const text = '\u200b\u200b坏\u001b字劳模';
		const start = text.indexOf('劳模');
		const row = hitSnippet(hit(text, [[start, start + 2]]), 40);
		expect(row.map((segment) => segment.text).join('')).toBe('坏␛字劳模');
		expect(row.find((segment) => segment.style === 'hit')?.text).toBe('劳模');
	});
});

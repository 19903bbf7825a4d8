// Graphemes, with the fast path for text whose every char stands alone, and their offsets.
import fc from 'fast-check';
import {expect, test, vi} from 'vitest';
import {graphemeOffsets, graphemes} from '../../source/text/width.js';

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const segmented = (text: string) => Array.from(segmenter.segment(text), (part) => part.segment);

// Report text, and what joins into one grapheme: marks, variation selectors, ZWJ, flags, jamo.
const pieces = [
	'工会',
	'劳模',
	'a',
	' ',
	'。',
	'“',
	'…',
	'·',
	'１２',
	'e\u0301',
	'\u0301',
	'\ufe0f',
	'👩\u200d💻',
	'🇨🇳',
	'\u1100\u1161',
	'\u302a',
	'𠀀',
	'①',
	'■',
	'▍',
	'★',
	'☀',
	'✓',
	'\u20dd',
];

test('are what Intl.Segmenter gives, whichever path cuts them', () => {
	fc.assert(
		fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 12}), (parts) => {
			const text = parts.join('');
			expect(graphemes(text)).toEqual(segmented(text));
		}),
	);
	expect(graphemes('全市工会 ok。')).toEqual(['全', '市', '工', '会', ' ', 'o', 'k', '。']);
	expect(graphemes('')).toEqual([]);
});

test('offsets: where each grapheme starts, then the end of the text', () => {
	expect(graphemeOffsets(graphemes('a𠀀e\u0301b'))).toEqual([0, 1, 3, 5, 6]);
	expect(graphemeOffsets([])).toEqual([0]);
});

test('text of the symbols reports mark lists with is cut without making a segmenter', async () => {
	vi.resetModules();
	const made = vi.spyOn(Intl, 'Segmenter');
	try {
		const fresh = await import('../../source/text/width.js');
		expect(fresh.graphemes('①■●★▍✓ 劳模。')).toEqual([...'①■●★▍✓ 劳模。']);
		expect(made).not.toHaveBeenCalled();
		expect(fresh.graphemes('★\ufe0f')).toEqual(['★\ufe0f']);
		expect(made).toHaveBeenCalledTimes(1);
	} finally {
		made.mockRestore();
	}
});

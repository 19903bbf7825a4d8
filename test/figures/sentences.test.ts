import {describe, expect, test} from 'vitest';
import {sentenceAround, splitSentences} from '../../source/figures/sentences.js';

describe('sentenceAround', () => {
	test('splits at 。！？；!?; and line ends', () => {
		const text = '五年砥砺奋进。全市工会共获得全国荣誉24项;省级荣誉328项!市级荣誉62项?完\n下一行';
		const at = (needle: string) => {
			const start = text.indexOf(needle);
			return sentenceAround(text, start, start + needle.length);
		};
		expect(at('24项')).toBe('全市工会共获得全国荣誉24项;');
		expect(at('328项')).toBe('省级荣誉328项!');
		expect(at('62项')).toBe('市级荣誉62项?');
		expect(at('完')).toBe('完');
		expect(at('下一行')).toBe('下一行');
	});

	test('keeps closing quotes and brackets with the sentence they end', () => {
		const text =
			'田华容说:“职工活动中心明年建成投用,已服务职工3000人次。”翠屏区总工会先后被评为先进集体。';
		const start = text.indexOf('3000');
		expect(sentenceAround(text, start, start + 6)).toBe(
			'田华容说:“职工活动中心明年建成投用,已服务职工3000人次。”',
		);
		const next = text.indexOf('翠屏区');
		expect(sentenceAround(text, next)).toBe('翠屏区总工会先后被评为先进集体。');
	});

	test('an overly long sentence is still returned whole', () => {
		const long = `${'开展各类活动,'.repeat(200)}覆盖职工60余万人次。`;
		const start = long.indexOf('60');
		expect(sentenceAround(long, start, start + 6)).toBe(long);
	});

	test('a text with no end mark is one sentence', () => {
		expect(sentenceAround('新发展会员13.1万人……', 5, 12)).toBe('新发展会员13.1万人……');
	});
});

describe('splitSentences', () => {
	test('gives each sentence with its offsets, skipping blanks', () => {
		const text = '为者常成,行者常至。\n\n五年来,翠屏区总工会守正创新。“好。”';
		const sentences = splitSentences(text);
		expect(sentences.map((sentence) => sentence.text)).toEqual([
			'为者常成,行者常至。',
			'五年来,翠屏区总工会守正创新。',
			'“好。”',
		]);
		for (const sentence of sentences) {
			expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
		}
	});
});

test('a garbled "?" before a digit does not end the sentence', () => {
	const text = '市级以上五一劳动奖状521个、奖?1285名,工人先锋号816个。';
	expect(sentenceAround(text, text.indexOf('1285'))).toBe(text);
});

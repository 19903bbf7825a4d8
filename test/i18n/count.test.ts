import {describe, expect, it} from 'vitest';
import {formatCount} from '../../source/i18n/count.js';
import {countOf} from '../../source/i18n/lang.js';
import {strings} from '../../source/i18n/strings.js';

describe('formatCount', () => {
	it('groups the digits in threes with a comma', () => {
		expect(formatCount(0)).toBe('0');
		expect(formatCount(999)).toBe('999');
		expect(formatCount(1000)).toBe('1,000');
		expect(formatCount(10_000)).toBe('10,000');
		expect(formatCount(213_603)).toBe('213,603');
		expect(formatCount(1_234_567)).toBe('1,234,567');
		expect(formatCount(-12_345)).toBe('-12,345');
	});

	it('writes what is not a whole number as it is', () => {
		expect(formatCount(1234.5)).toBe('1234.5');
		expect(formatCount(Number.NaN)).toBe('NaN');
	});

	it('is what every count of the interface is written with, in both languages', () => {
		expect(countOf(10_000, 'report')).toBe('10,000 reports');
		expect(strings.en.libraryCount(10_000)).toBe('10,000 reports');
		expect(strings.zh.libraryCount(10_000)).toBe('10,000 份');
		expect(strings.zh.resultCount(213_603)).toBe('213,603 条结果');
		expect(strings.en.resultCount(213_603)).toBe('213,603 results');
		expect(strings.zh.indexingCount(1500, 10_000)).toBe('已完成 1,500 / 10,000 份报告');
		expect(strings.zh.hitCount(1, 1200)).toBe('第 1/1,200 条');
	});
});

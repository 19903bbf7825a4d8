// Dates as reports write them, Chinese numerals included.
import {describe, expect, test} from 'vitest';
import {arabicDates, chineseNumber, dateText, isoDate} from '../../source/ingest/dates.js';

describe('dates in Chinese numerals', () => {
	test('years are read digit by digit, with 〇, 零 or ○ for zero', () => {
		expect(arabicDates('二〇一九年至二〇二三年间')).toBe('2019年至2023年间');
		expect(arabicDates('二零二一年')).toBe('2021年');
		expect(arabicDates('二○二二年度')).toBe('2022年度');
		expect(arabicDates('一九九八年')).toBe('1998年');
		expect(arabicDates('二〇一六—二〇二一年')).toBe('2016—2021年');
		expect(arabicDates('二〇一六至二〇二一年')).toBe('2016至2021年');
		expect(arabicDates('二〇一六—')).toBe('二〇一六—');
	});

	test('the month and day after a year, with 十', () => {
		expect(arabicDates('二〇二一年三月五日')).toBe('2021年3月5日');
		expect(arabicDates('（二〇二四年十二月三十一日通过）')).toBe('（2024年12月31日通过）');
		expect(arabicDates('二〇二〇年十月')).toBe('2020年10月');
		expect(arabicDates('2021年二十日')).toBe('2021年二十日');
	});

	test('numbers that are no year or no date stay as written', () => {
		expect(arabicDates('一二三四年')).toBe('一二三四年');
		expect(arabicDates('三千二百人')).toBe('三千二百人');
		expect(arabicDates('二〇二一年十三月')).toBe('2021年十三月');
		expect(arabicDates('五年来')).toBe('五年来');
	});

	test('the result is a date the date rules read', () => {
		expect(isoDate(dateText.exec(arabicDates('二〇二一年三月五日 星期五')))).toBe('2021-03-05');
		expect(isoDate(dateText.exec('民國113年3月16日'))).toBe('2024-03-16');
		expect(isoDate(dateText.exec('2021年13月5日'))).toBeUndefined();
	});

	test('small numbers in Chinese numerals', () => {
		expect(chineseNumber('十六')).toBe(16);
		expect(chineseNumber('二十三')).toBe(23);
		expect(chineseNumber('三十一')).toBe(31);
		expect(chineseNumber('十')).toBe(10);
		expect(chineseNumber('十十')).toBeUndefined();
		expect(chineseNumber('〇十')).toBeUndefined();
	});
});

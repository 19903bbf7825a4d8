// Dates as reports and pages write them, for the published date and the period: Arabic digits
// with 年月日 or separators, the Republic of China's 民國 years, and dates in Chinese numerals
// (二〇二一年三月五日), which formal documents, signatures and Hong Kong and Taiwan texts use.

/** A full date: 2024年5月11日, 2024-05-11, 2024/5/11, 2024.05.11, 民國113年3月16日. */
export const dateText =
	/(\d{4}|(?:民國|民国)\s*\d{2,3})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})\s*日?(?!\d)/;

/** A year as written: 2024, or the Republic of China's 民國113 (1911 + 113). */
function westernYear(text: string): number {
	const roc = /^(?:民國|民国)\s*(\d{2,3})$/.exec(text.trim());
	return roc ? 1911 + Number(roc[1]) : Number(text);
}

/** The ISO date (2024-05-11) of a dateText match, or undefined when it is no real date. */
export function isoDate(match: RegExpExecArray | null): string | undefined {
	if (!match) return undefined;
	const [year, month, day] = [westernYear(match[1]!), Number(match[2]), Number(match[3])];
	if (year < 1949 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) {
		return undefined;
	}
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const chineseDigits: Record<string, number> = {
	〇: 0,
	零: 0,
	// A white circle stands in for 〇 in much typed text (二○二一年).
	'○': 0,
	一: 1,
	二: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9,
	十: 10,
};

/** 十六 → 16, 二十三 → 23, 三十一 → 31, 九 → 9. */
export function chineseNumber(text: string): number | undefined {
	if (/^\d+$/.test(text)) return Number(text);
	const tenAt = text.indexOf('十');
	if (tenAt === -1) return text.length === 1 ? chineseDigits[text] : undefined;
	const tens = tenAt === 0 ? 1 : chineseDigits[text.slice(0, tenAt)];
	const ones = tenAt === text.length - 1 ? 0 : chineseDigits[text.slice(tenAt + 1)];
	if (tens === undefined || ones === undefined || tens === 0 || tens > 9 || ones > 9) {
		return undefined;
	}
	return tens * 10 + ones;
}

/**
 * A year in Chinese numerals: digit by digit, as years are read (二〇一九, 二零二一, 一九九八),
 * never with 十, before 年 or a range's second year (二〇一六—二〇二一年). Only 19xx and 20xx, so
 * 一二三四 of a list is not taken for a year.
 */
const chineseYear =
	/(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}(?=\s*(?:年|[-–—~～至到]\s*(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}\s*年))/g;
/** The month and day after a year now in digits: 2021年三月五日, 2019年十二月. */
const chineseMonthDay =
	/(\d{4}\s*年\s*)([一二三四五六七八九十]{1,2})(\s*月)(?:(\s*)([一二三四五六七八九十]{1,3})(\s*[日号號]))?/g;

/**
 * The text with dates in Chinese numerals rewritten in Arabic digits, the rest unchanged:
 * "二〇二一年三月五日" → "2021年3月5日", "二〇一九年至二〇二三年" → "2019年至2023年". A month or
 * day that is no number (二十十月) is left as it was.
 */
export function arabicDates(text: string): string {
	if (!/[〇○零一二三四五六七八九]/.test(text)) return text;
	const years = text.replace(chineseYear, (year) =>
		[...year].map((char) => String(chineseDigits[char])).join(''),
	);
	return years.replace(
		chineseMonthDay,
		(
			whole,
			year: string,
			month: string,
			monthMark: string,
			gap?: string,
			day?: string,
			dayMark?: string,
		) => {
			const monthNumber = chineseNumber(month);
			if (monthNumber === undefined || monthNumber < 1 || monthNumber > 12) return whole;
			const dayNumber = day === undefined ? undefined : chineseNumber(day);
			if (day !== undefined && (dayNumber === undefined || dayNumber < 1 || dayNumber > 31)) {
				return `${year}${monthNumber}${monthMark}${gap ?? ''}${day}${dayMark ?? ''}`;
			}
			return `${year}${monthNumber}${monthMark}${day === undefined ? '' : `${gap ?? ''}${dayNumber}${dayMark ?? ''}`}`;
		},
	);
}

/** Full-width digits as ASCII ones and dates in Chinese numerals in Arabic digits. */
export function digitDates(text: string): string {
	return arabicDates(text.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10)));
}

const dateOnly =
	/^[(（]?[\u4e00-\u9fff\s]{0,16}(?:\d{4}|(?:民國|民国)\s*\d{2,3})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[)）]?(?:\s*(?:星期|周|週)[一二三四五六日天])?(?:\s*第\s*\d+\s*期)?$/;

/**
 * A line that is only a date, perhaps after who signed or before its weekday and issue:
 * "（2023年2月16日）", "常德市总工会 2022年8月25日", "2020年3月5日 星期四 第1234期",
 * "二〇二一年三月五日", "２０２３年２月１６日".
 */
export function isDateLine(text: string): boolean {
	return dateOnly.test(digitDates(text));
}

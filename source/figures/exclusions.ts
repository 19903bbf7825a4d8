// Numbers that look like statistics but are not. Each check looks only at a few characters
// around the number, so the cost per number stays constant however long the text is.
//
// Most non-statistics never get this far: a number needs a unit or a multiplier to count, and
// 年/月/日/周年/号/版/点 are not units, so years, dates, anniversaries (70周年), page numbers,
// times of day and bare labels (12351) drop out on their own. The checks here catch the rest.
import {bracket, closingMark, is, openingMark, quoteMark, sentenceEnder} from './chars.js';
import {isDigit, normalizeDigits} from './digits.js';
import {numeralSloganHeads, simplify, sloganHeads} from './lexicon.js';
import type {Numeral} from './numerals.js';

const openQuotes: ReadonlySet<string> = new Set([...'“「『‘']);
const closeQuotes: ReadonlySet<string> = new Set([...'”」』’']);
const quoteWindow = 12;
const titleWindow = 30;

/** 第02版, 第13715期, 第3名: an ordinal or a page/issue number. */
export function isOrdinal(text: string, start: number): boolean {
	let index = start - 1;
	while (index >= 0 && (text[index] === ' ' || text[index] === '\u3000')) index--;
	return text[index] === '第';
}

/** 前3名: a ranking, not a count. */
export function isRank(text: string, start: number, unit: string): boolean {
	return text[start - 1] === '前' && (unit === '名' || unit === '位');
}

/** G20, K3: a number glued to Latin letters is a code. */
export function isCode(text: string, start: number): boolean {
	return latinLetter.test(text[start - 1] ?? '');
}

const latinLetter = /[A-Za-zＡ-Ｚａ-ｚ]/;

/** 10:23: a time of day (either side of the colon). */
export function isClockTime(text: string, start: number, end: number): boolean {
	const before = text[start - 1];
	const after = text[end];
	return (
		((before === ':' || before === '：') && isDigit(text[start - 2])) ||
		((after === ':' || after === '：') && isDigit(text[end + 1]))
	);
}

/** 2023-10-26, 2023/10, 2023.10.26: a date written with separators. */
export function isSeparatedDate(text: string, start: number, end: number): boolean {
	let from = start;
	let to = end;
	while (from > 0 && isDateChar(text[from - 1])) from--;
	while (to < text.length && isDateChar(text[to])) to++;
	if (from === start && to === end) return false;
	return datePattern.test(normalizeDigits(text.slice(from, to)));
}

const datePattern = /^\d{4}[-/.．]\d{1,2}(?:[-/.．]\d{1,2})?$/;

function isDateChar(char: string | undefined): boolean {
	return isDigit(char) || char === '-' || char === '/' || char === '.' || char === '．';
}

/**
 * "11323"总体工作思路, “345”工作思路, 《…》: digits inside a short quotation or a title name
 * something; they do not count it. Long quotations (reported speech) are not names, so only
 * quotes that open and close within a few characters of the number count.
 */
export function isInsideName(text: string, start: number, end: number): boolean {
	// Find the nearest quote or title mark before the number, within the sentence.
	for (let index = start - 1; index >= 0 && index >= start - titleWindow; index--) {
		const char = text[index]!;
		if (!is(char, nameBoundary)) continue;
		if (is(char, sentenceEnder)) return false;
		// Brackets are neutral: "(含5个)" is an aside, not a name.
		if (is(char, bracket)) continue;
		if (is(char, closingMark)) return false;
		if (char === '《') return closesWithin(text, end, isTitleClose, isTitleOpen, titleWindow);
		if (char === '"') return start - index <= quoteWindow && isInsideAsciiQuotes(text, index, end);
		if (is(char, openingMark) && is(char, quoteMark)) {
			return start - index <= quoteWindow && closesWithin(text, end, isQuoteClose, isQuoteOpen);
		}
	}
	return false;
}

const nameBoundary = sentenceEnder | openingMark | closingMark | quoteMark;

type CharTest = (char: string) => boolean;
const isTitleOpen: CharTest = (char) => char === '《';
const isTitleClose: CharTest = (char) => char === '》';
const isQuoteOpen: CharTest = (char) => openQuotes.has(char);
const isQuoteClose: CharTest = (char) => closeQuotes.has(char);
const isAsciiQuote: CharTest = (char) => char === '"';
const never: CharTest = () => false;

/** Whether a closing mark follows `end` within the window, before any opening mark. */
function closesWithin(
	text: string,
	end: number,
	isClose: CharTest,
	isOpen: CharTest,
	window: number = quoteWindow,
): boolean {
	for (let index = end; index < text.length && index < end + window; index++) {
		const char = text[index]!;
		if (isClose(char)) return true;
		if (isOpen(char) || is(char, sentenceEnder)) return false;
	}
	return false;
}

/**
 * ASCII quotes open and close with the same mark: the one at `quote` opens a quotation when an
 * even number of them precede it in the sentence, and the number is inside when one follows.
 */
function isInsideAsciiQuotes(text: string, quote: number, end: number): boolean {
	let count = 0;
	for (let index = quote - 1; index >= 0; index--) {
		const char = text[index]!;
		if (is(char, sentenceEnder)) break;
		if (char === '"') count++;
	}
	return count % 2 === 0 && closesWithin(text, end, isAsciiQuote, never);
}

/**
 * 12351服务职工热线, 拨打12345: a hotline, phone or postcode is a label. Labels are long runs
 * of plain digits, or start with 0 (0833).
 */
export function isNumberLabel(text: string, start: number, end: number): boolean {
	const digits = text.slice(start, end);
	if (!plainDigits.test(digits)) return false;
	if (digits.length >= 3 && (digits[0] === '0' || digits[0] === '０')) return true;
	if (digits.length < 5) return false;
	const after = text.slice(end, end + 6);
	const before = text.slice(Math.max(0, start - 4), start);
	return labelAfter.test(after) || labelBefore.test(before);
}

const plainDigits = /^[0-9０-９]+$/;
const labelAfter = /^(?:服务)?(?:职工|職工)?(?:热线|熱線|电话|電話|专线|專線|号码|號碼)/;
const labelBefore =
	/(?:热线|熱線|电话|電話|拨打|撥打|邮编|郵編|编号|編號|代码|代碼|号码|號碼)[:：]?$/;

/**
 * 4个“高”要求, 4个“更加”目标: a small count of named slogans is rhetoric, not a statistic. It
 * applies when the quoted name is one or two characters, or is followed by a slogan head
 * (要求, 目标, 思路 ...). 2个“全国模范职工之家” still counts: those are awards.
 */
export function isSloganCount(text: string, tailEnd: number, unit: string, value: number): boolean {
	if (unit !== '个' || value > 10) return false;
	const open = text[tailEnd];
	if (open === undefined || !(openQuotes.has(open) || open === '"')) return false;
	for (let index = tailEnd + 1; index < text.length && index <= tailEnd + 8; index++) {
		const char = text[index]!;
		if (!(open === '"' ? char === '"' : closeQuotes.has(char))) continue;
		const name = text.slice(tailEnd + 1, index);
		if (name.length <= 2) return true;
		const next = text.slice(index + 1, index + 3);
		return sloganHeadSet.has(next) || sloganHeadSet.has(next.slice(0, 1));
	}
	return false;
}

const sloganHeadSet: ReadonlySet<string> = new Set(sloganHeads);

/**
 * 50人以上的用人单位, 25人以上企业: a size threshold that defines a group of employers,
 * not a count. 96%以上企业 is a share of them and still counts.
 */
export function isSizeThreshold(
	text: string,
	tailEnd: number,
	unit: string,
	trailing: string,
): boolean {
	if (trailing !== '以上' && trailing !== '以下') return false;
	if (unit !== '人' && unit !== '名') return false;
	const next = text[tailEnd];
	return next !== undefined && hanCharacter.test(next);
}

const hanCharacter = /[\u3400-\u9fff]/;

/** 3个月, 2个小时, 5千年: a duration or an age, not a count. */
export function isDuration(text: string, tailEnd: number, unit: string): boolean {
	if (unit === '') return timeUnits.has(text[tailEnd] ?? '');
	if (unit !== '个') return false;
	return durationAfter.test(text.slice(tailEnd, tailEnd + 3));
}

const timeUnits: ReadonlySet<string> = new Set([...'年月日周週岁歲天']);

const durationAfter = /^(?:月|小时|小時|工作日|季度|星期|礼拜|禮拜|年头|年頭)/;

/**
 * 十三届全国人大, 十九届四中全会, 市十五届人大: 届 before the body or session it numbers is an
 * ordinal written without 第; 举办三届技能大赛, 连续两届当选 count.
 */
export function isTermOrdinal(text: string, tailEnd: number, unit: string): boolean {
	return unit === '届' && termNamed.test(simplify(text.slice(tailEnd, tailEnd + 4)));
}

const termNamed =
	/^(?:[一二三四五六七八九十\d]{1,2}(?:次|中)|全国|全委|人大|政协|中央|省|市|县|区|委|党|代表|人民|职代会|职工代表|会员代表|理事|委员|班子|任期)/;

/**
 * **人, *.*亿, 1**万: a number whose digits were masked (a redacted or sample page) is not a
 * figure, nor is what is left of it next to the mask.
 */
export function isMasked(text: string, start: number, end: number): boolean {
	return maskChars.has(text[start - 1] ?? '') || maskChars.has(text[end] ?? '');
}

const maskChars: ReadonlySet<string> = new Set([...'*＊×✕●○□■◯Ｘ']);

/**
 * 一个, 一批: a lone 一 is an article, not a count. 万人, 千家万户, 百名: a numeral with no digit
 * in it is a figure only with a qualifier (近万名, 上亿元, 百余家). 数十家, 几百人: an estimate.
 */
export function isVagueNumeral(
	text: string,
	start: number,
	numeral: Numeral,
	qualifier: string,
	multiplier: number,
): boolean {
	if (isEstimate(text, start)) return true;
	if (numeral.bare) return qualifier === '';
	return !numeral.digitsOnly && numeral.value === 1 && multiplier === 1;
}

/** 数十, 几百, 数万: "several tens". Not 总数/人数十二万 (a noun ending in 数, then the number). */
function isEstimate(text: string, start: number): boolean {
	if (!unitNumerals.has(text[start] ?? '')) return false;
	const before = text[start - 1];
	if (before === '几' || before === '幾') return true;
	return (before === '数' || before === '數') && !countNouns.has(text[start - 2] ?? '');
}

const unitNumerals: ReadonlySet<string> = new Set([...'十百千万萬亿億']);
/** 总数, 人数, 户数 ...: the 数 of a noun, not of an estimate. */
const countNouns: ReadonlySet<string> = new Set([...'总總人户戶次件个個家名位项項员員']);

/**
 * 服务3.0项目, 2.5个: a count of whole things written with a decimal point and no 万/亿 is a
 * version name, not a count. Percentages, money and measures keep their decimals.
 */
export function isVersionName(
	text: string,
	start: number,
	end: number,
	multiplier: number,
	unit: string,
): boolean {
	if (multiplier !== 1 || !wholeThingUnits.has(unit)) return false;
	const written = text.slice(start, end);
	return written.includes('.') || written.includes('．');
}

const wholeThingUnits: ReadonlySet<string> = new Set([
	...'人名位个项家场期件条户册本对所座支批份篇部台辆套张间门种类',
	'人次',
	'场次',
	'批次',
	'家次',
	'户次',
]);

/**
 * 两个维护, 四个意识, 三位一体, 五个一: a small count in Chinese numerals followed by a slogan
 * word or by 一 names a slogan, not a statistic.
 */
export function isNumeralSlogan(
	text: string,
	tailEnd: number,
	unit: string,
	value: number,
): boolean {
	if (value > 10 || unit === '' || unit === '%') return false;
	if (text[tailEnd] === '一') return true;
	return numeralSloganHeadSet.has(text.slice(tailEnd, tailEnd + 2));
}

const numeralSloganHeadSet: ReadonlySet<string> = new Set(numeralSloganHeads);

// Statistic extraction. One pass over a text with a precompiled number pattern; at each number a
// sticky pattern reads what follows (余/多, 万/亿/千/百, the unit, 以上), a few character
// checks read what precedes it, and the exclusion rules drop what is not a statistic.
import type {Report} from '../corpus/types.js';
import {isDigit} from './digits.js';
import {
	isClockTime,
	isCode,
	isDuration,
	isInsideName,
	isMasked,
	isNumberLabel,
	isNumeralSlogan,
	isOrdinal,
	isRank,
	isSeparatedDate,
	isSizeThreshold,
	isSloganCount,
	isTermOrdinal,
	isVagueNumeral,
	isVersionName,
} from './exclusions.js';
import {
	alternation,
	innerQualifiers,
	leadingQualifiers,
	multipliers,
	notLeadingQualifiers,
	simplify,
	spellings,
	trailingQualifiers,
	unitAliases,
	units,
} from './lexicon.js';
import {isChineseNumeralChar, readNumeral, startsNumeral} from './numerals.js';
import {sentenceRange} from './sentences.js';
import {subjectOf} from './subject.js';
import type {Figure} from './types.js';

export type TextFigure = Omit<Figure, 'report' | 'section' | 'block' | 'sectionTitle'>;

/**
 * What may follow a number: 余/多, multipliers (千 not in 千米/千克, 百 not in 百分), 余/多 again
 * (14.28億余元), the unit, then 以上/左右. Groups: 1 inner qualifier, 2 multipliers, 3 inner
 * qualifier, 4 unit, 5 trailing qualifier.
 */
const tailPattern = new RegExp(
	`(${alternation(innerQualifiers)})?` +
		`((?:${alternation(['万', '亿'])}|千(?![米克瓦])|百(?!分))*)` +
		`(${alternation(innerQualifiers)})?` +
		`(${alternation(units)})?` +
		`(${alternation(trailingQualifiers)})?`,
	'y',
);

const leadingQualifierSet: ReadonlySet<string> = new Set(leadingQualifiers.flatMap(spellings));

/** Every statistic in one block of text; offsets are into `text`. */
export function extractFiguresFromText(text: string): TextFigure[] {
	const figures: TextFigure[] = [];
	let previousEnd = 0;
	// Figures often share a sentence; it is found once and reused.
	let sentence = {start: 0, end: -1, text: ''};
	// A character scan rather than a global regex: a match array for every 一 and 十 was most
	// of the garbage once Chinese numerals joined digits. Over the bundled five, extraction went
	// from 4.3× the digits-only extractor's time (best of 12) to about 1.3× (median of 12, on a
	// loaded machine) with this scan, the lone-一 skip and the token-free simple numerals.
	for (let numberStart = 0; numberStart < text.length; numberStart++) {
		if (!startsNumeral(text, numberStart)) continue;
		// The rest of a numeral already read (or skipped) from its first character.
		if (continuesNumber(text, numberStart)) continue;
		// A lone 一 (一个, 统一, 一批) is the commonest numeral character and never a figure: it
		// is dropped before it is read (isVagueNumeral says why).
		if (text[numberStart] === '一' && !startsNumeral(text, numberStart + 1)) continue;
		const numeral = readNumeral(text, numberStart);
		if (!numeral) continue;
		const numberEnd = numeral.numberEnd === numberStart ? numeral.end : numeral.numberEnd;
		if (
			isMasked(text, numberStart, numeral.end) ||
			isOrdinal(text, numberStart) ||
			isCode(text, numberStart) ||
			isClockTime(text, numberStart, numberEnd) ||
			isSeparatedDate(text, numberStart, numberEnd) ||
			isNumberLabel(text, numberStart, numberEnd)
		) {
			continue;
		}
		tailPattern.lastIndex = numeral.end;
		const tail = tailPattern.exec(text);
		if (!tail) continue;
		const [, innerBefore = '', multiplierText = '', innerAfter = '', unitText = '', trailing = ''] =
			tail;
		const multiplier = numeral.multiplier * multiplierValue(multiplierText);
		if (unitText === '' && multiplier === 1) continue;
		const tailEnd = numeral.end + tail[0].length;
		const unit = normalizeUnit(unitText);
		const trailingSimple = simplify(trailing);
		const number = numeral.number;
		const leading = numeral.bare
			? bareQualifierBefore(text, numberStart)
			: leadingQualifierBefore(text, numberStart);
		if (
			isVagueNumeral(text, numberStart, numeral, leading + innerBefore, multiplier) ||
			isVersionName(text, numberStart, numberEnd, multiplier, unit) ||
			isInsideName(text, numberStart, numberEnd) ||
			isRank(text, numberStart, unit) ||
			isSloganCount(text, tailEnd, unit, number * multiplier) ||
			(!numeral.digitsOnly && isNumeralSlogan(text, tailEnd, unit, number * multiplier)) ||
			isSizeThreshold(text, tailEnd, unit, trailingSimple) ||
			isDuration(text, tailEnd, unit) ||
			isTermOrdinal(text, tailEnd, unit)
		) {
			continue;
		}
		const start = numberStart - leading.length;
		if (start < sentence.start || tailEnd > sentence.end) {
			const [from, to] = sentenceRange(text, start, tailEnd);
			sentence = {start: from, end: to, text: text.slice(from, to)};
		}
		const qualifier = [leading, innerBefore, innerAfter, trailing]
			.filter(Boolean)
			.map(simplify)
			.join('+');
		figures.push({
			start,
			end: tailEnd,
			raw: text.slice(start, tailEnd),
			number,
			multiplier,
			value: normalizedValue(number, multiplier, unit),
			unit,
			qualifier,
			subject: subjectOf(text, {start: rangeStart(text, start), end: tailEnd, previousEnd}),
			quote: sentence.text,
		});
		previousEnd = tailEnd;
		numberStart = tailEnd - 1;
	}
	return figures;
}

/** Every statistic in a report's paragraphs and captions. */
export function extractFigures(report: Report): Figure[] {
	const figures: Figure[] = [];
	report.sections.forEach((section, sectionIndex) => {
		section.blocks.forEach((block, blockIndex) => {
			for (const figure of extractFiguresFromText(block.text)) {
				figures.push({
					report: report.meta.id,
					section: sectionIndex,
					block: blockIndex,
					sectionTitle: section.title,
					...figure,
				});
			}
		});
	});
	return figures;
}

/** 超过, 达, 近 ... written right before the number ('' when none); 签约 and 下达 are verbs. */
function leadingQualifierBefore(text: string, numberStart: number): string {
	const two = text.slice(Math.max(0, numberStart - 2), numberStart);
	if (two.length === 2 && leadingQualifierSet.has(two)) return two;
	if (notLeadingQualifiers.has(two)) return '';
	const one = text.slice(Math.max(0, numberStart - 1), numberStart);
	return leadingQualifierSet.has(one) ? one : '';
}

/**
 * 上万人, 近亿元: a numeral with no digit in it (万, 亿) is a figure only with a qualifier, which
 * for these also includes 上 (but not in 成千上万, 以上, 之上).
 */
function bareQualifierBefore(text: string, numberStart: number): string {
	const leading = leadingQualifierBefore(text, numberStart);
	if (leading !== '') return leading;
	if (text[numberStart - 1] !== '上') return '';
	return notBeforeShang.has(text[numberStart - 2] ?? '') ? '' : '上';
}

const notBeforeShang: ReadonlySet<string> = new Set([...'千以之向']);

/**
 * Whether text[index] is inside a number that starts earlier: after a digit, after "1." or
 * "1,", or a Chinese numeral character after another one.
 */
function continuesNumber(text: string, index: number): boolean {
	const before = text[index - 1];
	if (isDigit(before)) return true;
	if (isDigit(text[index]) && numberPunctuation.has(before ?? '')) return isDigit(text[index - 2]);
	return !isDigit(text[index]) && isChineseNumeralChar(before);
}

/** "3至5人": the subject is written before the range, so look before its first number. */
function rangeStart(text: string, start: number): number {
	if (!rangeConnectors.has(text[start - 1] ?? '') || !isDigit(text[start - 2])) return start;
	let from = start - 2;
	while (from > 0 && (isDigit(text[from - 1]) || numberPunctuation.has(text[from - 1]!))) from--;
	return from;
}

const rangeConnectors: ReadonlySet<string> = new Set([...'至到~～-－—–']);
const numberPunctuation: ReadonlySet<string> = new Set([...',.．']);

function normalizeUnit(written: string): string {
	const simple = simplify(written);
	return unitAliases.get(simple) ?? simple;
}

function multiplierValue(written: string): number {
	let product = 1;
	for (const char of simplify(written)) product *= multipliers.get(char) ?? 1;
	return product;
}

/** Percentages stay as written; the rounding removes float noise such as 80.2 × 10000. */
function normalizedValue(number: number, multiplier: number, unit: string): number {
	if (multiplier === 1 || unit === '%' || unit === '‰' || unit === '百分点') return number;
	return Number((number * multiplier).toPrecision(15));
}

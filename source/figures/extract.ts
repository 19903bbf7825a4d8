// Statistic extraction. One pass over a text with a precompiled number pattern; at each number a
// sticky pattern reads what follows (余/多, 万/亿/千/百, the unit, 以上), a few character
// checks read what precedes it, and the exclusion rules drop what is not a statistic.
import type {Report} from '../corpus/types.js';
import {isDigit, parseWrittenNumber} from './digits.js';
import {
	isClockTime,
	isCode,
	isDuration,
	isInsideName,
	isNumberLabel,
	isOrdinal,
	isRank,
	isSeparatedDate,
	isSizeThreshold,
	isSloganCount,
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
import {sentenceRange} from './sentences.js';
import {subjectOf} from './subject.js';
import type {Figure} from './types.js';

export type TextFigure = Omit<Figure, 'report' | 'section' | 'block' | 'sectionTitle'>;

/** A written number: digits with optional , thousands groups and a decimal part. */
const numberPattern = /[0-9０-９]+(?:,[0-9０-９]{3})*(?:[.．][0-9０-９]+)?/g;

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
	numberPattern.lastIndex = 0;
	for (let match = numberPattern.exec(text); match; match = numberPattern.exec(text)) {
		const written = match[0];
		const numberStart = match.index;
		const numberEnd = numberStart + written.length;
		if (
			isOrdinal(text, numberStart) ||
			isCode(text, numberStart) ||
			isClockTime(text, numberStart, numberEnd) ||
			isSeparatedDate(text, numberStart, numberEnd) ||
			isNumberLabel(text, numberStart, numberEnd)
		) {
			continue;
		}
		tailPattern.lastIndex = numberEnd;
		const tail = tailPattern.exec(text);
		if (!tail) continue;
		const [, innerBefore = '', multiplierText = '', innerAfter = '', unitText = '', trailing = ''] =
			tail;
		if (unitText === '' && multiplierText === '') continue;
		const tailEnd = numberEnd + tail[0].length;
		const unit = normalizeUnit(unitText);
		const trailingSimple = simplify(trailing);
		const number = parseWrittenNumber(written);
		if (
			isInsideName(text, numberStart, numberEnd) ||
			isRank(text, numberStart, unit) ||
			isSloganCount(text, tailEnd, unit, number) ||
			isSizeThreshold(text, tailEnd, unit, trailingSimple) ||
			isDuration(text, tailEnd, unit)
		) {
			continue;
		}
		const leading = leadingQualifierBefore(text, numberStart);
		const start = numberStart - leading.length;
		const multiplier = multiplierValue(multiplierText);
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
		numberPattern.lastIndex = tailEnd;
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

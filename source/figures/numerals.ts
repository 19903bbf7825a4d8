// Numbers as Chinese reports write them: digits (1,234.5, full-width too), Chinese numerals
// (十二, 三千, 一千零五十, 两万三千) and both mixed (2萬3千, 1亿2000万), in either script.
//
// Written here rather than taken from npm: the decoders published there (nzh, the most used)
// read 两万三千 as 3000, give 0 for 两 and for anything with digits in it, which are the forms
// these reports use most.
import {parseWrittenNumber} from './digits.js';

/** A number read from the text: `value` = `number` × `multiplier`. */
export type Numeral = {
	/** Where the numeral ends, trailing 万/亿 (the multiplier) included. */
	end: number;
	/** Where the written number ends, before the trailing multiplier. */
	numberEnd: number;
	/** The number before the trailing multiplier: 80.2 in 80.2万, 12 in 十二万, 23000 in 2万3千. */
	number: number;
	/** The trailing multiplier: 10000 in 80.2万, 1000 in 三千; 1 when there is none. */
	multiplier: number;
	value: number;
	/** Written with digits only (the unit characters after them aside): 3993, 80.2万. */
	digitsOnly: boolean;
	/** No digit, no 一…九 and no leading 十 in it: 万, 千万, 上亿's 亿. */
	bare: boolean;
};

const chineseDigits: ReadonlyMap<string, number> = new Map([
	['〇', 0],
	['零', 0],
	['一', 1],
	['二', 2],
	['两', 2],
	['兩', 2],
	['三', 3],
	['四', 4],
	['五', 5],
	['六', 6],
	['七', 7],
	['八', 8],
	['九', 9],
]);

const smallUnits: ReadonlyMap<string, number> = new Map([
	['十', 10],
	['百', 100],
	['千', 1000],
]);

const bigUnits: ReadonlyMap<string, number> = new Map([
	['万', 10_000],
	['萬', 10_000],
	['亿', 100_000_000],
	['億', 100_000_000],
]);

const startTable = new Uint8Array(0x10000);
for (const char of '0123456789０１２３４５６７８９〇零一二三四五六七八九两兩十百千万萬亿億') {
	startTable[char.charCodeAt(0)] = 1;
}

/** Whether a numeral can start at text[index]: a digit or a Chinese numeral character. */
export function startsNumeral(text: string, index: number): boolean {
	return startTable[text.charCodeAt(index)] === 1;
}

/** Whether `char` is a Chinese numeral character (digit or unit). */
export function isChineseNumeralChar(char: string | undefined): boolean {
	return char !== undefined && (chineseDigits.has(char) || isUnit(char));
}

function isUnit(char: string): boolean {
	return smallUnits.has(char) || bigUnits.has(char);
}

const digitRun = /[0-9０-９]+(?:,[0-9０-９]{3})*(?:[.．][0-9０-９]+)?/y;

/** A coefficient (3, 80.2, 三) or a unit (十, 千, 万); big is 万/亿, zero is 零/〇. */
type Token = {
	kind: 'coefficient' | 'unit';
	value: number;
	start: number;
	end: number;
	big: boolean;
	zero: boolean;
};

/**
 * The unit at text[index], or undefined. 千 in 千米/千克/千瓦 and 百 in 百分 are words, not
 * multipliers.
 */
function unitAt(text: string, index: number): Token | undefined {
	const char = text[index]!;
	const next = text[index + 1];
	if (char === '千' && (next === '米' || next === '克' || next === '瓦')) return undefined;
	if (char === '百' && next === '分') return undefined;
	const small = smallUnits.get(char);
	const value = small ?? bigUnits.get(char);
	if (value === undefined) return undefined;
	return {kind: 'unit', value, start: index, end: index + 1, big: small === undefined, zero: false};
	return undefined;
}

function coefficientAt(text: string, index: number): Token | undefined {
	digitRun.lastIndex = index;
	const run = digitRun.exec(text);
	if (run) {
		const value = parseWrittenNumber(run[0]);
		const end = index + run[0].length;
		return {kind: 'coefficient', value, start: index, end, big: false, zero: false};
	}
	const digit = chineseDigits.get(text[index]!);
	if (digit === undefined) return undefined;
	return {
		kind: 'coefficient',
		value: digit,
		start: index,
		end: index + 1,
		big: false,
		zero: digit === 0,
	};
}

/** Whether text[index] could be read as a numeral unit right after a coefficient. */
function unitFollows(text: string, index: number): Token | undefined {
	return index < text.length ? unitAt(text, index) : undefined;
}

/**
 * The tokens of the numeral starting at `start`. A coefficient after a unit continues the
 * numeral only where the reading is certain: before a smaller unit (2万3千, 一千二百), after
 * 十 (十二), or after 零 (一千零五). Two Chinese digits side by side (二〇二三, 三四十) are a
 * year or an estimate, not a number: undefined.
 */
function tokenize(text: string, start: number): Token[] | undefined {
	const tokens: Token[] = [];
	let index = start;
	while (index < text.length) {
		const previous = tokens.at(-1);
		const unit = unitAt(text, index);
		if (unit) {
			// 十百 or 万千 in a row is not a number; 百万 and 万亿 (a trillion) are.
			if (
				previous?.kind === 'unit' &&
				(!unit.big || (previous.big && unit.value <= previous.value))
			) {
				break;
			}
			tokens.push(unit);
			index = unit.end;
			continue;
		}
		const coefficient = coefficientAt(text, index);
		if (!coefficient) break;
		if (previous?.kind === 'coefficient') {
			// 一千零五: 零 only holds a place.
			if (!previous.zero || coefficient.zero) {
				if (chineseDigits.has(text[index]!) && chineseDigits.has(text[index - 1]!))
					return undefined;
				break;
			}
		} else if (previous?.kind === 'unit') {
			const nextUnit = unitFollows(text, coefficient.end);
			const continues =
				previous.value === 10 ||
				coefficient.zero ||
				(nextUnit !== undefined && nextUnit.value < previous.value);
			if (!continues) break;
		} else if (coefficient.zero) {
			// A number does not start with 零 or 〇 (〇〇 is how a digit is masked).
			return undefined;
		}
		tokens.push(coefficient);
		index = coefficient.end;
	}
	while (tokens.at(-1)?.zero) tokens.pop();
	return tokens.length === 0 ? undefined : tokens;
}

/** The value of a token sequence, read the way Chinese numerals are: 一千二百万 = 1200 × 10⁴. */
function combine(tokens: readonly Token[]): number {
	let total = 0;
	let section = 0;
	let pending = 0;
	let hasPending = false;
	for (const token of tokens) {
		// 零 only holds a place: 一千零五, 一亿零十万.
		if (token.zero) continue;
		if (token.kind === 'coefficient') {
			pending = token.value;
			hasPending = true;
			continue;
		}
		const coefficient = hasPending ? pending : 1;
		if (!token.big) {
			section += coefficient * token.value;
		} else if (token.value === 10_000) {
			const group = section + (hasPending ? pending : 0);
			total += (group === 0 && total === 0 ? 1 : group) * token.value;
			section = 0;
		} else {
			const group = total + section + (hasPending ? pending : 0);
			total = (group === 0 ? 1 : group) * token.value;
			section = 0;
		}
		pending = 0;
		hasPending = false;
	}
	return round(total + section + pending);
}

/**
 * The rounding removes float noise such as 80.2 × 10000. Whole numbers skip it: toPrecision's
 * string was a tenth of extraction time in a profile over the bundled five.
 */
function round(value: number): number {
	return Number.isInteger(value) ? value : Number(value.toPrecision(15));
}

/**
 * The numeral starting at `start`, or undefined when there is none. A trailing 万/亿 (and 千/百
 * right after a lone coefficient, as in 5千 or 三千) is reported as the multiplier, so 80.2万 is
 * 80.2 × 10⁴ as it was written; a numeral with a 万 or 亿 inside (2万3千) is one number.
 */
export function readNumeral(text: string, start: number): Numeral | undefined {
	const simple = simpleNumeral(text, start);
	if (simple) return simple;
	const tokens = tokenize(text, start);
	if (!tokens) return undefined;
	const lastCoefficient = tokens.findLastIndex((token) => token.kind === 'coefficient');
	const value = combine(tokens);
	const end = tokens.at(-1)!.end;
	const digitsOnly =
		tokens.every((token) => token.kind === 'unit' || !chineseDigits.has(text[token.start]!)) &&
		tokens.some((token) => token.kind === 'coefficient');
	// 十 alone is ten (十件实事); 万 or 百 alone is vague (万人, 百名).
	const bare = lastCoefficient === -1 && tokens[0]!.value !== 10;
	let suffixFrom = tokens.length;
	if (bare) {
		suffixFrom = 0;
	} else if (lastCoefficient === -1) {
		suffixFrom = tokens[1]?.big ? 1 : tokens.length;
	} else if (lastCoefficient === 0 && tokens[1]?.value !== 10) {
		suffixFrom = 1;
	} else if (
		!tokens.slice(0, lastCoefficient).some((token) => token.kind === 'unit' && token.big)
	) {
		while (suffixFrom > lastCoefficient + 1) {
			const token = tokens[suffixFrom - 1]!;
			if (token.kind !== 'unit' || !token.big) break;
			suffixFrom--;
		}
	}
	const suffix = tokens.slice(suffixFrom);
	const multiplier = suffix.reduce((product, token) => product * token.value, 1);
	const number = bare ? 1 : combine(tokens.slice(0, suffixFrom));
	const numberEnd = suffixFrom === 0 ? start : tokens[suffixFrom - 1]!.end;
	return {end, numberEnd, number, multiplier, value, digitsOnly, bare};
}

/**
 * Most numerals are one digit run or one Chinese digit with no unit after it (2023年, 3993个,
 * 三个): read without tokens, whose objects were a good part of the garbage (see extract.ts).
 */
function simpleNumeral(text: string, start: number): Numeral | undefined {
	const chinese = chineseDigits.get(text[start]!);
	let end = start + 1;
	let value: number;
	if (chinese !== undefined) {
		if (chinese === 0) return undefined;
		value = chinese;
	} else {
		digitRun.lastIndex = start;
		const run = digitRun.exec(text);
		if (!run) return undefined;
		end = start + run[0].length;
		value = parseWrittenNumber(run[0]);
	}
	const next = text[end];
	if (next !== undefined && (isUnit(next) || chineseDigits.has(next))) return undefined;
	const digitsOnly = chinese === undefined;
	return {end, numberEnd: end, number: value, multiplier: 1, value, digitsOnly, bare: false};
}

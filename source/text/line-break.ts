// Where a line may break in Chinese (and mixed Latin) text, by the rules of Chinese typesetting
// rather than plain UAX #14: UAX #14 (as the `linebreak` package implements it) allows a break
// between a number and its unit ("2.3|万人", "15|个") and between fullwidth digits ("１|２"), and
// breaks Latin words after a hyphen ("Ctrl-|C"); all three are wrong here. The rules:
// - closing punctuation (and `%`) never starts a line, opening punctuation never ends one;
// - a number stays with its magnitude, qualifier and unit (覆盖面达100%、2.3万人、2000余次);
// - Latin words (letters, digits, joiners like - ' / _) are not broken; spaces are break points;
// - CJK characters may break on either side.

/** A character class for line breaking, decided by a grapheme's first code point. */
type BreakClass = 'space' | 'close' | 'open' | 'digit' | 'word' | 'ideograph' | 'dash';

/** Never at the start of a line. (Also "…" and "·": they belong to what comes before.) */
export const closingPunctuation = new Set([
	...'”’」』）》】〕〗〙〛〉〞，。、；：？！％‰℃',
	...',.;:?!)]}%',
	...'…·～',
]);

/** Never at the end of a line. */
export const openingPunctuation = new Set([...'“‘「『（《【〔〖〘〚〈〝', ...'([{']);

/** Written straight before a number and kept with it: currency, and 第 of ordinals. */
const numberPrefixes = new Set([...'¥￥$€£#第']);

/** Between a number and its unit: magnitudes and qualifiers (2.3万人, 2000余次, 20多个; in either script). */
const numberInfixes = new Set([...'万亿萬億千百十余餘多几幾']);

/**
 * Units longer than one character, kept whole after a number. A one-character unit (个, 人,
 * 元, 年…) needs no entry: the character after a number always stays with it.
 */
const longUnits: ReadonlyArray<readonly string[]> = [
	'平方公里',
	'平方米',
	'立方米',
	'人次',
	'场次',
	'批次',
	'户次',
	'公里',
	'千米',
	'千克',
	'公斤',
	'小时',
	'分钟',
	'周年',
	'个月',
	'場次',
	'小時',
	'分鐘',
	'個月',
].map((unit) => [...unit]);

/** Said after a number and its unit: 95%以上, 5名左右. */
const numberSuffixes: ReadonlyArray<readonly string[]> = ['以上', '以下', '左右', '之多'].map(
	(suffix) => [...suffix],
);

/** Percent and per-mille signs: a number's unit. */
const percentSigns = new Set([...'%％‰']);

/** Joins the two parts of a number without a break: 3.5, 25,000, 12:30. */
const numberJoiners = new Set([...'.,:']);

const asciiClasses: BreakClass[] = Array.from({length: 0x80}, (_, code) => {
	const char = String.fromCharCode(code);
	if (/\s/.test(char)) return 'space';
	if (closingPunctuation.has(char)) return 'close';
	if (openingPunctuation.has(char)) return 'open';
	if (code >= 0x30 && code <= 0x39) return 'digit';
	return 'word';
});

const ideographic = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const pictographic = /^\p{Extended_Pictographic}/u;
const digit = /^[0-9０-９]/u;

export function breakClass(unit: string): BreakClass {
	const first = unit.charCodeAt(0);
	// Most of a report: CJK ideographs, then ASCII; decided without a regular expression.
	if (first >= 0x4e00 && first <= 0x9fff) return 'ideograph';
	if (first < 0x80 && unit.length === 1) return asciiClasses[first]!;
	if (/^\s/u.test(unit)) return 'space';
	if (closingPunctuation.has(unit)) return 'close';
	if (openingPunctuation.has(unit)) return 'open';
	if (digit.test(unit)) return 'digit';
	if (unit === '—' || unit === '⸺') return 'dash';
	if (ideographic.test(unit) || pictographic.test(unit)) return 'ideograph';
	// CJK symbols and fullwidth forms other than letters break like ideographs.
	const code = unit.codePointAt(0) ?? 0;
	if ((code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff0f)) {
		return 'ideograph';
	}
	return 'word';
}

/**
 * For graphemes `units`, whether a line may break before each one (index 0 is always false:
 * nothing comes before it). Breaking after spaces means the spaces end the previous line.
 */
export function breakOpportunities(
	units: readonly string[],
	classes: readonly BreakClass[] = units.map(breakClass),
): boolean[] {
	const glued = numberGlue(units, classes);
	const breaks: boolean[] = [false];
	for (let index = 1; index < units.length; index++) {
		breaks.push(mayBreakBetween(units, classes, glued, index));
	}
	return breaks;
}

function mayBreakBetween(
	units: readonly string[],
	classes: readonly BreakClass[],
	glued: readonly boolean[],
	index: number,
): boolean {
	const before = classes[index - 1]!;
	const after = classes[index]!;
	// Spaces hang at the end of a line: the break comes after them.
	if (after === 'space') return false;
	if (after === 'close') return false;
	if (before === 'space') {
		// Nor after opening punctuation followed by spaces: "“ " still opens what follows.
		let at = index - 1;
		while (at > 0 && classes[at] === 'space') at--;
		return classes[at] !== 'open';
	}
	if (before === 'open') return false;
	if (glued[index]) return false;
	if (before === 'dash' && after === 'dash') return false;
	if (inWord(before) && inWord(after)) return false;
	// "3.5", "25,000", "e.g", "don’t": ASCII punctuation inside a word or number.
	if (before === 'close' && index >= 2 && isInWordPunctuation(units[index - 1]!)) {
		const beforeThat = classes[index - 2]!;
		if (after === 'digit' && beforeThat === 'digit') return false;
		if (after === 'word' && beforeThat === 'word') return false;
	}
	if (numberPrefixes.has(units[index - 1]!) && after === 'digit') return false;
	// "f(x)": an ASCII bracket straight after a word opens inside it.
	if (before === 'word' && after === 'open' && units[index]!.length === 1) {
		return units[index]!.charCodeAt(0) >= 0x80;
	}
	return true;
}

function inWord(value: BreakClass): boolean {
	return value === 'word' || value === 'digit';
}

function isInWordPunctuation(unit: string): boolean {
	return unit === '’' || (unit.length === 1 && unit.charCodeAt(0) < 0x80);
}

/**
 * True at each index that must not be broken before because it continues a number: the rest
 * of a decimal or grouped number, its magnitude and qualifier characters, and its unit.
 */
function numberGlue(units: readonly string[], classes: readonly BreakClass[]): boolean[] {
	const glued = units.map(() => false);
	let index = 0;
	while (index < units.length) {
		if (classes[index] !== 'digit') {
			index++;
			continue;
		}
		// The number itself: digits, with . , : between digits.
		let end = index + 1;
		while (end < units.length) {
			if (classes[end] === 'digit') end++;
			else if (
				numberJoiners.has(units[end]!) &&
				end + 1 < units.length &&
				classes[end + 1] === 'digit'
			) {
				end += 2;
			} else break;
		}
		for (let at = index + 1; at < end; at++) glued[at] = true;
		while (end < units.length && numberInfixes.has(units[end]!)) glued[end++] = true;
		const unit = longUnits.find((candidate) => startsWithAt(units, end, candidate));
		if (unit !== undefined) {
			for (let at = end; at < end + unit.length; at++) glued[at] = true;
			end += unit.length;
		} else if (
			end < units.length &&
			(classes[end] === 'ideograph' || percentSigns.has(units[end]!))
		) {
			glued[end++] = true;
		}
		const suffix = numberSuffixes.find((candidate) => startsWithAt(units, end, candidate));
		if (suffix !== undefined) {
			for (let at = end; at < end + suffix.length; at++) glued[at] = true;
			end += suffix.length;
		}
		index = end;
	}
	return glued;
}

function startsWithAt(units: readonly string[], at: number, chars: readonly string[]): boolean {
	if (at + chars.length > units.length) return false;
	return chars.every((char, offset) => units[at + offset] === char);
}

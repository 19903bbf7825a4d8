// Computing an index's keys from the items' texts in a few tight passes over typed arrays:
// at 10,000 reports that is 40 million chars, so no per-char string or object work.
import {
	absentCode,
	alphabetOf,
	letterCount,
	letterIndex,
	makeCodec,
	makePairCodec,
	oncePerIndex,
	pairAlphabetOf,
} from './codec.js';
import {searchFoldTable, unitsToString} from '../text/fold.js';
import {pinyinKeyTables} from '../text/pinyin.js';
import type {InitialsKey, SearchIndex} from './types.js';

/** A copy of a string's UTF-16 units. */
function textUnits(text: string): Uint16Array {
	// Node copies them natively; a charCodeAt loop is several times slower on long texts.
	if (typeof Buffer !== 'undefined' && littleEndian) {
		const bytes = Buffer.from(text, 'utf16le');
		if (bytes.byteOffset % 2 === 0) {
			return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
		}
	}
	const units = new Uint16Array(text.length);
	for (let index = 0; index < text.length; index++) units[index] = text.charCodeAt(index);
	return units;
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

type Keys = Pick<SearchIndex, 'keys' | 'alphabet' | 'alphabetCounts'>;

/** The chars of `joined` through the search fold, on a copy of its units. */
function foldedUnits(joined: string): Uint16Array {
	const fold = searchFoldTable();
	const folded = textUnits(joined);
	for (let index = 0; index < folded.length; index++) folded[index] = fold[folded[index]!]!;
	return folded;
}

/** The keys of the items' texts joined by '\n'. */
export function buildKeys(joined: string): Keys {
	const length = joined.length;
	// Pass 1: fold, and count the chars (in place, on a copy of the text's units).
	const folded = foldedUnits(joined);
	const unitCounts = new Uint32Array(0x10000);
	const units: number[] = [];
	for (let index = 0; index < length; index++) {
		const unit = folded[index]!;
		if (unitCounts[unit]!++ === 0) units.push(unit);
	}
	const {alphabet, counts} = alphabetOf(unitCounts, units);
	const {encode} = makeCodec(alphabet, counts);
	// Pass 2: the codes (in place).
	for (let index = 0; index < length; index++) folded[index] = encode[folded[index]!]!;
	return {keys: unitsToString(folded), alphabet, alphabetCounts: counts};
}

/**
 * The pinyin initials key of the items' texts joined by '\n' (see InitialsKey): made apart
 * from the keys, and only for a query with letters (initialsKeyOf), since the pinyin tables it
 * reads took 3-4 ms of a 64 ms `search 劳模 --json` on the bundled reports (--cpu-prof).
 */
function buildInitialsKey(joined: string): InitialsKey {
	const length = joined.length;
	const folded = foldedUnits(joined);
	// Pass 1: initials letters (as pair indices 0-26), chars with other initials, and letter
	// pairs counted.
	const {initials, hasOtherInitials, otherInitials} = pinyinKeyTables();
	const letterOf = new Uint8Array(0x100).fill(letterIndex(0x20));
	for (let code = 0x61; code <= 0x7a; code++) letterOf[code] = letterIndex(code);
	const letters = new Uint8Array(length + 1);
	letters[length] = letterIndex(0x20);
	const pairCounts = new Uint32Array(letterCount * letterCount);
	const others: Record<string, number[]> = {};
	let previous = letterIndex(0x20);
	for (let index = 0; index < length; index++) {
		const unit = folded[index]!;
		const letter = letterOf[initials[unit]!]!;
		letters[index] = letter;
		if (index > 0) pairCounts[previous * letterCount + letter]!++;
		previous = letter;
		if (hasOtherInitials[unit] === 1) {
			for (const other of otherInitials.get(unit)!) {
				const list = others[other] ?? [];
				list.push(index);
				others[other] = list;
			}
		}
	}
	if (length > 0) pairCounts[previous * letterCount + letters[length]!]!++;
	const {pairs: initialPairs, counts: initialPairCounts} = pairAlphabetOf(pairCounts);
	const pairCodes = makePairCodec(initialPairs).encode;
	// Pass 2: the initials key, coded by pairs (reusing the folded buffer).
	const pairKey = folded;
	for (let index = 0; index < length; index++) {
		pairKey[index] = pairCodes[letters[index]! * letterCount + letters[index + 1]!] ?? absentCode;
	}
	return {
		initials: unitsToString(pairKey),
		initialPairs,
		initialPairCounts,
		otherInitials: others,
	};
}

/** The initials key of an index, made once per index, when a query first needs it. */
export const initialsKeyOf = oncePerIndex((index) =>
	buildInitialsKey(index.items.map((item) => item.text).join('\n')),
);

/** The initials-pair codec of an index, made once per index. */
export const pairCodecOf = oncePerIndex((index) => {
	const {initialPairs, initialPairCounts} = initialsKeyOf(index);
	return makePairCodec(initialPairs, initialPairCounts);
});

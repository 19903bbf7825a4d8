// Computing an index's keys from the items' texts in a few tight passes over typed arrays:
// at 10,000 reports that is 40 million chars, so no per-char string or object work.
import {
	absentCode,
	alphabetOf,
	letterCount,
	letterIndex,
	makeCodec,
	makePairCodec,
	pairAlphabetOf,
} from './codec.js';
import {searchFoldTable, unitsToString} from '../text/fold.js';
import {pinyinKeyTables} from '../text/pinyin.js';
import type {SearchIndex} from './types.js';

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

type Keys = Pick<
	SearchIndex,
	| 'keys'
	| 'alphabet'
	| 'alphabetCounts'
	| 'initials'
	| 'initialPairs'
	| 'initialPairCounts'
	| 'otherInitials'
>;

/** The keys of the items' texts joined by '\n'. */
export function buildKeys(joined: string): Keys {
	const length = joined.length;
	const fold = searchFoldTable();
	// Pass 1: fold, and count the chars (in place, on a copy of the text's units).
	const folded = textUnits(joined);
	const unitCounts = new Uint32Array(0x10000);
	for (let index = 0; index < length; index++) {
		const unit = fold[folded[index]!]!;
		folded[index] = unit;
		unitCounts[unit]!++;
	}
	const {alphabet, counts} = alphabetOf(unitCounts);
	const {encode} = makeCodec(alphabet, counts);
	// Pass 2: codes, initials letters (as pair indices 0-26), chars with other initials, and
	// letter pairs counted.
	const {initials, hasOtherInitials, otherInitials} = pinyinKeyTables();
	const letterOf = new Uint8Array(0x100).fill(letterIndex(0x20));
	for (let code = 0x61; code <= 0x7a; code++) letterOf[code] = letterIndex(code);
	const codes = new Uint16Array(length);
	const letters = new Uint8Array(length + 1);
	letters[length] = letterIndex(0x20);
	const pairCounts = new Uint32Array(letterCount * letterCount);
	const others: Record<string, number[]> = {};
	let previous = letterIndex(0x20);
	for (let index = 0; index < length; index++) {
		const unit = folded[index]!;
		codes[index] = encode[unit]!;
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
	// Pass 3: the initials key, coded by pairs (reusing the folded buffer).
	const pairKey = folded;
	for (let index = 0; index < length; index++) {
		pairKey[index] = pairCodes[letters[index]! * letterCount + letters[index + 1]!] ?? absentCode;
	}
	return {
		keys: unitsToString(codes),
		alphabet,
		alphabetCounts: counts,
		initials: unitsToString(pairKey),
		initialPairs,
		initialPairCounts,
		otherInitials: others,
	};
}

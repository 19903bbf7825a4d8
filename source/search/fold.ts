// Length-preserving folds. Every fold maps one UTF-16 unit to one UTF-16 unit, so an offset
// found in a folded key is the same offset in the original text: highlight ranges computed on
// keys land on the characters the reader sees. Chars whose simplified or NFKC form is longer,
// and astral chars, stay as they are.
import {compatPairs, scriptPairs} from './fold-table.js';

let scriptTable: Uint16Array | undefined;
let keyTable: Uint16Array | undefined;

function identityTable(): Uint16Array {
	const table = new Uint16Array(0x10000);
	for (let code = 0; code < table.length; code++) table[code] = code;
	return table;
}

function applyPairs(table: Uint16Array, pairs: string): void {
	for (let index = 0; index + 1 < pairs.length; index += 2) {
		table[pairs.charCodeAt(index)] = pairs.charCodeAt(index + 1);
	}
}

/** Traditional (and Taiwan/Hong Kong variant) chars → simplified; everything else as is. */
export function scriptFoldTable(): Uint16Array {
	if (!scriptTable) {
		scriptTable = identityTable();
		applyPairs(scriptTable, scriptPairs);
	}
	return scriptTable;
}

/**
 * The fold used for search keys: NFKC single-char forms (fullwidth Latin, compatibility
 * ideographs), then traditional → simplified, then lower case.
 */
export function searchFoldTable(): Uint16Array {
	if (!keyTable) {
		const script = scriptFoldTable();
		const compat = identityTable();
		applyPairs(compat, compatPairs);
		keyTable = new Uint16Array(0x10000);
		for (let code = 0; code < keyTable.length; code++) {
			const folded = script[compat[code]!]!;
			keyTable[code] = folded < 0x600 ? lowerCase(folded) : folded;
		}
	}
	return keyTable;
}

function lowerCase(code: number): number {
	if (code >= 0x41 && code <= 0x5a) return code + 0x20;
	if (code < 0x80) return code;
	const lower = String.fromCharCode(code).toLowerCase();
	return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** Maps each UTF-16 unit through the table; returns the same string when nothing changes. */
export function mapUnits(text: string, table: Uint16Array): string {
	const length = text.length;
	let first = 0;
	while (first < length) {
		const code = text.charCodeAt(first);
		if (table[code] !== code) break;
		first++;
	}
	if (first === length) return text;
	const units = new Uint16Array(length);
	for (let index = 0; index < length; index++) units[index] = table[text.charCodeAt(index)]!;
	return unitsToString(units);
}

const chunkSize = 8192;
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Builds a string from UTF-16 units exactly (lone surrogates included, unlike TextDecoder). */
export function unitsToString(units: Uint16Array): string {
	if (units.length <= chunkSize) return String.fromCharCode(...units);
	// Node copies the units straight into a string: many times faster on long texts.
	if (littleEndian && typeof Buffer !== 'undefined') {
		return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
	}
	let text = '';
	for (let index = 0; index < units.length; index += chunkSize) {
		text += String.fromCharCode(...units.subarray(index, index + chunkSize));
	}
	return text;
}

/** Traditional → simplified, one char at a time; the result has the same length as `text`. */
export function foldScript(text: string): string {
	return mapUnits(text, scriptFoldTable());
}

/** The search key of a text: script, width and case folded; same length as `text`. */
export function foldKey(text: string): string {
	return mapUnits(text, searchFoldTable());
}

import fc from 'fast-check';
import {expect, test} from 'vitest';
import {decode, decodeValue, encodeValue, type Shape} from '../../source/cache/columnar.js';

/** Encodes, passes the shape through JSON text as the cache does, and decodes. */
function roundTrip(value: unknown): unknown {
	const blobs: Uint8Array[] = [];
	const shape = encodeValue(value, (bytes) => blobs.push(Uint8Array.from(bytes)) - 1);
	const stored = JSON.parse(JSON.stringify(shape)) as Shape;
	return decodeValue(stored, (ref) => blobs[ref]!);
}

test('rows of objects with optional, nested and mixed fields come back equal', () => {
	const rows = Array.from({length: 300}, (_, i) => ({
		kind: i % 3 === 0 ? 'section' : 'paragraph',
		report: `r${i % 7}`,
		section: i,
		block: i % 5 === 0 ? -1 : i * 1.5,
		text: '劳模'.repeat(i % 11),
		...(i % 4 === 0 ? {figure: {value: i * 1e9, unit: '人', ranges: [[0, i]]}} : {}),
		flag: i % 2 === 0 ? true : i % 3 === 0 ? null : false,
		mixed: i % 2 === 0 ? 'text' : i,
	}));
	const value = {format: 'x', version: 3, rows, starts: rows.map((_, i) => i * 3)};
	expect(roundTrip(value)).toEqual(value);
});

test('long strings, in one byte or two, keep every code unit', () => {
	const ascii = 'abc\n'.repeat(40_000);
	const cjk = '職工書屋\ud800x'.repeat(20_000);
	const value = {ascii, cjk, small: 'é', lone: '\udfff'};
	expect(roundTrip(value)).toEqual(value);
});

test('numbers JSON cannot hold, and awkward keys, survive', () => {
	const value = {
		nan: Number.NaN,
		inf: Number.POSITIVE_INFINITY,
		negative: Number.NEGATIVE_INFINITY,
		negativeZero: -0,
		large: 2 ** 53,
		column: Array.from({length: 100}, (_, i) => (i === 50 ? -0 : i === 60 ? Number.NaN : i / 3)),
		keys: JSON.parse('{"__proto__": 1, "constructor": 2, "": 3}'),
	};
	const back = roundTrip(value) as typeof value;
	expect(back).toEqual(value);
	expect(Object.is(back.negativeZero, -0)).toBe(true);
	expect(Object.is(back.column[50], -0)).toBe(true);
	expect(Object.keys(back.keys)).toEqual(['__proto__', 'constructor', '']);
	expect(Object.getPrototypeOf(back.keys)).toBe(Object.prototype);
});

test('any JSON value comes back equal', () => {
	fc.assert(
		fc.property(
			fc.oneof(
				fc.jsonValue(),
				fc.array(fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.jsonValue()), {
					minLength: 64,
					maxLength: 80,
				}),
			),
			(value) => {
				expect(roundTrip(value)).toEqual(value);
			},
		),
		{numRuns: 100},
	);
});

test('a shape that refers to missing or wrong blobs throws rather than inventing data', () => {
	const blobs: Uint8Array[] = [];
	const value = {rows: Array.from({length: 100}, (_, i) => ({n: i, s: `s${i}`}))};
	const shape = encodeValue(value, (bytes) => blobs.push(Uint8Array.from(bytes)) - 1);
	expect(() => decodeValue(shape, () => new Uint8Array(3))).toThrow();
	expect(() => decodeValue({$: 'nope'} as unknown as Shape, (ref) => blobs[ref]!)).toThrow();
});

test('a detached column is left out of the rows and made on request', () => {
	const rows = Array.from({length: 200}, (_, i) => ({
		kind: i % 3 === 0 ? 'figure' : 'paragraph',
		text: `t${i % 17}`,
		...(i % 3 === 0 ? {figure: {value: i * 10, unit: '人', start: i, quote: `q${i % 5}`}} : {}),
	}));
	const blobs: Uint8Array[] = [];
	const shape = encodeValue({rows}, (bytes) => blobs.push(Uint8Array.from(bytes)) - 1);
	const decoded = decode(shape, (ref) => blobs[ref]!, {detach: 'figure'});
	const back = (decoded.value as {rows: Array<Record<string, unknown>>}).rows;
	expect(back.map(({kind, text}) => ({kind, text}))).toEqual(
		rows.map(({kind, text}) => ({kind, text})),
	);
	back.forEach((row, i) => {
		expect(Object.keys(row)).toEqual(['kind', 'text']);
		expect(decoded.detached(row)).toEqual(rows[i]!.figure);
	});
	// Copies (as sent to another thread) carry no trace of the detached column.
	expect(structuredClone(back[0])).toEqual({kind: 'figure', text: 't0'});
	expect(decoded.detached({kind: 'figure'})).toBeUndefined();
});

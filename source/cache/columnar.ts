// A compact, fast encoding of plain data (what JSON can hold) for the cache. JSON of a
// 10,000-report index would be over half a gigabyte and take seconds to parse; here arrays of
// objects become columns of numbers, every string is stored once in a shared table, and long
// strings and number arrays become raw binary blobs that decode with one copy.
//
// encodeValue walks the value and hands each blob to `emit` as soon as it is ready (so a writer
// can stream them to a file), returning a small JSON-able shape that refers to blobs by number.
// decodeValue takes the shape and a way to fetch blobs and gives back a value deep-equal to the
// original.

/** A blob's position in the order blobs were emitted. */
type BlobRef = number;

export type Shape =
	| number
	| boolean
	| null
	| {$: 'num'; v: 'NaN' | 'Infinity' | '-Infinity' | '-0'}
	| {$: 'str'; v: string}
	| {$: 'big'; b: BlobRef; enc: 'latin1' | 'utf16le'}
	| {$: 'nums'; b: BlobRef; type: NumberType}
	| {$: 'arr'; v: Shape[]}
	| {$: 'obj'; v: Record<string, Shape>}
	| {$: 'rows'; t: Table}
	| {$: 'strings'; groups: StringGroup[]; root: Shape};

type NumberType = 'i32' | 'f64';

/** Strings whose text is one blob, cut at `ends` (UTF-16 offsets). */
type StringGroup = {b: BlobRef; ends: BlobRef};

/** Column tags: what a row holds under a key. */
const tag = {
	absent: 0,
	number: 1,
	string: 2,
	true: 3,
	false: 4,
	null: 5,
	object: 6,
	other: 7,
} as const;

type Column = {
	key: string;
	/** One tag for every row, or a blob of one tag byte per row. */
	tags: number | {b: BlobRef};
	/** Per row: the number, string number, row of `nested`, or index into `other`. */
	values?: {b: BlobRef; type: NumberType};
	nested?: Table;
	other?: Shape[];
};

type Table = {rows: number; columns: Column[]};

/** Strings longer than this become blobs of their own instead of joining the string table. */
const bigString = 1 << 16;
/** Arrays at least this long become columns or number blobs. */
const bigArray = 64;
/** Roughly how many UTF-16 units go into one string-table blob. */
const groupUnits = 1 << 22;

type Emit = (bytes: Uint8Array) => BlobRef;

class Encoder {
	strings = new Map<string, number>();
	list: string[] = [];
	constructor(readonly emit: Emit) {}

	stringIndex(text: string): number {
		let index = this.strings.get(text);
		if (index === undefined) {
			index = this.list.length;
			this.list.push(text);
			this.strings.set(text, index);
		}
		return index;
	}

	value(value: unknown): Shape {
		if (value === null || typeof value === 'boolean') return value;
		if (typeof value === 'number') {
			// JSON would turn these into null or 0; keep them as they are.
			if (Object.is(value, -0)) return {$: 'num', v: '-0'};
			if (!Number.isFinite(value)) return {$: 'num', v: String(value) as 'NaN'};
			return value;
		}
		if (typeof value === 'string') {
			if (value.length < bigString) return {$: 'str', v: value};
			const enc = isOneByte(value) ? 'latin1' : 'utf16le';
			return {$: 'big', b: this.emit(Buffer.from(value, enc)), enc};
		}
		if (Array.isArray(value)) {
			if (value.length >= bigArray && value.every((item) => typeof item === 'number')) {
				return {$: 'nums', b: this.numbers(value), type: numberType(value)};
			}
			if (value.length >= bigArray && value.every(isPlainObject)) {
				return {$: 'rows', t: this.table(value)};
			}
			return {$: 'arr', v: value.map((item) => this.value(item))};
		}
		if (isPlainObject(value)) {
			const v: Record<string, Shape> = {};
			for (const [key, item] of Object.entries(value)) {
				if (item !== undefined) setOwn(v, key, this.value(item));
			}
			return {$: 'obj', v};
		}
		throw new TypeError(`cannot encode a ${typeof value}`);
	}

	numbers(values: readonly number[], type = numberType(values)): BlobRef {
		const array = type === 'i32' ? Int32Array.from(values) : Float64Array.from(values);
		return this.emit(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
	}

	table(rows: readonly Record<string, unknown>[]): Table {
		const keys: string[] = [];
		const seen = new Set<string>();
		for (const row of rows) {
			for (const key in row) {
				if (!seen.has(key) && Object.hasOwn(row, key)) {
					seen.add(key);
					keys.push(key);
				}
			}
		}
		return {rows: rows.length, columns: keys.map((key) => this.column(rows, key))};
	}

	column(rows: readonly Record<string, unknown>[], key: string): Column {
		const count = rows.length;
		const tags = new Uint8Array(count);
		const values: number[] = new Array(count).fill(0);
		const nestedRows: Record<string, unknown>[] = [];
		const other: Shape[] = [];
		for (let row = 0; row < count; row++) {
			const item = Object.hasOwn(rows[row]!, key) ? rows[row]![key] : undefined;
			if (item === undefined) tags[row] = tag.absent;
			else if (item === null) tags[row] = tag.null;
			else if (item === true) tags[row] = tag.true;
			else if (item === false) tags[row] = tag.false;
			else if (typeof item === 'number') {
				tags[row] = tag.number;
				values[row] = item;
			} else if (typeof item === 'string' && item.length < bigString) {
				tags[row] = tag.string;
				values[row] = this.stringIndex(item);
			} else if (isPlainObject(item)) {
				tags[row] = tag.object;
				values[row] = nestedRows.length;
				nestedRows.push(item);
			} else {
				tags[row] = tag.other;
				values[row] = other.length;
				other.push(this.value(item));
			}
		}
		const column: Column = {
			key,
			tags: tags.every((t) => t === tags[0]) ? tags[0]! : this.tagBlob(tags),
		};
		if (tags.some((t) => t !== tag.absent && t !== tag.null && t !== tag.true && t !== tag.false)) {
			const type = numberType(values);
			column.values = {b: this.numbers(values, type), type};
		}
		if (nestedRows.length > 0) column.nested = this.table(nestedRows);
		if (other.length > 0) column.other = other;
		return column;
	}

	tagBlob(tags: Uint8Array): {b: BlobRef} {
		return {b: this.emit(tags)};
	}

	/** The string table, in blobs of about groupUnits units each. */
	stringGroups(): StringGroup[] {
		const groups: StringGroup[] = [];
		let start = 0;
		while (start < this.list.length) {
			let end = start;
			let units = 0;
			const ends: number[] = [];
			while (end < this.list.length && (end === start || units < groupUnits)) {
				units += this.list[end]!.length;
				ends.push(units);
				end++;
			}
			const text = this.list.slice(start, end).join('');
			groups.push({
				b: this.emit(Buffer.from(text, 'utf16le')),
				ends: this.numbers(ends, 'i32'),
			});
			start = end;
		}
		return groups;
	}
}

/** Encodes `value`, emitting blobs through `emit`; returns the shape to store beside them. */
export function encodeValue(value: unknown, emit: Emit): Shape {
	const encoder = new Encoder(emit);
	const root = encoder.value(value);
	return {$: 'strings', groups: encoder.stringGroups(), root};
}

type TextOf = (ref: BlobRef, encoding: 'latin1' | 'utf16le') => string;

export type DecodeOptions = {
	/** A blob decoded as text (long strings); by default, the bytes of `blob` decoded. */
	text?: TextOf;
	/**
	 * A column of nested objects (by key) to leave out of the rows: its objects are made only
	 * when asked for, with `detached`, which saves their memory when few are ever looked at.
	 */
	detach?: string;
};

export type Decoded = {
	value: unknown;
	/** A row's object in the detached column, made now; undefined when the row has none. */
	detached(row: object): unknown;
};

/**
 * The inverse of encodeValue. `blob(n)` returns the n-th emitted blob's bytes (which need stay
 * good only until the next call).
 */
export function decodeValue(
	shape: Shape,
	blob: (ref: BlobRef) => Uint8Array,
	options: DecodeOptions = {},
): unknown {
	return decode(shape, blob, options).value;
}

/** decodeValue, with the column named in options.detach kept aside (see DecodeOptions). */
export function decode(
	shape: Shape,
	blob: (ref: BlobRef) => Uint8Array,
	options: DecodeOptions = {},
): Decoded {
	if (!isNode(shape) || shape.$ !== 'strings') throw new Error('not an encoded value');
	const text = options.text ?? ((ref, encoding) => toBuffer(blob(ref)).toString(encoding));
	const strings: string[] = [];
	for (const group of shape.groups) {
		const groupText = text(group.b, 'utf16le');
		const ends = numbersOf(blob(group.ends), 'i32');
		let at = 0;
		for (const end of ends) {
			if (end < at || end > groupText.length) throw new Error('damaged string table');
			strings.push(groupText.slice(at, end));
			at = end;
		}
	}
	const decoder = new Decoder(strings, blob, text, options.detach);
	const value = decoder.value(shape.root);
	return {
		value,
		detached(row) {
			const at = (row as Record<symbol, unknown>)[detachedRow];
			return typeof at === 'number' ? decoder.detachedTable?.row(at) : undefined;
		},
	};
}

/** On a row whose detached column has an object: that object's row in the detached table. */
const detachedRow = Symbol('detached row');

type DecodedColumn = {
	key: string | symbol;
	fixed: number | undefined;
	tags: Uint8Array | undefined;
	values: Int32Array | Float64Array | undefined;
	nested: unknown[];
	other: unknown[];
	/** A detached column: cells hold the nested row number. */
	detached: boolean;
};

/** Rows of decoded columns, made one at a time. */
class Rows {
	makers: RowMakers;
	cells: unknown[] = [];
	present: boolean[];
	constructor(
		readonly columns: DecodedColumn[],
		readonly decoder: Decoder,
	) {
		this.makers = new RowMakers(columns.map((column) => column.key));
		this.present = new Array(columns.length);
	}

	row(row: number): Record<string, unknown> {
		const {cells, present, columns} = this;
		cells.length = 0;
		for (let index = 0; index < columns.length; index++) {
			const column = columns[index]!;
			const kind = column.tags ? column.tags[row]! : column.fixed!;
			present[index] = kind !== tag.absent;
			if (kind === tag.absent) continue;
			const value = column.values?.[row] ?? 0;
			cells.push(
				column.detached ? value : this.decoder.cell(kind, value, column.nested, column.other),
			);
		}
		return this.makers.make(present, cells);
	}
}

class Decoder {
	detachedTable: {row(at: number): unknown} | undefined;
	constructor(
		readonly strings: string[],
		readonly blob: (ref: BlobRef) => Uint8Array,
		readonly text: TextOf,
		readonly detach: string | undefined,
	) {}

	value(shape: Shape): unknown {
		if (!isNode(shape)) return shape;
		switch (shape.$) {
			case 'num':
				return shape.v === '-0' ? -0 : Number(shape.v);
			case 'str':
				return shape.v;
			case 'big':
				return this.text(shape.b, shape.enc);
			case 'nums': {
				const numbers = numbersOf(this.blob(shape.b), shape.type);
				return Array.from(numbers);
			}
			case 'arr':
				return shape.v.map((item) => this.value(item));
			case 'obj': {
				// Long strings first: the rest then does not sit in memory while their bytes do.
				const entries = Object.entries(shape.v);
				const decoded = new Map<string, unknown>();
				for (const [key, item] of entries) {
					if (isNode(item) && item.$ === 'big') decoded.set(key, this.value(item));
				}
				const out: Record<string, unknown> = {};
				for (const [key, item] of entries) {
					setOwn(out, key, decoded.has(key) ? decoded.get(key) : this.value(item));
				}
				return out;
			}
			case 'rows':
				return this.table(shape.t);
			default:
				throw new Error('damaged value shape');
		}
	}

	table(table: Table): Record<string, unknown>[] {
		const rows = new Rows(this.columns(table), this);
		const out: Record<string, unknown>[] = new Array(table.rows);
		for (let row = 0; row < table.rows; row++) out[row] = rows.row(row);
		return out;
	}

	/** The table's columns, copied: a blob's bytes may be reused by the next blob read. */
	columns(table: Table): DecodedColumn[] {
		return table.columns.map((column) => {
			const fixed = typeof column.tags === 'number' ? column.tags : undefined;
			const tags =
				typeof column.tags === 'number' ? undefined : Uint8Array.from(this.blob(column.tags.b));
			if (tags && tags.length !== table.rows) throw new Error('damaged column');
			const values = column.values
				? numbersOf(this.blob(column.values.b), column.values.type).slice()
				: undefined;
			if (values && values.length !== table.rows) throw new Error('damaged column');
			const detached = column.key === this.detach && column.nested !== undefined;
			let nested: unknown[] = [];
			if (detached) {
				const rows = new Rows(this.columns(column.nested!), this);
				const count = column.nested!.rows;
				this.detachedTable = {
					row: (at: number) => {
						if (!(at >= 0 && at < count)) throw new Error('damaged reference');
						return rows.row(at);
					},
				};
			} else if (column.nested) {
				nested = this.table(column.nested);
			}
			const other = column.other?.map((item) => this.value(item)) ?? [];
			return {
				key: detached ? detachedRow : column.key,
				fixed,
				tags,
				values,
				nested,
				other,
				detached,
			};
		});
	}

	cell(kind: number, value: number, nested: unknown[], other: unknown[]): unknown {
		switch (kind) {
			case tag.number:
				return value;
			case tag.string:
				return this.at(this.strings, value);
			case tag.true:
				return true;
			case tag.false:
				return false;
			case tag.null:
				return null;
			case tag.object:
				return this.at(nested, value);
			case tag.other:
				return this.at(other, value);
			default:
				throw new Error('damaged column tag');
		}
	}

	at<T>(list: T[], index: number): T {
		if (!(index >= 0 && index < list.length)) throw new Error('damaged reference');
		return list[index]!;
	}
}

/**
 * Makes row objects. Rows with the same keys present are made by one function returning an
 * object literal, so they are as compact as objects written in the source (and made fast);
 * the keys are written as string literals (JSON.stringify), never as code. Tables whose rows
 * vary too much get plain property assignment instead.
 */
class RowMakers {
	makers = new Map<string, (cells: unknown[]) => Record<string, unknown>>();
	constructor(readonly keys: Array<string | symbol>) {}

	make(present: readonly boolean[], cells: unknown[]): Record<string, unknown> {
		let signature = '';
		for (const flag of present) signature += flag ? '1' : '0';
		let maker = this.makers.get(signature);
		if (!maker) {
			const keys = this.keys.filter((_, index) => present[index]);
			maker = this.makers.size < 64 ? literalMaker(keys) : assigningMaker(keys);
			this.makers.set(signature, maker);
		}
		return maker(cells);
	}
}

function literalMaker(keys: Array<string | symbol>): (cells: unknown[]) => Record<string, unknown> {
	const symbols = keys.filter((key): key is symbol => typeof key === 'symbol');
	const fields = keys.map((key, index) => {
		// A literal "__proto__": x would set the prototype; a computed key defines the property.
		const name =
			typeof key === 'symbol'
				? `[symbols[${symbols.indexOf(key)}]]`
				: key === '__proto__'
					? `[${JSON.stringify(key)}]`
					: JSON.stringify(key);
		return `${name}: cells[${index}]`;
	});
	const make = new Function('cells', 'symbols', `return {${fields.join(', ')}};`) as (
		cells: unknown[],
		symbols: symbol[],
	) => Record<string, unknown>;
	return (cells) => make(cells, symbols);
}

function assigningMaker(
	keys: Array<string | symbol>,
): (cells: unknown[]) => Record<string, unknown> {
	return (cells) => {
		const row: Record<string | symbol, unknown> = {};
		keys.forEach((key, index) => {
			if (typeof key === 'symbol') row[key] = cells[index];
			else setOwn(row, key, cells[index]);
		});
		return row as Record<string, unknown>;
	};
}

/** Sets an own property, even one named __proto__ (which plain assignment would not). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
	if (key === '__proto__') {
		Object.defineProperty(target, key, {
			value,
			enumerable: true,
			writable: true,
			configurable: true,
		});
	} else {
		target[key] = value;
	}
}

function isNode(shape: Shape): shape is Exclude<Shape, number | boolean | null> {
	return typeof shape === 'object' && shape !== null && '$' in shape;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const prototype = Object.getPrototypeOf(value);
	return prototype === Object.prototype || prototype === null;
}

function numberType(values: readonly number[]): NumberType {
	for (const value of values) {
		if (!Number.isInteger(value) || value < -0x80000000 || value > 0x7fffffff) return 'f64';
		if (Object.is(value, -0)) return 'f64';
	}
	return 'i32';
}

function numbersOf(bytes: Uint8Array, type: NumberType): Int32Array | Float64Array {
	const size = type === 'i32' ? 4 : 8;
	if (bytes.byteLength % size !== 0) throw new Error('damaged number blob');
	// Typed arrays need aligned offsets; copy when the bytes are not.
	const aligned = bytes.byteOffset % size === 0 ? bytes : new Uint8Array(bytes);
	return type === 'i32'
		? new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4)
		: new Float64Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 8);
}

function toBuffer(bytes: Uint8Array): Buffer {
	return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

function isOneByte(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
	return true;
}

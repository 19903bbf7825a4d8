// Shared writers for command output. JSON.stringify escapes C0 controls but not DEL, C1,
// bidi overrides or zero-width characters; those are escaped here too so piped JSON shown in
// a terminal cannot act on it.
import type {Lang, Text} from '../i18n/lang.js';
import {sanitizeLine} from '../text/sanitize.js';
import {padToWidth, textWidth} from '../text/width.js';

const unsafeInJson =
	/[\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function toJson(value: unknown): string {
	return `${JSON.stringify(value, null, 2).replace(
		unsafeInJson,
		(char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
	)}\n`;
}

/** A cell a spreadsheet would run as a formula (OWASP's CSV injection rule). */
const formulaStart = /^[=@+\-\t\r]/;
/** A plain number keeps its sign: -5 and +3.2 are data, not formulas. */
const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** One CSV cell: a formula-like start is neutralized with a leading ', controls are shown. */
export function csvCell(field: string | number | null | undefined): string {
	if (field === null || field === undefined) return '';
	const raw = String(field);
	const text = sanitizeLine(
		typeof field !== 'number' && formulaStart.test(raw) && !plainNumber.test(raw) ? `'${raw}` : raw,
	);
	return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180: quote fields holding a comma, quote or line break; neutralize formulas, controls. */
export function toCsv(rows: Array<Array<string | number | null | undefined>>): string {
	return rows
		.map((row) => row.map(csvCell).join(','))
		.join('\r\n')
		.concat('\r\n');
}

/** Lays out rows as aligned columns; cells are sanitized; the last column is not padded. */
function formatColumns(rows: string[][], gap = 2): string {
	const clean = rows.map((row) => row.map(sanitizeLine));
	const widths: number[] = [];
	for (const row of clean) {
		row.forEach((cell, index) => {
			widths[index] = Math.max(widths[index] ?? 0, textWidth(cell));
		});
	}
	return clean
		.map((row) =>
			row
				.map((cell, index) =>
					index === row.length - 1 ? cell : padToWidth(cell, widths[index]!) + ' '.repeat(gap),
				)
				.join('')
				.trimEnd(),
		)
		.join('\n')
		.concat('\n');
}

type Cell = string | number | null | undefined;

/**
 * One column of a command's rows, declared once for every output: its name in --csv, its
 * header in the text table (either may be absent: a column only one of them has), and its
 * value. The text table shows `shown` where the words differ from the data (a region's name in
 * the user's language, a number in 万).
 */
type Column<Row> = {
	csv?: string;
	header?: Text;
	value: (row: Row) => Cell;
	shown?: (row: Row, lang: Lang) => string;
};

/** What a command prints of its rows: the columns, and each row as --json gives it. */
export type RowShape<Row> = {columns: ReadonlyArray<Column<Row>>; json: (row: Row) => unknown};

/**
 * Prints the rows for scripts, as --json objects or --csv columns, and says whether it did:
 * when neither was asked for, the text is the caller's to print (a table: `rowTable`).
 */
export function printData<Row>(
	stdout: {write(text: string): unknown},
	rows: readonly Row[],
	shape: RowShape<Row>,
	format: {json?: boolean | undefined; csv?: boolean | undefined},
): boolean {
	if (format.json) {
		stdout.write(toJson(rows.map((row) => shape.json(row))));
		return true;
	}
	if (format.csv) {
		const columns = shape.columns.filter((column) => column.csv !== undefined);
		stdout.write(
			toCsv([
				columns.map((column) => column.csv!),
				...rows.map((row) => columns.map((column) => column.value(row))),
			]),
		);
		return true;
	}
	return false;
}

/** The cells of the text table's columns (those with a header), header row first. */
export function tableCells<Row>(
	rows: readonly Row[],
	columns: ReadonlyArray<Column<Row>>,
	lang: Lang,
): string[][] {
	const shown = columns.filter((column) => column.header !== undefined);
	return [
		shown.map((column) => column.header![lang]),
		...rows.map((row) =>
			shown.map((column) =>
				column.shown ? column.shown(row, lang) : String(column.value(row) ?? ''),
			),
		),
	];
}

/** The rows as the text table: aligned by display width (see formatColumns). */
export function rowTable<Row>(
	rows: readonly Row[],
	columns: ReadonlyArray<Column<Row>>,
	lang: Lang,
): string {
	return formatColumns(tableCells(rows, columns, lang));
}

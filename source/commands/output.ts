// Shared writers for command output. JSON.stringify escapes C0 controls but not DEL, C1,
// bidi overrides or zero-width characters; those are escaped here too so piped JSON shown in
// a terminal cannot act on it.
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
export function formatColumns(rows: string[][], gap = 2): string {
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

// The frame writer checked against a terminal: after any sequence of frames, a terminal that was
// sent only the differences shows exactly what one sent each frame whole shows, cell by cell
// (characters, widths and styles), and it costs few bytes where it should.
import xterm from '@xterm/headless';
import {describe, expect, test} from 'vitest';
import {
	applyScroll,
	compactStyles,
	changedMiddle,
	changedPart,
	createFrameWriter,
	findScroll,
	fitToWidth,
} from '../../source/render/frame-writer.js';
import {textWidth} from '../../source/text/width.js';

const {Terminal} = xterm;

type Term = InstanceType<typeof Terminal>;

function terminal(columns: number, rows: number): Term {
	return new Terminal({cols: columns, rows, allowProposedApi: true, scrollback: 0});
}

function write(term: Term, data: string): Promise<void> {
	// xterm calls back only for data it parsed.
	if (data === '') return Promise.resolve();
	return new Promise((resolve) => term.write(data, resolve));
}

/** Every cell: its text, width and the style attributes that matter on screen. */
function cells(term: Term): string[] {
	const out: string[] = [];
	const buffer = term.buffer.active;
	const cell = buffer.getNullCell();
	for (let y = 0; y < term.rows; y++) {
		const line = buffer.getLine(buffer.viewportY + y)!;
		const row: string[] = [];
		for (let x = 0; x < term.cols; x++) {
			line.getCell(x, cell);
			row.push(
				[
					cell.getChars() || ' ',
					cell.getWidth(),
					cell.isBold(),
					cell.isDim(),
					cell.isItalic(),
					cell.isInverse(),
					cell.isUnderline(),
					cell.getFgColorMode(),
					cell.getFgColor(),
					cell.getBgColorMode(),
					cell.getBgColor(),
				].join(','),
			);
		}
		out.push(row.join('|'));
	}
	return out;
}

/** A frame sent whole, from a cleared screen: what the screen must look like. */
async function reference(lines: string[], columns: number, rows: number): Promise<string[]> {
	const term = terminal(columns, rows);
	await write(term, `\u001b[H\u001b[2J${lines.map((line) => `${line}`).join('\r\n')}`);
	const result = cells(term);
	term.dispose();
	return result;
}

const bold = (text: string) => `\u001b[1m${text}\u001b[22m`;
const red = (text: string) => `\u001b[31m${text}\u001b[39m`;
const inverse = (text: string) => `\u001b[7m${text}\u001b[27m`;
const highlight = (text: string) => `\u001b[48;5;236m${text}\u001b[49m`;
// As Ink writes nested props: each span opens and closes its own, empty spans too.
const heading = (text: string) =>
	`\u001b[1m\u001b[35m${text}\u001b[39m\u001b[22m\u001b[1m\u001b[22m`;
const dimItalic = (text: string) => `\u001b[2m\u001b[3m${bold(text)}\u001b[23m\u001b[22m`;
// Bold throughout, dim on the first half only: dim ends with bold's code (22), bold re-opened.
const halfDim = (text: string) => {
	const chars = [...text];
	const half = Math.ceil(chars.length / 2);
	return `\u001b[1m\u001b[2m${chars.slice(0, half).join('')}\u001b[22m\u001b[1m${chars.slice(half).join('')}\u001b[22m`;
};
const match = (text: string) => `\u001b[43m\u001b[30m${text}\u001b[39m\u001b[49m`;

/** A deterministic generator, so a failure can be replayed. */
function random(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 4294967296;
	};
}

const words = [
	'劳模',
	'职工书屋',
	'laomo',
	' ',
	'，',
	'工会',
	'abc',
	'勞動模範',
	'—',
	'“娘家人”',
	'1,901字',
	'é',
];

function randomLine(next: () => number, columns: number): string {
	let line = '';
	let width = 0;
	const target = Math.floor(next() * (columns + 10));
	while (width < target) {
		const word = words[Math.floor(next() * words.length)]!;
		const wordWidth = [...word].reduce(
			(sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 2 : 1),
			0,
		);
		if (width + wordWidth > columns) break;
		const style = next();
		line +=
			style < 0.1
				? bold(word)
				: style < 0.2
					? red(word)
					: style < 0.25
						? inverse(word)
						: style < 0.3
							? highlight(word)
							: style < 0.35
								? heading(word)
								: style < 0.4
									? dimItalic(word)
									: style < 0.45
										? match(word)
										: style < 0.5
											? halfDim(word)
											: word;
		width += wordWidth;
	}
	return line;
}

/** Ink never writes a row wider than the terminal. */
function widen(line: string, text: string, columns: number): string {
	return textWidth(stripStyles(line + text)) <= columns ? line + text : line;
}

function stripStyles(line: string): string {
	return line.replace(/\u001b\[[\d;]*m/g, '');
}

/** The next frame: the last one scrolled, edited, partly replaced, or new. */
function nextFrame(
	previous: string[],
	next: () => number,
	columns: number,
	rows: number,
): string[] {
	const frame = [...previous];
	const choice = next();
	if (choice < 0.4) {
		// A reader: a header and a status row around a body that scrolls.
		const by = Math.ceil(next() * 3) * (next() < 0.5 ? 1 : -1);
		const body = frame.slice(1, rows - 1);
		const shifted =
			by > 0
				? [...body.slice(by), ...Array.from({length: by}, () => randomLine(next, columns))]
				: [...Array.from({length: -by}, () => randomLine(next, columns)), ...body.slice(0, by)];
		return [frame[0]!, ...shifted, `${bold('状态')} ${Math.floor(next() * 100)}%`];
	}
	if (choice < 0.8) {
		const edits = 1 + Math.floor(next() * 4);
		for (let i = 0; i < edits; i++) {
			const row = Math.floor(next() * rows);
			const line = frame[row] ?? '';
			const kind = next();
			frame[row] =
				kind < 0.3
					? widen(line, next() < 0.5 ? 'x' : '劳', columns)
					: kind < 0.5
						? // Cut short (not inside an escape sequence), styles closed as Ink's rows are.
							`${line.slice(0, Math.floor(next() * line.length)).replace(/\u001b[^m]*$/, '')}\u001b[0m`
						: kind < 0.6
							? ''
							: randomLine(next, columns);
		}
		return frame;
	}
	if (choice < 0.9)
		return frame.map((line, row) => (row % 2 === 0 ? line : randomLine(next, columns)));
	return Array.from({length: rows - Math.floor(next() * 3)}, () => randomLine(next, columns));
}

describe.each([
	[40, 10, 1],
	[100, 30, 2],
	[37, 12, 3],
	[80, 24, 4],
])('at %i×%i (seed %i)', (columns, rows, seed) => {
	test('the screen always equals the frame drawn whole', async () => {
		const next = random(seed);
		const term = terminal(columns, rows);
		const writer = createFrameWriter();
		let frame = Array.from({length: rows}, () => randomLine(next, columns));
		let previous: string[] = [];
		for (let step = 0; step < 150; step++) {
			const out = writer.frame(frame, {columns, rows});
			await write(term, out);
			const want = await reference(frame, columns, rows);
			const got = cells(term);
			const row = want.findIndex((line, index) => line !== got[index]);
			// On a mismatch, say which row, what it was and what was sent.
			expect(
				row === -1
					? undefined
					: {row, before: previous[row], after: frame[row], out, want: want[row], got: got[row]},
				`step ${step}`,
			).toBeUndefined();
			previous = frame;
			// Rows as Ink gives them: strings, no holes.
			frame = Array.from(nextFrame(frame, next, columns, rows), (line) => line ?? '');
		}
		term.dispose();
	});
});

test('rows that fill the width keep their last cell when they change', async () => {
	const columns = 20;
	const rows = 4;
	const term = terminal(columns, rows);
	const writer = createFrameWriter();
	const full = '劳'.repeat(10);
	const frames = [
		[full, 'a'.repeat(20), full, ''],
		[`${full.slice(0, 9)}动`, `${'a'.repeat(19)}b`, bold(full), full],
		[full, 'a'.repeat(20), full, `${full.slice(0, 5)}x`],
	];
	for (const frame of frames) {
		await write(term, writer.frame(frame, {columns, rows}));
		expect(cells(term)).toEqual(await reference(frame, columns, rows));
	}
});

test('a reader scrolled by one row costs the new row and a few escape sequences', () => {
	const columns = 100;
	const rows = 30;
	const next = random(7);
	const body = Array.from({length: 40}, () => randomLine(next, columns));
	const frameAt = (top: number) => [
		bold(' 四川省 · 奮進在治蜀興川的新征程上'),
		...body.slice(top, top + rows - 2),
		`状态 ${top}%`,
	];
	const writer = createFrameWriter();
	writer.frame(frameAt(0), {columns, rows});
	const out = writer.frame(frameAt(1), {columns, rows});
	// The row as sent: its styles in as few codes as say the same.
	const newRow = compactStyles(body[rows - 2]!);
	expect(out).toContain(newRow);
	expect(out).toContain('\u001b[2;29r');
	expect(out.length).toBeLessThan(newRow.length + 60);
	// Back up by one: a scroll the other way.
	const back = writer.frame(frameAt(0), {columns, rows});
	expect(back).toContain('\u001b[T');
	expect(back.length).toBeLessThan(body[0]!.length + 60);
});

test('nothing changed, nothing sent; a new size or an invalidate draws the frame whole', () => {
	const writer = createFrameWriter();
	const frame = ['one', 'two', 'three'];
	expect(writer.frame(frame, {columns: 10, rows: 3})).toContain('three');
	expect(writer.frame(frame, {columns: 10, rows: 3})).toBe('');
	expect(writer.frame(frame, {columns: 11, rows: 3})).toMatch(/^\u001b\[H\u001b\[2J.*three/s);
	writer.invalidate();
	expect(writer.frame(frame, {columns: 11, rows: 3})).toMatch(/^\u001b\[H\u001b\[2J/);
});

describe('changedPart', () => {
	test('starts at the first changed column, with the styles in force there', () => {
		expect(changedPart('劳模 abc', '劳模 abd')).toEqual({column: 7, styles: '', text: 'd'});
		expect(changedPart(`${red('劳模')}x`, `${red('劳模')}y`)).toEqual({
			column: 4,
			styles: '\u001b[31m',
			text: '\u001b[39my',
		});
		expect(changedPart(red('劳模a'), red('劳模b'))).toEqual({
			column: 4,
			styles: '\u001b[31m',
			text: 'b\u001b[39m',
		});
	});

	test('never cuts a character, an escape sequence or a grapheme in two', () => {
		// 劳 and 动 share their first UTF-16 unit's high byte only; the cut is before them.
		expect(changedPart('ab劳', 'ab动')).toEqual({column: 2, styles: '', text: '动'});
		// e then a combining accent: the e belongs to the change.
		expect(changedPart('abe', 'abe\u0301')).toEqual({column: 2, styles: '', text: 'e\u0301'});
		// Two SGR sequences that share a prefix.
		expect(changedPart('a\u001b[31mb', 'a\u001b[32mb')).toEqual({
			column: 1,
			styles: '',
			text: '\u001b[32mb',
		});
		expect(changedPart('xyz', 'abc').column).toBe(0);
	});

	test('whole rows when the common part holds control characters', () => {
		expect(changedPart('a\tbc', 'a\tbd').column).toBe(0);
	});
});

test('findScroll and applyScroll agree on which rows a scroll lines up', () => {
	const before = ['head', 'a1', 'a2', 'a3', 'a4', 'a5', 'foot'];
	const after = ['head', 'a3', 'a4', 'a5', 'b1', 'b2', 'foot'];
	const scroll = findScroll(before, after, 7);
	// Nothing this small saves enough to be worth the escape sequences.
	expect(scroll).toBeUndefined();
	const long = (text: string) => text.repeat(30);
	const beforeLong = before.map(long);
	const afterLong = after.map(long);
	const found = findScroll(beforeLong, afterLong, 7)!;
	expect(found).toEqual({top: 1, bottom: 5, by: 2});
	expect(applyScroll(beforeLong, found).slice(1, 4)).toEqual(afterLong.slice(1, 4));
});

test('rows wider than the terminal are cut, never wrapped onto the next row', async () => {
	const columns = 10;
	const rows = 3;
	const term = terminal(columns, rows);
	const writer = createFrameWriter();
	const wide = ['劳'.repeat(8), bold('a'.repeat(14)), 'ok'];
	await write(term, writer.frame(wide, {columns, rows}));
	const cut = ['劳'.repeat(5), bold('a'.repeat(10)), 'ok'];
	expect(cells(term)).toEqual(await reference(cut, columns, rows));
	expect(fitToWidth(red('劳模劳模劳模'), 5)).toBe(red('劳模'));
	expect(fitToWidth('abc', 5)).toBe('abc');
});

describe('a row changed only in its middle', () => {
	const columns = 60;
	const rows = 3;
	const cellRow = (focused: number, styled = '\u001b[7m') =>
		[0, 1, 2, 3]
			.map((index) =>
				index === focused
					? `${styled}\u001b[32m█▋ \u001b[39m 12.6万人 \u001b[27m\u001b[22m`
					: ` \u001b[32m█▋ \u001b[39m 12.6万人 `,
			)
			.join('');

	test('sends the changed cells alone, and the screen is as if drawn whole', async () => {
		const term = terminal(columns, rows);
		const writer = createFrameWriter();
		const frames = [
			['标题', cellRow(0), cellRow(-1)],
			['标题', cellRow(1), cellRow(-1)],
			['标题', cellRow(1), cellRow(2, '\u001b[1m\u001b[2m')],
			['标题', cellRow(-1), cellRow(2, '\u001b[2m')],
			['标题', cellRow(3), cellRow(0, '\u001b[1m')],
		];
		const whole = writer.frame(frames[0]!, {columns, rows});
		await write(term, whole);
		for (const frame of frames.slice(1)) {
			const out = writer.frame(frame, {columns, rows});
			await write(term, out);
			expect(cells(term)).toEqual(await reference(frame, columns, rows));
		}
		// Moving the focus from the first cell to the second sends less than the rest of the row.
		const step = createFrameWriter();
		step.frame(frames[0]!, {columns, rows});
		const moved = step.frame(frames[1]!, {columns, rows});
		expect(moved.length).toBeLessThan(cellRow(1).length - 10);
		expect(moved).not.toContain('\u001b[K');
	});

	test('is not taken when the end alike in text is not alike in styles or columns', () => {
		const change = changedPart('ab\u001b[1mXY', 'ab\u001b[2mXY');
		expect(changedMiddle('ab\u001b[1mXY', 'ab\u001b[2mXY', change)).toBeUndefined();
		const wider = changedPart('ab劳cd', 'abxcd');
		expect(changedMiddle('ab劳cd', 'abxcd', wider)).toBeUndefined();
		const same = changedPart('ab劳cd', 'ab动cd');
		expect(changedMiddle('ab劳cd', 'ab动cd', same)).toBe('动');
	});
});

// Turns one full-screen frame into the next with few bytes, as curses does: rows that did not
// change are not sent; a changed row is sent from its first changed column; and when the new
// frame is the old one shifted up or down (a reader scrolled by a line), the terminal shifts
// it itself (a scroll region, DECSTBM, and SU/SD), so only the rows that scrolled in are sent.
// Over SSH that is the difference between a few hundred bytes a keypress and a few kilobytes.
//
// Frames are arrays of rows as Ink writes them: text with SGR styles, each row ending with
// its styles closed. Pure: no terminal, no Ink; the caller writes what frame() returns.
import {graphemeOffsets, graphemes, textWidth} from '../text/width.js';

const esc = '\u001b';
const csi = `${esc}[`;
/** An escape sequence: CSI (SGR and others) or OSC (hyperlinks), whole. */
const escapeSequence = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\))/y;
const allEscapes = new RegExp(escapeSequence.source, 'g');
const controlChar = /[\u0000-\u001f\u007f-\u009f]/;

export type FrameSize = {columns: number; rows: number};

type FrameWriter = {
	/** The bytes that turn what is on the screen into `lines` (at most size.rows of them). */
	frame(lines: readonly string[], size: FrameSize): string;
	/** Forget what is on the screen: the next frame is drawn whole. */
	invalidate(): void;
};

/** A scroll of screen rows [top, bottom] by `by` rows: up when positive, down when negative. */
type Scroll = {top: number; bottom: number; by: number};

/** Scrolling pays for itself only when it saves more than this many bytes. */
const scrollMinimumSaving = 32;

export function createFrameWriter(): FrameWriter {
	let screen: string[] | undefined;
	let screenSize: FrameSize | undefined;
	return {
		frame(lines, size) {
			// A frame laid out for a larger terminal (drawn just before a resize is seen) must not
			// wrap or scroll: what is on the screen would no longer be these rows.
			const next = lines.slice(0, size.rows).map((line) => fitToWidth(line, size.columns));
			let out = '';
			let current: string[];
			if (
				!screen ||
				!screenSize ||
				screenSize.columns !== size.columns ||
				screenSize.rows !== size.rows
			) {
				// Nothing known about the screen: clear it, then every row is new.
				out = `${csi}H${csi}2J`;
				current = [];
			} else {
				current = screen;
				const scroll = findScroll(current, next, size.rows);
				if (scroll) {
					out += scrollSequence(scroll);
					current = applyScroll(current, scroll);
				}
			}
			out += drawRows(current, next, size);
			screen = next;
			screenSize = {...size};
			return out;
		},
		invalidate() {
			screen = undefined;
		},
	};
}

/** The escape sequences for a scroll; the region is reset after, and styles are off before. */
function scrollSequence({top, bottom, by}: Scroll): string {
	const count = Math.abs(by);
	const shift = `${csi}${count === 1 ? '' : count}${by > 0 ? 'S' : 'T'}`;
	return `${csi}m${csi}${top + 1};${bottom + 1}r${shift}${csi}r`;
}

/** What the screen holds after a scroll: rows shifted within the region, blank ones let in. */
export function applyScroll(screen: readonly string[], {top, bottom, by}: Scroll): string[] {
	const out = [...screen];
	for (let row = top; row <= bottom; row++) {
		const from = row + by;
		out[row] = from >= top && from <= bottom ? (screen[from] ?? '') : '';
	}
	return out;
}

/**
 * The scroll that saves most bytes turning `before` into `after`, if any saves enough: for each
 * shift that lines up at least one row, the longest run of rows that it lines up.
 */
export function findScroll(
	before: readonly string[],
	after: readonly string[],
	rows: number,
): Scroll | undefined {
	const where = new Map<string, number[]>();
	before.forEach((line, row) => {
		// Blank rows line up with everything and save nothing.
		if (line === '') return;
		const list = where.get(line);
		if (list) list.push(row);
		else where.set(line, [row]);
	});
	const shifts = new Set<number>();
	after.forEach((line, row) => {
		for (const from of where.get(line) ?? []) if (from !== row) shifts.add(from - row);
	});
	const unchanged = (row: number, screen: readonly string[]) =>
		(screen[row] ?? '') === (after[row] ?? '');
	let best: Scroll | undefined;
	let bestSaving = scrollMinimumSaving;
	for (const by of shifts) {
		// The longest run of rows of `after` that the shift lines up.
		let runStart = -1;
		let bestRun: [number, number] | undefined;
		for (let row = 0; row <= rows; row++) {
			const from = row + by;
			const lined =
				row < rows && from >= 0 && from < rows && (after[row] ?? '') === (before[from] ?? '');
			if (lined && runStart === -1) runStart = row;
			if (!lined && runStart !== -1) {
				if (!bestRun || row - runStart > bestRun[1] - bestRun[0] + 1) {
					bestRun = [runStart, row - 1];
				}
				runStart = -1;
			}
		}
		if (!bestRun) continue;
		const [first, last] = bestRun;
		const scroll: Scroll =
			by > 0 ? {top: first, bottom: last + by, by} : {top: first + by, bottom: last, by};
		const shifted = applyScroll(before, scroll);
		// What the scroll saves: bytes of rows it makes right that were wrong, less those it
		// makes wrong that were right, less its own escape sequences.
		let saving = -scrollSequence(scroll).length;
		for (let row = scroll.top; row <= scroll.bottom; row++) {
			const wasRight = unchanged(row, before);
			const isRight = unchanged(row, shifted);
			if (isRight && !wasRight) saving += (after[row] ?? '').length;
			if (wasRight && !isRight) saving -= (after[row] ?? '').length;
		}
		if (saving > bestSaving) {
			bestSaving = saving;
			best = scroll;
		}
	}
	return best;
}

/** Rows that differ, each from its first changed column; consecutive rows by CR LF. */
function drawRows(screen: readonly string[], next: readonly string[], size: FrameSize): string {
	let out = '';
	let cursorRow = -1;
	for (let row = 0; row < size.rows; row++) {
		const before = screen[row] ?? '';
		const after = next[row] ?? '';
		if (before === after) continue;
		const change = changedPart(before, after);
		// Past the last column only styles can differ, and they show on no cell.
		if (change.column >= size.columns) continue;
		const moveToStart = cursorRow === row - 1 && cursorRow >= 0 ? '\r\n' : `${csi}${row + 1}H`;
		if (change.column === 0) {
			// Erase first, then write: erasing after a row that fills the width would take its
			// last cell with it.
			out += `${moveToStart}${csi}2K${after}`;
		} else {
			out += `${csi}${row + 1};${change.column + 1}H${csi}K${change.styles}${change.text}`;
		}
		cursorRow = row;
	}
	return out;
}

type Change = {column: number; styles: string; text: string};

/**
 * Where `after` starts to differ from `before`: the column, the styles in force there, and
 * the text from there on. Column 0 (whole row) when the common part holds anything whose
 * width is unsure (control characters).
 */
export function changedPart(before: string, after: string): Change {
	const whole = {column: 0, styles: '', text: after};
	let same = 0;
	const limit = Math.min(before.length, after.length);
	while (same < limit && before.charCodeAt(same) === after.charCodeAt(same)) same++;
	if (same === 0) return whole;
	// Walk `after` by escape sequences and graphemes up to the last boundary inside the
	// common part, so the cut never splits a sequence or a character.
	let at = 0;
	let cut = 0;
	let styles = '';
	let stylesAtCut = '';
	let column = 0;
	let columnAtCut = 0;
	while (at < same) {
		escapeSequence.lastIndex = at;
		const sequence = escapeSequence.exec(after);
		if (sequence) {
			at += sequence[0].length;
			if (at > same) break;
			styles += sequence[0];
			continue;
		}
		let next = after.indexOf(esc, at);
		// An escape that is not a whole sequence: its width is anyone's guess.
		if (next === at) return whole;
		if (next === -1) next = after.length;
		let stop = false;
		let end = at;
		for (const segment of graphemes(after.slice(at, next))) {
			end += segment.length;
			// A grapheme that ends exactly at the common boundary may still grow in `after`
			// (a combining mark); it is safe only when `before` also breaks there.
			if (end > same || (end === same && !breaksAt(before, same))) {
				stop = true;
				break;
			}
			if (controlChar.test(segment)) return whole;
			column += textWidth(segment);
			cut = end;
			stylesAtCut = styles;
			columnAtCut = column;
		}
		if (stop) break;
		at = next;
	}
	if (cut === 0) return whole;
	return {column: columnAtCut, styles: stylesAtCut, text: after.slice(cut)};
}

/**
 * The row cut to `columns` cells (styles kept, so they still close); rows that fit are returned
 * as they are, and most are known to fit from their length alone.
 */
export function fitToWidth(line: string, columns: number): string {
	if (line.length * 2 <= columns) return line;
	if (textWidth(line.includes(esc) ? line.replace(allEscapes, '') : line) <= columns) return line;
	let out = '';
	let width = 0;
	let at = 0;
	let cut = false;
	while (at < line.length) {
		escapeSequence.lastIndex = at;
		const sequence = escapeSequence.exec(line);
		if (sequence) {
			out += sequence[0];
			at += sequence[0].length;
			continue;
		}
		let next = line.indexOf(esc, at);
		if (next === at) {
			// A lone escape: keep it (it has no width of its own) and go on.
			out += esc;
			at++;
			continue;
		}
		if (next === -1) next = line.length;
		for (const segment of graphemes(line.slice(at, next))) {
			const segmentWidth = textWidth(segment);
			if (cut || width + segmentWidth > columns) {
				cut = true;
				continue;
			}
			out += segment;
			width += segmentWidth;
		}
		at = next;
	}
	return cut ? out : line;
}

/** Whether `text` has a grapheme boundary at `offset`. */
function breaksAt(text: string, offset: number): boolean {
	if (offset >= text.length) return true;
	if (text.charCodeAt(offset) === 0x1b) return true;
	// Look at the graphemes of a window around the offset.
	const from = Math.max(0, offset - 16);
	return graphemeOffsets(graphemes(text.slice(from, offset + 16))).includes(offset - from);
}

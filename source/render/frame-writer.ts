// Turns one full-screen frame into the next with few bytes, as curses does: rows that did not
// change are not sent; a changed row is sent from its first changed column; and when the new
// frame is the old one shifted up or down (a reader scrolled by a line), the terminal shifts
// it itself (a scroll region, DECSTBM, and SU/SD), so only the rows that scrolled in are sent.
// Over SSH that is the difference between a few hundred bytes a keypress and a few kilobytes.
//
// Frames are arrays of rows as Ink writes them: text with SGR styles, each row ending with
// its styles closed. Pure: no terminal, no Ink; the caller writes what frame() returns.
import {graphemeOffsets, graphemes, textWidth} from '../text/width.js';
import {initialStyles, sgrState, styleKey, styleTransition, type Styles} from './sgr-styles.js';

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
	// The last frame's rows as given and as sent: most rows of a frame are the last one's.
	let compacted = new Map<string, string>();
	let compactedColumns = 0;
	return {
		frame(lines, size) {
			if (size.columns !== compactedColumns) compacted = new Map();
			compactedColumns = size.columns;
			const seen = new Map<string, string>();
			// A frame laid out for a larger terminal (drawn just before a resize is seen) must not
			// wrap or scroll: what is on the screen would no longer be these rows.
			const next = lines.slice(0, size.rows).map((line) => {
				let row = compacted.get(line) ?? seen.get(line);
				if (row === undefined) row = compactStyles(fitToWidth(line, size.columns));
				seen.set(line, row);
				return row;
			});
			compacted = seen;
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
		const middle = changedMiddle(before, after, change);
		if (middle !== undefined) {
			// Only the changed cells: the rest of the row is on the screen already.
			const move = change.column === 0 ? moveToStart : `${csi}${row + 1};${change.column + 1}H`;
			out += `${move}${change.styles}${middle}${csi}m`;
		} else if (change.column === 0) {
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
 * When a row changed only in its middle (a compare cell or label taking or losing the cursor's
 * style, while the rest of the row stays), the text of `after` from the change up to where the
 * rows end alike: that end stands in the same columns with the same styles in both, so it need
 * not be sent. A compare cursor step sent two whole table rows from their first changed column
 * (about 200 bytes each at 100 columns); the middles are a third of that. Undefined when the
 * ends are not alike that way, or sending the middle saves nothing.
 */
export function changedMiddle(before: string, after: string, change: Change): string | undefined {
	const cut = after.length - change.text.length;
	let tail = 0;
	const limit = Math.min(before.length, after.length) - cut;
	while (
		tail < limit &&
		before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
	)
		tail++;
	if (tail === 0) return undefined;
	const afterParts = partsFrom(after, cut, change.styles);
	const beforeParts = partsFrom(before, cut, change.styles);
	if (!afterParts || !beforeParts) return undefined;
	const beforeAt = new Map(beforeParts.map((part) => [before.length - part.at, part]));
	for (const part of afterParts) {
		const fromEnd = after.length - part.at;
		if (fromEnd > tail) continue;
		const alike = beforeAt.get(fromEnd);
		if (!alike || alike.column !== part.column || alike.styles !== part.styles) continue;
		// The end must show something, or there is nothing to save.
		if (textWidth(after.slice(part.at).replace(allEscapes, '')) === 0) return undefined;
		const middle = after.slice(cut, part.at);
		return middle.length < change.text.length ? middle : undefined;
	}
	return undefined;
}

/** A place in a row: its offset, its column, and the styles in force there (as one key). */
type Part = {at: number; column: number; styles: string};

/**
 * Every boundary of `line` from `from` on (between escape sequences and graphemes), with its
 * column and styles in force; undefined for anything whose effect is not known (control
 * characters, a lone ESC, escapes other than the SGR styles the painter writes).
 */
function partsFrom(line: string, from: number, stylesBefore: string): Part[] | undefined {
	let styles = sgrState(stylesBefore, initialStyles());
	if (!styles) return undefined;
	const parts: Part[] = [];
	let column = 0;
	let at = from;
	while (at <= line.length) {
		parts.push({at, column, styles: styleKey(styles)});
		if (at === line.length) break;
		escapeSequence.lastIndex = at;
		const sequence = escapeSequence.exec(line);
		if (sequence) {
			styles = sgrState(sequence[0], styles);
			if (!styles) return undefined;
			at += sequence[0].length;
			continue;
		}
		let next = line.indexOf(esc, at);
		if (next === at) return undefined;
		if (next === -1) next = line.length;
		const run = graphemes(line.slice(at, next));
		for (const [index, segment] of run.entries()) {
			if (controlChar.test(segment)) return undefined;
			column += textWidth(segment);
			at += segment.length;
			if (index < run.length - 1) parts.push({at, column, styles: styleKey(styles)});
		}
	}
	return parts;
}

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
	// What is in force at the cut, as one sequence rather than every one before it.
	const state = sgrState(stylesAtCut, initialStyles());
	return {
		column: columnAtCut,
		styles: state ? styleTransition(initialStyles(), state) : stylesAtCut,
		text: after.slice(cut),
	};
}

/**
 * The row with its styles written as few codes as say the same: a run of SGR sequences becomes
 * the one sequence from the styles last sent to those of the next text, and styles no text
 * shows are dropped. Ink writes each styled span on its own (`ESC[1mESC[35m…ESC[39mESC[22m`,
 * empty spans too): measured on the search screen at 100x30, a keystroke sent 1.51 KB on
 * average before. Rows come from Ink with their styles closed, and leave the same way. A row
 * with any escape but SGR and OSC, or a code not known, is left as it is.
 */
export function compactStyles(line: string): string {
	if (!line.includes(esc)) return line;
	let out = '';
	let sent: Styles = initialStyles();
	let current: Styles = sent;
	let at = 0;
	while (at < line.length) {
		escapeSequence.lastIndex = at;
		const sequence = escapeSequence.exec(line);
		if (sequence) {
			const text = sequence[0];
			at += text.length;
			if (text.startsWith(`${esc}]`)) {
				out += text;
				continue;
			}
			const after = text.endsWith('m') ? sgrState(text, current) : undefined;
			if (!after) return line;
			current = after;
			continue;
		}
		let next = line.indexOf(esc, at);
		if (next === at) return line;
		if (next === -1) next = line.length;
		if (styleKey(current) !== styleKey(sent)) {
			out += styleTransition(sent, current);
			sent = current;
		}
		out += line.slice(at, next);
		at = next;
	}
	return out + styleTransition(sent, initialStyles());
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

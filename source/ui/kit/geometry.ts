// Screen geometry every screen shares, kept pure so it can be tested without a terminal. Every
// screen uses the whole terminal, last row included: frames reach it through the frame writer
// (render/terminal-screen.ts), which paints with autowrap off, so writing the bottom-right cell
// never scrolls the screen. Each screen's own layout is in its folder (reader-geometry.ts, ...).

import type {Command} from './commands.js';

export type Size = {columns: number; rows: number};

const minimumSize: Size = {columns: 60, rows: 16};

export function isTooSmall(size: Size): boolean {
	return size.columns < minimumSize.columns || size.rows < minimumSize.rows;
}

/** Lines a frame may use: every row of the terminal. */
export function frameHeight(size: Size): number {
	return Math.max(0, size.rows);
}

/**
 * The first index of a window of `height` items that keeps `cursor` visible, moving from `top`
 * only as far as it must: list rows, reader lines, compare region columns.
 */
export function scrollWindow(cursor: number, count: number, height: number, top = 0): number {
	if (height <= 0 || count <= height) return 0;
	let start = top;
	if (cursor < start) start = cursor;
	if (cursor >= start + height) start = cursor - height + 1;
	return clamp(start, 0, count - height);
}

export function clamp(value: number, low: number, high: number): number {
	return Math.min(Math.max(value, low), Math.max(low, high));
}

export function pageStep(height: number): number {
	return Math.max(1, height - 2);
}

/**
 * Where a list's cursor goes for a command that moves it (↑↓, half and whole pages, the ends),
 * over `count` items with `shown` rows on screen; undefined for any other command. The lists
 * (library, bookmarks, figures) share it, so their keys move alike.
 */
export function listCursor(
	command: Command,
	cursor: number,
	count: number,
	shown: number,
): number | undefined {
	const half = Math.max(1, Math.floor(shown / 2));
	const moved = listMoves[command]?.(cursor, count - 1, half, pageStep(shown));
	return moved === undefined ? undefined : clamp(moved, 0, count - 1);
}

type Move = (cursor: number, last: number, half: number, page: number) => number;

const listMoves: Partial<Record<Command, Move>> = {
	down: (cursor) => cursor + 1,
	up: (cursor) => cursor - 1,
	halfPageDown: (cursor, _last, half) => cursor + half,
	halfPageUp: (cursor, _last, half) => cursor - half,
	pageDown: (cursor, _last, _half, page) => cursor + page,
	pageUp: (cursor, _last, _half, page) => cursor - page,
	top: () => 0,
	bottom: (_cursor, last) => last,
};

// The bookmarks list's layout: a title line, a column header, two lines a bookmark, a hint line.
import {frameHeight, type Size} from '../kit/geometry.js';

const chromeLines = 3;
/** Lines each bookmark takes: where it is, then the start of its paragraph and the note. */
const linesPerBookmark = 2;

export function bookmarkRowsShown(size: Size): number {
	return Math.max(1, Math.floor((frameHeight(size) - chromeLines) / linesPerBookmark));
}

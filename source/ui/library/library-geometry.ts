// The library's layout.
import {frameHeight, type Size} from '../kit/geometry.js';

// Library: title line, column header, list, hint line.
const libraryChromeLines = 3;

export function libraryRowsShown(size: Size): number {
	return Math.max(1, frameHeight(size) - libraryChromeLines);
}

// The search screen's layout.
import {frameHeight, type Size} from '../kit/geometry.js';

// Search: prompt line, kind tabs line, results (two lines each), status line.
const searchChromeLines = 3;
const searchResultLines = 2;

export function searchResultsShown(size: Size): number {
	return Math.max(1, Math.floor((frameHeight(size) - searchChromeLines) / searchResultLines));
}

// The help page's layout.
import {frameHeight, type Size} from '../kit/geometry.js';

// Help: title, a blank line, the bindings, the closing hint.
export function helpRowsShown(size: Size): number {
	return Math.max(1, frameHeight(size) - 3);
}

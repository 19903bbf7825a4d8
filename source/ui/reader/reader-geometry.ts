// The reader's layout: how wide the text is, how tall the body, where the contents go.
import {clamp, frameHeight, type Size} from '../kit/geometry.js';

// Reader: header line, body, status line.
const readerChromeLines = 2;
/** Widest the text column grows; longer lines are tiring to read. */
const readerMaxMeasure = 100;
/** From this width on the table of contents sits beside the text instead of above it. */
const tocBesideFrom = 100;

export type ReaderGeometry = {
	/** Width the report text is wrapped to. */
	textWidth: number;
	/** Lines of report text shown. */
	bodyHeight: number;
	toc: 'hidden' | 'beside' | 'above';
	tocWidth: number;
	tocHeight: number;
};

export function readerGeometry(size: Size, tocOpen: boolean, sectionCount: number): ReaderGeometry {
	const height = Math.max(1, frameHeight(size) - readerChromeLines);
	if (!tocOpen) {
		return {
			textWidth: Math.max(10, Math.min(readerMaxMeasure, size.columns - 2)),
			bodyHeight: height,
			toc: 'hidden',
			tocWidth: 0,
			tocHeight: 0,
		};
	}
	if (size.columns >= tocBesideFrom) {
		const tocWidth = clamp(Math.floor(size.columns * 0.3), 24, 40);
		return {
			textWidth: Math.max(10, Math.min(readerMaxMeasure, size.columns - tocWidth - 3)),
			bodyHeight: height,
			toc: 'beside',
			tocWidth,
			tocHeight: height,
		};
	}
	// Above the text: a title line, the entries and a rule, in up to half the height.
	const tocHeight = Math.min(sectionCount + 2, Math.max(4, Math.floor(height / 2)));
	return {
		textWidth: Math.max(10, Math.min(readerMaxMeasure, size.columns - 2)),
		bodyHeight: Math.max(1, height - tocHeight),
		toc: 'above',
		tocWidth: size.columns,
		tocHeight,
	};
}

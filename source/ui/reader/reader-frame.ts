// The reader's visible window, worked out the same way for the reducer (to move) and the screen
// (to draw), so both agree on which line is at the top.
import type {Lang} from '../../i18n/lang.js';
import type {Report} from '../../corpus/types.js';
import {clamp, type Size} from '../kit/geometry.js';
import {type ReaderGeometry, readerGeometry} from './reader-geometry.js';
import {
	type Anchor,
	anchorOfLine,
	layoutReport,
	lineOfAnchor,
	type ReaderLayout,
} from '../../corpus/report-lines.js';

export type ReaderFrame = {
	geometry: ReaderGeometry;
	layout: ReaderLayout;
	/** Index of the first line shown. */
	top: number;
	/** The largest `top` can be: the last page ends on the last line. */
	maxTop: number;
};

export function readerFrame(
	report: Report,
	anchor: Anchor,
	tocOpen: boolean,
	size: Size,
	lang: Lang,
): ReaderFrame {
	const geometry = readerGeometry(size, tocOpen, report.sections.length);
	const layout = layoutReport(report, geometry.textWidth, lang);
	const maxTop = Math.max(0, layout.lines.length - geometry.bodyHeight);
	const top = clamp(lineOfAnchor(layout, anchor), 0, maxTop);
	return {geometry, layout, top, maxTop};
}

/** The anchor for a new top line, kept within the text. */
export function anchorAt(frame: ReaderFrame, top: number): Anchor {
	return anchorOfLine(frame.layout, clamp(top, 0, frame.maxTop));
}

/** How far through the text the bottom of the window is, 0–100. */
export function percentThrough(frame: ReaderFrame): number {
	const total = frame.layout.lines.length;
	if (total === 0) return 100;
	const bottom = Math.min(total, frame.top + frame.geometry.bodyHeight);
	return Math.round((100 * bottom) / total);
}

/**
 * The line whose section the reader is in (named in the status, chosen in the contents): a third of the way down, where hits are placed;
 * at the end of the text, the last section that is in view.
 */
export function focusLine(frame: ReaderFrame): number {
	const height = frame.geometry.bodyHeight;
	let line = frame.top + Math.floor(height / 3);
	if (frame.top >= frame.maxTop) {
		const lastShown = frame.layout.sectionStarts.findLast((start) => start < frame.top + height);
		if (lastShown !== undefined) line = Math.max(line, lastShown);
	}
	return Math.min(line, frame.layout.lines.length - 1);
}

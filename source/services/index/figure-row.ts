// A figure as the index stores it: without what its item row already holds (report, section,
// block, section title) and with its quote as offsets into its block's text when it is one. In
// full, the JSON of 72,000 figures was 21 M chars at 1,000 reports, three times all the text,
// and writing it took more than half of a first build.
import type {Figure} from '../../figures/types.js';

type StoredFigure = Omit<Figure, 'report' | 'section' | 'block' | 'sectionTitle' | 'quote'> & {
	/** The quote as [start, end) of the block's text, or the quote itself. */
	quote: [number, number] | string;
};

/** The figure's row: JSON of what the item and block do not already say. */
export function figureRow(figure: Figure, blockText: string | undefined): string {
	const {quote} = figure;
	const at = blockText === undefined ? -1 : blockText.indexOf(quote);
	const stored: StoredFigure = {
		start: figure.start,
		end: figure.end,
		raw: figure.raw,
		number: figure.number,
		multiplier: figure.multiplier,
		value: figure.value,
		unit: figure.unit,
		qualifier: figure.qualifier,
		subject: figure.subject,
		quote: at === -1 ? quote : [at, at + quote.length],
	};
	return JSON.stringify(stored);
}

/** The figure back from its row and its item's place (and the block's text, for the quote). */
export function figureOfRow(
	row: string,
	place: {report: string; section: number; block: number; sectionTitle: string},
	blockText: string | undefined,
): Figure {
	const {quote, ...rest} = JSON.parse(row) as StoredFigure;
	return {
		report: place.report,
		section: place.section,
		block: place.block,
		sectionTitle: place.sectionTitle,
		...rest,
		quote: typeof quote === 'string' ? quote : (blockText ?? '').slice(quote[0], quote[1]),
	};
}

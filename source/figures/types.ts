import type {BlockRef} from '../corpus/types.js';

/** One statistic found in a report's text. */
export type Figure = BlockRef & {
	report: string;
	/** Title of the section it is in ('' for the untitled opening). */
	sectionTitle: string;
	/** Offsets of `raw` within the block's text, [start, end). */
	start: number;
	end: number;
	/** The text as written, e.g. "80.2万余人". */
	raw: string;
	/** The written number, e.g. 80.2. */
	number: number;
	/** 1, 10_000 (万/萬) or 100_000_000 (亿/億); 千/百 are folded in too when written. */
	multiplier: number;
	/** number × multiplier, e.g. 802000 (percentages stay as written: 95 for 95%). */
	value: number;
	/** The unit in simplified characters: 人, 个, 元, %, 人次 ... */
	unit: string;
	/** 余, 多, 超, 近, 以上, 达, 约 ... joined with "+" when several; '' when none. */
	qualifier: string;
	/** The words just before the number that say what is counted, e.g. 发展会员. */
	subject: string;
	/** The whole sentence it came from. */
	quote: string;
};

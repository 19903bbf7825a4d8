// The shapes every other module reads. A report is sections of blocks; a block is addressed by
// (section index, block index) so the reader, search hits and figures agree on positions.

export type Level = 'national' | 'province' | 'city' | 'district' | 'county';
export type Script = 'simplified' | 'traditional';

export const levels: readonly Level[] = ['national', 'province', 'city', 'district', 'county'];
export const scripts: readonly Script[] = ['simplified', 'traditional'];

export type Bilingual = {zh: string; en: string};

export type ReportMeta = {
	id: string;
	title: string;
	subtitle?: string;
	region: Bilingual;
	province: Bilingual;
	/** Absent when the importer could not tell and nobody set it. */
	level?: Level;
	/** Years covered, e.g. {from: 2018, to: 2023}; shown as "2018–2023". Absent when unknown. */
	period?: {from: number; to: number};
	/** ISO date (YYYY-MM-DD), or only a year/month when the text gives no more. */
	published: string;
	source: string;
	authors: string[];
	script: Script;
	/** Where the raw text came from (a path inside the project, or a description). */
	origin: string;
};

type Paragraph = {kind: 'paragraph'; text: string};
type Caption = {kind: 'caption'; text: string; credit?: string};
export type Block = Paragraph | Caption;

export type Section = {
	/** Empty for the untitled opening before the first heading. */
	title: string;
	blocks: Block[];
	/** Theme id set by hand in the report file; rules decide when absent. */
	theme?: string;
};

/**
 * What the library and `list` show of a report, known without reading its text: counted when
 * the file is parsed, or read from the index, whose rows hold them for a report not yet read.
 */
export type ReportCounts = {
	/** Characters of the section titles and blocks. */
	chars: number;
	/** Titled sections (an untitled opening is not counted). */
	sections: number;
};

export type Report = {
	meta: ReportMeta;
	sections: Section[];
	counts: ReportCounts;
	/** The file it was loaded from (absent for reports built in memory). */
	file?: string;
};

export type BlockRef = {section: number; block: number};

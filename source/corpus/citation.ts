// A citation of a passage: the quoted text, then where it is from (region · title · section ·
// period · published · source, leaving out what a report does not say), for copying out of
// the app. Each screen quotes what it shows: the reader a paragraph, search a hit, compare a
// cell with its sentence, the figures view a figure.
import type {Lang} from '../i18n/lang.js';
import {formatPeriod, regionName} from '../i18n/lang.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {Report, ReportMeta} from './types.js';

export type Citation = {
	/** The passage alone, as written (one line, controls made visible). */
	text: string;
	/** Where it is from, one line. */
	source: string;
	/** What is copied as a citation: an optional lead line, the quoted text, the source. */
	full: string;
};

/** A passage of a report: its text, the title of its section ('' for none), and a lead. */
type Passage = {
	meta: ReportMeta;
	section: string;
	text: string;
	/** Said before the quote, e.g. the figure or comparison cell the sentence is cited for. */
	lead?: string;
};

const labels = {
	zh: {
		quote: (text: string) => `“${text}”`,
		title: (title: string) => `《${title}》`,
		published: (date: string) => `${date}发布`,
		source: (source: string) => `来源：${source}`,
		from: '——',
		lead: (label: string, value: string) => `${label}：${value}`,
	},
	en: {
		quote: (text: string) => `"${text}"`,
		title: (title: string) => `"${title}"`,
		published: (date: string) => `published ${date}`,
		source: (source: string) => `source: ${source}`,
		from: '—',
		lead: (label: string, value: string) => `${label}: ${value}`,
	},
} as const;

export function cite(passage: Passage, lang: Lang): Citation {
	const words = labels[lang];
	const {meta} = passage;
	const clean = (value: string | undefined) => sanitizeLine(value ?? '').trim();
	const region = regionName(meta.region, lang);
	const parts = [
		clean(region),
		clean(meta.title) && words.title(clean(meta.title)),
		clean(passage.section),
		formatPeriod(meta.period),
		clean(meta.published) && words.published(clean(meta.published)),
		clean(meta.source) && words.source(clean(meta.source)),
	].filter((part) => part !== '');
	const text = clean(passage.text);
	const source = parts.join(' · ');
	const lead = clean(passage.lead);
	const full = [lead, words.quote(text), `${words.from}${source}`]
		.filter((line) => line !== '')
		.join('\n');
	return {text, source, full};
}

/** A paragraph or caption of the reader, or a section heading (block -1). */
export function citeBlock(report: Report, section: number, block: number, lang: Lang): Citation {
	const found = report.sections[section];
	const text = block < 0 ? (found?.title ?? '') : (found?.blocks[block]?.text ?? '');
	return cite({meta: report.meta, section: found?.title ?? '', text}, lang);
}

/** A search hit: its item's text (a heading, paragraph, caption or a figure's block). */
export function citeHit(
	report: Report,
	item: {sectionTitle: string; text: string},
	lang: Lang,
): Citation {
	return cite({meta: report.meta, section: item.sectionTitle, text: item.text}, lang);
}

/** A figure: its sentence, led by what it counts and the number as written. */
export function citeFigure(
	report: Report,
	figure: {sectionTitle: string; quote: string; raw: string; subject: string},
	lang: Lang,
): Citation {
	const lead = figure.subject ? labels[lang].lead(figure.subject, figure.raw) : figure.raw;
	return cite({meta: report.meta, section: figure.sectionTitle, text: figure.quote, lead}, lang);
}

/** A comparison cell: its sentence, led by the metric's label and the cell's number. */
export function citeCell(
	report: Report,
	cell: {section: string; quote: string; figure: {raw: string}},
	metricLabel: string,
	lang: Lang,
): Citation {
	const lead = labels[lang].lead(metricLabel, cell.figure.raw);
	return cite({meta: report.meta, section: cell.section, text: cell.quote, lead}, lang);
}

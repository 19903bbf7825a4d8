// Reports and report files built by hand for tests: a city report for 2018–2023 with nothing
// else filled in, unless the caller says otherwise.
import {countsOf} from '../../source/corpus/format.js';
import type {Block, Report, ReportMeta, Section} from '../../source/corpus/types.js';

/** Meta for a report called `id`: the fields given, the rest plain defaults. */
export function reportMeta(fields: Partial<ReportMeta> & {id: string}): ReportMeta {
	return {
		title: '题',
		region: {zh: '某市', en: '某市'},
		province: {zh: '', en: ''},
		level: 'city',
		period: {from: 2018, to: 2023},
		published: '',
		source: '',
		authors: [],
		script: 'simplified',
		origin: '',
		...fields,
	};
}

/** A report built in memory (no file) from its meta fields and sections. */
export function testReport(
	fields: Partial<ReportMeta> & {id: string},
	sections: Section[],
): Report {
	return {meta: reportMeta(fields), sections, counts: countsOf(sections)};
}

/** Paragraph blocks, one per text. */
export function paragraphs(texts: readonly string[]): Block[] {
	return texts.map((text) => ({kind: 'paragraph', text}));
}

/** The front matter of a report file (and the blank line after it), for writing files. */
export function reportFileHead(id: string, region = '某市'): string {
	return `---\nid: ${id}\ntitle: "测试"\nregion: "${region}"\nlevel: city\nperiod: 2018-2023\n---\n\n`;
}

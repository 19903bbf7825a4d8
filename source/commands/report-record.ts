import type {Level, Report} from '../corpus/types.js';
import {formatPeriod} from '../i18n/lang.js';

/** A report's front matter as `list` and `show` print it for scripts (`--json`, `--csv`). */
export type ReportRecord = {
	id: string;
	title: string;
	subtitle: string;
	region: string;
	region_en: string;
	province: string;
	province_en: string;
	level: Level | '';
	period: string;
	published: string;
	source: string;
	authors: string[];
	script: string;
	origin: string;
	file: string | null;
};

export function reportRecord(report: Report): ReportRecord {
	const {meta} = report;
	return {
		id: meta.id,
		title: meta.title,
		subtitle: meta.subtitle ?? '',
		region: meta.region.zh,
		region_en: meta.region.en,
		province: meta.province.zh,
		province_en: meta.province.en,
		level: meta.level ?? '',
		period: formatPeriod(meta.period),
		published: meta.published,
		source: meta.source,
		authors: meta.authors,
		script: meta.script,
		origin: meta.origin,
		file: report.file ?? null,
	};
}

// Raw newspaper text (plus a small metadata override) to a Report.
import {parse as parseYaml} from 'yaml';
import {idPattern, parseReport, ReportError, serializeReport} from '../corpus/format.js';
import {type Level, levels, type Report, type ReportMeta, type Script} from '../corpus/types.js';
import {type Dropped, scanLines} from './blocks.js';
import type {Garbled} from './clean.js';
import {structure} from './structure.js';

/**
 * Metadata the text does not hold. Lives next to the raw file as NAME.meta.yaml; it never
 * touches the body text.
 */
export type ImportOverride = Partial<{
	id: string;
	region: string;
	region_en: string;
	province: string;
	province_en: string;
	level: Level;
	period: string;
	published: string;
	source: string;
	authors: string[];
	title: string;
	subtitle: string;
}>;

export type ImportNotes = {
	dropped: Dropped[];
	garbled: Garbled[];
	joined: number;
	movedClosing: boolean;
	captions: number;
	sections: number;
	paragraphs: number;
};

export type ImportResult = {report: Report; notes: ImportNotes};

const overrideKeys = new Set([
	'id',
	'region',
	'region_en',
	'province',
	'province_en',
	'level',
	'period',
	'published',
	'source',
	'authors',
	'title',
	'subtitle',
]);

export function parseOverride(text: string, file: string): ImportOverride {
	let data: unknown;
	try {
		data = parseYaml(text);
	} catch (error) {
		throw new ReportError(file, `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
	}
	if (data === null || data === undefined) return {};
	if (typeof data !== 'object' || Array.isArray(data)) {
		throw new ReportError(file, 'must be a set of "key: value" lines');
	}
	for (const key of Object.keys(data)) {
		if (!overrideKeys.has(key)) throw new ReportError(file, `unknown key "${key}"`);
	}
	const override = data as Record<string, unknown>;
	for (const [key, value] of Object.entries(override)) {
		if (value instanceof Date && !Number.isNaN(value.getTime())) {
			override[key] = value.toISOString().slice(0, 10);
		} else if (typeof value === 'number') override[key] = String(value);
		else if (key === 'authors' && typeof value === 'string') override[key] = [value];
		else if (value === null) delete override[key];
		// Anything else of the wrong shape would end up in the report file as garbage.
		const fixed = override[key];
		const fits =
			fixed === undefined ||
			(key === 'authors'
				? Array.isArray(fixed) && fixed.every((author) => typeof author === 'string')
				: typeof fixed === 'string');
		if (!fits) {
			throw new ReportError(
				file,
				key === 'authors' ? '"authors" must be a list of names' : `"${key}" must be text`,
			);
		}
	}
	return override as ImportOverride;
}

/** Simplified or traditional, by which of a few very common characters the text uses. */
export function detectScript(text: string): Script {
	const traditional = (text.match(/[們這會國時個為說來對發經動與開關實現團結區業]/g) ?? []).length;
	const simplified = (text.match(/[们这会国时个为说来对发经动与开关实现团结区业]/g) ?? []).length;
	return traditional > simplified ? 'traditional' : 'simplified';
}

export function importRaw(raw: string, override: ImportOverride, origin: string): ImportResult {
	const scan = scanLines(raw);
	if (scan.blocks.length === 0) throw new ReportError(origin, 'no text left after cleaning');
	const shaped = structure(scan.blocks);
	if (shaped.sections.every((section) => section.blocks.length === 0)) {
		throw new ReportError(origin, 'no text besides the title');
	}
	if (scan.defaultCredit) {
		for (const section of shaped.sections) {
			for (const block of section.blocks) {
				if (block.kind === 'caption' && !block.credit) block.credit = scan.defaultCredit;
			}
		}
	}
	const bodyText = shaped.sections.flatMap((s) => s.blocks.map((b) => b.text)).join('');
	const region =
		override.region ?? detectRegion(`${shaped.subtitle ?? ''}${shaped.title}${bodyText}`);
	if (!region)
		throw new ReportError(origin, 'cannot tell the region; set "region" in the override');
	const level = override.level ?? levelOf(region);
	if (!levels.includes(level)) throw new ReportError(origin, `unknown level "${level}"`);
	const published = override.published ?? scan.facts.published ?? '';
	const period = parsePeriodText(override.period, published, origin);
	const id = override.id ?? '';
	if (!idPattern.test(id)) {
		throw new ReportError(
			origin,
			`needs an id (lowercase letters, digits, hyphens) in the override`,
		);
	}
	const meta: ReportMeta = {
		id,
		title: override.title ?? shaped.title,
		region: {zh: region, en: override.region_en ?? region},
		province: {zh: override.province ?? '', en: override.province_en ?? ''},
		level,
		period,
		published,
		source: override.source ?? scan.facts.source ?? '',
		authors: override.authors ?? shaped.authors,
		script: detectScript(bodyText),
		origin,
	};
	const subtitle = override.subtitle ?? shaped.subtitle;
	if (subtitle) meta.subtitle = subtitle;
	const blocks = shaped.sections.flatMap((section) => section.blocks);
	// The report is what its file will load as: anything the checks above let through (an
	// override's bad date, a blank title) is refused now rather than in a later run, and
	// values are trimmed and defaulted exactly as loading does.
	let loaded: Report;
	try {
		loaded = parseReport(serializeReport({meta, sections: shaped.sections}), origin);
	} catch (error) {
		if (error instanceof ReportError) throw new ReportError(origin, error.problem);
		throw error;
	}
	return {
		report: {meta: loaded.meta, sections: loaded.sections},
		notes: {
			dropped: [...scan.dropped, ...shaped.dropped].sort((a, b) => a.line - b.line),
			garbled: scan.garbled,
			joined: shaped.joined,
			movedClosing: shaped.movedClosing,
			captions: blocks.filter((block) => block.kind === 'caption').length,
			paragraphs: blocks.filter((block) => block.kind === 'paragraph').length,
			sections: shaped.sections.filter((section) => section.title).length,
		},
	};
}

function detectRegion(text: string): string | undefined {
	return /([\u4e00-\u9fff]{2,8}?(?:省|市|区|區|县|縣|州))(?:总工会|總工會|工会|工會)/.exec(
		text,
	)?.[1];
}

function levelOf(region: string): Level {
	if (/省$/.test(region)) return 'province';
	if (/(区|區|县|縣)$/.test(region)) return 'district';
	return 'city';
}

function parsePeriodText(
	text: string | undefined,
	published: string,
	origin: string,
): {from: number; to: number} {
	if (text) {
		const match = /^(\d{4})\s*[-–—~至]\s*(\d{4})$/.exec(text.trim());
		if (!match) throw new ReportError(origin, `period "${text}" must look like 2018-2023`);
		const period = {from: Number(match[1]), to: Number(match[2])};
		if (period.from > period.to) {
			throw new ReportError(origin, `period "${text}" ends before it starts`);
		}
		return period;
	}
	// A five-year review published in year Y covers Y-5 to Y.
	const year = Number(published.slice(0, 4));
	if (!year) throw new ReportError(origin, 'cannot tell the period; set "period" in the override');
	return {from: year - 5, to: year};
}

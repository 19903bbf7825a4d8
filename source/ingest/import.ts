// Raw text, a saved page's blocks or a Word file's (plus an optional metadata override) to a
// Report. Nothing the text leaves unsaid stops an import: each field is inferred where the text
// supports it, with its evidence, and left empty with a warning where it does not.
import {parse as parseYaml} from 'yaml';
import {parseReport, ReportError, serializeReport} from '../corpus/format.js';
import {type Level, levels, type Report, type ReportMeta, type Script} from '../corpus/types.js';
import type {Text} from '../i18n/lang.js';
import {problems} from '../i18n/messages.js';
import {type Dropped, type ScanOptions, scanLines} from './blocks.js';
import type {Garbled} from './clean.js';
import type {ExtractedPage, PageMeta} from './html.js';
import {
	type Field,
	idFromFileName,
	inferMetadata,
	levelFor,
	regionEnglish,
	type SourceLine,
} from './metadata.js';
import {evidenceHow, importMessages} from './messages.js';
import {divisions, englishName, englishRegion} from './regions.js';
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

type ImportNotes = {
	dropped: Dropped[];
	garbled: Garbled[];
	joined: number;
	movedClosing: boolean;
	captions: number;
	sections: number;
	paragraphs: number;
};

export type ImportResult = {
	report: Report;
	notes: ImportNotes;
	/** Each metadata field with the words it came from. */
	fields: Field[];
	/** One line per field left empty, saying how to set it. */
	warnings: Text[];
	/** True when the id came from the file name (so another report's id may be taken). */
	idFromFileName: boolean;
};

/** What the importer knows about where the text came from. */
type ImportContext = {
	/** The input's file name, for the id. */
	fileName?: string;
	/** Where an override would go, for the warnings ("NAME.meta.yaml"). */
	metaFile?: string;
	/** A saved page's or document's own metadata and the blocks outside its article. */
	page?: PageMeta;
	outside?: ReadonlyArray<{text: string; furniture?: string}>;
	scan?: ScanOptions;
};

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
		throw new ReportError(
			file,
			importMessages.notYaml((error as Error).message.split('\n')[0] ?? ''),
		);
	}
	return checkOverride(data, file);
}

/** `--set key=value` flags as an override; `what` names them in errors. */
export function parseSetFlags(pairs: readonly string[], what = '--set'): ImportOverride {
	const data: Record<string, unknown> = {};
	for (const pair of pairs) {
		const at = pair.indexOf('=');
		if (at <= 0) throw new ReportError(what, importMessages.notKeyValue(pair));
		const key = pair.slice(0, at).trim();
		const value = pair.slice(at + 1).trim();
		data[key] =
			key === 'authors'
				? value
						.split(/[,，、]+/)
						.map((name) => name.trim())
						.filter(Boolean)
				: value;
	}
	return checkOverride(data, what);
}

function checkOverride(data: unknown, file: string): ImportOverride {
	if (data === null || data === undefined) return {};
	if (typeof data !== 'object' || Array.isArray(data)) {
		throw new ReportError(file, importMessages.notKeyValues);
	}
	for (const key of Object.keys(data)) {
		if (!overrideKeys.has(key)) throw new ReportError(file, importMessages.unknownKey(key));
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
				key === 'authors' ? problems.authorsNotList : importMessages.notText(key),
			);
		}
	}
	return override as ImportOverride;
}

/** Simplified or traditional, by which of a few very common characters the text uses. */
function detectScript(text: string): Script {
	const traditional = (text.match(/[們這會國時個為說來對發經動與開關實現團結區業]/g) ?? []).length;
	const simplified = (text.match(/[们这会国时个为说来对发经动与开关实现团结区业]/g) ?? []).length;
	return traditional > simplified ? 'traditional' : 'simplified';
}

const fieldNames = [
	'region',
	'province',
	'level',
	'period',
	'published',
	'source',
	'authors',
] as const;

/** The raw text of a page's or document's blocks, one per line, and the markup's word on each. */
function pageText(page: ExtractedPage): {raw: string; scan: ScanOptions} {
	const hints: Array<ExtractedPage['blocks'][number]['hint'] | undefined> = [];
	const furniture: Array<string | undefined> = [];
	const lines: string[] = [];
	for (const block of page.blocks) {
		if (lines.length > 0) {
			lines.push('');
			hints.push(undefined);
			furniture.push(undefined);
		}
		lines.push(block.text);
		hints.push(block.hint);
		furniture.push(block.furniture);
	}
	return {raw: lines.join('\n'), scan: {hints, furniture, wholeLines: true}};
}

export function importRaw(
	raw: string,
	override: ImportOverride,
	origin: string,
	context: ImportContext = {},
): ImportResult {
	const scan = scanLines(raw, context.scan);
	if (scan.blocks.length === 0) throw new ReportError(origin, importMessages.noText);
	const shaped = structure(scan.blocks);
	if (shaped.sections.every((section) => section.blocks.length === 0)) {
		throw new ReportError(origin, importMessages.onlyTitle);
	}
	if (scan.defaultCredit) {
		for (const section of shaped.sections) {
			for (const block of section.blocks) {
				if (block.kind === 'caption' && !block.credit) block.credit = scan.defaultCredit;
			}
		}
	}
	const bodyText = shaped.sections
		.flatMap((s) => [s.title, ...s.blocks.map((b) => b.text)])
		.join('\n');
	const outside = context.outside ?? [];
	const outsideLines: SourceLine[] = outside.map(({text}) => ({line: 0, text}));
	// The page's blocks outside the article are dropped too, each with why, before the rest.
	const outsideDropped: Dropped[] = outside.map((block) => ({
		line: 0,
		rule: block.furniture ?? 'outside the article',
		text: block.text.slice(0, 60),
	}));
	const inferred = inferMetadata({
		lines: [...outsideLines, ...scan.lines],
		title: shaped.title,
		subtitle: shaped.subtitle,
		body: bodyText,
		facts: scan.facts,
		authors: shaped.authors,
		page: context.page,
	});
	const fields: Field[] = [];
	const given = (name: string, value: string) =>
		fields.push({name, value, evidence: '', how: evidenceHow.setByHand, line: null});
	const fromText = (name: string) => {
		const found = inferred.fields.find((field) => field.name === name);
		if (found) fields.push(found);
	};

	const idFromFile = override.id === undefined;
	const id = override.id ?? idFromFileName(context.fileName ?? origin);
	if (idFromFile) {
		fields.push({
			name: 'id',
			value: id,
			evidence: context.fileName ?? origin,
			how: evidenceHow.fileName,
			line: null,
		});
	} else given('id', id);
	const title = override.title ?? shaped.title;
	if (override.title === undefined) {
		const line = scan.lines.find((candidate) => candidate.text.includes(shaped.title));
		fields.push({
			name: 'title',
			value: title,
			evidence: line?.text ?? title,
			line: line?.line ?? null,
		});
	} else given('title', title);
	const subtitle = override.subtitle ?? shaped.subtitle;
	if (subtitle && override.subtitle === undefined) {
		const line = scan.lines.find((candidate) => candidate.text.includes(subtitle));
		fields.push({
			name: 'subtitle',
			value: subtitle,
			evidence: line?.text ?? subtitle,
			line: line?.line ?? null,
		});
	} else if (subtitle) given('subtitle', subtitle);

	// Region, province and level: set by hand, or the division the text is about.
	const region = override.region ?? inferred.region?.display ?? (inferred.national ? '全国' : '');
	// A hand-set name the dataset knows once (a district may be written with its city).
	const handOptions =
		override.region !== undefined
			? divisions().get(override.region.replace(/^.*?(?=[^市]+[区县縣區]$)/, ''))
			: undefined;
	const handDivision = handOptions?.length === 1 ? handOptions[0] : undefined;
	const level: Level | undefined =
		override.level ??
		(override.region !== undefined
			? (handDivision?.level ?? levelOf(override.region))
			: levelFor(inferred));
	if (level !== undefined && !levels.includes(level)) {
		throw new ReportError(origin, problems.unknownLevel(level, levels));
	}
	if (override.region !== undefined) given('region', region);
	else fromText('region');
	const province =
		override.province ??
		(override.region !== undefined
			? (handDivision?.province ?? '')
			: (inferred.region?.province ?? ''));
	if (override.province !== undefined) given('province', province);
	else if (province)
		fields.push({
			name: 'province',
			value: province,
			evidence: region,
			how: evidenceHow.divisions,
			line: null,
		});
	if (override.level !== undefined) given('level', override.level);
	else if (level)
		fields.push({
			name: 'level',
			value: level,
			evidence: region,
			how: evidenceHow.divisions,
			line: null,
		});
	const regionEn =
		override.region_en ??
		(override.region !== undefined
			? handDivision
				? englishRegion(handDivision)
				: ''
			: regionEnglish(inferred));
	const provinceEn = override.province_en ?? (province ? englishName(province) : '');

	const published = override.published ?? inferred.published ?? '';
	if (override.published !== undefined) given('published', published);
	else fromText('published');
	const period =
		override.period !== undefined ? parsePeriodText(override.period, origin) : inferred.period;
	if (override.period !== undefined) given('period', override.period);
	else fromText('period');
	const source = override.source ?? inferred.source ?? '';
	if (override.source !== undefined) given('source', source);
	else fromText('source');
	const authors = override.authors ?? inferred.authors ?? [];
	if (override.authors !== undefined) given('authors', authors.join('、'));
	else fromText('authors');

	const meta: ReportMeta = {
		id,
		title,
		region: {zh: region, en: regionEn},
		province: {zh: province, en: provinceEn},
		published,
		source,
		authors,
		script: detectScript(bodyText),
		origin,
	};
	if (level) meta.level = level;
	if (period) meta.period = period;
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
	const values: Record<(typeof fieldNames)[number], unknown> = {
		region: loaded.meta.region.zh,
		province: loaded.meta.province.zh,
		level: loaded.meta.level,
		period: loaded.meta.period,
		published: loaded.meta.published,
		source: loaded.meta.source,
		authors: loaded.meta.authors.length > 0 ? loaded.meta.authors : undefined,
	};
	const metaFile = context.metaFile ?? 'NAME.meta.yaml';
	const warnings = fieldNames
		.filter((name) => !values[name])
		.map((name) =>
			importMessages.fieldMissing(
				name,
				name === 'region' ? inferred.notes.region : undefined,
				metaFile,
			),
		);
	return {
		report: {meta: loaded.meta, sections: loaded.sections, counts: loaded.counts},
		notes: {
			dropped: [
				...outsideDropped,
				...[...scan.dropped, ...shaped.dropped].sort((a, b) => a.line - b.line),
			],
			garbled: scan.garbled,
			joined: shaped.joined,
			movedClosing: shaped.movedClosing,
			captions: blocks.filter((block) => block.kind === 'caption').length,
			paragraphs: blocks.filter((block) => block.kind === 'paragraph').length,
			sections: shaped.sections.filter((section) => section.title).length,
		},
		fields,
		warnings,
		idFromFileName: idFromFile,
	};
}

/** A saved page's or Word document's blocks to a report. */
export function importPage(
	page: ExtractedPage,
	override: ImportOverride,
	origin: string,
	context: ImportContext = {},
): ImportResult {
	const {raw, scan} = pageText(page);
	const result = importRaw(raw, override, origin, {
		...context,
		page: page.meta,
		outside: page.outside,
		scan,
	});
	return result;
}

/** The level a hand-set region name implies when the dataset does not know it. */
function levelOf(region: string): Level {
	if (/省$|自治区$/.test(region)) return 'province';
	if (/(区|區)$/.test(region)) return 'district';
	if (/(县|縣|旗)$/.test(region)) return 'county';
	if (region === '全国') return 'national';
	return 'city';
}

function parsePeriodText(text: string, origin: string): {from: number; to: number} {
	const match = /^(\d{4})\s*[-–—~至]\s*(\d{4})$/.exec(text.trim());
	if (!match) throw new ReportError(origin, problems.badPeriod(text));
	const period = {from: Number(match[1]), to: Number(match[2])};
	if (period.from > period.to) {
		throw new ReportError(origin, problems.periodBackwards(text));
	}
	return period;
}

// The report file format: Markdown with YAML front matter, simple enough to write by hand.
//
//   ---
//   id: leshan
//   title: 勇担使命铸华章 踔厉奋发谱新篇
//   region: 乐山市
//   region_en: Leshan
//   ...
//   ---
//   Opening paragraph (an untitled section).
//
//   ## Section heading {theme=rights}
//
//   A paragraph, one line or several.
//
//   > A photo caption
//   > — Photographer credit
import type {Text} from '../i18n/lang.js';
import {problems} from '../i18n/messages.js';
import {fileSignature, hasUtf16Mark} from '../io/file-signature.js';
import {createRequire} from 'node:module';
import {simpleFrontMatter} from './simple-front-matter.js';
import type * as Yaml from 'yaml';
import {
	type Block,
	type Level,
	levels,
	type Report,
	type ReportCounts,
	type ReportMeta,
	type Script,
	type Section,
	scripts,
} from './types.js';

/**
 * The YAML parser, loaded when front matter is first parsed: a start from the cache parses
 * none, and loading it is a good part of start-up. (In the build, `require` is the bundle's
 * own, and `yaml` is dist/yaml.cjs: see scripts/build.mjs.)
 */
let yamlModule: typeof Yaml | undefined;
function yaml(): typeof Yaml {
	yamlModule ??= (
		typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml')
	) as typeof Yaml;
	return yamlModule;
}

function parseYaml(
	text: string,
	options?: Yaml.ParseOptions & Yaml.DocumentOptions & Yaml.SchemaOptions & Yaml.ToJSOptions,
): unknown {
	return yaml().parse(text, options);
}

export class ReportError extends Error {
	constructor(
		readonly file: string,
		readonly problem: Text,
	) {
		super(`${file}: ${problem.en}`);
		this.name = 'ReportError';
	}
}

const fence = '---';
const creditPrefix = '— ';
const themeSuffix = /\s*\{theme=([a-z][a-z0-9-]*)\}\s*$/;
/** A title that itself ends like a theme suffix is written with "\{" so it stays text. */
const literalThemeSuffix = /\\(\{theme=[a-z][a-z0-9-]*\})$/;
export const idPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Decodes raw bytes strictly: a report that is not UTF-8 text is refused, never guessed at. */
export function decodeReportBytes(bytes: Uint8Array, file: string): string {
	if (bytes.length === 0) throw new ReportError(file, problems.emptyFile);
	const kind = binaryKind(bytes);
	if (kind) throw new ReportError(file, kind);
	let text: string;
	try {
		text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
	} catch {
		throw new ReportError(file, describeNotUtf8(bytes));
	}
	return normalizeNewlines(text.replace(/^\uFEFF/, ''));
}

function binaryKind(bytes: Uint8Array): Text | undefined {
	const signature = fileSignature(bytes);
	if (signature === 'PDF') return problems.pdf;
	if (signature === 'ZIP') return problems.zip;
	if (signature) return problems.image(signature);
	// UTF-16 comes in pairs of bytes; an odd count after its mark is something else.
	if (hasUtf16Mark(bytes) && bytes.length % 2 === 0) return problems.utf16;
	return bytes.includes(0) ? problems.binary : undefined;
}

/** Says where UTF-8 decoding fails, and names GBK, the usual other encoding of Chinese text. */
function describeNotUtf8(bytes: Uint8Array): Text {
	const bad = firstInvalidUtf8(bytes);
	let line = 1;
	for (let index = 0; index < bad; index++) if (bytes[index] === 0x0a) line++;
	try {
		new TextDecoder('gb18030', {fatal: true}).decode(bytes);
		return problems.probablyGbk(line);
	} catch {
		return problems.notUtf8(line);
	}
}

function firstInvalidUtf8(bytes: Uint8Array): number {
	let index = 0;
	while (index < bytes.length) {
		const lead = bytes[index]!;
		if (lead < 0x80) {
			index++;
			continue;
		}
		const length =
			lead >= 0xc2 && lead <= 0xdf
				? 2
				: lead >= 0xe0 && lead <= 0xef
					? 3
					: lead >= 0xf0 && lead <= 0xf4
						? 4
						: 0;
		if (length === 0 || index + length > bytes.length) return index;
		// The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
		const second = bytes[index + 1]!;
		const [low, high] =
			lead === 0xe0
				? [0xa0, 0xbf]
				: lead === 0xed
					? [0x80, 0x9f]
					: lead === 0xf0
						? [0x90, 0xbf]
						: lead === 0xf4
							? [0x80, 0x8f]
							: [0x80, 0xbf];
		if (second < low || second > high) return index;
		for (let next = 2; next < length; next++) {
			const byte = bytes[index + next]!;
			if (byte < 0x80 || byte > 0xbf) return index;
		}
		index += length;
	}
	return index;
}

function normalizeNewlines(text: string): string {
	return text.replace(/\r\n?/g, '\n');
}

/** Parses a report file's text. Throws ReportError naming the file and the first problem. */
export function parseReport(text: string, file: string): Report {
	const source = normalizeNewlines(text.replace(/^\uFEFF/, ''));
	if (source.trim() === '') {
		throw new ReportError(file, source === '' ? problems.emptyFile : problems.blankFile);
	}
	const lines = source.split('\n');
	if (lines[0]?.trim() !== fence) {
		throw new ReportError(file, problems.noFrontMatter);
	}
	const close = lines.findIndex((line, index) => index > 0 && line.trim() === fence);
	if (close === -1) throw new ReportError(file, problems.frontMatterNotClosed);
	// The YAML starts on the file's second line.
	const meta = parseMeta(lines.slice(1, close).join('\n'), file, 1);
	const sections = parseBody(lines.slice(close + 1), file);
	return {meta, sections, counts: countsOf(sections), file};
}

/** The front matter through the YAML parser, its errors said with the file's line. */
function parseYamlMeta(yamlText: string, file: string, firstLine: number): unknown {
	try {
		// Warnings (an unknown tag, say) would go to stderr as a Node warning; the value is checked
		// below anyway.
		return parseYaml(yamlText, {maxAliasCount: 10, logLevel: 'error'});
	} catch (error) {
		if (error instanceof yaml().YAMLParseError) {
			// The parser counts lines from the start of the YAML; say where it is in the file.
			const line = (error.linePos?.[0].line ?? 1) + firstLine;
			const detail = error.message
				.split('\n')[0]!
				.replace(/ at line \d+, column \d+:?$/, '')
				.replace(/:$/, '');
			throw new ReportError(file, problems.frontMatterYaml(detail, line));
		}
		throw new ReportError(file, problems.frontMatterYaml(String(error)));
	}
}

function parseMeta(yamlText: string, file: string, firstLine: number): ReportMeta {
	// Most front matter is simple lines, read without the parser (see simple-front-matter.ts).
	const data = simpleFrontMatter(yamlText) ?? parseYamlMeta(yamlText, file, firstLine);
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		throw new ReportError(file, problems.frontMatterNotMap);
	}
	const fields = data as Record<string, unknown>;
	const text = (key: string, required: boolean): string => {
		const value = fields[key];
		if (
			value !== undefined &&
			value !== null &&
			typeof value !== 'string' &&
			typeof value !== 'number'
		) {
			throw new ReportError(file, problems.fieldNotText(key));
		}
		// A blank value counts as none.
		const trimmed = value === undefined || value === null ? '' : String(value).trim();
		if (trimmed === '' && required) throw new ReportError(file, problems.fieldMissing(key));
		return trimmed;
	};
	const id = text('id', true);
	if (!idPattern.test(id)) {
		throw new ReportError(file, problems.badId(id));
	}
	// Region, level and period may be unknown: an imported report whose text does not say them
	// is still a report (the importer warned about each).
	const level = text('level', false);
	if (level && !levels.includes(level as Level)) {
		throw new ReportError(file, problems.unknownLevel(level, levels));
	}
	const script = text('script', false) || 'simplified';
	if (!scripts.includes(script as Script)) {
		throw new ReportError(file, problems.unknownScript(script, scripts));
	}
	const meta: ReportMeta = {
		id,
		title: text('title', true),
		region: {zh: text('region', false), en: text('region_en', false)},
		province: {zh: text('province', false), en: text('province_en', false)},
		published: parsePublished(fields.published, file),
		source: text('source', false),
		authors: parseAuthors(fields.authors, file),
		script: script as Script,
		origin: text('origin', false),
	};
	if (level) meta.level = level as Level;
	const period = text('period', false);
	if (period) meta.period = parsePeriod(period, file);
	const subtitle = text('subtitle', false);
	if (subtitle) meta.subtitle = subtitle;
	if (!meta.region.en) meta.region.en = meta.region.zh;
	return meta;
}

function parsePeriod(value: string, file: string): {from: number; to: number} {
	const match = /^(\d{4})\s*[-–—~至]\s*(\d{4})$/.exec(value);
	if (!match) throw new ReportError(file, problems.badPeriod(value));
	const from = Number(match[1]);
	const to = Number(match[2]);
	if (from > to) throw new ReportError(file, problems.periodBackwards(value));
	return {from, to};
}

function parsePublished(value: unknown, file: string): string {
	if (value === undefined || value === null || value === '') return '';
	// YAML turns an unquoted 2023-10-08 into a Date.
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	const text = String(value).trim();
	if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) {
		throw new ReportError(file, problems.badDate(text));
	}
	return text;
}

function parseAuthors(value: unknown, file: string): string[] {
	if (value === undefined || value === null || value === '') return [];
	if (typeof value === 'string') return value.split(/[,，、\s]+/).filter(Boolean);
	if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
		return value.map((item) => item.trim()).filter(Boolean);
	}
	throw new ReportError(file, problems.authorsNotList);
}

function parseBody(lines: string[], file: string): Section[] {
	const sections: Section[] = [{title: '', blocks: []}];
	let pending: string[] = [];
	const flush = () => {
		if (pending.length > 0) sections.at(-1)!.blocks.push(toBlock(pending));
		pending = [];
	};
	for (const line of lines) {
		// s: a title may hold U+2028 and the like, which "." does not match otherwise.
		const heading = /^##\s+(.*)$/s.exec(line);
		if (heading) {
			flush();
			let raw = heading[1]!.trim();
			let theme: string | undefined;
			if (!literalThemeSuffix.test(raw)) {
				theme = themeSuffix.exec(raw)?.[1];
				raw = raw.replace(themeSuffix, '').trim();
			}
			const title = raw.replace(literalThemeSuffix, '$1');
			if (!title) throw new ReportError(file, problems.emptyHeading);
			const section: Section = {title, blocks: []};
			if (theme) section.theme = theme;
			sections.push(section);
		} else if (line.trim() === '') {
			flush();
		} else {
			pending.push(line);
		}
	}
	flush();
	// The untitled opening exists only when it holds something.
	if (sections[0]!.blocks.length === 0) sections.shift();
	if (sections.length === 0 || sections.every((section) => section.blocks.length === 0)) {
		throw new ReportError(file, problems.noText);
	}
	return sections;
}

function toBlock(lines: string[]): Block {
	if (lines.every((line) => line.startsWith('>'))) {
		const content = lines.map((line) => line.replace(/^>\s?/, '').trim()).filter(Boolean);
		const last = content.at(-1);
		const caption: Block = {kind: 'caption', text: ''};
		if (last?.startsWith(creditPrefix) && content.length > 1) {
			caption.credit = last.slice(creditPrefix.length).trim();
			content.pop();
		}
		caption.text = joinLines(content);
		return caption;
	}
	return {kind: 'paragraph', text: joinLines(lines.map((line) => line.replace(/^\\/, '')))};
}

/** Joins hand-wrapped lines: no space between CJK characters, one space between words. */
function joinLines(lines: string[]): string {
	let text = '';
	for (const raw of lines) {
		const line = raw.trim();
		if (!line) continue;
		if (text && !(isWide(text.at(-1)!) || isWide(line[0]!))) text += ' ';
		text += line;
	}
	return text;
}

function isWide(char: string): boolean {
	return /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u.test(char);
}

/** Writes a report in the file format; parseReport(serializeReport(r)) gives r back. */
export function serializeReport(report: Pick<Report, 'meta' | 'sections'>): string {
	const {meta} = report;
	const quote = (value: string) => JSON.stringify(value);
	const head = [
		fence,
		// Plain unless YAML would read it as something else (0123 as 123, null, true).
		`id: ${parseYaml(meta.id) === meta.id ? meta.id : quote(meta.id)}`,
		`title: ${quote(meta.title)}`,
		...(meta.subtitle ? [`subtitle: ${quote(meta.subtitle)}`] : []),
		`region: ${quote(meta.region.zh)}`,
		`region_en: ${quote(meta.region.en)}`,
		`province: ${quote(meta.province.zh)}`,
		`province_en: ${quote(meta.province.en)}`,
		...(meta.level ? [`level: ${meta.level}`] : []),
		...(meta.period ? [`period: ${meta.period.from}-${meta.period.to}`] : []),
		...(meta.published ? [`published: ${quote(meta.published)}`] : []),
		`source: ${quote(meta.source)}`,
		`authors: [${meta.authors.map(quote).join(', ')}]`,
		`script: ${meta.script}`,
		`origin: ${quote(meta.origin)}`,
		fence,
	];
	const body: string[] = [];
	for (const section of report.sections) {
		if (section.title) {
			const title = themeSuffix.test(section.title)
				? section.title.replace(/\{(?=theme=[^{]*$)/, '\\{')
				: section.title;
			body.push(`## ${title}${section.theme ? ` {theme=${section.theme}}` : ''}`);
		}
		for (const block of section.blocks) {
			if (block.kind === 'caption') {
				body.push(
					[`> ${block.text}`, ...(block.credit ? [`> ${creditPrefix}${block.credit}`] : [])].join(
						'\n',
					),
				);
			} else {
				body.push(/^(>|##\s|\\|---)/.test(block.text) ? `\\${block.text}` : block.text);
			}
		}
	}
	return `${head.join('\n')}\n\n${body.join('\n\n')}\n`;
}

/** A report's counts from its sections (what parseReport and a report built in memory carry). */
export function countsOf(sections: readonly Section[]): ReportCounts {
	let chars = 0;
	for (const section of sections) {
		chars += [...section.title].length;
		for (const block of section.blocks) chars += [...block.text].length;
	}
	return {chars, sections: sections.filter((section) => section.title).length};
}

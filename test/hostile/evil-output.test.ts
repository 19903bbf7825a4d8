// A report whose every field carries terminal escapes (title change, OSC 52 clipboard writes,
// OSC 8 links, CSI), C1 controls, BEL, backspace, carriage returns, bidi overrides and
// zero-width characters. Every text command prints it without one control reaching the
// terminal; JSON escapes them and gives the original characters back.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {decodeReportBytes, parseReport} from '../../source/corpus/format.js';
import type {Report} from '../../source/corpus/types.js';
import {firstControl} from './arbitraries.js';
import {ensureBuilt, fixtures, removeCache, run} from './cli.js';

const evilDir = path.join(fixtures, 'evil');
const evilFile = path.join(evilDir, 'evil.md');
let evil: Report;

beforeAll(() => {
	ensureBuilt();
	evil = parseReport(decodeReportBytes(readFileSync(evilFile), evilFile), evilFile);
});
afterAll(removeCache);

/** The output must hold no control a terminal would act on (CSV's own CRLF aside). */
function expectInert(text: string, what: string, csv = false): void {
	const checked = csv ? text.replaceAll('\r\n', '\n') : text;
	expect(firstControl(checked), what).toBeUndefined();
	expect(checked, what).not.toMatch(/[\u200b\u200e\u200f\u2060\ufeff]/);
}

const runEvil = (args: string[], env: Record<string, string> = {}) =>
	run([...args, '--reports', evilDir, '--no-color'], {env});

test('the fixture holds every kind of hostile character, in every field', () => {
	const raw = readFileSync(evilFile, 'utf8');
	for (const needle of ['\u001b]0;', '\u001b]52;', '\u001b]8;;', '\u001b[2J', '\u0007', '\b']) {
		expect(raw).toContain(needle);
	}
	for (const needle of ['\u009b', '\u009d', '\u0090', '\u202e', '\u2066', '\u200b', '\u007f']) {
		expect(raw).toContain(needle);
	}
	const {meta} = evil;
	for (const field of [meta.title, meta.subtitle!, meta.region.zh, meta.region.en, meta.source]) {
		expect(firstControl(field) ?? /[\u200b]/.exec(field)?.[0], field).toBeDefined();
	}
	expect(meta.title).toContain('\r');
	const blocks = evil.sections.flatMap((section) => section.blocks);
	expect(blocks.some((block) => block.kind === 'caption' && firstControl(block.credit ?? ''))).toBe(
		true,
	);
	expect(evil.sections.filter((section) => firstControl(section.title))).toHaveLength(2);
});

// Every command in English; the Chinese labels and layout with a few of them.
const chineseToo = new Set([
	'list',
	'show evil',
	'search 劳模',
	'figures evil',
	'compare evil leshan',
]);

describe.each([
	['en', 'en_US.UTF-8'],
	['zh', 'zh_CN.UTF-8'],
])('text output in %s', (lang, locale) => {
	const all: string[][] = [
		['list'],
		['show', 'evil'],
		['show', 'evil', '--section', '1'],
		['show', 'evil', '--section', '强化'],
		['search', '劳模'],
		['search', 'laomo'],
		['search', '监督组织'],
		['search', '开篇 会员'],
		['search', '职工书屋', '--kind', 'caption'],
		['search', '会员', '--kind', 'figure'],
		['figures', 'evil'],
		['figures'],
		['compare', 'evil', 'leshan'],
		['compare', 'evil', 'leshan', '--metric', 'members'],
		['compare', '--theme', 'rights'],
		['compare', 'evil', '--theme', 'rights'],
	];
	const commands = all.filter((args) => lang === 'en' || chineseToo.has(args.join(' ')));
	test.each(commands.map((args) => [args.join(' '), args] as const))('%s', (_name, args) => {
		const result = runEvil(args, {LANG: locale});
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout.length).toBeGreaterThan(0);
		expectInert(result.stdout, 'stdout');
		expectInert(result.stderr, 'stderr');
	});

	test('placeholders show where the controls were', () => {
		const result = runEvil(['show', 'evil'], {LANG: locale});
		expect(result.stdout).toContain('␛]0;pwned␇');
		expect(result.stdout).toContain('␛]52;c;');
		expect(result.stdout).toContain('a␈b');
	});
});

describe('CSV output', () => {
	test.each(
		[
			['figures', 'evil', '--csv'],
			['compare', 'evil', 'leshan', '--csv'],
		].map((args) => [args.join(' '), args] as const),
	)('%s', (_name, args) => {
		const result = runEvil(args);
		expect(result.status).toBe(0);
		expectInert(result.stdout, 'stdout', true);
	});
});

describe('JSON output escapes the controls and gives the original characters back', () => {
	const json = (args: string[]) => {
		const result = runEvil([...args, '--json']);
		expect(result.status, result.stderr).toBe(0);
		expectInert(result.stdout, 'stdout');
		// Nothing but escapes stands for them: the raw characters never appear.
		expect(result.stdout).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069\u200b\ufeff]/);
		return JSON.parse(result.stdout);
	};

	test('list', () => {
		const entry = (json(['list']) as Array<Record<string, unknown>>).find(
			(item) => item.id === 'evil',
		)!;
		expect(entry.title).toBe(evil.meta.title);
		expect(entry.region).toBe(evil.meta.region.zh);
		expect(entry.region_en).toBe(evil.meta.region.en);
		expect(entry.source).toBe(evil.meta.source);
		expect(entry.authors).toEqual(evil.meta.authors);
	});

	test('search', () => {
		const texts = new Set(
			evil.sections.flatMap((section) => [
				section.title,
				...section.blocks.map((block) => block.text),
			]),
		);
		const hits = json(['search', '劳模', '--report', 'evil']) as Array<{
			text: string;
			ranges: Array<[number, number]>;
		}>;
		expect(hits.length).toBeGreaterThan(0);
		for (const hit of hits) {
			expect(texts.has(hit.text) || hit.text.includes('劳模') || hit.text.includes('勞模')).toBe(
				true,
			);
			for (const [start, end] of hit.ranges) {
				expect(0 <= start && start < end && end <= hit.text.length).toBe(true);
			}
		}
		const caption = json(['search', '职工书屋', '--kind', 'caption', '--report', 'evil']) as Array<{
			text: string;
		}>;
		const captions = evil.sections.flatMap((section) =>
			section.blocks.filter((block) => block.kind === 'caption').map((block) => block.text),
		);
		expect(caption.map((hit) => hit.text)).toEqual(
			captions.filter((text) => text.startsWith('职工书屋')),
		);
		expect(caption[0]!.text).toContain('\u202e');
	});

	test('figures', () => {
		const records = json(['figures', 'evil']) as Array<{quote: string; section: string}>;
		expect(records.length).toBeGreaterThan(3);
		const paragraphs = evil.sections.flatMap((section) =>
			section.blocks.map((block) => block.text),
		);
		for (const record of records) {
			expect(paragraphs.some((text) => text.includes(record.quote))).toBe(true);
		}
		expect(records.some((record) => firstControl(record.quote))).toBe(true);
	});

	test('compare, and a theme', () => {
		json(['compare', 'evil', 'leshan']);
		const theme = json(['compare', 'evil', '--theme', 'rights']) as {
			regions: Array<{sections: Array<{title: string; blocks: string[]}>}>;
		};
		const sections = theme.regions.flatMap((region) => region.sections);
		const titled = evil.sections.find((section) => section.theme === 'rights')!;
		expect(sections.find((section) => section.title === titled.title)?.blocks).toEqual(
			titled.blocks.map((block) => block.text),
		);
	});
});

describe('messages that repeat what was typed', () => {
	test.each(
		[
			['show', '\u001b]0;pwned\u0007'],
			['show', 'evil', '--section', '\u001b[2J\u202e'],
			['search', '\u001b]52;c;ZWNobyBldmls\u0007\u009b\u202e'],
			['figures', '\u001b]8;;x\u001b\\'],
			['compare', '\u001b[31m'],
			['\u001b]0;pwned\u0007'],
		].map((args) => [JSON.stringify(args), args] as const),
	)('%s', (_name, args) => {
		// Some of these match the evil report itself; either way nothing may act on the terminal.
		const result = runEvil(args);
		expect(result.stdout.length + result.stderr.length).toBeGreaterThan(0);
		expectInert(result.stdout, 'stdout');
		expectInert(result.stderr, 'stderr');
	});
});

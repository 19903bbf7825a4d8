// The report file format against anything: every report round-trips through its file, and no
// text, however broken, makes the parser throw anything but a ReportError naming the file.
import fc from 'fast-check';
import {describe, expect, test, vi} from 'vitest';
import {
	countsOf,
	decodeReportBytes,
	parseReport,
	ReportError,
	serializeReport,
} from '../../source/corpus/format.js';
import type {Block, Report, Section} from '../../source/corpus/types.js';
import {paragraphs, testReport} from '../helpers/reports.js';
import {hostilePieces} from './arbitraries.js';

/** Pieces that mean something to the format, to YAML or to Markdown. */
const markupPieces = [
	'---',
	'## ',
	'##',
	'> ',
	'>',
	'— ',
	'\\',
	'{theme=rights}',
	'{theme=x}',
	'"',
	"'",
	':',
	': ',
	'#',
	'&a ',
	'*a',
	'!!binary ',
	'!!timestamp ',
	'[',
	']',
	'{',
	'}',
	'- ',
	'|',
	'null',
	'true',
	'0123',
	'1e3',
	'0x1f',
	'.inf',
	'~',
	'%',
	'@',
	'`',
	'\u2028',
	'\u0085',
	'\u00a0',
	'\u2001',
	'\u3000',
	'\ufeff',
	'\v',
	'\f',
];

const pieces = [...hostilePieces, ...markupPieces, '乐山市', 'abc', '2023'];

/** One line of report text: no line break, no outer whitespace, not empty. */
const line = fc
	.oneof(
		{
			weight: 3,
			arbitrary: fc
				.array(fc.constantFrom(...pieces), {minLength: 1, maxLength: 12})
				.map((parts) => parts.join('')),
		},
		{weight: 1, arbitrary: fc.string({unit: 'grapheme', minLength: 1, maxLength: 30})},
		{weight: 1, arbitrary: fc.string({unit: 'binary', minLength: 1, maxLength: 30})},
	)
	.map((text) => text.replace(/[\r\n]/g, ' ').trim())
	.filter((text) => text !== '');

const optionalLine = fc.oneof(fc.constant(''), line);
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const theme = fc.option(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), {nil: undefined});

const block: fc.Arbitrary<Block> = fc.oneof(
	line.map((text): Block => ({kind: 'paragraph', text})),
	fc
		.record({text: line, credit: fc.option(line, {nil: undefined})})
		.map(({text, credit}): Block =>
			credit ? {kind: 'caption', text, credit} : {kind: 'caption', text},
		),
);

const section = (titled: boolean): fc.Arbitrary<Section> =>
	fc
		.record({
			title: titled ? line : fc.constant(''),
			blocks: fc.array(block, {minLength: titled ? 0 : 1, maxLength: 4}),
			theme: titled ? theme : fc.constant(undefined),
		})
		.map(({title, blocks, theme}): Section => (theme ? {title, blocks, theme} : {title, blocks}));

const report: fc.Arbitrary<Report> = fc
	.record({
		id,
		title: line,
		subtitle: optionalLine,
		region: line,
		regionEn: optionalLine,
		province: optionalLine,
		provinceEn: optionalLine,
		level: fc.constantFrom('province', 'city', 'district' as const),
		from: fc.integer({min: 1000, max: 9999}),
		span: fc.integer({min: 0, max: 20}),
		published: fc.oneof(
			fc.constant(''),
			fc.constantFrom('2023', '2023-10', '2023-10-08', '1999-12-31'),
		),
		source: optionalLine,
		authors: fc.array(line, {maxLength: 3}),
		script: fc.constantFrom('simplified', 'traditional' as const),
		origin: optionalLine,
		opening: fc.option(section(false), {nil: undefined}),
		sections: fc.array(section(true), {maxLength: 4}),
	})
	.filter(
		({opening, sections}) =>
			opening !== undefined || sections.some((entry) => entry.blocks.length > 0),
	)
	.map((r): Report => {
		const meta: Report['meta'] = {
			id: r.id,
			title: r.title,
			region: {zh: r.region, en: r.regionEn || r.region},
			province: {zh: r.province, en: r.provinceEn},
			level: r.level,
			period: {from: r.from, to: Math.min(9999, r.from + r.span)},
			published: r.published,
			source: r.source,
			authors: r.authors,
			script: r.script,
			origin: r.origin,
		};
		if (r.subtitle) meta.subtitle = r.subtitle;
		const sections = [...(r.opening ? [r.opening] : []), ...r.sections];
		return {meta, sections, counts: countsOf(sections)};
	});

function throwsOnlyReportErrors(work: () => unknown, file: string): void {
	try {
		work();
	} catch (error) {
		if (!(error instanceof ReportError)) throw error;
		expect(error.file).toBe(file);
		expect(error.problem.en).not.toBe('');
		expect(error.problem.zh).not.toBe('');
	}
}

describe('round trip', () => {
	test('serializeReport then parseReport gives the same report back', () => {
		fc.assert(
			fc.property(report, (original) => {
				const text = serializeReport(original);
				const parsed = parseReport(text, 'r.md');
				expect(parsed).toEqual({...original, file: 'r.md'});
				// And the bytes decode the same way a loaded file does (NUL marks a binary file;
				// a lone surrogate cannot be written as UTF-8 at all).
				if (
					!/\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(
						text,
					)
				) {
					expect(decodeReportBytes(new TextEncoder().encode(text), 'r.md')).toBe(text);
				}
			}),
			{numRuns: 1500},
		);
	});

	test('ids that YAML would read as numbers, booleans or null stay ids', () => {
		for (const awkward of ['0123', '1e3', '0x1f', '0o17', 'null', 'true', '123', '1-2', 'y']) {
			const original = testReport({id: awkward}, [{title: '', blocks: paragraphs(['正文。'])}]);
			expect(parseReport(serializeReport(original), 'r.md').meta.id).toBe(awkward);
		}
	});
});

describe('text that looks like markup', () => {
	const one = (title: string, theme?: string): Report =>
		testReport({id: 'x'}, [{title, blocks: paragraphs(['正文。']), ...(theme ? {theme} : {})}]);

	test('a title ending like a theme suffix stays text, with or without a theme', () => {
		for (const title of ['{theme=rights}', '标题 {theme=x}', 'a\\{theme=x}', 'a\\']) {
			for (const theme of [undefined, 'rights']) {
				const original = one(title, theme);
				const text = serializeReport(original);
				expect(parseReport(text, 'r.md').sections).toEqual(original.sections);
			}
		}
		expect(serializeReport(one('标题 {theme=x}'))).toContain('## 标题 \\{theme=x}\n');
	});

	test('a heading holding a line or paragraph separator is still a heading', () => {
		const original = one('第一\u2028节\u2029二');
		expect(parseReport(serializeReport(original), 'r.md').sections).toEqual(original.sections);
	});

	test('a blank required value counts as missing', () => {
		expect(() =>
			parseReport(
				'---\nid: x\ntitle: "  "\nregion: r\nlevel: city\nperiod: 2018-2023\n---\n\n文。\n',
				'b.md',
			),
		).toThrow(/front matter has no "title"/);
	});

	test('odd YAML never reaches stderr as a Node warning', () => {
		const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
		try {
			throwsOnlyReportErrors(
				() =>
					parseReport(
						'---\nid: !!js/function x\ntitle: !custom t\nregion: r\nlevel: city\nperiod: 2018-2023\n---\n\n文。\n',
						'w.md',
					),
				'w.md',
			);
			expect(warn).not.toHaveBeenCalled();
		} finally {
			warn.mockRestore();
		}
	});
});

describe('anything at all', () => {
	const frontMatter = fc
		.array(fc.constantFrom(...pieces, '\n', 'id: ', 'title: ', 'level: ', 'published: '), {
			maxLength: 40,
		})
		.map((parts) => parts.join(''));
	const documents = fc.oneof(
		fc.string({unit: 'binary', maxLength: 400}),
		fc
			.tuple(frontMatter, fc.array(fc.constantFrom(...pieces, '\n', '\n\n'), {maxLength: 40}))
			.map(([head, body]) => `---\n${head}\n---\n${body.join('')}`),
		fc
			.tuple(report, fc.nat(), fc.constantFrom(...pieces, '\n', '---\n', '\u0000'))
			.map(([valid, at, insert]) => {
				const text = serializeReport(valid);
				const cut = at % (text.length + 1);
				return text.slice(0, cut) + insert + text.slice(cut);
			}),
	);

	test('parseReport throws nothing but a ReportError naming the file', () => {
		fc.assert(
			fc.property(documents, (text) => {
				throwsOnlyReportErrors(() => parseReport(text, 'any.md'), 'any.md');
			}),
			{numRuns: 1500},
		);
	});

	test('decodeReportBytes refuses non-UTF-8 with a ReportError, never a crash', () => {
		fc.assert(
			fc.property(fc.uint8Array({maxLength: 200}), (bytes) => {
				throwsOnlyReportErrors(
					() => parseReport(decodeReportBytes(bytes, 'bytes.md'), 'bytes.md'),
					'bytes.md',
				);
			}),
			{numRuns: 3000},
		);
	});

	test('front matter YAML that is valid but odd is a ReportError', () => {
		const odd = [
			'published: !!timestamp not-a-date',
			'published: !!timestamp 2023-13-45',
			'published: 2023-02-30',
			'title: !!binary aGVsbG8=',
			'title: [a, b]',
			'title: {a: 1}',
			'title: &a [*a]',
			'a: &a [x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
			'__proto__: {id: sneaky}',
			'id: !!js/function "function () {}"',
			'period: 2023-2018',
			'period: 99999-100000',
			'authors: [1, 2]',
			'authors: {a: b}',
			'script: klingon',
			'id: ".inf"',
			'? [complex, key]\n: value',
		];
		for (const line of odd) {
			const text = `---\nid: x\ntitle: t\nregion: r\nlevel: city\nperiod: 2018-2023\n${line}\n---\n\n正文。\n`;
			throwsOnlyReportErrors(() => parseReport(text, 'odd.md'), 'odd.md');
		}
	});
});

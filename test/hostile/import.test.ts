// The importer against any raw text: it either makes a report that parses back as itself, or
// says what is wrong with a ReportError. Nothing else.
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {parseReport, ReportError, serializeReport} from '../../source/corpus/format.js';
import {importRaw, parseOverride} from '../../source/ingest/import.js';
import {hostilePieces} from './arbitraries.js';

/** What raw newspaper pages are made of, and what breaks them. */
const rawPieces = [
	...hostilePieces,
	'\n',
	'\n',
	'\n\n',
	'\r\n',
	'\r',
	'乐山市总工会',
	'五年来，全市发展会员80.2万人。',
	'强化思想引领',
	'——乐山市工会五年工作综述',
	'本报记者 罗曦',
	'摄影：张三',
	'吕九胜摄',
	'▶',
	'▲ 劳模表彰',
	'本版图片除署名外均由市总工会提供',
	'来源：工人日报 2023-10-08 09:00',
	'上一篇',
	'>>',
	'<p>',
	'</p>',
	'<span class="x">',
	'?/span>',
	'&nbsp;',
	'&#27;',
	'&#x1b;',
	'&#x202e;',
	'&#128512;',
	'&#99999999;',
	'&amp;',
	'產(chǎn)',
	'?qū)',
	'踏上新征程，必将再创辉煌。',
	'## ',
	'> ',
	'— ',
	'---',
	'\\',
	'{theme=x}',
	'。',
	'，',
	'！',
	'”',
	'\u3000',
	'\u00a0',
	'\u2001',
	'\u202f',
	'\u205f',
	'\u1680',
	'\ufeff',
	'\u0085',
	'\u000b',
	'\u000c',
	'|a|b|c|d|e|f',
	'©',
];

const rawTexts = fc.oneof(
	{
		weight: 4,
		arbitrary: fc
			.array(fc.constantFrom(...rawPieces), {maxLength: 80})
			.map((parts) => parts.join('')),
	},
	{weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 300})},
	{weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 300})},
);

const override = {id: 'any', region: '某市', period: '2018-2023'};

function importOrReportError(raw: string) {
	try {
		return importRaw(raw, override, 'raw/any.txt');
	} catch (error) {
		if (!(error instanceof ReportError)) throw error;
		expect(error.file).toBe('raw/any.txt');
		return undefined;
	}
}

describe('any raw text', () => {
	test('imports to a report that parses back as itself, or gives a ReportError', () => {
		fc.assert(
			fc.property(rawTexts, (raw) => {
				const result = importOrReportError(raw);
				if (!result) return;
				const text = serializeReport(result.report);
				expect(parseReport(text, 'any.md')).toEqual({...result.report, file: 'any.md'});
			}),
			{numRuns: 2000},
		);
	});

	test('a title with nothing under it is refused, not written as a report that cannot load', () => {
		expect(() => importRaw('乐山市总工会五年工作综述\n', override, 'raw/t.txt')).toThrow(
			/no text besides the title/,
		);
	});

	test('without an override: region, level, period and id problems are ReportErrors', () => {
		fc.assert(
			fc.property(rawTexts, (raw) => {
				try {
					importRaw(raw, {}, 'raw/bare.txt');
				} catch (error) {
					if (!(error instanceof ReportError)) throw error;
				}
			}),
			{numRuns: 500},
		);
	});

	test('notes point at lines of the raw text', () => {
		fc.assert(
			fc.property(rawTexts, (raw) => {
				const result = importOrReportError(raw);
				if (!result) return;
				const lineCount = raw.replace(/^\uFEFF/, '').split(/\r\n?|\n/).length;
				for (const note of [...result.notes.dropped, ...result.notes.garbled]) {
					expect(note.line).toBeGreaterThanOrEqual(1);
					expect(note.line).toBeLessThanOrEqual(lineCount);
				}
			}),
			{numRuns: 500},
		);
	});
});

describe('the metadata override', () => {
	test('any text is an override or a ReportError naming the override file', () => {
		const yamlPieces = [
			'id: ',
			'level: ',
			'authors: ',
			'published: ',
			'bogus: ',
			'\n',
			'- ',
			'[',
			']',
			'{',
			'}',
			'&a ',
			'*a',
			'!!binary ',
			'!!timestamp x',
			'2023-10-08',
			'null',
			':',
			'"',
			"'",
			' ',
		];
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({unit: 'binary', maxLength: 100}),
					fc.array(fc.constantFrom(...yamlPieces), {maxLength: 20}).map((parts) => parts.join('')),
				),
				(text) => {
					try {
						parseOverride(text, 'x.meta.yaml');
					} catch (error) {
						if (!(error instanceof ReportError)) throw error;
						expect(error.file).toBe('x.meta.yaml');
					}
				},
			),
			{numRuns: 1000},
		);
	});

	test('any override values give a report that loads, or a ReportError', () => {
		const value = fc.oneof(
			fc.constantFrom('', ' ', '2018-2023', '2023-2018', '2023-10-08', 'garbage', 'city', 'x'),
			fc.string({unit: 'binary', maxLength: 12}),
		);
		const overrides = fc.record(
			{
				id: fc.oneof(fc.constant('x'), value),
				region: value,
				region_en: value,
				province: value,
				level: fc.oneof(fc.constantFrom('province', 'city', 'district'), value),
				period: value,
				published: value,
				source: value,
				authors: fc.array(value, {maxLength: 3}),
				title: value,
				subtitle: value,
			},
			{requiredKeys: []},
		);
		fc.assert(
			fc.property(overrides, (given) => {
				try {
					const {report} = importRaw(
						'乐山市总工会\n\n五年来，全市发展会员80.2万人。\n\n2023年10月08日 09:00\n',
						given as Parameters<typeof importRaw>[1],
						'raw/x.txt',
					);
					expect(parseReport(serializeReport(report), 'x.md')).toEqual({...report, file: 'x.md'});
				} catch (error) {
					if (!(error instanceof ReportError)) throw error;
				}
			}),
			{numRuns: 1000},
		);
	});

	test('values of the wrong type are refused, not carried into the report', () => {
		for (const text of [
			'authors: 3',
			'authors: {a: 1}',
			'level: galaxy',
			'title: [a]',
			'id: [x]',
		]) {
			expect(() => {
				const result = importRaw(
					'乐山市总工会\n\n五年来，全市发展会员80.2万人。\n',
					{
						id: 'x',
						period: '2018-2023',
						...parseOverride(text, 'x.meta.yaml'),
					},
					'raw/x.txt',
				);
				parseReport(serializeReport(result.report), 'x.md');
			}).toThrow(ReportError);
		}
	});
});

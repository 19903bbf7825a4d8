// The compare command end to end on the bundled reports: text fits the terminal, JSON and CSV
// carry the same cells, the theme view goes side by side on a terminal and in turn when piped.
import {beforeAll, describe, expect, it} from 'vitest';
import {runCompare} from '../../source/commands/compare.js';
import {type CommandContext, UsageError} from '../../source/commands/context.js';
import type {Lang} from '../../source/i18n/lang.js';
import {metrics} from '../../source/compare/catalogue.js';
import type {ComparisonJson} from '../../source/compare/export.js';
import {type LoadResult, loadCorpus} from '../../source/corpus/load.js';
import {libraryOf} from '../../source/corpus/report-lookup.js';
import {textWidth} from '../../source/text/width.js';

let corpus: LoadResult;

beforeAll(() => {
	corpus = loadCorpus();
});

type Run = {code: number; out: string; err: string};

function run(
	regions: string[],
	flags: Partial<{metric: string[]; theme: string; json: boolean; csv: boolean}> = {},
	terminal: {isTTY: boolean; columns: number; lang?: Lang} = {isTTY: false, columns: 80},
): Run {
	let out = '';
	let err = '';
	const ctx: CommandContext = {
		corpus: libraryOf(corpus),
		lang: terminal.lang ?? 'zh',
		color: false,
		stdout: {
			write: (text) => {
				out += text;
			},
			isTTY: terminal.isTTY,
			columns: terminal.columns,
		},
		stderr: {
			write: (text) => {
				err += text;
			},
			isTTY: false,
			columns: 80,
		},
	};
	const code = runCompare(ctx, regions, {
		metric: flags.metric ?? [],
		theme: flags.theme,
		json: flags.json ?? false,
		csv: flags.csv ?? false,
	});
	return {code, out, err};
}

const widest = (text: string) => Math.max(...text.split('\n').map(textWidth));

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let index = 0; index < text.length; index++) {
		const char = text[index]!;
		if (quoted) {
			if (char === '"' && text[index + 1] === '"') {
				field += '"';
				index++;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\r' && text[index + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			index++;
		} else field += char;
	}
	expect(field).toBe('');
	expect(row).toEqual([]);
	return rows;
}

describe('compare: text table', () => {
	for (const columns of [80, 160]) {
		for (const lang of ['zh', 'en'] as const) {
			it(`fits ${columns} columns on a terminal (${lang})`, () => {
				const {code, out} = run([], {}, {isTTY: true, columns, lang});
				expect(code).toBe(0);
				expect(widest(out)).toBeLessThanOrEqual(columns);
				for (const report of corpus.reports) {
					expect(out).toContain(
						lang === 'zh' ? report.meta.region.zh : report.meta.region.en.split(',')[0],
					);
				}
			});
		}
	}

	it('splits regions into column pages when they do not fit', () => {
		const narrow = run([], {}, {isTTY: true, columns: 80}).out;
		const wide = run([], {}, {isTTY: true, columns: 160}).out;
		expect(narrow).toMatch(/\(1\/2 列\)/);
		expect(wide).not.toMatch(/\(1\/\d 列\)/);
	});

	it('cuts nothing at 60 columns and wider: labels whole or short, values and sources whole', () => {
		for (const lang of ['zh', 'en'] as const) {
			for (const columns of [60, 80, 100, 160]) {
				const {out} = run([], {}, {isTTY: true, columns, lang});
				expect(widest(out)).toBeLessThanOrEqual(columns);
				// The reports' own ellipses are doubled (……); a cut would leave a single one.
				expect(out).not.toMatch(/(?<!…)…(?!…)/);
				for (const metric of metrics) {
					const label = new RegExp(`^(${metric.label[lang]}|${metric.short[lang]})\\s+│`, 'm');
					expect(out).toMatch(label);
				}
			}
		}
	});

	it('fits even a very narrow terminal', () => {
		const {out} = run(['leshan', 'jinan'], {}, {isTTY: true, columns: 30});
		expect(widest(out)).toBeLessThanOrEqual(30);
	});

	it('shows value, bar, level, period and numbered sources for every filled cell', () => {
		const {out} = run(['sichuan', 'cuiping'], {metric: ['members']}, {isTTY: true, columns: 100});
		expect(out).toContain('1883.5万人');
		expect(out).toContain('12.62万人');
		expect(out).toContain('省级');
		expect(out).toContain('区县级');
		expect(out).toContain('2018–2023');
		expect(out).toMatch(/█/);
		expect(out).toContain('对数刻度'); // 1883.5万 against 12.6万 spans more than 100×
		expect(out).toMatch(/\[1\][^\n]*四川省/);
		expect(out).toMatch(/\[2\][^\n]*宜宾市翠屏区/);
		// Footnotes wrap with a hanging indent; joined back they hold the whole sentence.
		expect(out.replace(/\n +/g, '')).toContain(
			'全省已建基層工會組織14.14萬個,工會會員1883.5萬人。',
		);
	});

	it('marks empty cells and lists alternatives under the sources', () => {
		const {out} = run(['shaoyang', 'jinan'], {metric: ['members', 'bargaining_rate']});
		const membersLine = out.split('\n').find((line) => line.startsWith('工会会员总数'))!;
		expect(membersLine).toContain('—');
		expect(out).toContain('另见: 95.6%');
	});

	it('does not wrap when piped: one table, one line per source', () => {
		const {out} = run([], {}, {isTTY: false, columns: 80});
		expect(out).not.toMatch(/\(1\/\d 列\)/);
		const sources = out.split('\n').filter((line) => /^\[\d+\]/.test(line));
		const filled = JSON.parse(run([], {json: true}).out) as ComparisonJson;
		const count = filled.metrics.reduce(
			(sum, row) => sum + Object.values(row.cells).filter(Boolean).length,
			0,
		);
		expect(sources).toHaveLength(count);
		expect(out).toContain('│');
	});

	it('uses English labels for lang en', () => {
		const {out} = run(['leshan'], {metric: ['members']}, {isTTY: true, columns: 80, lang: 'en'});
		expect(out).toContain('Union members');
		expect(out).toContain('802,000');
		expect(out).toContain('city');
	});

	it('neutralizes control characters from report text', () => {
		const report = corpus.reports.find((candidate) => candidate.meta.id === 'leshan')!;
		const poisoned = structuredClone(report);
		poisoned.meta.id = 'poisoned';
		poisoned.meta.region = {zh: '毒\u001b[31m市', en: 'Poison\u001b]0;x\u0007'};
		const block = poisoned.sections
			.flatMap((section) => section.blocks)
			.find((candidate) => candidate.text.includes('发展会员80.2万人'))!;
		block.text = block.text.replace('发展会员', '\u001b[2J发展会员');
		const saved = corpus;
		corpus = {reports: [poisoned], problems: []};
		try {
			for (const lang of ['zh', 'en'] as const) {
				const {out} = run([], {metric: ['members']}, {isTTY: true, columns: 120, lang});
				expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
			}
			expect(run([], {metric: ['members'], csv: true}).out).not.toMatch(/\u001b/);
			expect(run([], {metric: ['members'], json: true}).out).not.toMatch(/\u001b/);
		} finally {
			corpus = saved;
		}
	});
});

describe('compare: JSON and CSV', () => {
	it('JSON has regions and metrics with cells keyed by report, null where empty', () => {
		const {code, out} = run([], {json: true});
		expect(code).toBe(0);
		const data = JSON.parse(out) as ComparisonJson;
		expect(Object.keys(data)).toEqual(['regions', 'metrics']);
		expect(data.regions.map((region) => region.report).sort()).toEqual(
			corpus.reports.map((report) => report.meta.id).sort(),
		);
		expect(data.regions[0]).toEqual({
			report: expect.any(String),
			region: {zh: expect.any(String), en: expect.any(String)},
			level: expect.stringMatching(/^(province|city|district)$/),
			period: {from: expect.any(Number), to: expect.any(Number)},
		});
		expect(data.metrics.map((row) => row.id)).toEqual(metrics.map((metric) => metric.id));
		const members = data.metrics.find((row) => row.id === 'members')!;
		expect(members.label).toEqual({zh: '工会会员总数', en: 'Union members'});
		expect(members.unit).toBe('人');
		expect(members.cells.shaoyang).toBeNull();
		expect(members.cells.sichuan).toEqual({
			value: 18_835_000,
			unit: '人',
			qualifier: '',
			quote: expect.stringContaining('1883.5萬人'),
			section: '在深化改革創新中干在實處、走在前列',
			alternatives: [],
		});
		const libraries = data.metrics.find((row) => row.id === 'worker_libraries')!;
		expect(libraries.cells.leshan?.alternatives).toEqual([
			{value: 6, unit: '个', quote: expect.stringContaining('全国职工书屋6个')},
		]);
		for (const row of data.metrics) {
			for (const cell of Object.values(row.cells)) {
				if (cell)
					expect(Object.keys(cell).sort()).toEqual([
						'alternatives',
						'qualifier',
						'quote',
						'section',
						'unit',
						'value',
					]);
			}
		}
	});

	it('CSV has a header and one row per metric and region, RFC 4180 quoted', () => {
		const {code, out} = run(['sichuan', 'leshan', 'jinan'], {csv: true});
		expect(code).toBe(0);
		expect(out.endsWith('\r\n')).toBe(true);
		const rows = parseCsv(out);
		expect(rows[0]).toEqual([
			'metric',
			'label',
			'report',
			'region',
			'level',
			'period',
			'value',
			'unit',
			'qualifier',
			'section',
			'quote',
		]);
		expect(rows).toHaveLength(1 + metrics.length * 3);
		for (const row of rows) expect(row).toHaveLength(11);
		// Quotes hold commas, so they must have been quoted to parse back whole.
		const members = rows.find((row) => row[0] === 'members' && row[2] === 'leshan')!;
		expect(members[6]).toBe('802000');
		expect(members[10]).toBe(
			'全市建立工会组织3993个,发展会员80.2万人,党执政的阶级基础和群众基础不断夯实。',
		);
		expect(out).toContain('"全市建立工会组织3993个,发展会员80.2万人');
		expect(members[5]).toBe('2018-2023');
	});

	it('JSON and CSV carry the same cells', () => {
		const data = JSON.parse(run([], {json: true}).out) as ComparisonJson;
		const rows = parseCsv(run([], {csv: true}).out).slice(1);
		expect(rows).toHaveLength(data.metrics.length * data.regions.length);
		for (const row of rows) {
			const [metric, , report, , level, , value, unit, qualifier, section, quote] = row;
			const cell = data.metrics.find((candidate) => candidate.id === metric)!.cells[report!];
			expect(level).toBe(data.regions.find((region) => region.report === report)!.level);
			if (cell === null || cell === undefined) {
				expect([value, unit, qualifier, section, quote]).toEqual(['', '', '', '', '']);
			} else {
				expect(Number(value)).toBe(cell.value);
				expect([unit, qualifier, section, quote]).toEqual([
					cell.unit,
					cell.qualifier,
					cell.section,
					cell.quote,
				]);
			}
		}
	});

	it('--metric limits the rows; CSV labels follow the language', () => {
		const rows = parseCsv(
			run(
				[],
				{csv: true, metric: ['bargaining_rate,members']},
				{isTTY: false, columns: 80, lang: 'en'},
			).out,
		);
		expect(rows.slice(1).map((row) => row[0])).toEqual([
			...Array(corpus.reports.length).fill('bargaining_rate'),
			...Array(corpus.reports.length).fill('members'),
		]);
		expect(rows[1]![1]).toBe('Bargaining rate');
	});
});

describe('compare: usage errors', () => {
	it('unknown region, metric or theme, and conflicting flags', () => {
		expect(() => run(['beijing'])).toThrow(UsageError);
		expect(() => run(['beijing'])).toThrow(/leshan/);
		expect(() => run([], {metric: ['salary']})).toThrow(/unknown metric "salary".*members/);
		expect(() => run([], {theme: 'sport'})).toThrow(/unknown theme "sport".*politics/);
		expect(() => run([], {json: true, csv: true})).toThrow(UsageError);
		expect(() => run([], {theme: 'rights', csv: true})).toThrow(UsageError);
	});
});

describe('compare --theme', () => {
	for (const columns of [80, 160]) {
		it(`puts regions side by side within ${columns} columns on a terminal`, () => {
			const {code, out} = run(
				['leshan', 'jinan', 'cuiping'],
				{theme: 'rights'},
				{isTTY: true, columns},
			);
			expect(code).toBe(0);
			expect(widest(out)).toBeLessThanOrEqual(columns);
			const header = out.split('\n').find((line) => line.includes('乐山市'))!;
			expect(header).toContain('济南市');
			expect(header).toContain('宜宾市翠屏区');
			expect(out).toContain('主动依法维权');
			expect(out).toContain('精準幫扶');
		});
	}

	it('goes one region after another when piped, paragraphs unwrapped', () => {
		const {out} = run(['leshan', 'jinan'], {theme: 'rights'}, {isTTY: false, columns: 80});
		const lines = out.split('\n');
		const leshan = lines.findIndex((line) => line.startsWith('━━ 乐山市'));
		const jinan = lines.findIndex((line) => line.startsWith('━━ 济南市'));
		expect(leshan).toBeGreaterThan(-1);
		expect(jinan).toBeGreaterThan(leshan);
		expect(lines.some((line) => line.includes('乐山市') && line.includes('济南市'))).toBe(false);
		const paragraph = corpus.reports
			.find((report) => report.meta.id === 'leshan')!
			.sections.find((section) => section.title.includes('主动依法维权'))!.blocks[0]!.text;
		expect(lines).toContain(paragraph);
	});

	it('English labels, JSON output, and exit 1 when no region has the theme', () => {
		const {out} = run(['sichuan'], {theme: 'reform'}, {isTTY: true, columns: 80, lang: 'en'});
		expect(out).toContain('Reform and self-building');
		const json = JSON.parse(run(['sichuan'], {theme: 'reform', json: true}).out);
		expect(json.theme.id).toBe('reform');
		expect(json.regions[0].sections[0].title).toBe('在深化改革創新中干在實處、走在前列');
		expect(run(['leshan'], {theme: 'organization'}).code).toBe(1);
	});
});

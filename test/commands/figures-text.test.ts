// `figures` as text: in a terminal every figure shows what it counts and the words around its
// number at any common width; piped, one record per line with the whole sentence.
import {beforeAll, describe, expect, it} from 'vitest';
import type {CommandContext} from '../../source/commands/context.js';
import type {Lang} from '../../source/i18n/lang.js';
import {runFigures} from '../../source/commands/figures.js';
import {type LoadResult, loadCorpus} from '../../source/corpus/load.js';
import {libraryOf} from '../../source/corpus/report-lookup.js';
import {extractFigures} from '../../source/figures/extract.js';
import {textWidth} from '../../source/text/width.js';

let corpus: LoadResult;

beforeAll(() => {
	corpus = loadCorpus();
});

function run(
	report: string | undefined,
	terminal: {isTTY: boolean; columns: number; lang?: Lang; color?: boolean},
): string {
	let out = '';
	const ctx: CommandContext = {
		corpus: libraryOf(corpus),
		lang: terminal.lang ?? 'zh',
		color: terminal.color ?? false,
		stdout: {write: (text) => void (out += text), isTTY: terminal.isTTY, columns: terminal.columns},
		stderr: {write: () => undefined, isTTY: false, columns: 80},
	};
	expect(runFigures(ctx, report, {json: false, csv: false})).toBe(0);
	return out;
}

/** The figures of the output: each its first line, its other lines and its context line. */
function figuresOf(out: string): Array<{row: string; counts: string; context: string}> {
	const lines = out.trimEnd().split('\n').slice(1);
	const groups: string[][] = [];
	for (const line of lines) {
		if (!line.startsWith(' ')) groups.push([line]);
		else groups.at(-1)!.push(line);
	}
	return groups.map((group) => ({
		row: group[0]!,
		counts: group
			.slice(0, -1)
			.map((line) => line.trim())
			.join(''),
		context: group.at(-1)!,
	}));
}

describe('figures in a terminal', () => {
	for (const lang of ['zh', 'en'] as const) {
		for (const columns of [40, 60, 80, 100, 160]) {
			it(`${lang} at ${columns} columns: what each figure counts and the words around it`, () => {
				const out = run(undefined, {isTTY: true, columns, lang});
				for (const line of out.split('\n')) expect(textWidth(line)).toBeLessThanOrEqual(columns);
				const expected = corpus.reports.flatMap((report) => extractFigures(report));
				const shown = figuresOf(out);
				expect(shown).toHaveLength(expected.length);
				shown.forEach(({counts, context}, index) => {
					const figure = expected[index]!;
					expect(counts, figure.raw).toContain(figure.subject);
					expect(context.startsWith('    ') && !context.startsWith('     ')).toBe(true);
					// The number as written, with words of its sentence on at least one side.
					const words = context.trim().replace(/…/g, '');
					expect(words).toContain(figure.raw);
					if (figure.quote.length > figure.raw.length) {
						expect(words.length).toBeGreaterThan(figure.raw.length);
					}
					expect(words).not.toBe('');
				});
			});
		}
	}

	it('shows more of the sentence the wider the terminal', () => {
		const length = (columns: number) =>
			figuresOf(run('leshan', {isTTY: true, columns})).reduce(
				(sum, {context}) => sum + context.length,
				0,
			);
		expect(length(160)).toBeGreaterThan(length(100));
		expect(length(100)).toBeGreaterThan(length(60));
	});

	it('marks the number bold when colour is on, and only then', () => {
		const figure = extractFigures(corpus.reports.find((r) => r.meta.id === 'leshan')!)[0]!;
		const colored = run('leshan', {isTTY: true, columns: 100, color: true});
		expect(colored).toContain(`\u001b[1m${figure.raw}\u001b[22m`);
		expect(run('leshan', {isTTY: true, columns: 100})).not.toContain('\u001b');
	});
});

describe('figures piped', () => {
	it('one record per line, the sentence whole', () => {
		const out = run('cuiping', {isTTY: false, columns: 80});
		const lines = out.trimEnd().split('\n');
		const figures = extractFigures(corpus.reports.find((r) => r.meta.id === 'cuiping')!);
		expect(lines).toHaveLength(figures.length + 1);
		expect(lines[0]).toMatch(/^地区\s+数值\s+单位\s+限定\s+原文\s+统计对象\s+出处$/);
		lines.slice(1).forEach((line, index) => {
			expect(line.endsWith(figures[index]!.quote)).toBe(true);
			expect(line).toContain(figures[index]!.raw);
		});
	});
});

// Chinese line breaking: the break rules on their own, wrapping on made-up text of every kind
// (never wider than asked, nothing lost or moved), and every bundled report at 40..160 columns.
import fc from 'fast-check';
import {beforeAll, describe, expect, it} from 'vitest';
import {runCompare} from '../../source/commands/compare.js';
import {runShow} from '../../source/commands/show.js';
import {themes} from '../../source/compare/themes.js';
import type {CommandContext} from '../../source/commands/context.js';
import {type LoadResult, loadCorpus} from '../../source/corpus/load.js';
import {libraryOf} from '../../source/corpus/report-lookup.js';
import {extractFigures} from '../../source/figures/extract.js';
import {
	breakClass,
	breakOpportunities,
	closingPunctuation,
	openingPunctuation,
} from '../../source/text/line-break.js';
import {sanitizeLine, sanitizeWithOffsets} from '../../source/text/sanitize.js';
import {snippetAround} from '../../source/text/snippet.js';
import {graphemes, textWidth} from '../../source/text/width.js';
import {wrapLines, wrapText} from '../../source/text/wrap.js';
import {layoutReport} from '../../source/corpus/report-lines.js';

/** The text cut where a break is allowed, e.g. "覆|盖|100%。". */
function cut(text: string): string {
	const units = graphemes(text);
	const breaks = breakOpportunities(units);
	return units.map((unit, index) => (breaks[index] ? `|${unit}` : unit)).join('');
}

describe('break opportunities', () => {
	it('keeps a number with its magnitude, qualifier, unit and percent sign', () => {
		expect(cut('覆盖面达100%。集体')).toBe('覆|盖|面|达|100%。|集|体');
		expect(cut('达2.3万人参加')).toBe('达|2.3万人|参|加');
		expect(cut('建成15个书屋')).toBe('建|成|15个|书|屋');
		expect(cut('活动2000余次，覆盖近10万人次')).toBe('活|动|2000余次，|覆|盖|近|10万人次');
		expect(cut('500余萬人次，3億')).toBe('500余萬人次，|3億');
		expect(cut('面积3500平方米')).toBe('面|积|3500平方米');
		expect(cut('达95%以上，5名以上')).toBe('达|95%以上，|5名以上');
		expect(cut('第3届，共25,000元')).toBe('第3届，|共|25,000元');
		expect(cut('增长１２％，')).toBe('增|长|１２％，');
	});

	it('keeps closing punctuation with what is before it and opening with what follows', () => {
		expect(cut('跑出了“加速度”。')).toBe('跑|出|了|“加|速|度”。');
		expect(cut('《工人日报》报道')).toBe('《工|人|日|报》|报|道');
		expect(cut('（一）强化……好')).toBe('（一）|强|化……|好');
		expect(cut('力,汇聚')).toBe('力,|汇|聚');
		expect(cut('劳“ 劳 ” 劳')).toBe('劳|“ 劳 ” |劳');
	});

	it('breaks Latin text at spaces only, hyphenated words and decimals included', () => {
		expect(cut('press Ctrl-C to quit.')).toBe('press |Ctrl-C |to |quit.');
		expect(cut('e.g. 3.5 f(x) don’t')).toBe('e.g. |3.5 |f(x) |don’t');
		expect(cut('用Excel表格')).toBe('用|Excel|表|格');
	});

	it('classes every listed punctuation mark, in both forms', () => {
		for (const mark of '”’」』）》】，。、；：？！,.;:?!)%') expect(breakClass(mark)).toBe('close');
		for (const mark of '“‘「『（《【([') expect(breakClass(mark)).toBe('open');
		expect(breakClass('劳')).toBe('ideograph');
		expect(breakClass('７')).toBe('digit');
		expect(breakClass(' ')).toBe('space');
	});
});

describe('wrapping', () => {
	it('wraps the lines the issue found wrong', () => {
		// Before: "覆盖面达100" then "%。集体协商".
		expect(wrapText('覆盖面达100%。集体协商', 12)).toEqual(['覆盖面达', '100%。集体协', '商']);
		// Before: "跑出了“加速度" then "”。" alone.
		expect(wrapText('跑出了“加速度”。', 14)).toEqual(['跑出了“加速', '度”。']);
		expect(wrapText('共2.3万人参加', 8)).toEqual(['共', '2.3万人', '参加']);
	});

	it('cuts at the width only when a line holds no break point', () => {
		expect(wrapText('abcdefgh ij', 4)).toEqual(['abcd', 'efgh', 'ij']);
		// A forced cut still keeps "，" off the next line's start where it can.
		expect(wrapText('1234567，', 4)).toEqual(['1234', '56', '7，']);
		expect(wrapText('劳模', 1)).toEqual(['…', '…']);
	});

	it('gives each line its place in the text', () => {
		const text = 'Two words\n全市职工，共计万人。';
		const lines = wrapLines(text, 6);
		expect(lines).toEqual([
			{text: 'Two', start: 0, end: 3},
			{text: 'words', start: 4, end: 9},
			{text: '全市职', start: 10, end: 13},
			{text: '工，共', start: 13, end: 16},
			{text: '计万', start: 16, end: 18},
			{text: '人。', start: 18, end: 20},
		]);
	});

	const unit = fc.constantFrom(
		...'劳模职工书屋万人个第',
		...'，。、；：？！”’」』）》】%％…',
		...'“‘「『（《【',
		...'0123456789.,',
		...'１２',
		..."abcXYZ-'/",
		' ',
		'  ',
		'\n',
		'é',
		'e\u0301',
		'𠀀',
		'👨‍👩‍👧',
	);
	const text = fc.array(unit, {maxLength: 120}).map((units) => units.join(''));
	const width = fc.integer({min: 1, max: 60});

	it('never gives a line wider than asked', () => {
		fc.assert(
			fc.property(text, width, (value, columns) => {
				for (const line of wrapText(value, columns)) {
					expect(textWidth(line)).toBeLessThanOrEqual(columns);
				}
			}),
			{numRuns: 2000},
		);
	});

	it('never loses or reorders characters: lines are the text in order, less break spaces', () => {
		fc.assert(
			fc.property(text, width, (value, columns) => {
				const lines = wrapLines(value, columns);
				let cursor = 0;
				for (const line of lines) {
					expect(line.start).toBeGreaterThanOrEqual(cursor);
					// Only whitespace is left out between lines.
					expect(value.slice(cursor, line.start).trim()).toBe('');
					const source = value.slice(line.start, line.end);
					if (line.text === '…' && textWidth(source) > columns) {
						expect(graphemes(source)).toHaveLength(1);
					} else expect(line.text).toBe(source);
					cursor = line.end;
				}
				expect(value.slice(cursor).trim()).toBe('');
			}),
			{numRuns: 2000},
		);
	});

	it('puts closing punctuation first, or opening last, only on a line cut by force', () => {
		const line = fc.array(unit, {maxLength: 120}).map((units) => units.join('').replace(/\n/g, ''));
		fc.assert(
			fc.property(line, width, (value, columns) => {
				const units = graphemes(value);
				const breaks = breakOpportunities(units);
				// Offset of each unit, and whether a break is allowed there.
				const allowedAt = new Map<number, boolean>();
				let at = 0;
				units.forEach((piece, index) => {
					allowedAt.set(at, breaks[index]!);
					at += piece.length;
				});
				const lines = wrapLines(value, columns);
				lines.forEach((current, index) => {
					const last = graphemes(current.text).at(-1) ?? '';
					const next = lines[index + 1];
					const breaksBad =
						(next !== undefined && closingPunctuation.has(graphemes(next.text)[0] ?? '')) ||
						(next !== undefined && openingPunctuation.has(last));
					if (!breaksBad || next === undefined) return;
					// Then no allowed break lay inside this line, after its first unit.
					const inside = [...allowedAt].filter(
						([offset, allowed]) => allowed && offset > current.start && offset < next.start,
					);
					expect(inside, `${JSON.stringify(value)} @${columns}`).toEqual([]);
				});
			}),
			{numRuns: 2000},
		);
	});
});

describe('the bundled reports at 40 to 160 columns', () => {
	let corpus: LoadResult;
	beforeAll(() => {
		corpus = loadCorpus();
	});

	const widths = Array.from({length: 121}, (_, index) => 40 + index);

	/** Problems of one wrapped text: lines that open with closing or end with opening marks. */
	function badLines(lines: readonly string[]): string[] {
		return lines.filter((line) => {
			const units = graphemes(line.trimEnd());
			return closingPunctuation.has(units[0] ?? '') || openingPunctuation.has(units.at(-1) ?? '');
		});
	}

	it('every paragraph, heading and caption: no closing mark or % starts a line, no opening mark ends one, no number loses its unit', () => {
		expect(corpus.reports).toHaveLength(5);
		let checked = 0;
		const problems: string[] = [];
		for (const report of corpus.reports) {
			const figures = extractFigures(report);
			report.sections.forEach((section, sectionIndex) => {
				const texts = [section.title, ...section.blocks.map((block) => block.text)];
				texts.forEach((raw, textIndex) => {
					const {text, offset} = sanitizeWithOffsets(raw);
					const blockIndex = textIndex - 1;
					const numbers = figures
						.filter((f) => f.section === sectionIndex && f.block === blockIndex)
						// A figure in Chinese numerals (两批, 六家) is Han characters, between which
						// Chinese typesetting may break; the rule is for digits and their unit.
						.filter((f) => /[0-9０-９]/u.test(f.raw))
						.map((f) => {
							const digit = f.raw.search(/[0-9０-９]/u);
							return [offset(f.start + digit), offset(f.end)] as const;
						});
					for (const width of widths) {
						const lines = wrapLines(text, width);
						for (const line of badLines(lines.map((each) => each.text))) {
							problems.push(`${report.meta.id} @${width}: ${line}`);
						}
						for (const line of lines.slice(1)) {
							for (const [from, to] of numbers) {
								if (line.start > from && line.start < to) {
									problems.push(`${report.meta.id} @${width}: ${text.slice(from, to)} split`);
								}
							}
						}
						checked += lines.length;
					}
				});
			});
		}
		expect(problems).toEqual([]);
		expect(checked).toBeGreaterThan(50_000);
	});

	it('the reader and `show` lay out every report with the same rules', () => {
		for (const report of corpus.reports) {
			for (const width of [40, 41, 59, 60, 79, 80, 99, 100, 120, 159, 160]) {
				const reader = layoutReport(report, width, 'zh').lines.map((line) => line.text);
				expect(badLines(reader), `reader ${report.meta.id} @${width}`).toEqual([]);
				let out = '';
				const ctx: CommandContext = {
					corpus: libraryOf(corpus),
					lang: 'zh',
					color: false,
					stdout: {write: (text) => void (out += text), isTTY: true, columns: width},
					stderr: {write: () => undefined, isTTY: false, columns: 80},
				};
				expect(runShow(ctx, report.meta.id, {})).toBe(0);
				const lines = out.split('\n').map((line) => line.replace(/^ +/, ''));
				expect(badLines(lines), `show ${report.meta.id} @${width}`).toEqual([]);
				for (const line of out.split('\n')) expect(textWidth(line)).toBeLessThanOrEqual(width);
			}
		}
	});

	/** A context writing to a terminal of `columns` into `out.text`. */
	function terminal(columns: number): {ctx: CommandContext; out: {text: string}} {
		const out = {text: ''};
		const ctx: CommandContext = {
			corpus: libraryOf(corpus),
			lang: 'zh',
			color: false,
			stdout: {write: (text) => void (out.text += text), isTTY: true, columns},
			stderr: {write: () => undefined, isTTY: false, columns: 80},
		};
		return {ctx, out};
	}

	it('compare: the source sentences under the table and every theme column', () => {
		for (const columns of [80, 100, 160]) {
			const table = terminal(columns);
			expect(runCompare(table.ctx, [], {metric: [], json: false, csv: false})).toBe(0);
			// The source sentences: from the first footnote on.
			const lines = table.out.text.split('\n');
			const notes = lines.slice(lines.findIndex((line) => line.startsWith('[1] ')));
			expect(notes.length).toBeGreaterThan(10);
			expect(badLines(notes.map((line) => line.trim())), `table @${columns}`).toEqual([]);
			for (const theme of themes) {
				const view = terminal(columns);
				runCompare(view.ctx, [], {metric: [], theme: theme.id, json: false, csv: false});
				const cells = view.out.text.split('\n').flatMap((line) => line.split('│'));
				const text = cells.map((cell) => cell.trim().replace(/^■ /, ''));
				expect(badLines(text), `${theme.id} @${columns}`).toEqual([]);
			}
		}
	});

	it('search snippets start where a line could: not inside a number, not on closing punctuation', () => {
		const problems: string[] = [];
		for (const report of corpus.reports) {
			for (const figure of extractFigures(report)) {
				const text = sanitizeLine(report.sections[figure.section]!.blocks[figure.block]!.text);
				for (const width of [30, 60]) {
					const snippet = snippetAround(text, [[figure.start, figure.end]], width);
					const shown = snippet.text.replace(/^…/, '');
					const units = graphemes(shown);
					if (closingPunctuation.has(units[0] ?? '')) problems.push(`${width}: ${shown}`);
					// The text cut just before the window must allow a break there.
					if (snippet.text.startsWith('…')) {
						const start = text.indexOf(shown.replace(/…$/, ''));
						const before = graphemes(text.slice(0, start)).at(-1) ?? '';
						if (/[0-9]/.test(before) && /^[0-9.万亿余多个人次名]/.test(shown)) {
							problems.push(`${width}: …${shown}`);
						}
					}
				}
			}
		}
		expect(problems).toEqual([]);
	});
});

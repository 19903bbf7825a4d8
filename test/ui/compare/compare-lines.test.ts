// The compare screens' lines on the bundled reports, cell by cell: nothing cut at 80 columns and
// wider, Chinese line breaking in every wrapped sentence, every line within the width.
import {beforeAll, describe, expect, it} from 'vitest';
import {loadCorpus} from '../../../source/corpus/load.js';
import type {Report} from '../../../source/corpus/types.js';
import type {Lang} from '../../../source/i18n/lang.js';
import {createServices, type AppServices} from '../../../source/services/services.js';
import {textWidth} from '../../../source/text/width.js';
import {compareLines} from '../../../source/ui/compare/compare-lines.js';
import {newCompare, type CompareView} from '../../../source/ui/compare/compare-state.js';
import type {Line} from '../../../source/ui/kit/segments.js';

let reports: Report[];
let services: AppServices;
beforeAll(() => {
	reports = loadCorpus().reports;
	services = createServices(reports);
});

const text = (line: Line) => line.segments.map((segment) => segment.text).join('');
const badLineStart = /^[”’」』）》】〕〉，。、；：？！,.;:?!)\]}%％]/u;
const cutMark = /(?<!…)…(?!…)/u;

function tableView(): CompareView {
	return {
		...newCompare(),
		phase: 'table',
		selected: reports.map((report) => report.meta.id),
		comparison: services.compare(reports),
	};
}

describe.each([
	[80, 24, 'en'],
	[80, 24, 'zh'],
	[100, 30, 'en'],
	[160, 45, 'zh'],
] as const)('at %i×%i in %s', (columns, rows, lang: Lang) => {
	const size = {columns, rows};

	it('shows every cell and its whole sentence without a cut', () => {
		const base = tableView();
		const comparison = base.comparison!;
		for (let row = 0; row < comparison.metrics.length; row++) {
			for (let column = 0; column < comparison.regions.length; column++) {
				const view = {...base, row, column, firstColumn: Math.max(0, column - 2)};
				const lines = compareLines({view, reports, size, lang, services, notice: undefined});
				expect(lines).toHaveLength(rows);
				for (const line of lines.map(text)) {
					expect(line).not.toMatch(cutMark);
					expect(textWidth(line)).toBeLessThanOrEqual(columns);
					expect(line.trimStart()).not.toMatch(badLineStart);
				}
				const cell = comparison.metrics[row]!.cells[comparison.regions[column]!.report];
				// The sentence is all there, its lines joined.
				if (cell) {
					const shown = lines.map(text).join('').replace(/\s+/g, '');
					expect(shown).toContain(cell.quote.replace(/\s+/g, ''));
				}
			}
		}
	});

	it('lists every match of every cell, each sentence whole and well broken', () => {
		const base = tableView();
		const comparison = base.comparison!;
		for (let row = 0; row < comparison.metrics.length; row++) {
			for (let column = 0; column < comparison.regions.length; column++) {
				const cell = comparison.metrics[row]!.cells[comparison.regions[column]!.report];
				if (!cell) continue;
				for (let match = 0; match <= cell.alternatives.length; match++) {
					const view: CompareView = {...base, phase: 'matches', row, column, match};
					const lines = compareLines({view, reports, size, lang, services, notice: undefined});
					expect(lines).toHaveLength(rows);
					for (const line of lines.map(text)) {
						expect(textWidth(line)).toBeLessThanOrEqual(columns);
						expect(line.trimStart()).not.toMatch(badLineStart);
					}
					expect(lines.map(text).join('\n')).toContain(` › ${match + 1}. `);
				}
			}
		}
	});

	it('keeps a gap between theme columns on every theme', () => {
		for (let theme = 0; theme < services.themes().length; theme++) {
			const view: CompareView = {...tableView(), phase: 'themes', theme};
			const lines = compareLines({view, reports, size, lang, services, notice: undefined});
			for (const line of lines.slice(1, -1).map(text)) {
				expect(line).not.toMatch(/[^ ]│|│[^ ]/);
				expect(textWidth(line)).toBeLessThanOrEqual(columns);
				for (const column of line.split(' │ ')) {
					expect(column.trimStart()).not.toMatch(badLineStart);
				}
			}
		}
	});
});

it('degrades at 60×16: every line within the width, the sentence cut only with a mark', () => {
	const base = tableView();
	const comparison = base.comparison!;
	for (const lang of ['en', 'zh'] as const) {
		for (let row = 0; row < comparison.metrics.length; row++) {
			const view = {...base, row};
			const lines = compareLines({
				view,
				reports,
				size: {columns: 60, rows: 16},
				lang,
				services,
				notice: undefined,
			});
			expect(lines).toHaveLength(16);
			for (const line of lines.map(text)) {
				expect(textWidth(line)).toBeLessThanOrEqual(60);
				// Only a sentence too long for the panel is cut, and it says so with " …".
				expect(line.replace(/ …$/, '')).not.toMatch(cutMark);
				expect(line.trimStart()).not.toMatch(badLineStart);
			}
		}
	}
});

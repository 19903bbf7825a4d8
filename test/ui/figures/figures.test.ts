import {describe, expect, it} from 'vitest';
import {createServices} from '../../../source/services/services.js';
import {textWidth} from '../../../source/text/width.js';
import {figuresLines} from '../../../source/ui/figures/figures-lines.js';
import {newFigures, reduceFigures} from '../../../source/ui/figures/figures-state.js';
import {fixtureReports} from '../fixtures.js';

const reports = fixtureReports();
const alpha = reports.find((report) => report.meta.id === 'alpha')!;
const figures = createServices(reports).figures(alpha);
const text = (line: {segments: Array<{text: string}>}) =>
	line.segments.map((segment) => segment.text).join('');

describe('the figures view', () => {
	it('moves through the figures and opens the selected one', () => {
		const size = {columns: 80, rows: 24};
		let view = newFigures('alpha');
		expect(reduceFigures(view, 'up', figures.length, size).view.cursor).toBe(0);
		view = reduceFigures(view, 'down', figures.length, size).view;
		expect(reduceFigures(view, 'open', figures.length, size).open).toBe(1);
		view = reduceFigures(view, 'bottom', figures.length, size).view;
		expect(view.cursor).toBe(figures.length - 1);
		expect(reduceFigures(view, 'halfPageUp', figures.length, size).view.cursor).toBeLessThan(
			view.cursor,
		);
		expect(reduceFigures(newFigures('alpha'), 'open', 0, size).open).toBeUndefined();
	});

	it.each([
		[60, 16],
		[80, 24],
		[100, 30],
	])(
		'lists value, unit, what it counts and section at %i×%i, with the sentence below',
		(columns, rows) => {
			const size = {columns, rows};
			for (const lang of ['en', 'zh'] as const) {
				const lines = figuresLines({
					report: alpha,
					figures,
					view: newFigures('alpha'),
					size,
					lang,
					notice: undefined,
				});
				expect(lines).toHaveLength(rows);
				const shown = lines.map(text);
				for (const line of shown) expect(textWidth(line)).toBeLessThanOrEqual(columns);
				expect(shown[1]).toContain(lang === 'en' ? 'What it counts' : '统计对象');
				const first = figures[0]!;
				expect(shown[2]).toContain(first.unit);
				expect(shown[2]).toContain(first.subject.slice(0, 2));
				// The selected figure's sentence, whole when it fits in the lines below.
				expect(shown.slice(-4, -1).join('')).toContain(first.quote.slice(0, 10));
			}
		},
	);
});

import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseReport} from '../../source/corpus/format.js';
import {textWidth} from '../../source/text/width.js';
import {anchorOfLine, layoutReport, lineOfAnchor} from '../../source/corpus/report-lines.js';
import {alphaText, fixtureReports} from '../ui/fixtures.js';

const [alpha, , gamma] = fixtureReports();

describe('reader layout', () => {
	it('never makes a line wider than the width, prefix included', () => {
		for (const width of [10, 20, 41, 78, 100]) {
			for (const report of [alpha!, gamma!]) {
				for (const line of layoutReport(report, width, 'zh').lines) {
					expect(textWidth(line.prefix + line.text)).toBeLessThanOrEqual(width);
				}
			}
		}
	});

	it('keeps every character of a paragraph, in order, across its lines', () => {
		const layout = layoutReport(alpha!, 37, 'en');
		const block = alpha!.sections[1]!.blocks[0]!;
		const lines = layout.lines.filter(
			(line) => line.section === 1 && line.block === 0 && line.kind === 'paragraph',
		);
		expect(lines.map((line) => line.text).join('')).toBe(block.text);
		for (const line of lines) expect(block.text.slice(line.start, line.end)).toBe(line.text);
	});

	it('lays each width out once', () => {
		expect(layoutReport(alpha!, 60, 'en')).toBe(layoutReport(alpha!, 60, 'en'));
		expect(layoutReport(alpha!, 61, 'en')).not.toBe(layoutReport(alpha!, 60, 'en'));
	});

	it('finds every line again from its anchor', () => {
		for (const width of [20, 50, 78]) {
			const layout = layoutReport(alpha!, width, 'en');
			layout.lines.forEach((_, index) => {
				expect(lineOfAnchor(layout, anchorOfLine(layout, index))).toBe(index);
			});
		}
	});

	it('keeps the reading place in the same block at any width', () => {
		const wide = layoutReport(alpha!, 78, 'en');
		fc.assert(
			fc.property(
				fc.nat(wide.lines.length - 1),
				fc.integer({min: 12, max: 120}),
				(index, width) => {
					const anchor = anchorOfLine(wide, index);
					const other = layoutReport(alpha!, width, 'en');
					const line = other.lines[lineOfAnchor(other, anchor)]!;
					expect([line.section, line.block]).toEqual([anchor.section, anchor.block]);
					if (line.kind === 'paragraph') {
						expect(line.start).toBeLessThanOrEqual(anchor.offset);
					}
				},
			),
			{numRuns: 40},
		);
	});

	it('shows a caption with its label and credit, indented', () => {
		const layout = layoutReport(alpha!, 78, 'zh');
		const caption = layout.lines.filter(
			(line) => line.kind === 'caption' || line.kind === 'credit',
		);
		expect(caption[0]!.prefix).toContain('图');
		expect(caption[0]!.text).toBe('劳模表彰大会现场');
		expect(caption[1]).toMatchObject({kind: 'credit', text: '—— 张三 摄'});
		expect(caption[0]!.prefix.startsWith('  ')).toBe(true);
	});

	it('maps offsets on the original text past dropped invisible characters', () => {
		const layout = layoutReport(gamma!, 78, 'en');
		const block = gamma!.sections[1]!.blocks[0]!;
		const original = block.text.indexOf('反向字符');
		const shown = layout.displayOffset(1, 0, original);
		const line = layout.lines.find(
			(candidate) => candidate.section === 1 && candidate.block === 0,
		)!;
		expect(line.text.slice(shown - line.start, shown - line.start + 4)).toBe('反向字符');
		expect(line.text).toContain('␛[31m');
	});

	it('survives reports with only a title-less opening', () => {
		const report = parseReport(alphaText.replace(/\n## [\s\S]*$/, '\n'), 'short.md');
		const layout = layoutReport(report, 40, 'en');
		expect(layout.sectionStarts).toHaveLength(1);
		expect(layout.lines.at(-1)!.kind).not.toBe('blank');
	});
});

// The screen a first build of a large library shows: the lines as data, and the screen in Ink.
import {describe, expect, it} from 'vitest';
import {indexingLines} from '../../../source/ui/app/indexing-lines.js';
import {IndexingScreen} from '../../../source/ui/app/IndexingScreen.js';
import {frameHeight} from '../../../source/ui/kit/geometry.js';
import {textWidth} from '../../../source/text/width.js';
import {keys, renderAt, until} from '../helpers.js';

const text = (lines: ReturnType<typeof indexingLines>) =>
	lines.map((line) => line.segments.map((segment) => segment.text).join(''));

describe('indexingLines', () => {
	it('says what is done, of how many, with a bar as full as the share done', () => {
		const lines = text(indexingLines({done: 2500, total: 10_000}, {columns: 80, rows: 24}, 'en'));
		expect(lines[0]).toBe('baogao · Indexing the reports');
		expect(lines.join('\n')).toContain('2,500 of 10,000 reports');
		const bar = lines.find((line) => line.includes('█'))!;
		const filled = [...bar].filter((char) => char === '█').length;
		const empty = [...bar].filter((char) => char === '░').length;
		expect(filled / (filled + empty)).toBeCloseTo(0.25, 1);
		expect(bar).toContain('25%');
		expect(lines.at(-1)).toContain('Ctrl-C');
	});

	it('speaks Chinese, and fills the frame without a row wider than the terminal', () => {
		for (const size of [
			{columns: 60, rows: 16},
			{columns: 80, rows: 24},
			{columns: 120, rows: 40},
		]) {
			const lines = indexingLines({done: 7, total: 9}, size, 'zh');
			expect(lines).toHaveLength(frameHeight(size));
			const all = text(lines).join('\n');
			expect(all).toContain('正在建立索引');
			expect(all).toContain('已完成 7 / 9 份报告');
			for (const row of text(lines)) expect(textWidth(row)).toBeLessThanOrEqual(size.columns);
		}
	});

	it('never draws a bar past its ends, whatever the counts', () => {
		for (const [done, total] of [
			[0, 0],
			[5, 3],
			[-1, 10],
			[10, 10],
		] as const) {
			const bar = text(indexingLines({done, total}, {columns: 70, rows: 20}, 'en')).find((line) =>
				/[█░]/.test(line),
			)!;
			expect(textWidth(bar)).toBeLessThanOrEqual(70);
			expect(bar).toMatch(/ (0|100)%$/);
		}
	});
});

describe('IndexingScreen', () => {
	it('shows the progress it is given, and Ctrl-C stops the build', async () => {
		let stops = 0;
		const screen = await renderAt(
			<IndexingScreen progress={{done: 30, total: 120}} lang="en" onStop={() => stops++} />,
			80,
			24,
		);
		await screen.waitFor((frame) => frame.includes('30 of 120 reports'));
		expect(screen.frame()).toContain('Indexing the reports');
		expect(screen.frame()).toContain('25%');
		screen.type(keys.ctrlC);
		expect(await until(() => stops === 1)).toBe(true);
		screen.unmount();
	});
});

// The layout as a reader meets it in a real terminal: every bundled report read top to bottom
// with no line starting with closing punctuation, every cell of the five-region comparison
// shown without a cut, and the whole terminal used (last row included) without scrolling it.
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {textWidth} from '../../source/text/width.js';
import {ensureBuilt, key, launch, removeStateDirs, type Session} from './terminal.js';

beforeAll(ensureBuilt, 60_000);
afterAll(removeStateDirs);

let session: Session | undefined;
afterEach(() => {
	session?.close();
	session = undefined;
});

/** Closing punctuation (CJK and ASCII) and percent signs: never at the start of a line. */
const badLineStart = /^[”’」』）》】〕〉，。、；：？！,.;:?!)\]}%％]/u;
/** A single "…" is a cut; the reports' own ellipses are doubled (……). */
const cutMark = /(?<!…)…(?!…)/u;
const reportCount = 5;

function badStarts(lines: readonly string[]): string[] {
	return lines.filter((line) => badLineStart.test(line.trimStart()));
}

describe.each([
	[80, 24],
	[100, 30],
])('at %i×%i', (columns, rows) => {
	it('reads all five reports top to bottom without a line that starts with closing punctuation', async () => {
		const app = await launch({columns, rows, timeout: 15_000});
		session = app;
		await app.waitFor('Region');
		for (let report = 0; report < reportCount; report++) {
			app.type('g', ...Array.from({length: report}, () => 'j'), key.enter);
			// The reader's status line: where in the report the bottom of the page is.
			await app.waitFor(() => /\d+% · \? keys/.test(app.lines().at(-1)!));
			// From the top (a fresh state: no saved position, so it opens there anyway).
			app.type('g');
			await app.settle();
			const offending: string[] = [];
			let pages = 0;
			for (;;) {
				const shown = app.lines();
				// Text rows: everything between the header and the status line.
				offending.push(...badStarts(shown.slice(1, -1)));
				for (const line of shown) expect(textWidth(line)).toBeLessThanOrEqual(columns);
				if (shown.at(-1)!.includes('100%')) break;
				const before = app.screen();
				app.type(key.space);
				await app.waitFor((screen) => screen !== before);
				pages++;
			}
			expect(offending).toEqual([]);
			expect(pages).toBeGreaterThan(1);
			app.type(key.escape);
			await app.waitFor('Region');
		}
	}, 240_000);

	it('compares all five regions without a cut label, value, name or sentence', async () => {
		const app = await launch({columns, rows, timeout: 15_000});
		session = app;
		await app.waitFor('Region');
		app.type('c', 'a', key.enter);
		await app.waitFor((screen) => screen.includes('Union members') && screen.includes('o matches'));
		const metricCount = 15;
		const check = () => {
			const lines = app.lines();
			for (const line of lines) {
				expect(line).not.toMatch(cutMark);
				expect(textWidth(line)).toBeLessThanOrEqual(columns);
			}
			// The focused cell's sentence wraps at Chinese line breaks.
			expect(badStarts(lines.slice(1, -1))).toEqual([]);
			// The hints are on the last row.
			expect(lines.at(-1)).toContain('Esc regions');
		};
		for (let row = 0; row < metricCount; row++) {
			for (let column = 0; column < reportCount; column++) {
				check();
				if (column < reportCount - 1) {
					const before = app.screen();
					app.type(key.right);
					await app.waitFor((screen) => screen !== before);
				}
			}
			if (row < metricCount - 1) {
				const before = app.screen();
				// Back to the first region, one metric down.
				app.type(...Array.from({length: reportCount - 1}, () => key.left), 'j');
				await app.waitFor((screen) => screen !== before);
			}
		}
		// Every metric row was shown: the last is on the screen now.
		expect(app.screen()).toContain('Outreach talks');
	}, 240_000);

	it('uses the last row, and scrolling the reader never scrolls the whole screen', async () => {
		const app = await launch({columns, rows});
		session = app;
		await app.waitFor('Region');
		expect(app.lines().at(-1)).toContain('q quit');
		app.type(key.enter);
		await app.waitFor(() => /\d+% · \? keys/.test(app.lines().at(-1)!));
		const header = app.lines()[0];
		for (let step = 0; step < 10; step++) {
			const before = app.lines();
			app.type('j');
			await app.waitFor(() => app.lines().join('\n') !== before.join('\n'));
			const after = app.lines();
			// The header stays on the first row and the status line on the last: a frame as tall
			// as the terminal did not push the screen up.
			expect(after[0]).toBe(header);
			expect(after.at(-1)).toContain('? keys');
			expect(after).toHaveLength(rows);
		}
		// Autowrap is off while the app paints, and on again once it is gone.
		expect(app.output()).toContain('\u001b[?7l');
		app.type('q', 'q');
		await app.exited;
		expect(app.output().lastIndexOf('\u001b[?7h')).toBeGreaterThan(
			app.output().lastIndexOf('\u001b[?7l'),
		);
	});
});

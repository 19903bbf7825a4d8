// At 10,000 reports from the index, a report's front matter is read from its row on first use:
// a screen must read only the reports it shows, never the whole library, on any frame.
import {afterEach, describe, expect, it} from 'vitest';
import type {Report} from '../../../source/corpus/types.js';
import type {CountedHits} from '../../../source/search/search.js';
import type {SearchOptions} from '../../../source/search/types.js';
import {createServices} from '../../../source/services/services.js';
import {textWidth} from '../../../source/text/width.js';
import {fixtureReports, manyReports} from '../fixtures.js';
import {compareLines} from '../../../source/ui/compare/compare-lines.js';
import {newCompare} from '../../../source/ui/compare/compare-state.js';
import {type Rendered} from '../helpers.js';
import {renderApp} from '../render.js';

let app: Rendered | undefined;
afterEach(() => app?.unmount());

/** The reports, with each read of a report's region noted by its id. */
function watched(reports: Report[]): {reports: Report[]; read: Set<string>} {
	const read = new Set<string>();
	return {
		read,
		reports: reports.map((report) => ({
			...report,
			meta: new Proxy(report.meta, {
				get(meta, name, receiver) {
					if (name === 'region') read.add(meta.id);
					return Reflect.get(meta, name, receiver) as unknown;
				},
			}),
		})),
	};
}

describe('a large library', () => {
	it('the search screen reads only the reports of the results it shows', async () => {
		const found = fixtureReports();
		// The padding never matches: searches run over the three reports that can.
		const {reports, read} = watched([...found, ...manyReports(300)]);
		app = await renderApp({reports, services: createServices(found), rows: 24});
		await app.waitFor((frame) => frame.includes('303 reports'));
		read.clear();
		await app.press('/');
		for (const key of 'laomo') await app.press(key);
		await app.waitFor((frame) => /\d+ results?/.test(frame));
		expect(app.frame()).toContain('Alpha 甲市 · paragraph');
		expect([...read].filter((id) => !found.some((report) => report.meta.id === id))).toEqual([]);
	});

	it('the compare picker reads only the rows it shows, and a long name further down does not widen the rows shown', async () => {
		const many = manyReports(300);
		const last = many.at(-1)!;
		last.meta.region = {zh: '很长很长很长的地区名称', en: 'A Region Whose Name Is Long'};
		const {reports, read} = watched(many);
		app = await renderApp({reports, services: createServices(many.slice(0, 3)), rows: 24});
		await app.waitFor((frame) => frame.includes('300 reports'));
		read.clear();
		await app.press('c');
		expect(app.frame()).toContain('Compare: choose regions');
		expect(read.size).toBeLessThanOrEqual(24);
		expect(read.has(last.meta.id)).toBe(false);
		// The name column is as wide as the widest name shown ("Region 10 市10").
		expect(app.frame()).toMatch(/\[ \] Region 0 市0 {4}city/);
		// Scrolled to it, the column is as wide as the long name.
		const view = {...newCompare(), pickCursor: many.length - 1};
		const size = {columns: 80, rows: 24};
		const services = createServices([]);
		const lines = compareLines({
			view,
			reports: many,
			size,
			lang: 'en',
			services,
			notice: undefined,
		});
		const text = lines.map((line) => line.segments.map((segment) => segment.text).join(''));
		const long = text.find((line) => line.includes('A Region Whose Name Is Long'));
		const before = text.find((line) => line.includes('Region 298 市298'));
		expect(long).toContain('A Region Whose Name Is Long 很长很长很长的地区名称  city');
		const cityAt = (line = '') => textWidth(line.slice(0, line.indexOf('city')));
		expect(cityAt(before)).toBe(cityAt(long));
	});
});

describe('counts of a large library', () => {
	it('are grouped in threes in the library header, in both languages, and fit 80 columns', async () => {
		const reports = manyReports(10_000);
		for (const lang of ['en', 'zh'] as const) {
			app = await renderApp({reports, services: createServices([]), lang, columns: 80, rows: 24});
			const header = app.lines()[0]!;
			expect(header).toContain(lang === 'en' ? '· 10,000 reports' : '· 10,000 份');
			for (const line of app.lines()) expect(textWidth(line)).toBeLessThanOrEqual(80);
			app.unmount();
			app = undefined;
		}
	});

	it('are grouped on the search tabs, at 80 columns in Chinese', async () => {
		const found = fixtureReports();
		const real = createServices(found);
		const counts = {section: 1200, paragraph: 213_603, figure: 45_001, caption: 999};
		const services = {
			...real,
			searchCounted: (query: string, options: SearchOptions): CountedHits => ({
				hits: real.searchCounted(query, options).hits,
				counts,
			}),
		};
		app = await renderApp({reports: found, services, lang: 'zh', columns: 80, rows: 24});
		await app.press('/');
		for (const key of 'laomo') await app.press(key);
		await app.waitFor((frame) => /\d+ 条结果/.test(frame));
		const tabs = app.lines()[1]!;
		expect(tabs).toContain('全部 260,803');
		expect(tabs).toContain('章节 1,200');
		expect(tabs).toContain('段落 213,603');
		expect(tabs).toContain('数字 45,001');
		expect(tabs).toContain('图注 999');
		for (const line of app.lines()) expect(textWidth(line)).toBeLessThanOrEqual(80);
	});
});

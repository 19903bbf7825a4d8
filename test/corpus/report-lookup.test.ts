import {describe, expect, it} from 'vitest';
import {libraryOf, reportById} from '../../source/corpus/report-lookup.js';
import {fixtureReports} from '../ui/fixtures.js';

describe('reportById', () => {
	it('finds each report of a list by its id, and nothing for an id not in it', () => {
		const reports = fixtureReports();
		for (const report of reports) expect(reportById(reports, report.meta.id)).toBe(report);
		expect(reportById(reports, 'nowhere')).toBeUndefined();
	});

	it('answers for each list apart', () => {
		const first = fixtureReports();
		const second = fixtureReports().slice(1);
		expect(reportById(first, 'alpha')).toBe(first[0]);
		expect(reportById(second, 'alpha')).toBeUndefined();
		expect(reportById(second, 'beta')).toBe(second[0]);
	});
});

describe('libraryOf', () => {
	it('finds reports by id and the first whose id passes a test, in corpus order', () => {
		const reports = fixtureReports();
		const library = libraryOf({reports, problems: []});
		expect(library.reportById(reports[1]!.meta.id)).toBe(reports[1]);
		expect(library.reportById('nowhere')).toBeUndefined();
		expect(library.firstReportWhere(() => true)).toBe(reports[0]);
		expect(library.firstReportWhere((id) => id === reports.at(-1)!.meta.id)).toBe(reports.at(-1));
		expect(library.firstReportWhere(() => false)).toBeUndefined();
	});
});

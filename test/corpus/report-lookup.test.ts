import {describe, expect, it} from 'vitest';
import {reportById} from '../../source/corpus/report-lookup.js';
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

import {expect, test} from 'vitest';
import {reportMemo} from '../../source/corpus/report-memo.js';
import {testReport} from '../helpers/reports.js';

test('a value is made once a report and key, and kept apart per report', () => {
	const memo = reportMemo<string>(4);
	const [a, b] = [testReport({id: 'a'}, []), testReport({id: 'b'}, [])];
	let builds = 0;
	const make = (label: string) => () => `${label}:${++builds}`;
	expect(memo(a, '80', make('a'))).toBe('a:1');
	expect(memo(a, '80', make('a'))).toBe('a:1');
	expect(memo(b, '80', make('b'))).toBe('b:2');
	expect(builds).toBe(2);
});

test('past the limit the oldest key of that report is made again', () => {
	const memo = reportMemo<number>(2);
	const report = testReport({id: 'r'}, []);
	let builds = 0;
	const make = () => ++builds;
	memo(report, '80', make);
	memo(report, '100', make);
	memo(report, '120', make);
	expect(builds).toBe(3);
	memo(report, '120', make);
	memo(report, '100', make);
	expect(builds).toBe(3);
	memo(report, '80', make);
	expect(builds).toBe(4);
});

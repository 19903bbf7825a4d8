import {describe, expect, it} from 'vitest';
import {pagerInvocation, printedReport} from '../../../source/ui/app/pager.js';
import {fixtureReports} from '../fixtures.js';

const alpha = fixtureReports().find((report) => report.meta.id === 'alpha')!;

describe('the pager of o', () => {
	it('is less -R by default, started at the line', () => {
		expect(pagerInvocation({}, 12)).toEqual({command: 'less -R', args: ['+12g']});
		expect(pagerInvocation({PAGER: '  '}, 3)).toEqual({command: 'less -R', args: ['+3g']});
		expect(pagerInvocation({PAGER: '/usr/bin/less -S'}, 7).args).toEqual(['+7g']);
	});

	it('is just opened when it is not less', () => {
		expect(pagerInvocation({PAGER: 'more'}, 12)).toEqual({command: 'more', args: []});
		expect(pagerInvocation({PAGER: 'bat -p'}, 12).args).toEqual([]);
	});

	it("gets the report as show prints it, and the line of the section's heading", () => {
		const {text, line} = printedReport(alpha, 2, 60, 'en');
		const lines = text.split('\n');
		expect(lines[0]).toBe('甲市工会五年工作报告');
		expect(lines[line - 1]).toBe(`2. ${alpha.sections[2]!.title}`);
		expect(printedReport(alpha, 0, 60, 'en').line).toBe(
			lines.findIndex((shown) => shown.startsWith('五年来')) + 1,
		);
	});
});

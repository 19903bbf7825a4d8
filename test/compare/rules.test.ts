// The matching rules on small hand-made texts: each rule of match.ts has a case that breaks
// when the rule does.
import {describe, expect, it} from 'vitest';
import {catalogue, metricById} from '../../source/compare/catalogue.js';
import {compareReports} from '../../source/compare/compare.js';
import {matchMetric, stripLinkWords, windowFigures} from '../../source/compare/match.js';
import {plainWords} from '../../source/compare/window.js';
import type {Report} from '../../source/corpus/types.js';
import {fixtureFigures, reportOf} from './figure-fixture.js';

function pick(metricId: string, ...paragraphs: string[]) {
	const report = reportOf('test', paragraphs);
	const metric = metricById(metricId)!;
	return matchMetric(metric, windowFigures(fixtureFigures(report), report), catalogue);
}

describe('what is counted', () => {
	it('takes the number whose words before it end with the phrase', () => {
		expect(pick('members', '全市建立工会组织3993个,发展会员80.2万人。')?.value).toBe(802_000);
		expect(pick('unions', '全市建立工会组织3993个,发展会员80.2万人。')?.value).toBe(3993);
	});

	it('strips link words such as 达到, 共, 保持在 between phrase and number', () => {
		expect(stripLinkWords('全市基层工会组织达到', catalogue.linkWords)).toBe('全市基层工会组织');
		expect(stripLinkWords('集体协商建制率动态保持在', catalogue.linkWords)).toBe('集体协商建制率');
		expect(pick('unions', '截至目前,全市基层工会组织达到20159家。')?.value).toBe(20_159);
	});

	it('reads the counted noun after the number', () => {
		expect(pick('craftsmen', '评选出41名“宝庆工匠”;')?.value).toBe(41);
	});

	it('takes a phrase anywhere before a list closed by 等', () => {
		expect(pick('hardship_visits', '慰问困难职工、一线职工等5万多人次。')?.value).toBe(50_000);
	});

	it('ignores quotation marks and bracketed asides', () => {
		expect(plainWords('高技能人才(劳模)创新工作室“示范”')).toBe('高技能人才创新工作室示范');
		expect(pick('innovation_studios', '创建高技能人才(劳模)创新工作室738家。')?.value).toBe(738);
	});

	it('does not take a number of another noun in the same clause', () => {
		expect(pick('worker_libraries', '建成模范职工之家44个、职工书屋141个。')?.value).toBe(141);
	});

	it('matches traditional-script text with the simplified catalogue', () => {
		expect(pick('members', '全省已建基層工會組織14.14萬個,工會會員1883.5萬人。')?.value).toBe(
			18_835_000,
		);
	});

	it('requires one of the metric units', () => {
		expect(pick('members', '覆盖职工会员50余万人次。')).toBeNull();
	});
});

describe('exclusions', () => {
	it('new members are not members', () => {
		expect(pick('members', '全市新建工会1730家,新发展会员13.1万人。')).toBeNull();
	});

	it('members of new-form unions are not total members, but are new-form members', () => {
		const text = '建立新业态工会组织91个,工会会员达14038人。';
		expect(pick('members', text)).toBeNull();
		expect(pick('newform_members', text)?.value).toBe(14_038);
		expect(pick('newform_unions', text)?.value).toBe(91);
	});

	it('a size threshold followed by 的 is not a count', () => {
		expect(pick('members', '会员50人以上的用人单位已全部建立劳动法律监督委员会。')).toBeNull();
	});

	it('demonstration sites are not libraries', () => {
		expect(pick('worker_libraries', '建立53家全国工会职工书屋示范点。')).toBeNull();
	});

	it('model workers on the register or giving talks are not selected ones', () => {
		expect(pick('model_workers', '在册劳模总数达1420名。')).toBeNull();
		expect(pick('model_workers', '先后有28名劳模走上讲堂。')).toBeNull();
	});

	it('a contract signing rate is not the bargaining rate', () => {
		expect(pick('bargaining_rate', '重点企业集体合同单独签订率动态保持在85%以上。')).toBeNull();
	});

	it('money that is not assistance is not assistance funds', () => {
		expect(pick('assistance_funds', '帮扶困难职工,消费帮扶累计投入33.4亿元。')).toBeNull();
	});

	it('a metric with context words needs them', () => {
		expect(pick('newform_members', '全市工会会员245万名。')).toBeNull();
	});
});

describe('the pick rule', () => {
	it('a subset opened by 其中 loses to the whole and stays an alternative', () => {
		const cell = pick(
			'bargaining_rate',
			'集体协商建制率达到91.2%,其中百人以上企业集体协商建制率95.6%。',
		);
		expect(cell?.value).toBe(91.2);
		expect(cell?.alternatives.map((figure) => figure.value)).toEqual([95.6]);
	});

	it('the primary phrase group beats a generic one even when smaller', () => {
		const cell = pick('assistance_funds', '帮扶困难职工,投入资金9000万元,筹集送温暖资金5200万元。');
		expect(cell?.value).toBe(52_000_000);
		expect(cell?.alternatives.map((figure) => figure.value)).toEqual([90_000_000]);
	});

	it('within a group the larger value wins', () => {
		const cell = pick('model_workers', '选树全国劳动模范6名、省劳动模范39名、市劳动模范93名。');
		expect(cell?.value).toBe(93);
		expect(cell?.alternatives.map((figure) => figure.value)).toEqual([39, 6]);
	});

	it('a period total beats a yearly figure', () => {
		const cell = pick('skill_contests', '每年开展劳动和技能竞赛90项,五年开展劳动和技能竞赛80项。');
		expect(cell?.value).toBe(80);
	});

	it('the cell carries value, unit, qualifier, sentence and section', () => {
		const cell = pick('members', '全市发展工会会员5万余人。');
		expect(cell).toMatchObject({
			report: 'test',
			value: 50_000,
			unit: '人',
			qualifier: '余',
			quote: '全市发展工会会员5万余人。',
			section: '组织建设',
		});
	});
});

describe('compareReports with supplied figures', () => {
	it('fills a row per metric and a cell per report, null where nothing matches', () => {
		const reports: Report[] = [
			reportOf('a', ['全市工会会员245万名。']),
			reportOf('b', ['新发展会员13.1万人。']),
		];
		const comparison = compareReports(reports, {metrics: ['members'], figures: fixtureFigures});
		expect(comparison.metrics).toHaveLength(1);
		expect(comparison.metrics[0]!.cells.a?.value).toBe(2_450_000);
		expect(comparison.metrics[0]!.cells.b).toBeNull();
		expect(comparison.regions.map((region) => region.report)).toEqual(['a', 'b']);
	});
});

// The bundled reports: figures a careful reader would pick out, and none that are not
// statistics.
import {describe, expect, test} from 'vitest';
import {loadCorpus} from '../../source/corpus/load.js';
import type {Report} from '../../source/corpus/types.js';
import {extractFigures} from '../../source/figures/extract.js';
import type {Figure} from '../../source/figures/types.js';

const {reports, problems} = loadCorpus();
const byId = new Map(reports.map((report) => [report.meta.id, report]));

function figuresOf(id: string): Figure[] {
	const report = byId.get(id);
	expect(report, `bundled report "${id}"`).toBeDefined();
	return extractFigures(report!);
}

type Expected = Pick<Figure, 'raw' | 'value' | 'unit' | 'qualifier' | 'subject'>;

/** The one figure in the report with this raw text and subject. */
function expectFigure(figures: Figure[], expected: Expected): void {
	const matches = figures.filter(
		(figure) => figure.raw === expected.raw && figure.subject === expected.subject,
	);
	expect(
		matches.map(({raw, value, unit, qualifier, subject}) => ({
			raw,
			value,
			unit,
			qualifier,
			subject,
		})),
		`${expected.raw} ${expected.subject}`,
	).toEqual([expected]);
}

function blockText(report: Report, figure: Figure): string {
	return report.sections[figure.section]!.blocks[figure.block]!.text;
}

test('the bundled reports load', () => {
	expect(problems).toEqual([]);
	expect([...byId.keys()].sort()).toEqual(['cuiping', 'jinan', 'leshan', 'shaoyang', 'sichuan']);
});

describe('figures a careful reader expects', () => {
	test('Sichuan (traditional)', () => {
		const figures = figuresOf('sichuan');
		const expected: Expected[] = [
			{raw: '14.14萬個', value: 141_400, unit: '个', qualifier: '', subject: '已建基層工會組織'},
			{raw: '1883.5萬人', value: 18_835_000, unit: '人', qualifier: '', subject: '工會會員'},
			{
				raw: '14.28億余元',
				value: 1_428_000_000,
				unit: '元',
				qualifier: '余',
				subject: '籌集送溫暖資金',
			},
			{
				raw: '達740余萬人',
				value: 7_400_000,
				unit: '人',
				qualifier: '达+余',
				subject: '工會數字化平臺注冊用戶',
			},
			{
				raw: '超過3億人次',
				value: 300_000_000,
				unit: '人次',
				qualifier: '超过',
				subject: '用戶訪問量',
			},
			{raw: '達1056萬人', value: 10_560_000, unit: '人', qualifier: '达', subject: '技能人才'},
			{
				raw: '達162.6萬人',
				value: 1_626_000,
				unit: '人',
				qualifier: '达',
				subject: '發展新就業形態勞動者會員',
			},
			{raw: '7473個', value: 7473, unit: '个', qualifier: '', subject: '已建站點'},
			{raw: '80.26%', value: 80.26, unit: '%', qualifier: '', subject: '基層支出占總支出'},
		];
		for (const figure of expected) expectFigure(figures, figure);
	});

	test('Cuiping', () => {
		const figures = figuresOf('cuiping');
		const expected: Expected[] = [
			{raw: '126184人', value: 126_184, unit: '人', qualifier: '', subject: '发展工会会员'},
			{raw: '1410个', value: 1410, unit: '个', qualifier: '', subject: '建立各级工会组织'},
			{raw: '95%以上', value: 95, unit: '%', qualifier: '以上', subject: '建会率'},
			{raw: '达14038人', value: 14_038, unit: '人', qualifier: '达', subject: '工会会员'},
			{raw: '449.18万元', value: 4_491_800, unit: '元', qualifier: '', subject: '挽回经济损失'},
			{
				raw: '4191万元',
				value: 41_910_000,
				unit: '元',
				qualifier: '',
				subject: '投入“四季送”资金和帮扶资金',
			},
			{raw: '近10万人次', value: 100_000, unit: '人次', qualifier: '近', subject: '覆盖职工'},
			{raw: '上亿元', value: 100_000_000, unit: '元', qualifier: '上', subject: '产生经济效益'},
		];
		for (const figure of expected) expectFigure(figures, figure);
	});

	test('Shaoyang', () => {
		const figures = figuresOf('shaoyang');
		const newMembers = figures.filter((figure) => figure.raw === '13.1万人');
		// Stated twice: in the opening summary and in the section on organising.
		expect(newMembers.map((figure) => [figure.value, figure.unit, figure.subject])).toEqual([
			[131_000, '人', '新发展会员'],
			[131_000, '人', '新发展会员'],
		]);
		const expected: Expected[] = [
			{raw: '5800余人次', value: 5800, unit: '人次', qualifier: '余', subject: '接待来信来访来电'},
			{raw: '75124人次', value: 75_124, unit: '人次', qualifier: '', subject: '走访慰问困难职工'},
			{raw: '达2.9万人', value: 29_000, unit: '人', qualifier: '达', subject: '参赛职工'},
			{
				raw: '6.7万余册',
				value: 67_000,
				unit: '册',
				qualifier: '余',
				subject: '企业发放法律宣传资料',
			},
			{raw: '70.8万名', value: 708_000, unit: '名', qualifier: '', subject: '会员基础信息'},
			{raw: '358个', value: 358, unit: '个', qualifier: '', subject: '工会户外劳动者服务站'},
		];
		for (const figure of expected) expectFigure(figures, figure);
	});

	test('Leshan', () => {
		const figures = figuresOf('leshan');
		const expected: Expected[] = [
			{raw: '3993个', value: 3993, unit: '个', qualifier: '', subject: '建立工会组织'},
			{raw: '80.2万人', value: 802_000, unit: '人', qualifier: '', subject: '发展会员'},
			{raw: '达1420名', value: 1420, unit: '名', qualifier: '达', subject: '在册劳模总数'},
			{
				raw: '9300余万元',
				value: 93_000_000,
				unit: '元',
				qualifier: '余',
				subject: '为企业创造价值',
			},
			{
				raw: '达5.5万平方米',
				value: 55_000,
				unit: '平方米',
				qualifier: '达',
				subject: '市县两级总工会职工阵地总面积',
			},
			{raw: '超30万名', value: 300_000, unit: '名', qualifier: '超', subject: '职工志愿者注册人数'},
			{
				raw: '5万多人次',
				value: 50_000,
				unit: '人次',
				qualifier: '多',
				subject: '慰问困难职工、疫情防控一线职工',
			},
		];
		for (const figure of expected) expectFigure(figures, figure);
	});

	test('Jinan (traditional)', () => {
		const figures = figuresOf('jinan');
		const expected: Expected[] = [
			{raw: '達到20159家', value: 20_159, unit: '家', qualifier: '达到', subject: '基層工會組織'},
			{raw: '245萬名', value: 2_450_000, unit: '名', qualifier: '', subject: '工會會員'},
			{raw: '1.13億元', value: 113_000_000, unit: '元', qualifier: '', subject: '投入資金'},
			{
				raw: '達到91.2%',
				value: 91.2,
				unit: '%',
				qualifier: '达到',
				subject: '建會企業集體協商建制率',
			},
			{
				raw: '49521人',
				value: 49_521,
				unit: '人',
				qualifier: '',
				subject: '培訓下崗失業人員和農民工',
			},
			{raw: '892批次', value: 892, unit: '批次', qualifier: '', subject: '接待受理職工來訪、投訴'},
			{raw: '60多萬名', value: 600_000, unit: '名', qualifier: '多', subject: '職工'},
			{raw: '六家', value: 6, unit: '家', qualifier: '', subject: '群團'},
		];
		for (const figure of expected) expectFigure(figures, figure);
	});
});

describe('every figure in the corpus', () => {
	const all = reports.flatMap((report) =>
		extractFigures(report).map((figure) => ({report, figure})),
	);

	test('how many each report states', () => {
		const counts = Object.fromEntries(
			reports.map((report) => [report.meta.id, extractFigures(report).length]),
		);
		// 292: the 286 written in digits, and six in Chinese numerals (上亿元, 六家, 兩批, 三個,
		// and the editions counted in 連續開展三屆…征文活動 and 亮相兩屆…交流大會).
		expect(counts).toEqual({cuiping: 35, jinan: 47, leshan: 79, shaoyang: 69, sichuan: 62});
	});

	test('points at its raw text, its section and the sentence around it', () => {
		for (const {report, figure} of all) {
			const text = blockText(report, figure);
			expect(text.slice(figure.start, figure.end)).toBe(figure.raw);
			expect(figure.report).toBe(report.meta.id);
			expect(figure.sectionTitle).toBe(report.sections[figure.section]!.title);
			expect(figure.quote).toContain(figure.raw);
			expect(text).toContain(figure.quote);
		}
	});

	test('is not a year, date, time, ordinal, anniversary, name or hotline', () => {
		const labels = new Set(['12351', '11323', '345', '13715', '101501', '02', '2011']);
		for (const {report, figure} of all) {
			const text = blockText(report, figure);
			const where = `${report.meta.id}: ${figure.raw} in ${figure.quote}`;
			expect(figure.raw, where).not.toMatch(/[年月日号號:：]|周年|週年/);
			expect(text[figure.start - 1], where).not.toBe('第');
			expect(labels.has(figure.raw.replace(/\D+/g, '')), where).toBe(false);
			expect(figure.unit === '' && figure.multiplier === 1, where).toBe(false);
		}
	});

	test('has a unit in simplified characters', () => {
		const traditional = /[個項場條戶對冊萬億餘約達過]/;
		for (const {figure} of all) {
			expect(figure.unit, figure.raw).not.toMatch(traditional);
			expect(figure.qualifier, figure.raw).not.toMatch(traditional);
		}
	});
});

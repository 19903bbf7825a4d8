// The catalogue pinned on the five bundled reports: every cell is either the number the report
// states for that metric or empty, and the numbers of another kind are never picked.
import {beforeAll, describe, expect, it} from 'vitest';
import {metrics} from '../../source/compare/catalogue.js';
import {compareReports} from '../../source/compare/compare.js';
import type {Comparison} from '../../source/compare/types.js';
import {loadCorpus} from '../../source/corpus/load.js';
import type {Report} from '../../source/corpus/types.js';
import {textWidth} from '../../source/text/width.js';

type Expected = [value: number, unit: string] | null;

// Read off the reports by hand. null: the report does not state this metric.
const expected: Record<string, Record<string, Expected>> = {
	members: {
		sichuan: [18_835_000, '人'],
		leshan: [802_000, '人'],
		cuiping: [126_184, '人'],
		shaoyang: null, // only NEW members (新发展会员13.1万人) and database entries
		jinan: [2_450_000, '名'],
	},
	unions: {
		sichuan: [141_400, '个'],
		leshan: [3993, '个'],
		cuiping: [1410, '个'],
		shaoyang: null, // only newly founded unions (新建工会1730家)
		jinan: [20_159, '家'],
	},
	newform_unions: {
		sichuan: [11_900, '个'],
		leshan: [233, '个'],
		cuiping: [91, '个'],
		shaoyang: [30, '家'],
		jinan: null,
	},
	newform_members: {
		sichuan: [1_626_000, '人'],
		leshan: [50_000, '人'],
		cuiping: [14_038, '人'],
		shaoyang: [26_000, '人'],
		jinan: null,
	},
	outdoor_stations: {
		sichuan: [7473, '个'],
		leshan: null,
		cuiping: [59, '个'],
		shaoyang: [358, '个'],
		jinan: null,
	},
	worker_libraries: {
		sichuan: null,
		leshan: [200, '个'],
		cuiping: [141, '个'],
		shaoyang: null,
		jinan: null, // only 53 national demonstration sites
	},
	model_workers: {
		sichuan: null,
		leshan: [247, '名'],
		cuiping: null, // 28 model workers gave talks; none are said to be selected
		shaoyang: [138, '名'],
		jinan: [522, '名'],
	},
	innovation_studios: {
		sichuan: [370, '家'],
		leshan: [83, '个'],
		cuiping: [9, '个'],
		shaoyang: [105, '个'],
		jinan: [738, '家'],
	},
	craftsmen: {
		sichuan: [3821, '名'],
		leshan: [87, '名'],
		cuiping: [528, '人'],
		shaoyang: [41, '名'],
		jinan: [60, '名'],
	},
	assistance_funds: {
		sichuan: [1_428_000_000, '元'],
		leshan: [52_000_000, '元'],
		cuiping: [41_910_000, '元'],
		shaoyang: null, // counts people helped, never money
		jinan: [113_000_000, '元'],
	},
	bargaining_rate: {
		sichuan: null, // 集体合同签订率 85% is another measure
		leshan: [85, '%'],
		cuiping: null,
		shaoyang: [90, '%'],
		jinan: [91.2, '%'],
	},
	skill_contests: {
		sichuan: null,
		leshan: [72, '项'],
		cuiping: [300, '场'],
		shaoyang: [482, '场'],
		jinan: [15_000, '项'],
	},
	cadre_training: {
		sichuan: [730_000, '人次'],
		leshan: [2000, '人次'],
		cuiping: null,
		shaoyang: [15_000, '人次'],
		jinan: [25_000, '人次'],
	},
	hardship_visits: {
		sichuan: [2_325_700, '人次'],
		leshan: [50_000, '人次'],
		cuiping: [95_256, '人次'],
		shaoyang: [75_124, '人次'],
		jinan: [620_000, '人次'],
	},
	outreach_talks: {
		sichuan: null,
		leshan: [3000, '场次'],
		cuiping: [2000, '次'],
		shaoyang: [1000, '场次'],
		jinan: null,
	},
};

let reports: Report[];
let comparison: Comparison;

beforeAll(() => {
	reports = loadCorpus().reports;
	comparison = compareReports(reports);
});

function cell(metric: string, report: string) {
	const row = comparison.metrics.find((candidate) => candidate.id === metric);
	if (!row) throw new Error(`no row ${metric}`);
	return row.cells[report] ?? null;
}

function allText(report: Report): string {
	return report.sections.flatMap((section) => section.blocks.map((block) => block.text)).join('\n');
}

describe('the five bundled reports', () => {
	it('are all there', () => {
		expect(reports.map((report) => report.meta.id).sort()).toEqual([
			'cuiping',
			'jinan',
			'leshan',
			'shaoyang',
			'sichuan',
		]);
	});

	it('the expectations cover every catalogue metric', () => {
		expect(Object.keys(expected).sort()).toEqual(metrics.map((metric) => metric.id).sort());
		expect(metrics.length).toBeGreaterThanOrEqual(15);
	});

	for (const [metric, byReport] of Object.entries(expected)) {
		for (const [report, want] of Object.entries(byReport)) {
			it(`${metric} / ${report} is ${want ? `${want[0]} ${want[1]}` : 'empty'}`, () => {
				const got = cell(metric, report);
				if (want === null) {
					expect(got).toBeNull();
				} else {
					expect(got).not.toBeNull();
					expect([got!.value, got!.unit]).toEqual(want);
				}
			});
		}
	}

	it('each metric added beyond the required ones is filled for at least three regions', () => {
		const extra = ['cadre_training', 'hardship_visits', 'outreach_talks'];
		for (const row of comparison.metrics.filter((candidate) => extra.includes(candidate.id))) {
			const filled = Object.values(row.cells).filter(Boolean).length;
			expect(filled, row.id).toBeGreaterThanOrEqual(3);
		}
	});

	it('every filled cell quotes a sentence of its report that holds the number', () => {
		for (const row of comparison.metrics) {
			for (const [id, got] of Object.entries(row.cells)) {
				if (!got) continue;
				const report = reports.find((candidate) => candidate.meta.id === id)!;
				expect(got.report).toBe(id);
				expect(got.quote).toContain(got.figure.raw);
				expect(allText(report)).toContain(got.quote);
				expect(report.sections.map((section) => section.title)).toContain(got.section);
				expect(got.alternatives).not.toContain(got.figure);
			}
		}
	});

	it('keeps qualifiers and sections', () => {
		expect(cell('members', 'sichuan')!.section).toBe('在深化改革創新中干在實處、走在前列');
		expect(cell('assistance_funds', 'leshan')!.qualifier).toContain('余');
		expect(cell('bargaining_rate', 'leshan')!.qualifier).toContain('以上');
		expect(cell('newform_members', 'leshan')!.qualifier).toContain('余');
	});
});

describe('numbers of another kind are never picked', () => {
	const notPicked: Array<[metric: string, report: string, raw: RegExp]> = [
		['members', 'shaoyang', /13\.1万/],
		['members', 'shaoyang', /70\.8万/],
		['members', 'cuiping', /14038/],
		['members', 'sichuan', /162\.6/],
		['members', 'leshan', /5万/],
		['unions', 'shaoyang', /1730|4773|130/],
		['newform_members', 'shaoyang', /13\.1万/],
		['newform_members', 'cuiping', /126184/],
		['worker_libraries', 'jinan', /53/],
		['model_workers', 'cuiping', /^(28|5)名$/],
		['model_workers', 'leshan', /1420/],
		['outdoor_stations', 'sichuan', /150/],
		['outdoor_stations', 'shaoyang', /^(6|11)个$/],
		['bargaining_rate', 'sichuan', /85%|90%/],
		['bargaining_rate', 'cuiping', /95%/],
		['assistance_funds', 'sichuan', /33\.4|13\.94|14\.37/],
		['craftsmen', 'shaoyang', /^20名$/],
	];
	for (const [metric, report, raw] of notPicked) {
		it(`${metric} / ${report} does not take ${raw}`, () => {
			const got = cell(metric, report);
			const considered = got ? [got.figure, ...got.alternatives] : [];
			expect(considered.map((figure) => figure.raw).filter((text) => raw.test(text))).toEqual([]);
		});
	}
});

describe('several candidates: one picked, the rest kept', () => {
	const alternatives = (metric: string, report: string) =>
		cell(metric, report)!.alternatives.map((figure) => figure.value);

	it('the total over its national subset (Leshan libraries 200 over 6)', () => {
		expect(alternatives('worker_libraries', 'leshan')).toContain(6);
	});
	it('the rate for all unionized firms over the 其中 subset (Jinan 91.2 over 95.6)', () => {
		expect(alternatives('bargaining_rate', 'jinan')).toEqual([95.6]);
	});
	it('the sum of levels over each level (Shaoyang 138 over 93, 39, 6)', () => {
		expect(alternatives('model_workers', 'shaoyang')).toEqual([93, 39, 6]);
	});
	it('送温暖 funds over other seasons (Leshan 5200万 over 830万, 750万)', () => {
		expect(alternatives('assistance_funds', 'leshan')).toEqual([8_300_000, 7_500_000]);
	});
	it('the largest count of craftsmen, the others visible (Sichuan 3821 over 180, 4)', () => {
		expect(alternatives('craftsmen', 'sichuan')).toEqual([180, 4]);
	});
	it('all stations over the first batch (Shaoyang 358 over 8)', () => {
		expect(alternatives('outdoor_stations', 'shaoyang')).toEqual([8]);
	});
	it('skill contests over other emulation drives (Jinan 1.5万 over 4.3万)', () => {
		expect(alternatives('skill_contests', 'jinan')).toEqual([43_000]);
	});
});

describe('compareReports', () => {
	it('keeps region level and period with each column', () => {
		const jinan = comparison.regions.find((region) => region.report === 'jinan')!;
		expect(jinan).toMatchObject({level: 'city', period: {from: 2013, to: 2018}});
		const sichuan = comparison.regions.find((region) => region.report === 'sichuan')!;
		expect(sichuan.level).toBe('province');
	});

	it('limits and orders rows by the metrics asked for', () => {
		const some = compareReports(reports.slice(0, 2), {metrics: ['unions', 'members']});
		expect(some.metrics.map((row) => row.id)).toEqual(['unions', 'members']);
		expect(some.regions).toHaveLength(2);
		expect(Object.keys(some.metrics[0]!.cells)).toHaveLength(2);
	});

	it('refuses an unknown metric, naming the choices', () => {
		expect(() => compareReports(reports, {metrics: ['salary']})).toThrow(/salary.*members/);
	});
});

describe('short labels', () => {
	it('every metric has one in zh and en, no wider than its label and at most 16 columns', () => {
		for (const metric of metrics) {
			for (const lang of ['zh', 'en'] as const) {
				const short = textWidth(metric.short[lang]);
				expect(short).toBeGreaterThan(0);
				expect(short).toBeLessThanOrEqual(Math.min(16, textWidth(metric.label[lang])));
			}
		}
	});
});

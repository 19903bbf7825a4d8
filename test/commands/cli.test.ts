// The scriptable CLI as a user runs it: the built bundle, stdout piped, exit statuses.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli.js');

function run(args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, [cli, ...args], {
		cwd: root,
		encoding: 'utf8',
		env: {...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1', ...env},
		input: '',
	});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

function json<T>(args: string[]): T {
	const result = run([...args, '--json']);
	expect(result.stderr).toBe('');
	return JSON.parse(result.stdout) as T;
}

beforeAll(() => {
	// npm test builds first; a bare `vitest run` needs the same bundle.
	const built = spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root, encoding: 'utf8'});
	expect(built.status, built.stderr).toBe(0);
});

describe('list', () => {
	test('--json: one object per bundled report with the documented fields', () => {
		const list = json<Array<Record<string, unknown>>>(['list']);
		expect(list.map((report) => report.id)).toEqual([
			'cuiping',
			'jinan',
			'leshan',
			'shaoyang',
			'sichuan',
		]);
		for (const report of list) {
			for (const key of [
				'id',
				'title',
				'region',
				'province',
				'level',
				'period',
				'published',
				'source',
				'authors',
				'script',
				'sections',
				'figures',
				'chars',
			]) {
				expect(report, key).toHaveProperty(key);
			}
			expect(report.figures as number).toBeGreaterThan(20);
		}
		expect(list.find((report) => report.id === 'sichuan')).toMatchObject({
			region: '四川省',
			level: 'province',
			period: '2018–2023',
			published: '2023-10-08',
			script: 'traditional',
			authors: ['李娜'],
		});
	});

	test('text: a table with every region, in the language asked for', () => {
		const en = run(['list']);
		expect(en.status).toBe(0);
		for (const region of ['Leshan', 'Sichuan', 'Shaoyang', 'Jinan', 'Cuiping'])
			expect(en.stdout).toContain(region);
		const zh = run(['list', '--lang', 'zh']);
		expect(zh.stdout).toContain('地区');
		expect(run(['list'], {LANG: 'zh_CN.UTF-8'}).stdout).toContain('地区');
	});
});

describe('show', () => {
	test('a whole report, unwrapped when piped, by id or region name', () => {
		const result = run(['show', 'leshan']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('勇担使命铸华章 踔厉奋发谱新篇');
		expect(result.stdout).toContain('1. 强化思想引领 汇聚爱党爱国强大奋斗力量');
		expect(result.stdout).toContain('[Photo] 三江汇流 — 吕九胜');
		const paragraph = result.stdout
			.split('\n')
			.find((line) => line.startsWith('五年来,乐山市各级工会始终坚持'));
		expect(paragraph?.length).toBeGreaterThan(500);
		expect(run(['show', '乐山']).stdout).toBe(result.stdout);
	});

	test('a report by pinyin or by its region in the other script, as compare finds regions', () => {
		const jinan = run(['show', 'jinan']).stdout;
		expect(jinan).toContain('匯聚工人階級磅礴力量');
		expect(run(['show', '濟南']).stdout).toBe(jinan);
		expect(run(['show', '市']).stderr).toMatch(/matches several reports: cuiping/);
	});

	test('one section by number or by part of its title', () => {
		const byNumber = run(['show', 'cuiping', '--section', '2']);
		expect(byNumber.stdout.split('\n')[0]).toBe('2. 增强韧性,强基筑本促发展');
		expect(run(['show', 'cuiping', '--section', '强基筑本']).stdout).toBe(byNumber.stdout);
	});

	test('usage errors exit 2 with one clear line', () => {
		const missing = run(['show', 'nowhere']);
		expect(missing.status).toBe(2);
		expect(missing.stderr).toMatch(/^baogao: unknown report "nowhere"; choose from: .*leshan.*\n$/);
		expect(run(['show', 'leshan', '--section', '99']).status).toBe(2);
		expect(run(['show']).status).toBe(2);
	});
});

type SearchHit = {
	report: string;
	region: string;
	kind: string;
	section: string;
	text: string;
	ranges: Array<[number, number]>;
	score: number;
	value?: number;
	unit?: string;
};

describe('search', () => {
	test('pinyin finds 劳模 in both scripts, with ranges on the characters', () => {
		const hits = json<SearchHit[]>(['search', 'laomo']);
		expect(new Set(hits.map((hit) => hit.report)).size).toBeGreaterThanOrEqual(4);
		for (const hit of hits) {
			expect(hit.ranges.length).toBeGreaterThan(0);
			const marked = hit.ranges.map(([start, end]) => hit.text.slice(start, end));
			expect(
				marked.some((text) => /[劳勞][模]|[劳勞]动模范|[勞劳]動模範/.test(text)),
				JSON.stringify(marked),
			).toBe(true);
		}
		expect(hits.some((hit) => hit.text.includes('勞模'))).toBe(true);
	});

	test('figure hits carry value and unit; filters apply', () => {
		const hits = json<SearchHit[]>([
			'search',
			'会员',
			'--kind',
			'figure',
			'--report',
			'sichuan',
			'--limit',
			'3',
		]);
		expect(hits.length).toBeGreaterThan(0);
		expect(hits.length).toBeLessThanOrEqual(3);
		for (const hit of hits) {
			expect(hit).toMatchObject({report: 'sichuan', kind: 'figure'});
			expect(typeof hit.value).toBe('number');
			expect(typeof hit.unit).toBe('string');
		}
	});

	test('exit 1 when nothing is found, 2 on a bad flag', () => {
		const none = run(['search', 'qqqqxxxx']);
		expect(none.status).toBe(1);
		expect(none.stderr).toContain('nothing found');
		expect(run(['search', 'qqqqxxxx', '--json']).stdout.trim()).toBe('[]');
		expect(run(['search', 'x', '--kind', 'poem']).status).toBe(2);
		expect(run(['search', 'x', '--limit', '0']).status).toBe(2);
		expect(run(['search', 'x', '--frobnicate']).status).toBe(2);
		expect(run(['frobnicate']).status).toBe(2);
	});
});

describe('figures', () => {
	type FigureRecord = {
		report: string;
		region: string;
		section: string;
		value: number;
		unit: string;
		qualifier: string;
		raw: string;
		quote: string;
	};

	test('--json: the documented fields, values normalized, units simplified', () => {
		const figures = json<FigureRecord[]>(['figures', 'sichuan']);
		expect(
			figures.every((figure) => figure.report === 'sichuan' && figure.region === '四川省'),
		).toBe(true);
		const members = figures.find((figure) => figure.raw === '1883.5萬人');
		expect(members).toMatchObject({value: 18835000, unit: '人', qualifier: ''});
		expect(members?.quote).toContain('工會會員1883.5萬人');
		const funds = figures.find((figure) => figure.raw.startsWith('14.28億'));
		expect(funds).toMatchObject({value: 1428000000, unit: '元', qualifier: '余'});
		expect(figures.some((figure) => /[個項場條戶萬億]/.test(figure.unit))).toBe(false);
	});

	test('no years, dates, ordinals, hotlines or digit names among them', () => {
		const all = json<FigureRecord[]>(['figures']);
		const raws = all.map((figure) => figure.raw);
		expect(raws.filter((raw) => /^\d{4}年|^第|周年|12351|^345$|11323/.test(raw))).toEqual([]);
		expect(all.filter((figure) => figure.value === 12351 || figure.value === 2023)).toEqual([]);
	});

	test('--csv: a header and one row per figure', () => {
		const json = run(['figures', 'cuiping', '--json']);
		const csv = run(['figures', 'cuiping', '--csv']);
		const rows = csv.stdout.trimEnd().split('\r\n');
		expect(rows[0]).toBe('report,region,section,value,unit,qualifier,raw,subject,quote');
		expect(rows.length - 1).toBe(JSON.parse(json.stdout).length);
	});
});

test('--help and --version', () => {
	expect(run(['--help']).stdout).toMatch(/^ {2}baogao search +search headings/m);
	expect(run(['search', '--help']).stdout).toContain('baogao search QUERY...');
	expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
});

test('--json and --csv together is a usage error', () => {
	expect(run(['figures', '--json', '--csv']).status).toBe(2);
});

describe('region names', () => {
	test('every command names a region one way: "Leshan 乐山市" in English, "乐山市" in Chinese', () => {
		const outputs = {
			list: run(['list']).stdout,
			show: run(['show', 'leshan']).stdout,
			search: run(['search', 'laomo', '--report', 'leshan']).stdout,
			figures: run(['figures', 'leshan']).stdout,
			compare: run(['compare', 'leshan', 'jinan']).stdout,
		};
		for (const [command, output] of Object.entries(outputs)) {
			expect(output, command).toContain('Leshan 乐山市');
			expect(output, command).not.toContain('(乐山市)');
		}
		for (const args of [
			['list'],
			['search', 'laomo', '--report', 'leshan'],
			['figures', 'leshan'],
		]) {
			const zh = run([...args, '--lang', 'zh']).stdout;
			expect(zh).toContain('乐山市');
			expect(zh).not.toContain('Leshan');
		}
	});
});

describe('the YAML parser', () => {
	test('reads a front matter the simple reader leaves to it, from the bundle', () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'baogao-cli-yaml-'));
		try {
			writeFileSync(
				path.join(dir, 'a.md'),
				'---\n# a comment: only YAML reads this\nid: yamlone\ntitle: 测试\nregion: 某市\nlevel: city\nperiod: 2018-2023\n---\n\n## 一节\n\n劳模一。\n',
			);
			const shown = run(['show', 'yamlone', '--json', '--reports', dir], {BAOGAO_CACHE: 'off'});
			expect(shown.stderr).toBe('');
			expect(JSON.parse(shown.stdout)).toMatchObject({id: 'yamlone', title: '测试'});
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});

	test("is in no chunk but its own and the importer's: every command loads the loader", () => {
		// One of the parser's error codes, which no source of ours spells.
		const holding = ['', 'chunks']
			.flatMap((dir) =>
				readdirSync(path.join(root, 'dist', dir))
					.filter((name) => /\.c?js$/.test(name))
					.map((name) => path.join(dir, name)),
			)
			.filter((file) =>
				readFileSync(path.join(root, 'dist', file), 'utf8').includes('MULTILINE_IMPLICIT_KEY'),
			);
		expect(holding.map((file) => file.replace(/-[A-Z0-9]+\.js$/, '')).sort()).toEqual([
			path.join('chunks', 'import'),
			'yaml.cjs',
		]);
	});
});

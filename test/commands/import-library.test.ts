// `baogao import` into the user's library and `baogao remove`, as a user runs them: folders,
// encodings, --dry-run --json for scripts, ids that are taken, exit 3 when some files fail.
import {spawnSync} from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeAll, beforeEach, expect, test} from 'vitest';
import {reasonKnown} from '../../source/ingest/messages.js';
import {encode} from '../ingest/encode.js';
import {makeDocx} from '../ingest/make-docx.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
let work: string;
let library: string;

function run(args: string[]) {
	const result = spawnSync(process.execPath, [cli, ...args], {
		cwd: work,
		encoding: 'utf8',
		env: {
			...process.env,
			LANG: 'en_US.UTF-8',
			NO_COLOR: '1',
			XDG_DATA_HOME: path.join(work, 'data'),
			BAOGAO_CACHE: 'off',
		},
		input: '',
	});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

// Written for this test.
const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>眉山市总工会五年工作回顾_某某网</title></head>
<body><div>首页 &gt; 工会 &gt; 正文</div><h1>眉山市总工会五年工作回顾</h1>
<p>发布时间：2023-11-02 09:00 来源：眉山日报</p>
<p>五年来，眉山市总工会团结带领全市职工，新建职工之家150个，发展会员6.2万人。</p>
<p>全市工会组织开展劳动竞赛200余场，参赛职工5万人次，涌现出一批先进典型。</p></body></html>`;
const text = [
	'雅安市总工会五年工作综述',
	'',
	'五年来，雅安市各级工会坚持服务职工，建成职工书屋60家，帮扶困难职工2000余人。',
	'',
	'全市工会持续深化产业工人队伍建设改革，职工技能水平明显提升。',
].join('\r\n');

beforeAll(() => {
	const built = spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root, encoding: 'utf8'});
	expect(built.status, built.stderr).toBe(0);
});

beforeEach(() => {
	work = mkdtempSync(path.join(os.tmpdir(), 'baogao-library-'));
	library = path.join(work, 'data', 'baogao', 'reports');
	mkdirSync(path.join(work, 'in'));
	writeFileSync(path.join(work, 'in', 'meishan.html'), page);
	writeFileSync(path.join(work, 'in', '雅安.txt'), encode(text, 'gbk'));
	writeFileSync(
		path.join(work, 'in', 'guangan.docx'),
		makeDocx([
			{text: '广安市总工会五年工作回顾', style: 'Title'},
			{text: '2018年至2023年，广安市各级工会建成职工之家90个，服务职工10万人次。'},
			{text: '全市工会开展技能竞赛100场，参赛职工2万人次，技能人才队伍不断壮大。'},
		]),
	);
});

afterEach(() => rmSync(work, {recursive: true, force: true}));

test('a folder imports into the library, which every command then loads and list marks', () => {
	const result = run(['import', 'in']);
	expect(result.status, result.stderr).toBe(0);
	expect(readdirSync(library).sort()).toEqual(['guangan.md', 'meishan.md', 'ya-an.md']);
	expect(result.stderr).toContain('(text, GB18030 (detected))');
	expect(result.stderr).toContain('(html, UTF-8 (valid UTF-8))');
	const list = JSON.parse(run(['list', '--json']).stdout) as Array<Record<string, unknown>>;
	const byId = new Map(list.map((report) => [report.id, report]));
	expect(byId.get('leshan')?.library).toBe('bundled');
	expect(byId.get('meishan')).toMatchObject({
		library: 'user',
		region: '眉山市',
		level: 'city',
		period: '2018–2023',
		published: '2023-11-02',
		source: '眉山日报',
	});
	expect(byId.get('ya-an')).toMatchObject({region: '雅安市', title: '雅安市总工会五年工作综述'});
	expect(byId.get('guangan')).toMatchObject({region: '广安市', period: '2018–2023'});
	expect(run(['list']).stdout).toMatch(/meishan .*yours/);
	expect(run(['search', '职工书屋', '--report', 'ya-an']).status).toBe(0);
});

test('importing the same files again replaces them; a different report needs --force', () => {
	expect(run(['import', 'in']).status).toBe(0);
	expect(run(['import', 'in']).status).toBe(0);
	expect(readdirSync(library)).toHaveLength(3);
	writeFileSync(path.join(work, 'other.txt'), text.replace('雅安', '乐山'));
	const clash = run(['import', 'other.txt', '--set', 'id=meishan']);
	expect(clash.status).toBe(2);
	expect(clash.stderr).toMatch(/holds a different report with id "meishan"; --force replaces it/);
	expect(run(['import', 'other.txt', '--set', 'id=meishan', '--force']).status).toBe(0);
	// An id from a file name that is taken gets a suffix instead.
	mkdirSync(path.join(work, 'again'));
	writeFileSync(path.join(work, 'again', 'meishan.txt'), text);
	const suffixed = run(['import', 'again/meishan.txt']);
	expect(suffixed.status, suffixed.stderr).toBe(0);
	expect(existsSync(path.join(library, 'meishan-2.md'))).toBe(true);
	// A bundled report's id is never taken by an import into the library.
	const bundled = run(['import', 'other.txt', '--set', 'id=leshan']);
	expect(bundled.status).toBe(2);
	expect(bundled.stderr).toMatch(/"leshan" is a bundled report's/);
});

test('the origin is the absolute path: the same file imported from another folder is the same report', () => {
	expect(run(['import', 'in/meishan.html']).status).toBe(0);
	const written = readFileSync(path.join(library, 'meishan.md'), 'utf8');
	const origin = path.join(work, 'in', 'meishan.html').split(path.sep).join('/');
	expect(written).toContain(`origin: "${origin}"`);
	// From inside the folder: the same file, so it replaces rather than taking meishan-2.
	const again = spawnSync(process.execPath, [cli, 'import', 'meishan.html'], {
		cwd: path.join(work, 'in'),
		encoding: 'utf8',
		env: {
			...process.env,
			NO_COLOR: '1',
			XDG_DATA_HOME: path.join(work, 'data'),
			BAOGAO_CACHE: 'off',
		},
		input: '',
	});
	expect(again.status, again.stderr).toBe(0);
	expect(readdirSync(library)).toEqual(['meishan.md']);
});

test('--lang zh: every line of the import in Chinese; the JSON for scripts keeps its messages in English', () => {
	writeFileSync(path.join(work, 'in', 'empty.txt'), '');
	const result = run(['--lang', 'zh', 'import', 'in/meishan.html', 'in/empty.txt', '--dry-run']);
	expect(result.status).toBe(3);
	expect(result.stderr).toContain(`baogao: ${path.join('in', 'empty.txt')}：空文件`);
	expect(result.stderr).toMatch(
		/^将导入 in\/meishan\.html（网页，UTF-8（有效的 UTF-8））：\d+ 节，\d+ 段/m,
	);
	expect(result.stderr).toMatch(/^ {2}去掉第 \d+ 行（面包屑导航）：首页 > 工会 > 正文$/m);
	expect(result.stderr).toMatch(
		/^ {2}注意：文中没有找到作者；可在 meishan\.meta\.yaml 中写“authors: …”/m,
	);
	// Each field's evidence: how it was found in Chinese, then the words as the input has them.
	expect(result.stderr).toContain('省份：四川省  （页面：行政区划数据：眉山市）');
	expect(result.stderr).toContain('ID：meishan  （页面：文件名：meishan.html）');
	// A level in the library's Chinese words; the JSON keeps the format's value.
	expect(result.stderr).toContain('级别：市级  （页面：行政区划数据：眉山市）');
	expect(result.stderr).toMatch(
		/时期：2018-2023 {2}（第 \d+ 行：“五年来”，自发布年份 2023 年往前算：五年来，/,
	);
	expect(result.stderr).not.toMatch(
		/would import|dropped|warning:|divisions dataset|file name|published/,
	);
	type Json = {
		files: Array<{
			warnings: string[];
			fields: Array<{name: string; value: string; how: string | null}>;
		}>;
	};
	const json = run(['--lang', 'zh', 'import', 'in/meishan.html', '--dry-run', '--json']);
	const [file] = (JSON.parse(json.stdout) as Json).files;
	expect(file?.warnings.some((warning) => warning.startsWith('no authors found'))).toBe(true);
	const how = (files: Json['files'], name: string) =>
		files[0]?.fields.find((field) => field.name === name)?.how;
	// JSON for scripts is English whatever --lang says.
	expect(how((JSON.parse(json.stdout) as Json).files, 'province')).toBe('divisions dataset');
	expect((JSON.parse(json.stdout) as Json).files[0]?.fields).toContainEqual(
		expect.objectContaining({name: 'level', value: 'city'}),
	);
	const english = run(['import', 'in/meishan.html', '--dry-run', '--json']);
	expect(how((JSON.parse(english.stdout) as Json).files, 'province')).toBe('divisions dataset');
	expect(how((JSON.parse(english.stdout) as Json).files, 'source')).toBe(null);
});

test('every reason a block of the corpus is dropped for has its Chinese words', () => {
	const result = spawnSync(
		process.execPath,
		[
			cli,
			'import',
			path.join(root, 'test/fixtures/import-corpus'),
			path.join(root, 'test/fixtures/import-corpus-holdout'),
			'--dry-run',
			'--json',
		],
		{cwd: work, encoding: 'utf8', env: {...process.env, XDG_DATA_HOME: path.join(work, 'data')}},
	);
	expect(result.status, result.stderr).toBe(0);
	const {files} = JSON.parse(result.stdout) as {files: Array<{dropped: Array<{reason: string}>}>};
	const reasons = new Set(files.flatMap((file) => file.dropped.map((drop) => drop.reason)));
	expect(reasons.size).toBeGreaterThan(20);
	expect([...reasons].filter((reason) => !reasonKnown(reason))).toEqual([]);
});

test('some files failing: each named, the others imported, exit 3', () => {
	writeFileSync(path.join(work, 'in', 'empty.txt'), '');
	const result = run(['import', 'in']);
	expect(result.status).toBe(3);
	expect(result.stderr).toContain(`baogao: ${path.join('in', 'empty.txt')}: empty file`);
	expect(readdirSync(library)).toHaveLength(3);
});

test('--dry-run --json prints one object per the contract and writes nothing', () => {
	const result = run(['import', 'in/meishan.html', 'in/雅安.txt', '--dry-run', '--json']);
	expect(result.status).toBe(0);
	expect(existsSync(library)).toBe(false);
	const {files} = JSON.parse(result.stdout) as {files: Array<Record<string, unknown>>};
	expect(files).toHaveLength(2);
	const [html] = files;
	expect(html).toMatchObject({
		file: 'in/meishan.html',
		status: 'ok',
		format: 'html',
		encoding: 'UTF-8 (valid UTF-8)',
		id: 'meishan',
		meta: {
			id: 'meishan',
			title: '眉山市总工会五年工作回顾',
			subtitle: null,
			region: '眉山市',
			region_en: 'Meishan',
			province: '四川省',
			province_en: 'Sichuan',
			level: 'city',
			period: '2018-2023',
			published: '2023-11-02',
			source: '眉山日报',
			authors: [],
		},
	});
	expect(html!.warnings).toEqual([
		'no authors found in the text; set it with "authors: …" in meishan.meta.yaml or --set authors=…',
	]);
	const fields = html!.fields as Array<{name: string; line: number | null; evidence: string}>;
	expect(fields.find((field) => field.name === 'source')?.evidence).toContain('来源：眉山日报');
	const dropped = html!.dropped as Array<{text: string; reason: string}>;
	expect(dropped.map((drop) => drop.text)).toContain('发布时间：2023-11-02 09:00 来源：眉山日报');
	const sections = html!.sections as Array<{blocks: Array<{kind: string; text: string}>}>;
	expect(sections.flatMap((section) => section.blocks)).toHaveLength(2);
});

test('--set fills what the text does not say; a bad --set is a usage error', () => {
	const result = run(['import', 'in/meishan.html', '--set', 'authors=王某,李某', '--dry-run']);
	expect(result.status).toBe(0);
	expect(result.stderr).toContain('authors: 王某、李某  (page: set by hand)');
	expect(result.stderr).not.toContain('warning:');
	expect(run(['import', 'in/meishan.html', '--set', 'colour=red']).status).toBe(2);
});

test('remove deletes an imported report, never a bundled one', () => {
	expect(run(['import', 'in/meishan.html']).status).toBe(0);
	const removed = run(['remove', 'meishan']);
	expect(removed.status).toBe(0);
	expect(existsSync(path.join(library, 'meishan.md'))).toBe(false);
	const bundled = run(['remove', 'leshan']);
	expect(bundled.status).toBe(2);
	expect(bundled.stderr).toMatch(/"leshan" is a bundled report/);
	expect(run(['remove', 'nothing-here']).status).toBe(2);
	expect(run(['--lang', 'zh', 'remove', 'leshan']).stderr).toContain(
		'“leshan”是自带报告；只能删除导入的报告',
	);
	expect(run(['--lang', 'zh', 'remove', 'nothing-here']).stderr).toMatch(
		/中没有报告“nothing-here”/,
	);
});

test('list shows a report whose level and period the text did not give, with those cells empty', () => {
	const dir = path.join(work, 'plain');
	mkdirSync(dir, {recursive: true});
	// Written for this test: no level, no period, as an import that could not tell them leaves it.
	writeFileSync(
		path.join(dir, 'moushi.md'),
		[
			'---',
			'id: moushi',
			'title: "某市工会工作回顾"',
			'region: "某市"',
			'region_en: "Moushi"',
			'province: "四川省"',
			'province_en: "Sichuan"',
			'script: simplified',
			'---',
			'',
			'第一段。',
			'',
		].join('\n'),
	);
	for (const args of [['list'], ['list', '--json'], ['list', '--csv']]) {
		const result = run([...args, '--reports', dir]);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('moushi');
		expect(result.stdout).not.toContain('undefined');
	}
});

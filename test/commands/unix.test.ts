// baogao as a Unix citizen, through the built CLI: quiet pipes and full disks, help for every
// command in both languages, strict flags, nothing raw from argv or file names, CSV that a
// spreadsheet cannot run, safe file writes, completions, the man page and exit statuses.
import {spawnSync} from 'node:child_process';
import {
	existsSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {commands} from '../../source/commands/table.js';
import {textWidth} from '../../source/text/width.js';
import {reportFileHead} from '../helpers/reports.js';
import {firstControl} from '../hostile/arbitraries.js';
import {cli, ensureBuilt, removeCache, root, run, stderrLines} from '../hostile/cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'baogao-unix-'));
beforeAll(ensureBuilt, 60_000);
afterAll(() => {
	removeCache();
	rmSync(tmp, {recursive: true, force: true});
});

/** Runs a bash script with baogao set to the built CLI (pipefail on). */
function shell(script: string, env: Record<string, string> = {}) {
	const result = spawnSync(
		'bash',
		['-o', 'pipefail', '-c', `baogao() { "$NODE" "$CLI" "$@"; }\n${script}`],
		{
			cwd: root,
			encoding: 'utf8',
			env: {
				...process.env,
				LANG: 'en_US.UTF-8',
				LC_ALL: '',
				NO_COLOR: '1',
				NODE: process.execPath,
				CLI: cli,
				BAOGAO_CACHE: 'off',
				...env,
			},
		},
	);
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** One line on stderr, starting "baogao: ", with no control characters in it. */
function expectOneLine(stderr: string): string {
	expect(stderrLines({stderr, stdout: '', status: 0, signal: null}), stderr).toHaveLength(1);
	expect(stderr).toMatch(/^baogao: [^\n]+\n$/);
	expect(firstControl(stderr)).toBeUndefined();
	return stderr;
}

describe('pipes and full disks', () => {
	// Each prints more than a pipe holds (64 KB) and head reads, so the writer meets the closed pipe.
	const big = [['figures'], ['figures', '--csv'], ['search', '工', '--limit', '1000', '--json']];

	test.each(big)('%s … | head -1 ends quietly with status 0', (...args) => {
		expect(Buffer.byteLength(run(args).stdout)).toBeGreaterThan(80 * 1024);
		const result = shell(`baogao ${args.join(' ')} | head -1`);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(1);
		expect(result.stderr).toBe('');
	});

	test('a reader that reads nothing: status 0, nothing on stderr', () => {
		const result = shell('baogao figures --json | true; echo "status $?"');
		expect(result.stdout).toBe('status 0\n');
		expect(result.stderr).toBe('');
	});

	test.each([['figures'], ['list', '--json'], ['show', 'leshan'], ['search', 'laomo', '--csv']])(
		'%s > /dev/full: one line naming standard output, status 2',
		(...args) => {
			const result = shell(`baogao ${args.join(' ')} > /dev/full`);
			expect(result.status).toBe(2);
			expect(expectOneLine(result.stderr)).toBe(
				'baogao: cannot write to standard output: no space left on the device\n',
			);
			const zh = shell(`baogao ${args.join(' ')} --lang zh > /dev/full`);
			expect(zh.stderr).toBe('baogao: 无法写入标准输出：设备空间已满\n');
		},
	);

	test('an unexpected error is one line and status 70; BAOGAO_DEBUG=1 adds the stack', () => {
		// A fault made up for the test: JSON.stringify fails inside the built CLI.
		const inject = `--import="data:text/javascript,JSON.stringify=()=>{throw new Error('made up')}"`;
		const plain = shell(`"${process.execPath}" ${inject} "${cli}" list --json`);
		expect(plain.status).toBe(70);
		expect(expectOneLine(plain.stderr)).toBe(
			'baogao: internal error: made up (BAOGAO_DEBUG=1 shows the details)\n',
		);
		const debug = shell(`"${process.execPath}" ${inject} "${cli}" list --json`, {
			BAOGAO_DEBUG: '1',
		});
		expect(debug.status).toBe(70);
		expect(debug.stderr).toMatch(/^baogao: internal error: made up .*\nError: made up\n {4}at /);
	});
});

describe('help', () => {
	const names = commands.map((command) => command.name);
	const headings = {
		en: ['Usage', 'Flags', 'Global flags', 'Examples', 'Exit status'],
		zh: ['用法', '选项', '通用选项', '示例', '退出码'],
	};

	/** The rows of a section: from its heading to the next blank line. */
	function section(text: string, heading: string): string[] {
		const lines = text.split('\n');
		const start = lines.indexOf(heading);
		expect(start, `${heading} in\n${text}`).toBeGreaterThanOrEqual(0);
		const end = lines.indexOf('', start);
		return lines.slice(start + 1, end);
	}

	/** The display column where each row's second column starts: the same for every row. */
	function secondColumns(rows: string[]): number[] {
		return rows.map((row) => {
			const match = /^(\s+\S.*?\S?) {3,}(?=\S)/.exec(row);
			expect(match, row).not.toBeNull();
			return textWidth(match![0]);
		});
	}

	test.each(
		names.flatMap((name) => [
			[name, 'en'],
			[name, 'zh'],
		]),
	)(
		'%s (%s): --help, -h and help CMD print the same usage, flags, examples and exits',
		(name, lang) => {
			const help = run([name, '--help', '--lang', lang]);
			expect(help.status).toBe(0);
			expect(help.stderr).toBe('');
			expect(run([name, '-h', '--lang', lang]).stdout).toBe(help.stdout);
			expect(run(['help', name, '--lang', lang]).stdout).toBe(help.stdout);
			const command = commands.find((known) => known.name === name)!;
			const wanted = headings[lang as 'en' | 'zh'].filter(
				(heading) => command.flags.length > 0 || heading !== headings[lang as 'en' | 'zh'][1],
			);
			for (const heading of wanted) {
				const rows = section(help.stdout, heading);
				expect(rows.length).toBeGreaterThan(0);
				if (heading !== wanted[0]) expect(new Set(secondColumns(rows)).size, heading).toBe(1);
			}
			for (const flag of command.flags) expect(help.stdout).toContain(`--${flag.name}`);
			for (const code of [...command.exits, 70]) {
				expect(section(help.stdout, wanted.at(-1)!)).toContainEqual(
					expect.stringMatching(new RegExp(`^  ${code} `)),
				);
			}
			if (lang === 'zh') expect(help.stdout).toMatch(/[\u4e00-\u9fff]/);
		},
	);

	test('the general help lists every command and every exit status', () => {
		for (const lang of ['en', 'zh']) {
			const help = run(['--help', '--lang', lang]).stdout;
			for (const name of names) expect(help).toMatch(new RegExp(`^ {2}baogao ${name} `, 'm'));
			const exits = section(help, lang === 'en' ? 'Exit status' : '退出码');
			expect(exits.map((row) => row.trim().split(' ')[0])).toEqual(['0', '1', '2', '3', '70']);
			expect(new Set(secondColumns(section(help, lang === 'en' ? 'Usage' : '用法'))).size).toBe(1);
		}
	});

	test('--help and --version win next to any other flag', () => {
		const general = run(['--help']).stdout;
		expect(run(['--no-color', '--help']).stdout).toBe(general);
		expect(run(['--reports', tmp, '-h']).stdout).toBe(general);
		expect(run(['list', '--frobnicate', '--help']).stdout).toBe(run(['list', '--help']).stdout);
		expect(run(['search', '--limit', '0', '--help']).status).toBe(0);
		const version = run(['--version', '--lang', 'zh']);
		expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
		expect(run(['list', '-v']).stdout).toBe(version.stdout);
		expect(run(['compare', 'nowhere', '--version']).stdout).toBe(version.stdout);
	});

	test('help for an unknown command is a usage error listing the commands', () => {
		const result = run(['help', 'frobnicate']);
		expect(result.status).toBe(2);
		expect(expectOneLine(result.stderr)).toContain('list, show, search, figures, compare, import');
	});
});

describe('strict flags', () => {
	test.each([
		[['list', '--frobnicate'], /"--frobnicate" is not a flag of list/],
		[['list', '--csv', '--json'], /choose one of --json and --csv/],
		[['show', 'leshan', '--csv'], /"--csv" is not a flag of show/],
		[['search', 'laomo', '--section', '2'], /"--section" is not a flag of search/],
		[['figures', '--metric', 'members'], /"--metric" is not a flag of figures/],
		[['import', 'x.txt', '--json', '--frob'], /is not a flag of import/],
		[['--frobnicate'], /"--frobnicate" is not a flag of baogao/],
		[['list', '--json=yes'], /--json takes no value/],
		[['search'], /search needs QUERY/],
		[['search', ' '], /search needs QUERY/],
		[['show'], /show needs REPORT/],
		[['import'], /import needs PATH/],
		[['list', '--reports'], /--reports needs a value/],
		[['search', 'x', '--report'], /--report needs a value/],
		[['search', 'x', '--report', '--json'], /--report needs a value/],
		[
			['search', 'laomo', '--report', 'nope'],
			/unknown report "nope"; choose from: cuiping, jinan, leshan/,
		],
		[['search', 'x', '--kind', 'poem'], /--kind cannot be "poem"; choose from: section, paragraph/],
		[['search', 'x', '--limit', 'lots'], /--limit takes a whole number of at least 1/],
		[['search', 'x', '--limit', '0'], /--limit takes a whole number/],
		[
			['search', '-5%'],
			/"-5%" is not a flag of search; to pass text that starts with "-", put -- before it/,
		],
		[['list', 'extra'], /list takes no more arguments, but got "extra"/],
		[['show', 'leshan', 'jinan'], /show takes no more arguments/],
		[['figures', 'nope'], /unknown report "nope"; choose from:/],
		[['show', 'nope'], /unknown report "nope"/],
		[['compare', 'nowhere'], /unknown region "nowhere"; choose from: .*Leshan/],
		[['compare', '--metric', 'nope'], /unknown metric "nope"; choose from: .*members/],
		[['compare', '--theme', 'nope'], /unknown theme "nope"; choose from: .*rights/],
		[['compare', '--theme', 'rights', '--metric', 'members'], /choose one of --metric and --theme/],
		[['completion', 'tcsh'], /SHELL cannot be "tcsh"; choose from: bash, zsh, fish/],
		[['completion'], /completion needs SHELL/],
		[['frobnicate'], /unknown command "frobnicate"; the commands are: list, show/],
		[['--lang', 'fr'], /--lang cannot be "fr"; choose from: zh, en/],
	])('%j: exit 2, one line', (args, message) => {
		const result = run(args);
		expect(result.status).toBe(2);
		expect(result.stdout).toBe('');
		expect(expectOneLine(result.stderr)).toMatch(message);
	});

	test('every message follows --lang (and LANG)', () => {
		for (const args of [
			['list', '--frobnicate'],
			['search'],
			['search', 'x', '--report', 'nope'],
			['compare', 'nowhere'],
			['search', 'x', '--limit', '0'],
			['frobnicate'],
			['show', 'leshan', '--section', '99'],
		]) {
			const zh = run([...args, '--lang', 'zh']);
			expect(zh.status).toBe(2);
			expect(expectOneLine(zh.stderr)).toMatch(/[\u4e00-\u9fff]/);
			expect(run(args, {env: {LANG: 'zh_CN.UTF-8'}}).stderr).toBe(zh.stderr);
		}
	});

	test('loading, import and remove messages follow --lang too', () => {
		const broken = path.join(tmp, 'broken-reports');
		mkdirSync(broken);
		writeFileSync(path.join(broken, 'bad.md'), 'just text, no front matter\n');
		const library = path.join(tmp, 'lang-library');
		const env = {XDG_DATA_HOME: library};
		const page = path.join(tmp, 'lang-page.txt');
		writeFileSync(
			page,
			'某市总工会工作报告\n\n一、加强思想引领\n\n全市工会组织深入开展劳动竞赛，成效明显。\n',
		);
		const picture = path.join(tmp, 'pic.txt');
		writeFileSync(picture, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
		/** [args, English words, Chinese words, status] for each message. */
		const messages: Array<[string[], RegExp, RegExp, number]> = [
			[['list', '--reports', broken], /bad\.md: no front matter/, /bad\.md：没有前言元数据/, 3],
			[['import', picture], /pic\.txt: a PNG image, not text/, /pic\.txt：是 PNG 图片/, 2],
			[
				['import', page, '--set', 'period=soon'],
				/lang-page\.txt: period "soon" must look like 2018-2023/,
				/lang-page\.txt：时期“soon”须形如 2018-2023/,
				2,
			],
			[['import', path.join(tmp, 'nowhere.txt')], /does not exist/, /不存在/, 2],
			[['import'], /import needs PATH/, /import 需要路径/, 2],
			[
				['import', broken],
				/no \.txt, \.html or \.docx files/,
				/没有 \.txt、\.html 或 \.docx 文件/,
				2,
			],
			[['import', page, '--dry-run'], /would import .*\d+ sections?,/, /将导入 .*节/, 0],
			[['remove', 'leshan'], /is a bundled report/, /是自带报告/, 2],
			[['remove', 'nope'], /no report "nope" in your library/, /你的报告库.*中没有报告“nope”/, 2],
			[['remove'], /remove needs ID/, /remove 需要ID/, 2],
		];
		for (const [args, en, zh, status] of messages) {
			const english = run([...args, '--lang', 'en'], {env});
			const chinese = run([...args, '--lang', 'zh'], {env});
			expect(english.status, args.join(' ')).toBe(status);
			expect(chinese.status, args.join(' ')).toBe(status);
			expect(english.stderr, args.join(' ')).toMatch(en);
			expect(chinese.stderr, args.join(' ')).toMatch(zh);
			expect(chinese.stderr, args.join(' ')).not.toMatch(en);
		}
		// And a real import and removal, said in Chinese.
		const imported = run(['import', page, '--set', 'id=langtest', '--lang', 'zh'], {env});
		expect(imported.status, imported.stderr).toBe(0);
		expect(imported.stderr).toMatch(/^已导入 \S+（文本，UTF-8（有效的 UTF-8））：/);
		const removed = run(['remove', 'langtest', '--lang', 'zh'], {env});
		expect(removed.status, removed.stderr).toBe(0);
		expect(removed.stdout).toMatch(/^已删除 langtest（/);
	});

	test('show --json: front matter, sections and blocks', () => {
		const shown = JSON.parse(run(['show', 'leshan', '--json']).stdout) as {
			id: string;
			region: string;
			sections: Array<{number: number; title: string; blocks: Array<{kind: string; text: string}>}>;
		};
		expect(shown).toMatchObject({id: 'leshan', region: '乐山市'});
		expect(shown.sections[1]).toMatchObject({
			number: 1,
			title: '强化思想引领 汇聚爱党爱国强大奋斗力量',
		});
		expect(
			shown.sections.flatMap((section) => section.blocks.map((block) => block.kind)),
		).toContain('caption');
		const one = JSON.parse(
			run(['show', 'leshan', '--json', '--section', '2']).stdout,
		) as typeof shown;
		expect(one.sections.map((section) => section.number)).toEqual([2]);
	});

	test('list --csv and search --csv: a header and one row per record', () => {
		const list = run(['list', '--csv']).stdout.trimEnd().split('\r\n');
		expect(list[0]).toMatch(/^id,title,region,/);
		expect(list).toHaveLength(6);
		const hits = JSON.parse(run(['search', 'laomo', '--json']).stdout) as unknown[];
		const rows = run(['search', 'laomo', '--csv']).stdout.trimEnd().split('\r\n');
		expect(rows[0]).toBe('report,region,kind,section,section_index,block,text,score,value,unit');
		expect(rows.length - 1).toBe(hits.length);
	});

	test('-- ends the flags: a query may start with "-"', () => {
		expect([0, 1]).toContain(run(['search', '--', '-5%']).status);
	});
});

describe('nothing raw reaches the terminal', () => {
	test.each([
		['list', '--\u001b]2;PWNED\u0007'],
		['\u001b]2;PWNED\u0007'],
		['search', 'x', '--report', '\u001b[2J\u009b31m'],
		['compare', '\u202eevil'],
		['--reports', path.join(tmp, 'no\u001b]2;such\u0007dir'), 'list'],
		['show', 'leshan', '--section', '\u001b[31m'],
	])('%j', (...args) => {
		const result = run(args);
		expect(result.stderr).not.toBe('');
		expect(firstControl(result.stderr)).toBeUndefined();
		expect(result.stderr).not.toMatch(/\u001b|\u0007|\u202e/);
	});

	test('report files with non-UTF-8 names load and are named readably', () => {
		const dir = path.join(tmp, 'names');
		mkdirSync(dir);
		const leshan = readFileSync(path.join(root, 'reports', 'leshan.md'), 'utf8');
		// 报告.md in GBK, and a name that is neither UTF-8 nor GB18030.
		const gbk = Buffer.from([0xb1, 0xa8, 0xb8, 0xe6, ...Buffer.from('.md')]);
		const neither = Buffer.from([0x80, 0xff, ...Buffer.from('x.md')]);
		writeFileSync(
			Buffer.concat([Buffer.from(`${dir}/`), gbk]),
			leshan.replace('id: leshan', 'id: gbk-name'),
		);
		writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), neither]), '\u0000 not a report');
		const result = run(['list', '--json', '--reports', dir]);
		const files = (JSON.parse(result.stdout) as Array<{id: string; file: string}>).map((report) => [
			report.id,
			path.basename(report.file),
		]);
		expect(files).toContainEqual(['gbk-name', '报告.md']);
		expect(result.status).toBe(3);
		expect(expectOneLine(result.stderr)).toContain(`${path.join(dir, '\\x80\\xffx.md')}: `);
		expect(run(['show', 'gbk-name', '--reports', dir]).stdout).toContain('勇担使命铸华章');
	});
});

describe('CSV a spreadsheet cannot run', () => {
	test('formula-like cells from report data are neutralized; numbers keep their sign', () => {
		const dir = path.join(tmp, 'formulas');
		mkdirSync(dir);
		const region = '=HYPERLINK(""http://example.invalid"",""x"")';
		writeFileSync(
			path.join(dir, 'evil.md'),
			reportFileHead('evil', '=HYPERLINK(\\"http://example.invalid\\",\\"x\\")').replace(
				'title: "测试"',
				'title: "@SUM(A1)"\nsource: "+1 -2"',
			) + '## -2+3 工会\n\n全市共有会员-12万人，工会组织3000个。\n',
		);
		const list = run(['list', '--csv', '--reports', dir]).stdout;
		const row = list.split('\r\n').find((line) => line.startsWith('evil,'))!;
		expect(row).toContain(`,'@SUM(A1),`);
		expect(row).toContain(`"'${region}"`);
		expect(row).toContain(`'+1 -2`);
		const figures = run(['figures', 'evil', '--csv', '--reports', dir]).stdout.split('\r\n');
		expect(figures[1]).toMatch(/^evil,/);
		for (const line of [list, ...figures])
			expect(line).not.toMatch(/(^|,)[=@+\t\r-](?![\d.]+(,|$))/);
		const compare = run(['compare', 'evil', '--csv', '--reports', dir]).stdout;
		expect(compare).toContain(`'${region}`.replaceAll('""', '"').slice(0, 12));
	});
});

describe('files written safely', () => {
	test('import --out: a planted symlink is replaced, what it points to is untouched', () => {
		const raw = 'reports/raw/000_a3a81f8c2a398bf8.txt';
		const first = path.join(tmp, 'import-first');
		const made = run(['import', raw, '--out', first]);
		expect(made.status, made.stderr).toBe(0);
		const name = path.basename(made.stdout.trim());
		const out = path.join(tmp, 'import-out');
		mkdirSync(out);
		const victim = path.join(tmp, 'victim.txt');
		writeFileSync(victim, 'precious\n');
		symlinkSync(victim, path.join(out, name));
		// The old writer's predictable temporary names, planted too.
		for (let pid = 1; pid < 50; pid++) symlinkSync(victim, path.join(out, `.${name}.${pid}.tmp`));
		const result = run(['import', raw, '--out', out]);
		expect(result.status, result.stderr).toBe(0);
		expect(readFileSync(victim, 'utf8')).toBe('precious\n');
		expect(lstatSync(path.join(out, name)).isSymbolicLink()).toBe(false);
		expect(readFileSync(path.join(out, name), 'utf8')).toBe(
			readFileSync(path.join(first, name), 'utf8'),
		);
		expect(readdirSync(out).filter((file) => !/^\..*\.\d+\.tmp$/.test(file))).toEqual([name]);
	});
});

describe('completions', () => {
	let bin: string;
	beforeAll(() => {
		bin = path.join(tmp, 'bin');
		mkdirSync(bin);
		writeFileSync(
			path.join(bin, 'baogao'),
			`#!/bin/sh\nexec "${process.execPath}" "${cli}" "$@"\n`,
			{
				mode: 0o755,
			},
		);
	});

	type Shell = 'bash' | 'zsh' | 'fish';
	const onPath = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
	const shells = {bash: onPath('bash'), zsh: onPath('zsh'), fish: onPath('fish')};
	const withBin = () => ({...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1'});

	/** What SHELL completes for the words typed (the last one being completed), sorted. */
	function complete(shell: Shell, ...words: string[]): string[] {
		return completeWith(shell, undefined, words);
	}

	/** As complete; for zsh, with FPATH set, the script is installed there rather than sourced. */
	function completeWith(shell: Shell, fpath: string | undefined, words: string[]): string[] {
		let result: {status: number | null; stdout: string; stderr: string};
		if (shell === 'bash') {
			const script = `source <(baogao completion bash)
COMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')}); COMP_CWORD=${words.length - 1}
_baogao; printf '%s\\n' "\${COMPREPLY[@]}"`;
			result = runShell(script);
		} else if (shell === 'fish') {
			result = spawnSync(
				'fish',
				[
					'--no-config',
					'-c',
					`baogao completion fish | source; complete -C ${fishString(words.join(' '))}`,
				],
				{encoding: 'utf8', env: withBin()},
			);
			result.stdout = result.stdout.replace(/\t.*$/gm, '');
		} else {
			const out = path.join(tmp, `zsh-${words.length}-${Math.random().toString(36).slice(2)}`);
			writeFileSync(out, '');
			const script = path.join(root, 'test', 'helpers', 'zsh-complete.zsh');
			const zsh = spawnSync(
				'zsh',
				['-f', script, out, words.join(' '), ...(fpath ? [fpath] : [])],
				{
					encoding: 'utf8',
					env: withBin(),
				},
			);
			result = {status: zsh.status, stdout: readFileSync(out, 'utf8'), stderr: zsh.stderr};
		}
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		return [...new Set(result.stdout.split('\n').filter(Boolean))].sort();
	}

	const fishString = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
	const runShell = (script: string) => shell(script, {PATH: `${bin}:${process.env.PATH}`});

	/** The same completions asked of every shell: a line typed, and what must be offered. */
	const cases: Array<[string[], string[]]> = [
		[['baogao', 'compare', 'le'], ['leshan']],
		[
			['baogao', 'co'],
			['compare', 'completion'],
		],
		[['baogao', 'search', '--k'], ['--kind']],
		[['baogao', 'search', 'x', '--kind', 'f'], ['figure']],
		[['baogao', 'show', 'ji'], ['jinan']],
		[['baogao', 'compare', '--metric', 'mem'], ['members']],
		[['baogao', 'compare', '--theme', 'ri'], ['rights']],
		[['baogao', 'compare', '乐'], ['乐山市']],
		[
			['baogao', '--lang', ''],
			['en', 'zh'],
		],
		[['baogao', 'help', 'fi'], ['figures']],
	];

	describe.each(['bash', 'zsh', 'fish'] as const)('%s', (name) => {
		// Each shell's tests run where that shell is installed; without it they are skipped, and
		// their names say why.
		const skipped = shells[name] ? '' : ` (skipped: ${name} is not installed)`;
		test.skipIf(!shells[name]).each(cases)(`completes %j to %j${skipped}`, (words, wanted) => {
			expect(complete(name, ...words)).toEqual(wanted);
		});
	});

	test.skipIf(!shells.zsh)(
		`zsh: installed on $fpath as the README says, the first Tab completes${shells.zsh ? '' : ' (skipped: zsh is not installed)'}`,
		() => {
			const dir = path.join(tmp, 'zsh-functions');
			mkdirSync(dir);
			writeFileSync(path.join(dir, '_baogao'), run(['completion', 'zsh']).stdout);
			expect(completeWith('zsh', dir, ['baogao', 'compare', 'le'])).toEqual(['leshan']);
		},
	);

	test('bash: reports from --reports DIR are offered too', () => {
		const dir = path.join(tmp, 'own');
		mkdirSync(dir);
		writeFileSync(path.join(dir, 'own.md'), `${reportFileHead('ownreport', '自家市')}正文。\n`);
		expect(complete('bash', 'baogao', '--reports', dir, 'show', 'own')).toEqual(['ownreport']);
	});

	test.skipIf(!shells.fish)(
		`fish: the descriptions are in the language the script was made in${shells.fish ? '' : ' (skipped: fish is not installed)'}`,
		() => {
			const search = commands.find((command) => command.name === 'search')!;
			const offered = (made: string) =>
				spawnSync('fish', ['--no-config', '-c', `${made} | source; complete -C 'baogao sea'`], {
					encoding: 'utf8',
					env: withBin(),
				}).stdout;
			expect(offered('baogao completion fish --lang zh')).toBe(`search\t${search.summary.zh}\n`);
			expect(offered('baogao completion fish --lang en')).toBe(`search\t${search.summary.en}\n`);
			expect(offered('env -u LC_ALL -u LC_MESSAGES LANG=zh_CN.UTF-8 baogao completion fish')).toBe(
				`search\t${search.summary.zh}\n`,
			);
		},
	);

	test('zsh: the descriptions of commands and flags follow --lang and LANG', () => {
		const search = commands.find((command) => command.name === 'search')!;
		const kind = search.flags.find((flag) => flag.name === 'kind')!;
		const zh = run(['completion', 'zsh', '--lang', 'zh']).stdout;
		expect(zh).toContain(`'search:${search.summary.zh}'`);
		expect(zh).toContain(`--kind[${kind.help.zh}]`);
		expect(zh).not.toContain(search.summary.en);
		const en = run(['completion', 'zsh'], {env: {LANG: 'en_US.UTF-8'}}).stdout;
		expect(en).toContain(`'search:${search.summary.en}'`);
		expect(run(['completion', 'zsh'], {env: {LANG: 'zh_CN.UTF-8'}}).stdout).toBe(zh);
	});

	test.each(['bash', 'zsh', 'fish'])('%s: a script naming every command and flag', (name) => {
		const result = run(['completion', name]);
		expect(result.status).toBe(0);
		for (const command of commands) {
			expect(result.stdout).toContain(command.name);
			for (const flag of command.flags) expect(result.stdout).toContain(flag.name);
		}
		if (name === 'bash')
			expect(
				shell(`bash -n <(baogao completion bash)`, {PATH: `${bin}:${process.env.PATH}`}).status,
			).toBe(0);
	});
});

describe('man page', () => {
	test('baogao.1 is built, named in package.json, and reads with man', () => {
		const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {man: string};
		const page = path.join(root, pkg.man);
		expect(existsSync(page)).toBe(true);
		const man = spawnSync('man', ['-l', page], {
			encoding: 'utf8',
			env: {...process.env, MANPAGER: 'cat', PAGER: 'cat', MANWIDTH: '100', LANG: 'C.UTF-8'},
		});
		expect(man.status, man.stderr).toBe(0);
		for (const heading of ['NAME', 'SYNOPSIS', 'COMMANDS', 'OPTIONS', 'EXIT STATUS', 'EXAMPLES']) {
			expect(man.stdout).toMatch(new RegExp(`^${heading}$`, 'm'));
		}
		for (const command of commands) expect(man.stdout).toContain(`baogao ${command.name}`);
		expect(man.stdout).toMatch(/^ +70 +an unexpected error/m);
		expect(man.stdout).toContain('--metric ID');
	});
});

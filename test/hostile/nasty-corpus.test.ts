// A folder of bad report files, as a new user might point baogao at: every bad file gets one
// line on stderr naming it and its problem, every good one still loads, and the exit status
// says a problem was seen. The small files are fixtures; the huge and odd ones are made here.
import {spawnSync} from 'node:child_process';
import {
	chmodSync,
	cpSync,
	mkdirSync,
	mkdtempSync,
	rmSync,
	symlinkSync,
	truncateSync,
	writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {reportFileHead} from '../helpers/reports.js';
import {firstControl} from './arbitraries.js';
import {ensureBuilt, fixtures, removeCache, run, stderrLines} from './cli.js';

const bundled = ['cuiping', 'jinan', 'leshan', 'shaoyang', 'sichuan'];
const validIds = [
	'nasty-good',
	'nasty-crlf',
	'nasty-lone-cr',
	'nasty-bom',
	'nasty-twin',
	'nasty-long-line',
	'nasty-headings',
];

/** The problem each bad file must be reported with (by file name). */
const expectedProblems: Record<string, RegExp> = {
	'bad-yaml.md': /^front matter is not valid YAML \(line 4\): /,
	'empty.md': /^empty file$/,
	'whitespace.md': /^blank file \(only whitespace\)$/,
	'gbk.md': /GBK.*save it as UTF-8/,
	'invalid-utf8.md': /^not valid UTF-8 text \(first bad byte on line 10\)$/,
	'utf16.md': /^UTF-16 text; save it as UTF-8$/,
	'nul-bytes.md': /^binary file \(contains NUL bytes\)$/,
	'photo.md': /^a PNG image, not a report$/,
	'unclosed.md': /^front matter is not closed by a "---" line$/,
	'no-front-matter.md': /^no front matter/,
	'no-id.md': /^front matter has no "id"$/,
	'twin-b.md': /^duplicate id "nasty-twin" \(already used by .*twin-a\.md\); skipped$/,
	'leshan-copy.md': /^duplicate id "leshan" \(already used by .*reports[/\\]leshan\.md\); skipped$/,
	'unknown-level.md':
		/^unknown level "village" \(expected national, province, city, district, county\)$/,
	'huge.md': /^too large \(50\.0 MB; the limit is 4\.0 MB\)$/,
	'loop.md': /^is a symbolic link loop$/,
	'dangling.md': /^does not exist \(or is a broken link\)$/,
	'a-folder.md': /^is a directory, not a report file$/,
	'fifo.md': /^is not a regular file$/,
	'title␛]0;owned␇.md': /^no front matter/,
};

let dir: string;

beforeAll(() => {
	ensureBuilt();
	dir = mkdtempSync(path.join(os.tmpdir(), 'baogao-nasty-'));
	cpSync(path.join(fixtures, 'nasty'), dir, {recursive: true});
	// One line of 1 MB.
	writeFileSync(
		path.join(dir, 'long-line.md'),
		`${reportFileHead('nasty-long-line')}${'职工书屋建设，'.repeat(50_000)}劳模。\n`,
	);
	// 100,000 headings, each with a line under it.
	const sections = Array.from({length: 100_000}, (_, i) => `## 第${i + 1}节\n\n第${i + 1}段。\n`);
	writeFileSync(
		path.join(dir, 'headings.md'),
		reportFileHead('nasty-headings') + sections.join('\n'),
	);
	// 50 MB without writing 50 MB: a sparse file.
	writeFileSync(path.join(dir, 'huge.md'), reportFileHead('nasty-huge'));
	truncateSync(path.join(dir, 'huge.md'), 50 * 1024 * 1024);
	symlinkSync('loop.md', path.join(dir, 'loop.md'));
	symlinkSync('nowhere/at/all.md', path.join(dir, 'dangling.md'));
	mkdirSync(path.join(dir, 'a-folder.md'));
	writeFileSync(path.join(dir, 'a-folder.md', 'inside.md'), reportFileHead('nasty-inside'));
	// A name that is itself an escape sequence.
	writeFileSync(path.join(dir, 'title\u001b]0;owned\u0007.md'), 'plain text\n');
	spawnSync('mkfifo', [path.join(dir, 'fifo.md')]);
});

afterAll(() => {
	if (dir) rmSync(dir, {recursive: true, force: true});
	removeCache();
});

/** Problem lines by file name; fails on a line that is not "baogao: FILE: PROBLEM". */
function problemsByFile(stderr: string[]): Map<string, string[]> {
	const byFile = new Map<string, string[]>();
	for (const line of stderr) {
		expect(line.startsWith(`baogao: ${dir}${path.sep}`), line).toBe(true);
		const rest = line.slice(`baogao: ${dir}${path.sep}`.length);
		const at = rest.indexOf('.md: ');
		expect(at, line).toBeGreaterThan(-1);
		const name = rest.slice(0, at + 3);
		byFile.set(name, [...(byFile.get(name) ?? []), rest.slice(at + 5)]);
	}
	return byFile;
}

describe('baogao list --reports NASTY', () => {
	test('names each bad file once with its problem, lists every good report, exits 3', () => {
		const result = run(['list', '--reports', dir, '--no-color']);
		expect(result.status).toBe(3);
		const lines = stderrLines(result);
		for (const line of lines) expect(firstControl(line), line).toBeUndefined();
		const byFile = problemsByFile(lines);
		const expected = Object.keys(expectedProblems).filter(
			(name) => name !== 'fifo.md' || byFile.has('fifo.md'),
		);
		expect([...byFile.keys()].sort()).toEqual(expected.sort());
		for (const [name, problems] of byFile) {
			expect(problems, name).toHaveLength(1);
			expect(problems[0], name).toMatch(expectedProblems[name]!);
		}
		const listed = result.stdout
			.split('\n')
			.slice(1)
			.map((line) => line.split(/\s+/)[0])
			.filter(Boolean);
		expect(listed.sort()).toEqual([...bundled, ...validIds].sort());
		expect(result.stdout).not.toContain('nasty-inside');
	});

	test('the same on a second run, when the corpus comes from the cache', () => {
		const first = run(['list', '--reports', dir]);
		const second = run(['list', '--reports', dir]);
		expect(second.status).toBe(3);
		expect(second.stderr).toBe(first.stderr);
		expect(second.stdout).toBe(first.stdout);
	});

	test('--json output parses and holds the good reports; problems stay on stderr', () => {
		const result = run(['list', '--json', '--reports', dir]);
		expect(result.status).toBe(3);
		const ids = (JSON.parse(result.stdout) as Array<{id: string}>).map((entry) => entry.id);
		expect(ids.sort()).toEqual([...bundled, ...validIds].sort());
		expect(problemsByFile(stderrLines(result)).size).toBeGreaterThan(10);
	});

	test('the other commands work over the same folder, each naming the problems once', () => {
		for (const args of [
			['show', 'nasty-crlf'],
			['show', 'nasty-headings', '--section', '99999'],
			['search', '劳模'],
			['search', '第99999节', '--report', 'nasty-headings'],
			['figures', 'nasty-good'],
			['compare', 'leshan', 'nasty-good'],
		]) {
			const result = run([...args, '--reports', dir]);
			expect(result.status, args.join(' ')).toBe(3);
			expect(result.stdout.length, args.join(' ')).toBeGreaterThan(0);
			const byFile = problemsByFile(
				stderrLines(result).filter((line) => line.startsWith('baogao: ')),
			);
			for (const problems of byFile.values()) expect(problems).toHaveLength(1);
		}
	});

	test('the whole 100,000-section report can be shown', () => {
		const result = run(['show', 'nasty-headings', '--reports', dir]);
		expect(result.status).toBe(3);
		expect(result.stdout).toContain('100000. 第100000节');
	});
});

describe('an unreadable file', () => {
	// Root reads any file whatever its mode, so as root the check runs as another user.
	const isRoot = process.getuid?.() === 0;
	const nobody = 65_534;

	test('is one "permission denied" line; the rest still loads', () => {
		const own = mkdtempSync(path.join(os.tmpdir(), 'baogao-unreadable-'));
		try {
			chmodSync(own, 0o755);
			const head = (id: string) => `${reportFileHead(id)}正文。\n`;
			writeFileSync(path.join(own, 'fine.md'), head('nasty-fine'), {mode: 0o644});
			writeFileSync(path.join(own, 'secret.md'), head('nasty-secret'), {mode: 0o000});
			chmodSync(path.join(own, 'secret.md'), 0o000);
			const result = run(['list', '--reports', own], {
				env: {BAOGAO_CACHE: 'off', HOME: own},
				...(isRoot ? {uid: nobody, gid: nobody} : {}),
			});
			expect(result.status).toBe(3);
			expect(stderrLines(result)).toEqual([
				`baogao: ${path.join(own, 'secret.md')}: cannot read file: permission denied`,
			]);
			expect(result.stdout).toContain('nasty-fine');
			expect(result.stdout).not.toContain('nasty-secret');
		} finally {
			rmSync(own, {recursive: true, force: true});
		}
	});
});

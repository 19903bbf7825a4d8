// `baogao bookmarks` as a user runs it: the built bundle, reading the state store the app writes.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {openStateStore} from '../../source/services/state-store.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
const stateDir = mkdtempSync(path.join(os.tmpdir(), 'baogao-bookmarks-'));
afterAll(() => rmSync(stateDir, {recursive: true, force: true}));

function run(args: string[], lang = 'en_US.UTF-8') {
	const result = spawnSync(process.execPath, [cli, 'bookmarks', ...args], {
		cwd: root,
		encoding: 'utf8',
		env: {...process.env, LANG: lang, NO_COLOR: '1', BAOGAO_STATE_DIR: stateDir},
		input: '',
	});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

beforeAll(() => {
	const built = spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root, encoding: 'utf8'});
	expect(built.status, built.stderr).toBe(0);
});

describe('bookmarks', () => {
	test('with none: says how to make one, status 0; --json is an empty list', () => {
		expect(run([])).toMatchObject({status: 0, stdout: expect.stringContaining('press m')});
		expect(JSON.parse(run(['--json']).stdout)).toEqual([]);
	});

	test('lists them newest first with where each is now, as text, JSON and CSV', () => {
		const store = openStateStore(stateDir);
		const excerpt = (text: string) => text;
		store.bookmarks.add({
			report: 'leshan',
			section: 1,
			block: 0,
			offset: 0,
			excerpt: excerpt('五年来,乐山市各级工会始终坚持党的领导'),
			note: '开头',
		});
		// A paragraph that moved: the position is wrong, the text is still in the report.
		store.bookmarks.add({
			report: 'leshan',
			section: 4,
			block: 0,
			offset: 0,
			excerpt: '五年来,乐山市各级工会始终坚持党的领导',
		});
		store.bookmarks.add({
			report: 'gone-report',
			section: 0,
			block: 0,
			offset: 0,
			excerpt: '=旧段落',
			note: '@x',
		});
		store.close();

		const list = JSON.parse(run(['--json']).stdout) as Array<Record<string, unknown>>;
		expect(list.map((entry) => entry.status)).toEqual(['gone', 'moved', 'here']);
		expect(list[2]).toMatchObject({
			report: 'leshan',
			region: '乐山市',
			region_en: 'Leshan',
			section: 1,
			section_title: '强化思想引领 汇聚爱党爱国强大奋斗力量',
			note: '开头',
		});
		expect(list[1]).toMatchObject({section: 1, block: 0});

		const text = run([]);
		expect(text.status).toBe(0);
		const lines = text.stdout.trimEnd().split('\n');
		expect(lines[0]).toMatch(/^Made\s+Region\s+Section\s+Paragraph\s+Note$/);
		expect(lines[1]).toContain('(report removed)');
		expect(lines[2]).toContain('(moved)');
		expect(lines[3]).toContain('1. 强化思想引领');
		expect(lines[3]).toContain('开头');
		expect(run([], 'zh_CN.UTF-8').stdout).toContain('（报告已删除）');

		const csv = run(['--csv']).stdout.split('\r\n');
		expect(csv[0]).toBe(
			'id,report,region,region_en,section,section_title,block,offset,excerpt,note,created,status',
		);
		// Formula-like cells are neutralized.
		expect(csv[1]).toContain(",'=旧段落,'@x,");
	});

	test('--json and --csv together are a usage error', () => {
		expect(run(['--json', '--csv']).status).toBe(2);
	});
});

import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {
	listReportFiles,
	loadCorpus,
	loadDirectories,
	maxReportBytes,
} from '../../source/corpus/load.js';

const valid = (id: string) =>
	`---\nid: ${id}\ntitle: T\nregion: 某市\nlevel: city\nperiod: 2018-2023\n---\n\n正文。\n`;

test('the five bundled reports load without problems', () => {
	const {reports, problems} = loadCorpus();
	expect(problems).toEqual([]);
	expect(reports.map((report) => report.meta.id).sort()).toEqual([
		'cuiping',
		'jinan',
		'leshan',
		'shaoyang',
		'sichuan',
	]);
});

test('one broken file is one problem line; every other report still loads', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'baogao-load-'));
	writeFileSync(path.join(dir, 'a.md'), valid('mine'));
	writeFileSync(path.join(dir, 'b.md'), '---\ntitle: [\n---\n');
	writeFileSync(path.join(dir, 'c.md'), valid('leshan'));
	writeFileSync(path.join(dir, 'd.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
	writeFileSync(path.join(dir, 'e.md'), Buffer.alloc(maxReportBytes + 1, 0x41));
	writeFileSync(path.join(dir, 'notes.txt'), 'ignored: not a report file');
	mkdirSync(path.join(dir, 'f.md'));
	const {reports, problems} = loadCorpus([dir]);
	expect(reports.map((report) => report.meta.id)).toContain('mine');
	expect(reports).toHaveLength(6);
	expect(problems.map((problem) => [path.basename(problem.file), problem.problem.en])).toEqual([
		['b.md', expect.stringContaining('not valid YAML')],
		['c.md', expect.stringContaining('duplicate id "leshan"')],
		['d.md', expect.stringContaining('PNG image')],
		['e.md', expect.stringContaining('too large')],
		['f.md', expect.stringContaining('is a directory')],
	]);
});

test('a missing directory is a problem, not a crash', () => {
	const {reports, problems} = loadDirectories(['/nonexistent/baogao']);
	expect(reports).toEqual([]);
	expect(problems[0]).toEqual({
		file: '/nonexistent/baogao',
		problem: {en: expect.stringContaining('does not exist'), zh: expect.stringContaining('不存在')},
	});
});

test('listed paths are what path.join makes of the directory as given', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'baogao-list-'));
	writeFileSync(path.join(dir, 'b.md'), valid('b'));
	writeFileSync(path.join(dir, 'a.md'), valid('a'));
	writeFileSync(path.join(dir, 'README.md'), 'not a report');
	writeFileSync(path.join(dir, '\uFFFD.md'), valid('replacement'));
	const relative = path.relative(process.cwd(), dir);
	for (const given of [dir, `${dir}${path.sep}`, relative, `.${path.sep}${relative}`]) {
		expect(listReportFiles(given), given).toEqual(
			['\uFFFD.md', 'a.md', 'b.md'].map((name) => path.join(given, name)).sort(),
		);
	}
});

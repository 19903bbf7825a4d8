// The bench's synthetic corpora: valid report files, the same every run, no two ids alike.
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {writeSyntheticCorpus} from '../../scripts/bench/corpus.mjs';
import {median, percentile} from '../../scripts/bench/stats.mjs';
import {loadDirectories} from '../../source/corpus/load.js';

const bundled = path.resolve('reports');

function generate(count: number, seed?: number): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'baogao-synthetic-'));
	return writeSyntheticCorpus(bundled, dir, count, seed);
}

test('synthetic reports load without problems, each with its own id and region', () => {
	const dir = generate(60);
	const {reports, problems} = loadDirectories([bundled, dir]);
	expect(problems).toEqual([]);
	expect(reports).toHaveLength(65);
	expect(new Set(reports.map((report) => report.meta.id)).size).toBe(65);
	const synthetic = reports.slice(5);
	expect(synthetic.every((report) => report.sections.some((section) => section.title))).toBe(true);
	// Regions are renamed, and so are the bundled regions' names in the text.
	expect(synthetic.some((report) => report.meta.region.zh === '乐山市')).toBe(false);
	const text = synthetic.flatMap((r) => r.sections.flatMap((s) => s.blocks.map((b) => b.text)));
	expect(text.join('').includes('乐山市')).toBe(false);
});

test('the same seed writes the same files; another seed, others', () => {
	const read = (dir: string) =>
		readdirSync(dir)
			.sort()
			.map((name) => readFileSync(path.join(dir, name), 'utf8'));
	expect(read(generate(20))).toEqual(read(generate(20)));
	expect(read(generate(20, 7))).not.toEqual(read(generate(20)));
});

test('percentiles are measured values (nearest rank)', () => {
	const values = [5, 1, 4, 2, 3];
	expect(median(values)).toBe(3);
	expect(percentile(values, 95)).toBe(5);
	expect(percentile(values, 0)).toBe(1);
	expect(percentile([], 50)).toBeNaN();
});

// kill -9 at random points of a first build, over the real CLI: the next run must answer as a
// run that was never interrupted, and the cache directory must hold nothing but the database.
import {spawn, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {cli, ensureBuilt} from '../hostile/cli.js';
import {reportFileHead} from '../helpers/reports.js';

let work: string;
let reports: string;
const sentences = [
	'全市评选劳动模范128名。',
	'建成职工书屋56家。',
	'劳模工匠宣讲团走进校园。',
	'职工之家遍布城乡。',
];

beforeAll(() => {
	ensureBuilt();
	work = mkdtempSync(path.join(os.tmpdir(), 'baogao-index-kill-'));
	reports = path.join(work, 'reports');
	mkdirSync(reports);
	for (let n = 0; n < 120; n++) {
		const text = Array.from({length: 40}, (_, at) => sentences[(n + at) % sentences.length]).join(
			'',
		);
		writeFileSync(
			path.join(reports, `r${String(n).padStart(3, '0')}.md`),
			`${reportFileHead(`r${n}`)}## 一节\n\n${text}\n`,
		);
	}
});
afterAll(() => rmSync(work, {recursive: true, force: true}));

function search(cacheDir: string): {status: number | null; stdout: string} {
	const result = spawnSync(
		process.execPath,
		[
			cli,
			'search',
			'ldmf',
			'--kind',
			'paragraph',
			'--limit',
			'500',
			'--json',
			'--reports',
			reports,
		],
		{
			env: {...process.env, BAOGAO_CACHE_DIR: cacheDir, NO_COLOR: '1'},
			encoding: 'utf8',
		},
	);
	return {status: result.status, stdout: result.stdout};
}

function killedAfter(cacheDir: string, ms: number): Promise<void> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [cli, 'search', 'ldmf', '--reports', reports], {
			env: {...process.env, BAOGAO_CACHE_DIR: cacheDir},
			stdio: 'ignore',
		});
		const timer = setTimeout(() => child.kill('SIGKILL'), ms);
		child.on('exit', () => {
			clearTimeout(timer);
			resolve();
		});
	});
}

test('kill -9 anywhere in a build, then a run that is right', async () => {
	const reference = search(path.join(work, 'reference'));
	expect(reference.status).toBe(0);
	expect(JSON.parse(reference.stdout).length).toBeGreaterThanOrEqual(120);
	let run = 0;
	await fc.assert(
		fc.asyncProperty(
			fc.array(fc.integer({min: 0, max: 1500}), {minLength: 1, maxLength: 3}),
			async (delays) => {
				const cacheDir = path.join(work, `cache-${run++}`);
				for (const delay of delays) await killedAfter(cacheDir, delay);
				expect(search(cacheDir)).toEqual(reference);
				const left = readdirSync(cacheDir).filter(
					(name) => !/^index\.sqlite(-wal|-shm)?$/.test(name),
				);
				expect(left).toEqual([]);
			},
		),
		{numRuns: 6},
	);
}, 240_000);

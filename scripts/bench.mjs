// npm run bench: how fast baogao starts, answers keys and redraws, on the bundled reports and on
// synthetic corpora of 1,000 and 10,000 reports, with every figure next to a baseline measured
// in the same run (bare `node -e ''`, or `less` on the same text) and the targets it must meet.
// Prints a table and writes the figures to bench-results/latest.json (and latest.md).
//
//   node scripts/bench.mjs [--quick] [--sizes 5,1000,10000] [--runs N] [--less PATH|none]
//
// The machine may be shared and noisy: figures are medians of several runs, and ratios are
// taken against baselines timed in between them.
import {createHash} from 'node:crypto';
import {
	cpSync,
	existsSync,
	linkSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {writeSyntheticCorpus} from './bench/corpus.mjs';
import {
	measureAppBytes,
	measureLessBytes,
	measureTyping,
	timeBareNode,
	timeCli,
	timeFirstFrame,
	timeFirstKey,
	timePlainRead,
} from './bench/measure.mjs';
import {loadTerminalTools} from './bench/pty.mjs';
import {findProgram, timeRun} from './bench/run.mjs';
import {formatBytes, formatMs, formatRatio, median, percentile} from './bench/stats.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const {values: options} = parseArgs({
	options: {
		quick: {type: 'boolean', default: false},
		sizes: {type: 'string'},
		runs: {type: 'string'},
		// The less to compare with, or "none" to run as on a machine without it.
		less: {type: 'string'},
	},
});
const quick = options.quick;
const sizes = (options.sizes ?? (quick ? '5,1000' : '5,1000,10000'))
	.split(',')
	.map(Number)
	.filter((size) => size >= 5);
const runs = Number(options.runs ?? (quick ? 5 : 11));

const tools = loadTerminalTools();
if (tools.error) {
	console.error(`bench: node-pty and @xterm/headless are needed (npm install): ${tools.error}`);
	process.exit(2);
}
const less = options.less === 'none' ? undefined : (options.less ?? findProgram('less'));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'baogao-bench-'));
// Run a copy of the build: a rebuild in the checkout during the bench must not change what is
// measured half-way. The copy finds its reports beside it, as an installed baogao does.
const app = path.join(tmp, 'app');
if (!existsSync(path.join(root, 'dist', 'cli.js'))) {
	console.error('bench: no build in dist/; run npm run build (npm run bench does)');
	process.exit(2);
}
cpSync(path.join(root, 'dist'), path.join(app, 'dist'), {recursive: true});
cpSync(path.join(root, 'reports'), path.join(app, 'reports'), {recursive: true});
cpSync(path.join(root, 'package.json'), path.join(app, 'package.json'));
const context = {root: app, cli: path.join(app, 'dist', 'cli.js'), tools, tmp};
process.on('exit', () => rmSync(tmp, {recursive: true, force: true}));
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		rmSync(tmp, {recursive: true, force: true});
		process.exit(130);
	});
}

/** The environment of every run: Chinese interface, no saved state, the cache given. */
let stateDirs = 0;
function envFor(cacheDir, extra = {}) {
	const env = {};
	for (const [name, value] of Object.entries(process.env)) {
		if (!name.startsWith('BAOGAO_') && name !== 'NO_COLOR' && name !== 'LC_ALL') env[name] = value;
	}
	return {
		...env,
		LANG: 'zh_CN.UTF-8',
		TERM: 'xterm-256color',
		BAOGAO_STATE_DIR: path.join(tmp, `state-${stateDirs++}`),
		...(cacheDir ? {BAOGAO_CACHE_DIR: cacheDir} : {BAOGAO_CACHE: 'off'}),
		...extra,
	};
}

function freshCacheDir(label) {
	return mkdtempSync(path.join(tmp, `cache-${label}-`));
}

const log = (text) => process.stderr.write(`${text}\n`);
const baseline = [];
/** Times `node -e ''` between measurements, so ratios use the machine's state of the moment. */
function sampleBaseline() {
	baseline.push(timeBareNode());
}

const results = {
	when: new Date().toISOString(),
	machine: {
		node: process.version,
		cpus: os.cpus().length,
		platform: `${os.platform()} ${os.release()}`,
		loadBefore: os.loadavg().map((load) => Number(load.toFixed(2))),
	},
	less: less ?? null,
	startup: {},
	sizes: {},
	typing: {},
	bytes: {},
};

// --- Corpora -------------------------------------------------------------------------------
// Written once into a folder of the system's temporary directory that later runs reuse (160 MB
// at 10,000 reports): the same generator, seed and bundled reports give the same files, so a
// folder is kept under a name made of all three and written again only when it is incomplete.
// The one report a run changes (below) is in a copy, never in the kept folder.
const corpora = [];
const corpusHome = path.join(os.tmpdir(), 'baogao-bench-corpora');
for (const size of sizes) {
	if (size === 5) {
		corpora.push({size, args: [], count: 5});
		continue;
	}
	const kept = path.join(corpusHome, `corpus-${size}-${corpusStamp()}`);
	const done = path.join(kept, '.complete');
	const started = performance.now();
	if (!existsSync(done)) {
		rmSync(kept, {recursive: true, force: true});
		writeSyntheticCorpus(path.join(root, 'reports'), kept, size - 5);
		writeFileSync(done, '');
		log(`corpus of ${size} reports written to ${kept} in ${formatMs(performance.now() - started)}`);
	} else log(`corpus of ${size} reports reused from ${kept}`);
	// The run's own copy: hard links where they can be made (no bytes copied); the one report
	// changed below replaces its link.
	const dir = path.join(tmp, `corpus-${size}`);
	mkdirSync(dir);
	for (const name of readdirSync(kept)) {
		if (!name.endsWith('.md')) continue;
		try {
			linkSync(path.join(kept, name), path.join(dir, name));
		} catch {
			cpSync(path.join(kept, name), path.join(dir, name));
		}
	}
	corpora.push({size, args: ['--reports', dir], count: size, dir});
}

/** Names a kept corpus by what makes it: the generator's code and the bundled reports. */
function corpusStamp() {
	const hash = createHash('sha1');
	hash.update(readFileSync(path.join(root, 'scripts', 'bench', 'corpus.mjs')));
	// The report files the generator reads (readSources): the .md files at the top.
	for (const name of readdirSync(path.join(root, 'reports')).sort()) {
		if (name.endsWith('.md'))
			hash.update(name).update(readFileSync(path.join(root, 'reports', name)));
	}
	return hash.digest('hex').slice(0, 12);
}

const bundledDir = path.join(app, 'reports');
const corpusDir = (corpus) => corpus.dir;
const rg = findProgram('rg');

// --- Start-up on the bundled reports -------------------------------------------------------
log('start-up on the bundled reports…');
{
	const cache = freshCacheDir('bundled');
	const env = envFor(cache);
	// Warm the compile cache and the corpus cache once, as any second run of baogao finds them.
	timeCli(context, ['search', '劳模', '--json'], env);
	timeCli(context, ['list', '--json'], env);
	await timeFirstFrame(context, [], envFor(cache), 5);
	const coldPeaks = [];
	const samples = {
		list: [],
		search: [],
		tui: [],
		firstKey: [],
		listCold: [],
		searchCold: [],
		tuiCold: [],
	};
	for (let run = 0; run < runs; run++) {
		sampleBaseline();
		samples.list.push(timeCli(context, ['list', '--json'], env).ms);
		sampleBaseline();
		samples.search.push(timeCli(context, ['search', '劳模', '--json'], env).ms);
		sampleBaseline();
		samples.tui.push(await timeFirstFrame(context, [], envFor(cache), 5));
		samples.firstKey.push(await timeFirstKey(context, [], envFor(cache), 5));
		if (run < Math.ceil(runs / 2)) {
			// First runs: no corpus cache yet (each builds and writes one).
			samples.listCold.push(timeCli(context, ['list', '--json'], envFor(freshCacheDir('c'))).ms);
			const cold = timeCli(context, ['search', '劳模', '--json'], envFor(freshCacheDir('c')));
			samples.searchCold.push(cold.ms);
			if (cold.self?.maxRSS) coldPeaks.push(cold.self.maxRSS);
			samples.tuiCold.push(await timeFirstFrame(context, [], envFor(freshCacheDir('c')), 5));
		}
	}
	sampleBaseline();
	results.startup = Object.fromEntries(
		Object.entries(samples).map(([name, list]) => [name, {median: median(list), samples: list}]),
	);
	results.startup.coldSearchPeakRss = coldPeaks.length ? Math.max(...coldPeaks) : null;
}
// --- Import ---------------------------------------------------------------------------------
// One file of each kind from the import corpus, as a user imports it (a dry run: the write is
// not what is measured, and nothing lands in a library).
log('import…');
{
	const inputs = {
		text: 'test/fixtures/import-corpus/pengxi-county-union.txt',
		page: 'test/fixtures/import-corpus/guizhou-province-union.html',
		docx: 'test/fixtures/import-corpus/changde-union.docx',
	};
	const env = envFor(null, {XDG_DATA_HOME: path.join(tmp, 'import-data')});
	results.import = {};
	for (const [kind, input] of Object.entries(inputs)) {
		const file = path.join(tmp, `import-input-${path.basename(input)}`);
		cpSync(path.join(root, input), file);
		timeCli(context, ['import', file, '--dry-run', '--json'], env);
		const samples = [];
		for (let run = 0; run < runs; run++) {
			sampleBaseline();
			samples.push(timeCli(context, ['import', file, '--dry-run', '--json'], env).ms);
		}
		results.import[kind] = {median: median(samples), samples};
	}
}

const bare = median(baseline);
results.baseline = {nodeE: {median: bare, samples: baseline}};

// --- Corpus sizes: index build, warm start-up, memory --------------------------------------
for (const corpus of corpora.filter((c) => c.size > 5)) {
	log(`${corpus.size} reports…`);
	const sizeRuns = corpus.size >= 10_000 ? Math.max(3, Math.ceil(runs / 4)) : Math.ceil(runs / 2);
	const cache = freshCacheDir(`size-${corpus.size}`);
	// A first run builds the index and the cache: the cost of a new or changed corpus.
	const cold = timeCli(context, ['search', '劳模', '--json', ...corpus.args], envFor(cache));
	const samples = {list: [], search: [], tui: [], firstKey: []};
	for (let run = 0; run < sizeRuns; run++) {
		sampleBaseline();
		samples.list.push(timeCli(context, ['list', '--json', ...corpus.args], envFor(cache)).ms);
		samples.search.push(
			timeCli(context, ['search', '劳模', '--json', ...corpus.args], envFor(cache)).ms,
		);
		samples.tui.push(await timeFirstFrame(context, corpus.args, envFor(cache), corpus.count));
		samples.firstKey.push(await timeFirstKey(context, corpus.args, envFor(cache), corpus.count));
	}
	const warmSearch = timeCli(context, ['search', '劳模', '--json', ...corpus.args], envFor(cache));
	// The same files read by node with nothing else done: what a first build is held against.
	const plainRead = median(
		Array.from({length: 3}, () => timePlainRead(context, [corpusDir(corpus), bundledDir])),
	);
	// rg over the same files, when it is installed.
	const rgSamples = rg
		? Array.from(
				{length: sizeRuns},
				() =>
					timeRun(rg, ['-c', '劳模|勞模', corpusDir(corpus), bundledDir], {env: process.env}).ms,
			)
		: [];
	// One report changed: the next search brings the index up to date first.
	// Written anew (not appended to): the file is a link to the kept corpus, which must not change.
	const changedFile = path.join(corpusDir(corpus), readdirSync(corpusDir(corpus)).sort()[0]);
	const changedText = `${readFileSync(changedFile, 'utf8')}\n新增一段：劳模工匠进校园。\n`;
	rmSync(changedFile);
	writeFileSync(changedFile, changedText);
	const changed = timeCli(context, ['search', '劳模', '--json', ...corpus.args], envFor(cache));
	results.sizes[corpus.size] = {
		coldSearch: {ms: cold.ms, self: cold.self},
		warmSearchSelf: warmSearch.self,
		plainRead,
		rg: rg ? {median: median(rgSamples), samples: rgSamples} : null,
		changedSearch: {ms: changed.ms, self: changed.self},
		...Object.fromEntries(
			Object.entries(samples).map(([name, list]) => [name, {median: median(list), samples: list}]),
		),
	};
	corpus.cache = cache;
}

// --- Typing ---------------------------------------------------------------------------------
for (const corpus of corpora) {
	log(`typing with ${corpus.size} reports…`);
	const cache = corpus.cache ?? freshCacheDir('typing-bundled');
	if (!corpus.cache) timeCli(context, ['search', '劳模', '--json'], envFor(cache));
	const sessions = corpus.size >= 10_000 ? 2 : quick ? 2 : 3;
	const keyMs = [];
	const settleMs = [];
	const peaks = [];
	for (let session = 0; session < sessions; session++) {
		const typed = await measureTyping(context, corpus.args, envFor(cache), corpus.count, [
			'laodongmofan',
			'职工书屋',
		]);
		keyMs.push(...typed.keyMs);
		settleMs.push(...typed.settleMs);
		if (typed.self?.maxRSS) peaks.push(typed.self.maxRSS);
	}
	results.typing[corpus.size] = {
		p50: percentile(keyMs, 50),
		p95: percentile(keyMs, 95),
		max: Math.max(...keyMs),
		keys: keyMs.length,
		settleMedian: median(settleMs),
		peakRss: peaks.length ? Math.max(...peaks) : null,
		samples: keyMs.map((ms) => Number(ms.toFixed(1))),
	};
}

// --- Bytes to the terminal ------------------------------------------------------------------
log('bytes to the terminal…');
{
	const cache = freshCacheDir('bytes');
	timeCli(context, ['search', '劳模', '--json'], envFor(cache));
	results.bytes.baogao = await measureAppBytes(context, envFor(cache));
	results.bytes.inkAlone = await measureAppBytes(
		context,
		envFor(cache, {BAOGAO_FRAME_WRITER: 'off'}),
	);
	results.bytes.less = less ? await measureLessBytes(context, less, envFor(cache)) : null;
}
results.machine.loadAfter = os.loadavg().map((load) => Number(load.toFixed(2)));

// --- The table ------------------------------------------------------------------------------
const rows = [];
const verdict = (ok) => (ok === undefined ? 'n/a' : ok ? 'PASS' : 'FAIL');
const targets = [];
function row(what, value, base, ratio, target, ok) {
	rows.push([what, value, base, ratio, target, verdict(ok)]);
	if (target) targets.push({what, ok});
}
function section(title) {
	rows.push([title]);
}

const s = results.startup;
section(`Start-up, bundled 5 reports (median of ${runs}; baseline node -e '' ${formatMs(bare)})`);
row(
	'list --json',
	formatMs(s.list.median),
	formatMs(bare),
	formatRatio(s.list.median / bare),
	'≤ 3x',
	s.list.median <= 3 * bare,
);
row(
	'search 劳模 --json',
	formatMs(s.search.median),
	formatMs(bare),
	formatRatio(s.search.median / bare),
	'≤ 3x',
	s.search.median <= 3 * bare,
);
row(
	'app: first complete frame',
	formatMs(s.tui.median),
	formatMs(bare),
	formatRatio(s.tui.median / bare),
	'≤ 3x',
	s.tui.median <= 3 * bare,
);
row(
	'app: answers its first key (j)',
	formatMs(s.firstKey.median),
	formatMs(bare),
	formatRatio(s.firstKey.median / bare),
	'',
	undefined,
);
row(
	'list --json, no cache yet',
	formatMs(s.listCold.median),
	formatMs(bare),
	formatRatio(s.listCold.median / bare),
	'',
	undefined,
);
row(
	'search --json, no cache yet',
	formatMs(s.searchCold.median),
	formatMs(bare),
	formatRatio(s.searchCold.median / bare),
	'',
	undefined,
);
row(
	'app first frame, no cache yet',
	formatMs(s.tuiCold.median),
	formatMs(bare),
	formatRatio(s.tuiCold.median / bare),
	'',
	undefined,
);
row(
	'  peak RSS of search --json, no cache (index build)',
	formatBytes(s.coldSearchPeakRss ?? Number.NaN),
	'',
	'',
	'',
	undefined,
);
if (results.typing[5]?.peakRss) {
	row(
		'app: peak RSS (start, search, type)',
		formatBytes(results.typing[5].peakRss),
		'',
		'',
		'',
		undefined,
	);
}

section(`Import one file, --dry-run (median of ${runs}; baseline node -e '' ${formatMs(bare)})`);
for (const [kind, figures] of Object.entries(results.import)) {
	row(
		`import a ${kind === 'page' ? 'saved page (.html)' : kind === 'docx' ? 'Word file' : 'text file'}`,
		formatMs(figures.median),
		formatMs(bare),
		formatRatio(figures.median / bare),
		'',
		undefined,
	);
}

for (const [size, figures] of Object.entries(results.sizes)) {
	const n = Number(size).toLocaleString('en-US');
	section(`${n} reports (warm cache unless said; median of ${figures.list.samples.length})`);
	const self = figures.coldSearch.self ?? {};
	const big = Number(size) >= 10_000;
	row(
		'index build: search --json, no cache',
		formatMs(figures.coldSearch.ms),
		`${formatMs(figures.plainRead)} read`,
		formatRatio(figures.coldSearch.ms / figures.plainRead),
		big ? '≤ 30x read' : '',
		big ? figures.coldSearch.ms <= 30 * figures.plainRead : undefined,
	);
	row(
		'  of which: sync the index / search',
		`${formatMs(self.phases?.corpusMs)} / ${formatMs(self.phases?.searchMs)}`,
		'',
		'',
		'',
		undefined,
	);
	row(
		'  peak RSS of that build',
		formatBytes(self.maxRSS),
		'',
		'',
		big ? '≤ 500 MB' : '',
		big && self.maxRSS ? self.maxRSS <= 500 * 1024 ** 2 : undefined,
	);
	row(
		'search 劳模 --json vs rg -c 劳模|勞模',
		formatMs(figures.search.median),
		figures.rg ? formatMs(figures.rg.median) : 'rg: not installed',
		figures.rg ? formatRatio(figures.search.median / figures.rg.median) : '',
		big && figures.rg ? '≤ 1x rg' : '',
		big && figures.rg ? figures.search.median <= figures.rg.median : undefined,
	);
	row(
		'  peak RSS of a warm search',
		formatBytes(figures.warmSearchSelf?.maxRSS ?? Number.NaN),
		'',
		'',
		big ? '≤ 150 MB' : '',
		big && figures.warmSearchSelf?.maxRSS
			? figures.warmSearchSelf.maxRSS <= 150 * 1024 ** 2
			: undefined,
	);
	row(
		'search after one report changed',
		formatMs(figures.changedSearch.ms),
		formatMs(figures.search.median),
		formatRatio(figures.changedSearch.ms / figures.search.median),
		big ? '≤ 3x warm' : '',
		big ? figures.changedSearch.ms <= 3 * figures.search.median : undefined,
	);
	row(
		'list --json',
		formatMs(figures.list.median),
		formatMs(bare),
		formatRatio(figures.list.median / bare),
		'',
		undefined,
	);
	row(
		'search 劳模 --json',
		formatMs(figures.search.median),
		formatMs(bare),
		formatRatio(figures.search.median / bare),
		big ? '≤ 3x' : '',
		big ? figures.search.median <= 3 * bare : undefined,
	);
	row(
		'app: first complete frame',
		formatMs(figures.tui.median),
		formatMs(bare),
		formatRatio(figures.tui.median / bare),
		big ? '≤ 3x' : '',
		big ? figures.tui.median <= 3 * bare : undefined,
	);
	row(
		'app: answers its first key (j)',
		formatMs(figures.firstKey.median),
		formatMs(bare),
		formatRatio(figures.firstKey.median / bare),
		'',
		undefined,
	);
	const peak = results.typing[size]?.peakRss;
	row(
		'app: peak RSS (start, search, type)',
		formatBytes(peak ?? Number.NaN),
		'',
		'',
		big ? '< 1 GB' : '',
		big && peak ? peak < 1024 ** 3 : undefined,
	);
}

section('Typing in the search screen: keypress → frame showing it (laodongmofan, 职工书屋)');
const typingTargets = {5: 33, 1000: 33, 10000: 33};
for (const [size, typing] of Object.entries(results.typing)) {
	const target = typingTargets[size];
	row(
		`${Number(size).toLocaleString('en-US')} reports: p50 / p95 (${typing.keys} keys)`,
		`${formatMs(typing.p50)} / ${formatMs(typing.p95)}`,
		'',
		target ? formatRatio(typing.p95 / target) : '',
		target ? `p95 ≤ ${target} ms` : '',
		target ? typing.p95 <= target : undefined,
	);
	row(
		'  results settled after the last key (median)',
		formatMs(typing.settleMedian),
		'',
		'',
		'≤ 100 ms',
		typing.settleMedian <= 100,
	);
}

const b = results.bytes;
const lessNote = less ? 'less' : 'less: not installed';
section(`Bytes to the terminal at 100x30 (baseline: ${lessNote}, same text, same size)`);
row(
	'reader scroll step (j)',
	formatBytes(b.baogao.scroll),
	b.less ? formatBytes(b.less.scroll) : 'less: not installed',
	b.less ? formatRatio(b.baogao.scroll / b.less.scroll) : 'n/a',
	'≤ 3x less',
	b.less ? b.baogao.scroll <= 3 * b.less.scroll : undefined,
);
row(
	'reader page (Space)',
	formatBytes(b.baogao.page),
	b.less ? formatBytes(b.less.page) : 'less: not installed',
	b.less ? formatRatio(b.baogao.page / b.less.page) : 'n/a',
	'',
	undefined,
);
row(
	'search keystroke: mean (median; max)',
	`${formatBytes(b.baogao.searchKey)} (${formatBytes(b.baogao.searchKeyMedian)}; ${formatBytes(b.baogao.searchKeyMax)})`,
	'',
	'',
	'mean ≤ 1.5 KB',
	b.baogao.searchKey <= 1536,
);
row('compare cursor move', formatBytes(b.baogao.compare), '', '', '', undefined);
row(
	'Ink alone (no frame writer): j / Space / key / compare',
	[b.inkAlone.scroll, b.inkAlone.page, b.inkAlone.searchKey, b.inkAlone.compare]
		.map(formatBytes)
		.join(' / '),
	'',
	'',
	'',
	undefined,
);

const header = ['', 'median', 'baseline', 'ratio', 'target', ''];
const widths = header.map((_, column) =>
	Math.max(
		...[header, ...rows.filter((r) => r.length > 1)].map((r) => displayWidth(r[column] ?? '')),
	),
);
const lines = [];
lines.push(
	`baogao bench · ${results.when.slice(0, 16).replace('T', ' ')} · node ${process.version} · ${results.machine.cpus} CPUs · load ${results.machine.loadBefore.join(' ')} → ${results.machine.loadAfter.join(' ')}`,
);
for (const r of rows) {
	if (r.length === 1) {
		lines.push('', r[0]);
		continue;
	}
	lines.push(`  ${r.map((cell, column) => pad(cell, widths[column])).join('  ')}`.trimEnd());
}
const failed = targets.filter((t) => t.ok === false);
const unmeasured = targets.filter((t) => t.ok === undefined);
lines.push(
	'',
	`${targets.length - failed.length - unmeasured.length} of ${targets.length} targets met` +
		(failed.length ? `; not met: ${failed.map((t) => t.what).join(', ')}` : '') +
		(unmeasured.length
			? `; not measured: ${unmeasured.map((t) => t.what).join(', ')} (${less ? 'see above' : 'less: not installed'})`
			: '') +
		'.',
);
const table = lines.join('\n');
console.log(table);

results.targets = targets;
const outDir = path.join(root, 'bench-results');
mkdirSync(outDir, {recursive: true});
writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(outDir, 'latest.txt'), `${table}\n`);
log(`figures written to ${path.relative(process.cwd(), path.join(outDir, 'latest.json'))}`);
process.exitCode = failed.length ? 1 : 0;

function displayWidth(text) {
	let width = 0;
	for (const char of text)
		width +=
			/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
				char,
			)
				? 2
				: 1;
	return width;
}

function pad(text, width) {
	return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

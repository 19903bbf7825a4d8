// Measures the in-memory search index on synthetic reports: build time, memory, and the
// latency of a keypress (one search per prefix of typed queries).
//
//   node scripts/bench-search.mjs [reports=10000] [bytesPerReport=10000]
//
// Report text is sentences drawn at random (fixed seed) from the raw texts in shared/seeds.
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {build} from 'esbuild';

const reportCount = Number(process.argv[2] ?? 10_000);
const bytesPerReport = Number(process.argv[3] ?? 10_000);

const dir = mkdtempSync(path.join(tmpdir(), 'baogao-bench-'));
const bundle = path.join(dir, 'search.mjs');
await build({
	entryPoints: ['source/search/index.ts'],
	outfile: bundle,
	bundle: true,
	format: 'esm',
	platform: 'node',
	logLevel: 'warning',
});
const {buildIndex, search} = await import(bundle);
rmSync(dir, {recursive: true, force: true});

const seedsDir = ['../shared/seeds', '/work/shared/seeds'].find((candidate) => {
	try {
		return readdirSync(candidate).length > 0;
	} catch {
		return false;
	}
});
const sentences = readdirSync(seedsDir)
	.filter((name) => name.endsWith('.txt'))
	.flatMap((name) => readFileSync(path.join(seedsDir, name), 'utf8').split(/(?<=[。！？])|\n+/))
	.map((sentence) => sentence.trim())
	.filter((sentence) => sentence.length >= 8);

let seed = 42;
const random = () => {
	seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
	return seed / 2_147_483_648;
};
const pick = (list) => list[Math.floor(random() * list.length)];

function synthesize(number) {
	const id = `r${number}`;
	const sections = [];
	let bytes = 0;
	while (bytes < bytesPerReport) {
		const title = pick(sentences).slice(0, 12);
		const blocks = [];
		for (let block = 0; block < 5 && bytes < bytesPerReport; block++) {
			let text = '';
			const size = 60 + Math.floor(random() * 400);
			while (text.length < size) text += pick(sentences);
			blocks.push(
				block === 4 ? {kind: 'caption', text: text.slice(0, 30)} : {kind: 'paragraph', text},
			);
			bytes += Buffer.byteLength(text);
		}
		sections.push({title, blocks});
	}
	const report = {
		meta: {
			id,
			title: id,
			region: {zh: `地区${number}`, en: id},
			province: {zh: '', en: ''},
			level: 'city',
			period: {from: 2018, to: 2023},
			published: '2023',
			source: '',
			authors: [],
			script: 'simplified',
			origin: 'synthetic',
		},
		sections,
	};
	const figures = [];
	sections.forEach((section, sectionIndex) => {
		section.blocks.forEach((block, blockIndex) => {
			const match = /\d+(\.\d+)?[万亿]?[人个家元次%]/.exec(block.text);
			if (!match) return;
			figures.push({
				report: id,
				section: sectionIndex,
				block: blockIndex,
				sectionTitle: section.title,
				start: match.index,
				end: match.index + match[0].length,
				raw: match[0],
				number: Number.parseFloat(match[0]),
				multiplier: 1,
				value: Number.parseFloat(match[0]),
				unit: '人',
				qualifier: '',
				subject: block.text.slice(Math.max(0, match.index - 6), match.index),
				quote: block.text,
			});
		});
	});
	return {report, figures};
}

const reports = [];
const figures = [];
for (let number = 0; number < reportCount; number++) {
	const made = synthesize(number);
	reports.push(made.report);
	figures.push(...made.figures);
}

const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const index = buildIndex(reports, figures);
const buildMs = performance.now() - started;
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
console.log(
	`${reportCount} reports, ${index.items.length} items, ${index.keys.length} chars: ` +
		`build ${buildMs.toFixed(0)} ms, heap +${heapMb.toFixed(0)} MB`,
);

// Each query is typed one char at a time; every prefix is one keypress.
const typed = [
	'职工书屋',
	'劳动模范',
	'laomo',
	'zgsw',
	'ldmf',
	'职工书房',
	'劳模 工匠',
	'乐山市总工会',
	'xyz不存在',
	'2023年',
	'勞動模範',
	'chongqing',
];
const times = [];
// Process CPU time as well: on a busy machine wall time also counts waiting for a core.
const cpuTimes = [];
const keypresses = [];
const rows = [];
for (const query of typed) {
	const chars = Array.from(query);
	for (let end = 1; end <= chars.length; end++) {
		const prefix = chars.slice(0, end).join('');
		const begin = performance.now();
		const cpuBegin = process.cpuUsage();
		const hits = search(index, prefix);
		const ms = performance.now() - begin;
		const cpu = process.cpuUsage(cpuBegin);
		cpuTimes.push((cpu.user + cpu.system) / 1000);
		times.push(ms);
		keypresses.push([ms, prefix, hits.length]);
		if (end === chars.length) rows.push(`${query}: ${hits.length} hits, ${ms.toFixed(1)} ms`);
	}
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const quantile = (list, q) =>
	list[Math.min(list.length - 1, Math.floor(q * list.length))].toFixed(1);
const at = (q) => quantile(times, q);
console.log(rows.join('\n'));
const slowest = keypresses.sort((a, b) => b[0] - a[0]).slice(0, 8);
console.log(
	`slowest: ${slowest.map(([ms, prefix, hits]) => `${prefix} ${ms.toFixed(0)} ms (${hits})`).join(', ')}`,
);
console.log(
	`keypresses: ${times.length}, median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms ` +
		`(CPU time: median ${quantile(cpuTimes, 0.5)} ms, p95 ${quantile(cpuTimes, 0.95)} ms)`,
);

// Synthetic corpora for the benchmark: reports recombined from the bundled ones with a fixed
// seed, so every run (and every machine) measures the same text. Each synthetic report takes
// its front matter from one bundled report, a new region name and a unique id, and its sections
// from headings and sentences of all of them, so the text reads like a report and the search
// finds the usual words at a realistic rate.
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';

/** Small, fast, and the same everywhere: mulberry32. */
export function seededRandom(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Front matter lines, headings, sentences and captions of the bundled report files. */
export function readSources(reportsDir) {
	const files = readdirSync(reportsDir)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => path.join(reportsDir, name));
	const sources = {heads: [], headings: [], sentences: [], captions: [], regions: []};
	for (const file of files) {
		const text = readFileSync(file, 'utf8');
		const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
		if (!front) continue;
		const field = (key) => new RegExp(`^${key}: "?(.*?)"?$`, 'm').exec(front)?.[1] ?? '';
		sources.heads.push(front);
		// The full name, the name without its level, and for a district its name without the city.
		const region = field('region');
		const local = region.replace(/^.+?市(?=.)/, '');
		sources.regions.push(region, local, region.replace(/[市省区县]$/, ''), local.slice(0, -1));
		for (const block of body.split(/\n\n+/)) {
			const trimmed = block.trim();
			if (!trimmed) continue;
			if (trimmed.startsWith('## ')) sources.headings.push(trimmed.slice(3));
			else if (trimmed.startsWith('>')) sources.captions.push(trimmed);
			else sources.sentences.push(...(trimmed.match(/[^。！？]+[。！？]?/g) ?? []));
		}
	}
	sources.regions = [...new Set(sources.regions.filter((name) => name.length >= 2))].sort(
		(a, b) => b.length - a.length,
	);
	return sources;
}

const nameChars =
	'东南西北中安平宁和兴华江河山川湖海松柏桃李金银云龙凤阳明清泉石城林青白红黄新永长丰泰昌盛广德';
const levels = [
	['city', '市'],
	['district', '区'],
	['district', '县'],
	['province', '省'],
];
const pinyinOf = {
	东: 'dong',
	南: 'nan',
	西: 'xi',
	北: 'bei',
	中: 'zhong',
	安: 'an',
	平: 'ping',
	宁: 'ning',
	和: 'he',
	兴: 'xing',
	华: 'hua',
	江: 'jiang',
	河: 'he',
	山: 'shan',
	川: 'chuan',
	湖: 'hu',
	海: 'hai',
	松: 'song',
	柏: 'bai',
	桃: 'tao',
	李: 'li',
	金: 'jin',
	银: 'yin',
	云: 'yun',
	龙: 'long',
	凤: 'feng',
	阳: 'yang',
	明: 'ming',
	清: 'qing',
	泉: 'quan',
	石: 'shi',
	城: 'cheng',
	林: 'lin',
	青: 'qing',
	白: 'bai',
	红: 'hong',
	黄: 'huang',
	新: 'xin',
	永: 'yong',
	长: 'chang',
	丰: 'feng',
	泰: 'tai',
	昌: 'chang',
	盛: 'sheng',
	广: 'guang',
	德: 'de',
};

function pick(random, list) {
	return list[Math.floor(random() * list.length)];
}

/** A report file's text for synthetic report `n` (1-based). */
export function syntheticReport(sources, n, random) {
	const first = pick(random, nameChars);
	const second = pick(random, nameChars);
	const [level, suffix] = pick(random, levels);
	const region = `${first}${second}${suffix}`;
	const regionEn = `${pinyinOf[first]}${pinyinOf[second]}`.replace(/^./, (c) => c.toUpperCase());
	const id = `syn-${String(n).padStart(5, '0')}`;
	const renamed = (text) =>
		sources.regions.reduce((out, name) => out.replaceAll(name, region), text);
	const head = pick(random, sources.heads)
		.replace(/^id: .*$/m, `id: ${id}`)
		.replace(/^region: .*$/m, `region: "${region}"`)
		.replace(/^region_en: .*$/m, `region_en: "${regionEn} ${n}"`)
		.replace(/^level: .*$/m, `level: ${level}`)
		.replace(/^(title|subtitle): "(.*)"$/gm, (_, key, value) => `${key}: "${renamed(value)}"`)
		.replace(/^origin: .*$/m, `origin: "synthetic ${n}"`);
	const blocks = [];
	const paragraph = () => {
		const count = 2 + Math.floor(random() * 6);
		let text = '';
		for (let i = 0; i < count; i++) text += pick(random, sources.sentences);
		return renamed(text);
	};
	blocks.push(paragraph());
	const sections = 3 + Math.floor(random() * 4);
	for (let s = 0; s < sections; s++) {
		blocks.push(`## ${renamed(pick(random, sources.headings))}`);
		const paragraphs = 2 + Math.floor(random() * 4);
		for (let p = 0; p < paragraphs; p++) blocks.push(paragraph());
		if (random() < 0.3) blocks.push(renamed(pick(random, sources.captions)));
	}
	return `---\n${head}\n---\n\n${blocks.join('\n\n')}\n`;
}

/**
 * Writes `count` synthetic reports into `dir` (created), with a fixed seed: the same files every
 * run. Returns the directory.
 */
export function writeSyntheticCorpus(reportsDir, dir, count, seed = 20240501) {
	const sources = readSources(reportsDir);
	const random = seededRandom(seed);
	mkdirSync(dir, {recursive: true});
	for (let n = 1; n <= count; n++) {
		const name = `syn-${String(n).padStart(5, '0')}.md`;
		writeFileSync(path.join(dir, name), syntheticReport(sources, n, random));
	}
	return dir;
}

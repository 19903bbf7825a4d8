// Measures the importer on the import corpus (test/fixtures/import-corpus): each input is run
// through the built CLI (`baogao import FILE --dry-run --json`) and compared with the
// expectations beside it (NAME.expect.yaml). Prints one table: per-field accuracy, chrome
// precision and recall, paragraph-count accuracy, figure precision and recall.
//
//   node scripts/eval-import.mjs [--dir DIR]... [--only NAME,NAME] [--cli dist/cli.js] [--details]
//                                [--json]
//
// An input the importer refuses (status "failed", no JSON, a crash) counts as a miss on every
// measure: its fields are wrong, its chrome lines count as kept and its body lines as dropped.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {build} from 'esbuild';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const fields = ['title', 'region', 'level', 'period', 'published', 'source', 'authors'];
const expectSuffix = '.expect.yaml';

/** Every input in the corpus folder with its expectation file: [{name, input, expect}]. */
export function corpusEntries(dir) {
	const names = readdirSync(dir).sort();
	const inputs = names.filter((name) => !name.endsWith('.yaml') && !name.startsWith('.'));
	return inputs.map((input) => {
		const name = input.replace(/\.[^.]+$/, '');
		return {name, input: path.join(dir, input), expect: path.join(dir, name + expectSuffix)};
	});
}

/** Compared without spacing, full-width/half-width differences or invisible characters. */
function squash(text) {
	return String(text ?? '')
		.normalize('NFKC')
		.replace(/[\s\u200b\ufeff]/g, '');
}

function isEmpty(value) {
	return (
		value === null ||
		value === undefined ||
		value === '' ||
		(Array.isArray(value) && value.length === 0)
	);
}

/** Maps traditional characters to simplified (set once the sources are bundled). */
let foldScript = (text) => text;

/**
 * 2016—2021年, 2016 - 2021 → 2016-2021; 2024年5月11日, 2024/05/11 → 2024-05-11. A region is
 * a place, whichever script names it: 臺中市 is 台中市.
 */
function normalizeField(name, value) {
	if (isEmpty(value)) return null;
	if (name === 'authors') {
		const list = Array.isArray(value) ? value : String(value).split(/[,，、\s]+/);
		return list.map(squash).filter(Boolean).sort().join('|') || null;
	}
	const text = squash(value);
	if (name === 'region') return foldScript(text);
	if (name === 'period') {
		const years = text.match(/\d{4}/g);
		return years ? years.join('-') : text;
	}
	if (name === 'published') {
		const date = text.match(/(\d{4})\D(\d{1,2})\D(\d{1,2})/);
		return date ? `${date[1]}-${date[2].padStart(2, '0')}-${date[3].padStart(2, '0')}` : text;
	}
	return text;
}

/** Runs the importer on one file; returns its file entry, or {status: 'failed', error}. */
function runImport(cli, input, dataHome) {
	const result = spawnSync(process.execPath, [cli, 'import', input, '--dry-run', '--json'], {
		cwd: root,
		encoding: 'utf8',
		// A dry run writes nothing, but a library that is not the user's keeps that true anyway.
		env: {...process.env, XDG_DATA_HOME: dataHome, XDG_CACHE_HOME: dataHome, NO_COLOR: '1'},
		timeout: 60_000,
	});
	const firstLine = (text) => (text ?? '').trim().split('\n')[0]?.slice(0, 120) ?? '';
	let parsed;
	try {
		parsed = JSON.parse(result.stdout);
	} catch {
		const why = firstLine(result.stderr) || firstLine(result.stdout) || `exit ${result.status}`;
		return {status: 'failed', error: `no JSON from the importer: ${why}`};
	}
	const file = Array.isArray(parsed?.files) ? parsed.files[0] : undefined;
	if (!file || typeof file !== 'object') return {status: 'failed', error: 'JSON without files[0]'};
	return file;
}

function blocksOf(file) {
	const sections = Array.isArray(file.sections) ? file.sections : [];
	return sections.flatMap((section) => (Array.isArray(section?.blocks) ? section.blocks : []));
}

/** Everything of the article that survived: section titles and block texts, squashed. */
function survivingText(file) {
	const sections = Array.isArray(file.sections) ? file.sections : [];
	const parts = [file.meta?.title, file.meta?.subtitle];
	for (const section of sections) {
		parts.push(section?.title);
		for (const block of section?.blocks ?? []) parts.push(block?.text);
	}
	return parts
		.filter((part) => typeof part === 'string')
		.map(squash)
		.join('\n');
}

function sameFigure(found, expected) {
	return (
		found.unit === expected.unit &&
		Math.abs(found.value - expected.value) <= 1e-9 * Math.max(1, Math.abs(expected.value))
	);
}

/** Adds found, expected and matched (value and unit equal, each expected figure once). */
function countMatches(tally, found, expected, sentence) {
	tally.found += found.length;
	tally.expected += expected.length;
	const unmatched = [...expected];
	for (const figure of found) {
		const at = unmatched.findIndex((want) => sameFigure(figure, want));
		if (at === -1) {
			tally.misses?.push(`extra ${figure.raw} (${figure.value} ${figure.unit}) in ${sentence}`);
			continue;
		}
		unmatched.splice(at, 1);
		tally.matched++;
	}
	for (const want of unmatched) {
		tally.misses?.push(`missed ${want.value} ${want.unit} in ${sentence}`);
	}
}

/** Scores one input against its expectations. */
function score(entry, expectation, file, extract) {
	const ok = file.status === 'ok';
	const meta = ok && file.meta && typeof file.meta === 'object' ? file.meta : {};
	const fieldHits = {};
	const fieldMisses = [];
	for (const name of fields) {
		const got = normalizeField(name, meta[name]);
		const want = normalizeField(name, expectation.meta?.[name]);
		fieldHits[name] = ok && got === want;
		if (ok && got !== want)
			fieldMisses.push(`${name}: got ${got ?? '(empty)'}, want ${want ?? '(empty)'}`);
	}
	const text = ok ? survivingText(file) : '';
	const keep = (expectation.keep ?? []).map(squash);
	const drop = (expectation.drop ?? []).map(squash);
	const chrome = {
		// Chrome that is gone; body that is gone; chrome still there.
		dropped: ok ? drop.filter((line) => !text.includes(line)).length : 0,
		lost: ok ? keep.filter((line) => !text.includes(line)).length : keep.length,
		kept: ok ? drop.filter((line) => text.includes(line)).length : drop.length,
		lostLines: ok ? keep.filter((line) => !text.includes(line)) : [],
		keptLines: ok ? drop.filter((line) => text.includes(line)) : [],
	};
	const blocks = ok ? blocksOf(file) : [];
	const paragraphs = blocks.filter((block) => block?.kind === 'paragraph').length;
	const figures = {found: 0, expected: 0, matched: 0};
	// The extractor alone on the expected sentences, whatever the importer made of the page.
	const sentenceFigures = {found: 0, expected: 0, matched: 0, misses: []};
	for (const item of expectation.figures ?? []) {
		const expected = item.figures ?? [];
		const alone = extract(String(item.sentence));
		countMatches(sentenceFigures, alone, expected, item.sentence);
		const sentence = squash(item.sentence);
		const block = blocks.find((candidate) => squash(candidate?.text).includes(sentence));
		if (!block) {
			figures.expected += expected.length;
			continue;
		}
		// Figures of the expected sentence only: those whose quote is that sentence (or in it).
		const found = extract(String(block.text)).filter((figure) => {
			const quote = squash(figure.quote);
			return quote.includes(sentence) || sentence.includes(quote);
		});
		countMatches(figures, found, expected);
	}
	return {
		name: entry.name,
		status: ok ? 'ok' : 'failed',
		error: ok ? undefined : String(file.error ?? 'refused'),
		fieldHits,
		fieldMisses,
		chrome,
		paragraphs: {
			found: paragraphs,
			expected: expectation.paragraphs,
			hit: ok && paragraphs === expectation.paragraphs,
		},
		figures,
		sentenceFigures,
	};
}

/** The figure extractor and the script fold from the sources, bundled once for this run. */
async function loadTools(tempDir) {
	const out = path.join(tempDir, 'figures.mjs');
	const result = await build({
		stdin: {
			contents:
				"export {extractFiguresFromText} from './source/figures/extract.ts';" +
				"export {simplify} from './source/figures/lexicon.ts';",
			resolveDir: root,
			loader: 'ts',
		},
		bundle: true,
		format: 'esm',
		platform: 'node',
		write: false,
		logLevel: 'silent',
		banner: {
			js: "import {createRequire as __cr} from 'node:module';const require = __cr(import.meta.url);",
		},
	});
	writeFileSync(out, result.outputFiles[0].text);
	const module = await import(pathToFileURL(out).href);
	return {extract: module.extractFiguresFromText, simplify: module.simplify};
}

const percent = (hits, total) => (total === 0 ? '—' : `${((100 * hits) / total).toFixed(0)}%`);
const ratio = (hits, total) => `${percent(hits, total)} (${hits}/${total})`;

/** The summary table, as Markdown so it can go into the README unchanged. */
export function formatTable(results) {
	const n = results.length;
	const rows = [];
	for (const name of fields) {
		rows.push([name, ratio(results.filter((result) => result.fieldHits[name]).length, n)]);
	}
	const dropped = results.reduce((sum, result) => sum + result.chrome.dropped, 0);
	const lost = results.reduce((sum, result) => sum + result.chrome.lost, 0);
	const kept = results.reduce((sum, result) => sum + result.chrome.kept, 0);
	rows.push(['chrome precision (dropped lines that were chrome)', ratio(dropped, dropped + lost)]);
	rows.push(['chrome recall (chrome lines dropped)', ratio(dropped, dropped + kept)]);
	rows.push([
		'paragraph count',
		ratio(results.filter((result) => result.paragraphs.hit).length, n),
	]);
	const found = results.reduce((sum, result) => sum + result.figures.found, 0);
	const expected = results.reduce((sum, result) => sum + result.figures.expected, 0);
	const matched = results.reduce((sum, result) => sum + result.figures.matched, 0);
	rows.push(['figure precision', ratio(matched, found)]);
	rows.push(['figure recall', ratio(matched, expected)]);
	const alone = (key) => results.reduce((sum, result) => sum + result.sentenceFigures[key], 0);
	rows.push([
		'figure precision, extractor alone on the sentences',
		ratio(alone('matched'), alone('found')),
	]);
	rows.push([
		'figure recall, extractor alone on the sentences',
		ratio(alone('matched'), alone('expected')),
	]);
	const imported = results.filter((result) => result.status === 'ok').length;
	rows.push(['imported without refusal', ratio(imported, n)]);
	const width = Math.max(...rows.map(([label]) => label.length));
	return [
		`| ${'measure'.padEnd(width)} | result |`,
		`| ${'-'.repeat(width)} | ------ |`,
		...rows.map(([label, value]) => `| ${label.padEnd(width)} | ${value} |`),
	].join('\n');
}

function formatDetails(results) {
	const lines = [];
	for (const result of results) {
		const misses = fields.filter((name) => !result.fieldHits[name]);
		const parts = [
			result.status === 'ok' ? 'ok' : `failed: ${result.error}`,
			misses.length ? `fields wrong: ${misses.join(', ')}` : 'fields right',
			`paragraphs ${result.paragraphs.found}/${result.paragraphs.expected}`,
			`chrome kept ${result.chrome.kept}, body lost ${result.chrome.lost}`,
			`figures ${result.figures.matched}/${result.figures.expected} (found ${result.figures.found})`,
		];
		lines.push(`${result.name}: ${parts.join('; ')}`);
		for (const miss of result.fieldMisses) lines.push(`  ${miss}`);
		for (const miss of result.sentenceFigures.misses) lines.push(`  figures alone: ${miss}`);
		for (const line of result.chrome.keptLines) lines.push(`  chrome kept: ${line}`);
		for (const line of result.chrome.lostLines) lines.push(`  body lost: ${line}`);
	}
	return lines.join('\n');
}

async function main() {
	const {values} = parseArgs({
		options: {
			// The corpus and the held-out inputs unless one or more folders are given.
			dir: {type: 'string', multiple: true},
			only: {type: 'string'},
			json: {type: 'boolean', default: false},
			details: {type: 'boolean', default: false},
			// Another build of the CLI, e.g. a branch's checkout built elsewhere.
			cli: {type: 'string', default: path.join(root, 'dist/cli.js')},
		},
	});
	const cli = path.resolve(values.cli);
	const dirs = values.dir ?? [
		path.join(root, 'test/fixtures/import-corpus'),
		path.join(root, 'test/fixtures/import-corpus-holdout'),
		path.join(root, 'test/fixtures/import-corpus-holdout-2'),
	];
	let entries = dirs.flatMap((dir) => corpusEntries(dir));
	if (values.only) {
		const wanted = new Set(values.only.split(','));
		entries = entries.filter((entry) => wanted.has(entry.name));
	}
	if (entries.length === 0) {
		process.stderr.write(`eval-import: no inputs in ${dirs.join(', ')}\n`);
		process.exitCode = 2;
		return;
	}
	const tempDir = mkdtempSync(path.join(os.tmpdir(), 'baogao-eval-'));
	try {
		const {extract, simplify} = await loadTools(tempDir);
		foldScript = simplify;
		const results = [];
		for (const entry of entries) {
			let expectation;
			try {
				expectation = YAML.parse(readFileSync(entry.expect, 'utf8'));
			} catch (error) {
				process.stderr.write(`eval-import: ${entry.expect}: ${error.message.split('\n')[0]}\n`);
				process.exitCode = 2;
				continue;
			}
			results.push(score(entry, expectation, runImport(cli, entry.input, tempDir), extract));
		}
		if (values.json) {
			process.stdout.write(JSON.stringify(results, null, '\t') + '\n');
			return;
		}
		process.stdout.write(`Import quality on ${results.length} inputs\n\n${formatTable(results)}\n`);
		if (values.details) process.stdout.write(`\n${formatDetails(results)}\n`);
	} finally {
		rmSync(tempDir, {recursive: true, force: true});
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await main();
}

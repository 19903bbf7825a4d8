// The import corpus is well-formed: every input has its expectations, decodes in the encoding
// they declare, and contains the lines and sentences they name; the generated inputs match
// their sources; and the eval prints its table (accuracy itself is measured, not asserted).
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {unzipSync} from 'fflate';
import {describe, expect, test} from 'vitest';
import YAML from 'yaml';
import {corpusEntries, fields} from '../../scripts/eval-import.mjs';
import {
	corpusFolders,
	encodeText,
	makeDocx,
	withNewlines,
} from '../../scripts/gen-import-corpus.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const corpusDir = path.join(root, 'test/fixtures/import-corpus');
const holdoutDirs = ['import-corpus-holdout', 'import-corpus-holdout-2'].map((name) =>
	path.join(root, 'test/fixtures', name),
);
const entries = corpusEntries(corpusDir);
/** The corpus and the inputs held out of it, checked alike. */
const allEntries = [...entries, ...holdoutDirs.flatMap((dir) => corpusEntries(dir))];

type Expectation = {
	style: string;
	format: 'text' | 'html' | 'docx';
	encoding: string | null;
	newlines?: 'crlf' | 'cr';
	meta: Record<string, unknown>;
	paragraphs: number;
	keep: string[];
	drop: string[];
	figures: Array<{sentence: string; figures: Array<{value: number; unit: string}>}>;
};

function expectationOf(file: string): Expectation {
	return YAML.parse(readFileSync(file, 'utf8')) as Expectation;
}

/** The input decoded strictly in its declared encoding (a docx: its document part's XML). */
function decoded(input: string, expectation: Expectation): string {
	const bytes = readFileSync(input);
	if (expectation.format === 'docx') {
		const xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
		return xml.replace(/<\/w:p>/g, '\n');
	}
	const label = expectation.encoding === 'utf-8-bom' ? 'utf-8' : expectation.encoding!;
	return new TextDecoder(label, {fatal: true}).decode(bytes);
}

/** The input's text as a reader sees it: decoded, tags and pinyin glosses gone, no spacing. */
function visibleText(input: string, expectation: Expectation): string {
	return decoded(input, expectation)
		.replace(/<[^>]*>/g, '')
		.replaceAll('&gt;', '>')
		.replaceAll('&lt;', '<')
		.replaceAll('&amp;', '&')
		.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+\)/g, '')
		.normalize('NFKC')
		.replace(/\s/g, '');
}

const squash = (line: string) => line.normalize('NFKC').replace(/\s/g, '');

test('at least 24 inputs, in every format and encoding the importer takes', () => {
	expect(entries.length).toBeGreaterThanOrEqual(24);
	const expectations = entries.map((entry) => expectationOf(entry.expect));
	expect(new Set(expectations.map((expectation) => expectation.format))).toEqual(
		new Set(['text', 'html', 'docx']),
	);
	const encodings = new Set(expectations.map((expectation) => expectation.encoding));
	for (const encoding of ['utf-8', 'utf-8-bom', 'utf-16le', 'gbk', 'big5']) {
		expect(encodings.has(encoding), encoding).toBe(true);
	}
});

test('every expectation belongs to an input, and every input has one', () => {
	for (const dir of [corpusDir, ...holdoutDirs]) {
		const expectFiles = readdirSync(dir).filter((name) => name.endsWith('.expect.yaml'));
		const inDir = allEntries.filter((entry) => path.dirname(entry.expect) === dir);
		expect(expectFiles.sort()).toEqual(inDir.map((entry) => path.basename(entry.expect)).sort());
	}
	for (const entry of allEntries) expect(existsSync(entry.expect), entry.expect).toBe(true);
});

test('two sets of five inputs are held out, in shapes and encodings of their own', () => {
	const [first, second] = holdoutDirs.map((dir) =>
		corpusEntries(dir).map((entry) => expectationOf(entry.expect)),
	);
	expect(first).toHaveLength(5);
	const encodings = new Set(first!.map((expectation) => expectation.encoding));
	expect(encodings.has('utf-16be') && encodings.has('gbk')).toBe(true);
	expect(first!.some((expectation) => expectation.newlines === 'cr')).toBe(true);
	expect(second).toHaveLength(5);
	const kinds = new Set(
		second!.map((expectation) => `${expectation.format} ${expectation.encoding}`),
	);
	for (const kind of ['html gbk', 'html big5', 'docx null', 'text utf-8']) {
		expect(kinds.has(kind), kind).toBe(true);
	}
	expect(second!.some((expectation) => expectation.newlines === 'crlf')).toBe(true);
});

describe.each(allEntries)('$name', ({input, expect: expectFile}) => {
	const expectation = expectationOf(expectFile);

	test('states every measured field, a paragraph count and its lines', () => {
		for (const field of fields) expect(expectation.meta, field).toHaveProperty(field);
		expect(expectation.paragraphs).toBeGreaterThan(0);
		expect(expectation.keep.length).toBeGreaterThan(0);
		expect(expectation.figures.length).toBeGreaterThan(0);
		for (const item of expectation.figures) {
			for (const figure of item.figures) {
				expect(Number.isFinite(figure.value), item.sentence).toBe(true);
				expect(typeof figure.unit).toBe('string');
			}
		}
	});

	test('decodes in its declared encoding, and only in it', () => {
		const bytes = readFileSync(input);
		if (expectation.format === 'docx') {
			const parts = unzipSync(bytes);
			expect(Object.keys(parts)).toContain('word/document.xml');
			expect(Object.keys(parts)).toContain('[Content_Types].xml');
			return;
		}
		const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
		expect(hasBom).toBe(expectation.encoding === 'utf-8-bom');
		expect(bytes[0] === 0xff && bytes[1] === 0xfe).toBe(expectation.encoding === 'utf-16le');
		expect(bytes[0] === 0xfe && bytes[1] === 0xff).toBe(expectation.encoding === 'utf-16be');
		const isUtf8 = (() => {
			try {
				new TextDecoder('utf-8', {fatal: true}).decode(bytes);
				return true;
			} catch {
				return false;
			}
		})();
		expect(isUtf8).toBe(expectation.encoding === 'utf-8' || expectation.encoding === 'utf-8-bom');
		const text = decoded(input, expectation);
		expect(text.includes('\r\n')).toBe(expectation.newlines === 'crlf');
		expect(/\r(?!\n)/.test(text)).toBe(expectation.newlines === 'cr');
		expect(text).not.toContain('\ufffd');
		if (expectation.format === 'html' && expectation.encoding !== 'utf-8') {
			const head = new TextDecoder('latin1').decode(bytes.subarray(0, 600)).toLowerCase();
			const charset =
				expectation.encoding === 'gbk' ? /charset=["']?(gbk|gb2312|gb18030)/ : /charset=["']?big5/;
			expect(head).toMatch(charset);
		}
	});

	test('contains every line and sentence its expectations name', () => {
		const text = visibleText(input, expectation);
		for (const line of [...expectation.keep, ...expectation.drop]) {
			expect(text.includes(squash(line)), line).toBe(true);
		}
		for (const item of expectation.figures) {
			expect(text.includes(squash(item.sentence)), item.sentence).toBe(true);
		}
	});
});

test('the generated inputs are what their sources give', () => {
	for (const {sources, corpus} of corpusFolders) {
		for (const name of readdirSync(sources)) {
			const source = readFileSync(path.join(sources, name), 'utf8');
			if (name.endsWith('.docx.txt')) {
				const target = path.join(corpus, name.slice(0, -'.txt'.length));
				expect(makeDocx(source).equals(readFileSync(target)), target).toBe(true);
				continue;
			}
			const expectation = expectationOf(
				path.join(corpus, name.replace(/\.[^.]+$/, '.expect.yaml')),
			);
			const body = withNewlines(source, expectation.newlines);
			const target = path.join(corpus, name);
			expect(encodeText(body, expectation.encoding!).equals(readFileSync(target)), target).toBe(
				true,
			);
		}
	}
});

test('a text its encoding cannot hold is refused by the generator, not written with "?"', () => {
	expect(() => encodeText('工会 ▶ 职工', 'big5')).toThrow(/big5 cannot encode/);
});

test('the eval runs on two inputs and prints every measure', () => {
	const result = spawnSync(
		process.execPath,
		['scripts/eval-import.mjs', '--only', 'yuncheng-news-web,handan-union-gbk'],
		{cwd: root, encoding: 'utf8'},
	);
	expect(result.stderr).toBe('');
	expect(result.status).toBe(0);
	expect(result.stdout).toContain('Import quality on 2 inputs');
	for (const measure of [
		...fields,
		'chrome precision',
		'chrome recall',
		'paragraph count',
		'figure precision',
		'figure recall',
	]) {
		expect(result.stdout).toMatch(new RegExp(`^\\| ${measure}.*\\| .*\\(\\d+/\\d+\\) \\|$`, 'm'));
	}
});

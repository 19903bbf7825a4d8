// The generated tables must keep agreeing with the libraries they were made from.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import {pinyin} from 'pinyin-pro';
import {describe, expect, test} from 'vitest';
import {loadCorpus} from '../../source/corpus/load.js';
import {foldScript} from '../../source/text/fold.js';
import {compatPairs, scriptPairs} from '../../source/text/fold-table.js';
import {readingsOf} from '../../source/text/pinyin.js';
import {primaryReadings} from '../../source/text/pinyin-table.js';

const toSimplified = ['t', 'tw', 'hk'].map((from) => OpenCC.Converter({from, to: 'cn'}));

function pairs(table: string): Array<[string, string]> {
	const list: Array<[string, string]> = [];
	for (let index = 0; index + 1 < table.length; index += 2)
		list.push([table[index]!, table[index + 1]!]);
	return list;
}

/** Applies a converter until nothing changes (the table stores the end of each chain). */
function settle(char: string, convert: (text: string) => string): string {
	let current = char;
	for (let step = 0; step < 4; step++) {
		const next = convert(current);
		if (next === current) break;
		current = next;
	}
	return current;
}

describe('the script fold table', () => {
	test('holds thousands of one-char pairs', () => {
		expect(scriptPairs.length % 2).toBe(0);
		expect(scriptPairs.length / 2).toBeGreaterThan(2500);
	});

	test('agrees with opencc-js on every char in it', () => {
		const disagreements: string[] = [];
		for (const [from, to] of pairs(scriptPairs)) {
			const expected = toSimplified.map((convert) => settle(from, convert));
			if (!expected.includes(to))
				disagreements.push(`${from}→${to} (opencc: ${expected.join('/')})`);
		}
		expect(disagreements).toEqual([]);
	});

	test('agrees with opencc-js char by char on the traditional texts', () => {
		const convert = toSimplified[1]!;
		const texts = traditionalTexts();
		expect(texts.length).toBeGreaterThan(0);
		let compared = 0;
		const disagreements = new Map<string, number>();
		for (const text of texts) {
			const converted = convert(text);
			// Phrase conversions may change the length of a text; those lines are skipped.
			if (converted.length !== text.length) continue;
			const folded = foldScript(text);
			for (let index = 0; index < text.length; index++) {
				compared++;
				// What matters for search: folding opencc's output gives the same key.
				if (foldScript(converted[index]!) !== folded[index]) {
					const key = `${text[index]}→${folded[index]} (opencc ${converted[index]})`;
					disagreements.set(key, (disagreements.get(key) ?? 0) + 1);
				}
			}
		}
		expect(compared).toBeGreaterThan(5000);
		const total = [...disagreements.values()].reduce((sum, count) => sum + count, 0);
		// Word-level conversions (乾淨 → 干净 but 乾隆 stays) are the only allowed difference.
		expect(total / compared, [...disagreements.keys()].join(', ')).toBeLessThan(0.001);
	});

	test('compat pairs are what NFKC makes of each char', () => {
		for (const [from, to] of pairs(compatPairs)) expect(from.normalize('NFKC')).toBe(to);
	});
});

describe('the pinyin table', () => {
	test('gives every CJK char the reading pinyin-pro gives it alone', () => {
		const mismatches: string[] = [];
		let checked = 0;
		for (const line of primaryReadings.split('\n')) {
			const syllable = /^[a-z]+/.exec(line)![0];
			for (const char of line.slice(syllable.length)) {
				// Every 7th char keeps the test quick; the table is one generated run.
				if (char.charCodeAt(0) % 7 !== 0) continue;
				checked++;
				const expected = pinyin(char, {toneType: 'none', v: true});
				if (expected !== syllable) mismatches.push(`${char}: ${syllable} vs ${expected}`);
			}
		}
		expect(checked).toBeGreaterThan(2500);
		expect(mismatches).toEqual([]);
	});

	test('knows the readings words give polyphonic chars', () => {
		expect(readingsOf('行'.charCodeAt(0))).toEqual(expect.arrayContaining(['xing', 'hang']));
		expect(readingsOf('重'.charCodeAt(0))).toEqual(expect.arrayContaining(['zhong', 'chong']));
		expect(readingsOf('会'.charCodeAt(0))).toEqual(expect.arrayContaining(['hui', 'kuai']));
		expect(readingsOf('绿'.charCodeAt(0))).toContain('lv');
		expect(readingsOf('a'.charCodeAt(0))).toEqual([]);
	});

	test('a simplified char answers to the readings of the traditional chars folded into it', () => {
		// 乾 (qian) folds into 干 (gan).
		expect(readingsOf('干'.charCodeAt(0))).toEqual(expect.arrayContaining(['gan', 'qian']));
	});
});

/** Paragraph texts of the traditional reports, or of the traditional seed texts. */
function traditionalTexts(): string[] {
	const texts: string[] = [];
	try {
		for (const report of loadCorpus().reports) {
			if (report.meta.script !== 'traditional') continue;
			for (const section of report.sections) {
				for (const block of section.blocks) texts.push(block.text);
			}
		}
	} catch {
		// No bundled reports: fall back to the seeds below.
	}
	if (texts.length > 0) return texts;
	const seeds = '/work/shared/seeds';
	try {
		for (const name of readdirSync(seeds).filter((file) => /^00[14]_/.test(file))) {
			texts.push(...readFileSync(path.join(seeds, name), 'utf8').split('\n'));
		}
	} catch {
		// Neither is there; the test asserts on the empty list.
	}
	return texts;
}

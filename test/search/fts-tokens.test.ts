// The full-text condition of a query may let through too much, never too little: every item the
// search finds over all items must be among the candidates FTS5 gives for that condition.
import {DatabaseSync} from 'node:sqlite';
import fc from 'fast-check';
import {expect, test} from 'vitest';
import {
	buildIndex,
	foldKey,
	itemTokens,
	kindCondition,
	occurrenceCondition,
	occurrenceLevels,
	parseQuery,
	pinyinPairs,
	queryCondition,
	search,
	textTokens,
} from '../../source/search/index.js';
import {readingsOf} from '../../source/text/pinyin.js';
import {paragraphReport} from './helpers.js';

const chars = [...'劳模勞动動范範职職工书書屋房老牢重庆银行会员的年 ，。1420５6abAB'];
const syllables = [
	'lao',
	'mo',
	'dong',
	'fan',
	'zhi',
	'gong',
	'shu',
	'wu',
	'yin',
	'hang',
	'chong',
	'l',
	'm',
	'zh',
];

function candidates(texts: string[], query: string): Set<number> {
	const db = new DatabaseSync(':memory:');
	db.exec(
		"CREATE VIRTUAL TABLE t USING fts5 (tokens, content = '', detail = none, tokenize = 'ascii')",
	);
	const insert = db.prepare('INSERT INTO t (rowid, tokens) VALUES (?, ?)');
	const seen = new Set<number>();
	const vocabulary = new Map<string, string[]>();
	texts.forEach((text, at) => {
		const tokens = textTokens(foldKey(text));
		insert.run(at + 1, tokens);
		for (const {letters, pair} of pinyinPairs(foldKey(text), seen)) {
			vocabulary.set(letters, [...(vocabulary.get(letters) ?? []), pair]);
		}
	});
	const condition = queryCondition(
		parseQuery(query),
		true,
		(letters) => vocabulary.get(letters) ?? [],
	);
	if (condition === 'none') return new Set();
	if (condition === 'all') return new Set(texts.map((_, at) => at));
	const rows = db.prepare('SELECT rowid FROM t WHERE t MATCH ?').all(condition) as Array<{
		rowid: number;
	}>;
	db.close();
	return new Set(rows.map((row) => row.rowid - 1));
}

test('every item the search finds is a candidate of its full-text condition', () => {
	const text = fc
		.array(fc.constantFrom(...chars), {minLength: 1, maxLength: 30})
		.map((list) => list.join(''));
	const query = fc.oneof(
		fc.array(fc.constantFrom(...chars), {minLength: 1, maxLength: 5}).map((list) => list.join('')),
		fc
			.array(fc.constantFrom(...syllables), {minLength: 1, maxLength: 4})
			.map((list) => list.join('')),
		fc
			.array(fc.constantFrom(...syllables), {minLength: 2, maxLength: 3})
			.map((list) => list.join(' ')),
		fc.constantFrom('laodongmofna', 'zhigongshuwv', '职工书房', '1420', '14', 'lao 劳'),
	);
	fc.assert(
		fc.property(fc.array(text, {minLength: 1, maxLength: 8}), query, (texts, typed) => {
			const index = buildIndex([paragraphReport('a', '某地', ...texts)], []);
			const found = search(index, typed, {limit: Number.POSITIVE_INFINITY});
			const allowed = new Set([...candidates(texts, typed)].map((at) => texts[at]));
			for (const hit of found) expect(allowed.has(hit.item.text), typed).toBe(true);
		}),
		{numRuns: 300},
	);
});

/** Overlapping occurrences of `term` in `key`, as the search counts them. */
function occurrences(key: string, term: string): number {
	let count = 0;
	for (let at = key.indexOf(term); at !== -1; at = key.indexOf(term, at + 1)) count++;
	return count;
}

test('the ranking tokens find every item holding a term that often, and every item of a kind', () => {
	const repeated = fc
		.array(fc.constantFrom(...'劳模动范哈工a1'), {minLength: 0, maxLength: 40})
		.map((list) => list.join(''));
	const term = fc
		.array(fc.constantFrom(...'劳模动哈a1'), {minLength: 2, maxLength: 4})
		.map((list) => list.join(''));
	const kinds = ['section', 'paragraph', 'figure', 'caption'] as const;
	fc.assert(
		fc.property(fc.array(repeated, {minLength: 1, maxLength: 8}), term, (texts, typed) => {
			const db = new DatabaseSync(':memory:');
			db.exec(
				"CREATE VIRTUAL TABLE t USING fts5 (tokens, content = '', detail = none, tokenize = 'ascii')",
			);
			const insert = db.prepare('INSERT INTO t (rowid, tokens) VALUES (?, ?)');
			texts.forEach((text, at) => insert.run(at + 1, itemTokens(foldKey(text), kinds[at % 4]!)));
			const matching = (condition: string) =>
				new Set(
					(
						db.prepare('SELECT rowid FROM t WHERE t MATCH ?').all(condition) as Array<{
							rowid: number;
						}>
					).map((row) => row.rowid - 1),
				);
			const key = foldKey(typed);
			occurrenceLevels.forEach((least, level) => {
				const condition = occurrenceCondition(key, level)!;
				const found = matching(condition);
				texts.forEach((text, at) => {
					if (occurrences(foldKey(text), key) >= least)
						expect(found.has(at), `${typed} ${text}`).toBe(true);
				});
			});
			for (const kind of kinds) {
				expect([...matching(kindCondition(kind))].sort()).toEqual(
					texts.map((_, at) => at).filter((at) => kinds[at % 4] === kind),
				);
			}
			db.close();
		}),
		{numRuns: 200},
	);
	expect(occurrenceCondition('劳', 0)).toBeUndefined();
	expect(occurrenceCondition('劳 模', 0)).toBeUndefined();
});

test('two-char CJK words, single chars and pinyin are found through the tokens', () => {
	const texts = ['全市劳模创新工作室', '職工書屋', '老旧小区', '培训140期'];
	expect([...candidates(texts, '劳模')]).toEqual([0]);
	expect([...candidates(texts, '职工书屋')]).toEqual([1]);
	expect([...candidates(texts, '老')]).toEqual([2]);
	expect([...candidates(texts, 'lao')].sort()).toEqual([0, 2]);
	expect([...candidates(texts, 'zgsw')]).toEqual([1]);
	expect([...candidates(texts, 'laodongmofan')]).toEqual([]);
});

test('about one token a char: pairs, and the last char of each run alone', () => {
	expect(textTokens('劳动模范')).toBe('劳动 动模 模范 范');
	expect(textTokens('全市128名，a劳模')).toBe('全市 市1 12 28 8名 名 a劳 劳模 模');
	expect(textTokens('，。')).toBe('');
	expect(textTokens('劳')).toBe('劳');
});

test('the vocabulary keeps each Han pair once, under the first letters of its readings', () => {
	const seen = new Set<number>();
	const rows = pinyinPairs('劳模劳模', seen);
	expect(rows.filter((row) => row.pair === '劳模')).toEqual([{letters: 'lm', pair: '劳模'}]);
	// 行 reads xing and hang.
	expect(
		pinyinPairs('银行', seen)
			.map((row) => row.letters)
			.sort(),
	).toEqual(['yh', 'yx']);
	expect(pinyinPairs('劳模12', seen)).toEqual([]);
});

test('every char with a pinyin reading is a letter at or above U+2E80, so it sits in pairs', () => {
	const outside: number[] = [];
	for (let code = 0; code < 0x10000; code++) {
		if (readingsOf(code).length === 0) continue;
		if (code < 0x2e80 || !/^[\p{L}\p{N}]$/u.test(String.fromCharCode(code))) outside.push(code);
	}
	expect(outside).toEqual([]);
});

test('every BMP letter or digit, and nothing else, is a token char', () => {
	const word = /^[\p{L}\p{N}]$/u;
	const wrong: number[] = [];
	for (let code = 0; code < 0x10000; code++) {
		if (code >= 0xd800 && code <= 0xdfff) continue;
		const char = String.fromCharCode(code);
		if ((textTokens(char) === char) !== word.test(char)) wrong.push(code);
	}
	expect(wrong).toEqual([]);
});

/** The tokens of an item as plainly as they can be said: every pair, each run's last char, the
 * kind, and a mark per level for each pair held that often, each token once. */
function plainItemTokens(
	key: string,
	kind: 'section' | 'paragraph' | 'figure' | 'caption',
): string[] {
	const word = /^[\p{L}\p{N}]$/u;
	const tokens = new Set<string>();
	const pairCounts = new Map<string, number>();
	const chars = Array.from(key);
	chars.forEach((char, at) => {
		if (!word.test(char)) return;
		const next = chars[at + 1];
		if (next !== undefined && word.test(next)) {
			tokens.add(char + next);
			pairCounts.set(char + next, (pairCounts.get(char + next) ?? 0) + 1);
		} else tokens.add(char);
	});
	const kindMark = {section: '\uE011', paragraph: '\uE012', figure: '\uE013', caption: '\uE014'};
	tokens.add(kindMark[kind]);
	for (const [pair, count] of pairCounts) {
		occurrenceLevels.forEach((least, level) => {
			if (count >= least) tokens.add(pair + String.fromCharCode(0xe001 + level));
		});
	}
	// A letter beyond ASCII in one UTF-16 unit, counted alone, from 4 times up.
	const charCounts = new Map<string, number>();
	for (const char of chars) {
		if (word.test(char) && char.length === 1 && char.charCodeAt(0) > 0x7f) {
			charCounts.set(char, (charCounts.get(char) ?? 0) + 1);
		}
	}
	for (const [char, count] of charCounts) {
		occurrenceLevels.forEach((least, level) => {
			if (least >= 4 && count >= least) tokens.add(char + String.fromCharCode(0xe001 + level));
		});
	}
	return [...tokens].sort();
}

test('an item has each of its tokens once, as plainly said', () => {
	const alphabet = [...'劳模动范哈工a1 ，。', '𠀀', '𠀁', '\uD800'];
	const kinds = ['section', 'paragraph', 'figure', 'caption'] as const;
	fc.assert(
		fc.property(
			fc.array(fc.constantFrom(...alphabet), {minLength: 0, maxLength: 60}),
			fc.constantFrom(...kinds),
			(list, kind) => {
				const key = foldKey(list.join(''));
				const tokens = itemTokens(key, kind).split(' ');
				expect(new Set(tokens).size).toBe(tokens.length);
				expect([...tokens].sort()).toEqual(plainItemTokens(key, kind));
			},
		),
		{numRuns: 500},
	);
	expect(textTokens('劳模劳模，劳模')).toBe('劳模 模劳 模');
	// Long enough for the counting table to grow.
	const long = '劳模'.repeat(5000);
	expect(itemTokens(long, 'paragraph').split(' ').sort()).toEqual(
		plainItemTokens(long, 'paragraph'),
	);
});

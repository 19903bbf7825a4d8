// Front matter read without the YAML parser must be exactly what the parser reads, and anything
// the simple reading is not sure of is left to the parser.
import fc from 'fast-check';
import {expect, test} from 'vitest';
import {parse} from 'yaml';
import {simpleFrontMatter} from '../../source/corpus/simple-front-matter.js';

const keys = [
	'id',
	'title',
	'region',
	'region_en',
	'level',
	'period',
	'published',
	'authors',
	'__proto__',
	'Id',
	'a-b',
];
const values = [
	'syn-00001',
	'city',
	'2018-2023',
	'2023-10-08',
	'2023',
	'1e3',
	'0x1F',
	'0o17',
	'.inf',
	'-12',
	'+1',
	'true',
	'True',
	'false',
	'null',
	'Null',
	'~',
	'yes',
	'no',
	'on',
	'Off',
	'a b',
	'a: b',
	'a #b',
	'#x',
	'',
	' city',
	'city ',
	'"红石市"',
	'"Hongshi 1"',
	'""',
	'" 两边 "',
	'"a\\"b"',
	'"a\\nb"',
	'"a # b"',
	'"a: b"',
	'"\u0007"',
	'"\t"',
	'"𠀀"',
	"'single'",
	'["李娜"]',
	'["李娜", "王强"]',
	'["李娜","王强"]',
	'[]',
	'[a, b]',
	'[""]',
	'{a: 1}',
	'&x a',
	'*x',
	'!!str 12',
	'|',
	'>',
	'- a',
];

test('simple front matter reads as the YAML parser reads it, or is left to it', () => {
	// Mostly lines the simple reading takes, so that many whole texts are read both ways.
	const usualKeys = fc.constantFrom('id', 'title', 'region', 'region_en', 'level', 'authors');
	const usualValues = fc.constantFrom(
		'syn-00001',
		'city',
		'2018-2023',
		'"红石市"',
		'["李娜"]',
		'[]',
	);
	const line = fc
		.oneof(
			{arbitrary: fc.tuple(usualKeys, fc.constant(': '), usualValues), weight: 6},
			{
				arbitrary: fc.tuple(
					fc.constantFrom(...keys),
					fc.constantFrom(': ', ':  ', ':', ' : '),
					fc.constantFrom(...values),
				),
				weight: 1,
			},
		)
		.map(([key, colon, value]) => key + colon + value);
	const other = fc.constantFrom('', '# note', '  title: "x"');
	let simple = 0;
	fc.assert(
		fc.property(
			fc.array(fc.oneof({arbitrary: line, weight: 12}, {arbitrary: other, weight: 1}), {
				minLength: 1,
				maxLength: 6,
			}),
			(lines) => {
				const text = lines.join('\n');
				const fields = simpleFrontMatter(text);
				if (fields === undefined) return;
				simple++;
				expect(fields, text).toEqual(parse(text, {maxAliasCount: 10, logLevel: 'error'}));
				expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
			},
		),
		{numRuns: 3000},
	);
	// Each odd value on its own, too.
	for (const key of keys) {
		for (const value of values) {
			const text = `${key}: ${value}`;
			const fields = simpleFrontMatter(text);
			if (fields !== undefined) expect(fields, text).toEqual(parse(text));
		}
	}
	// The property says nothing if every case went to the parser.
	expect(simple).toBeGreaterThan(100);
});

test('a report file’s usual front matter is read without the parser', () => {
	const text = [
		'id: syn-00001',
		'title: "奮進在治蜀興川的新征程上"',
		'region_en: "Hongshi 1"',
		'level: city',
		'period: 2018-2023',
		'authors: ["李娜", "王强"]',
	].join('\n');
	expect(simpleFrontMatter(text)).toEqual({
		id: 'syn-00001',
		title: '奮進在治蜀興川的新征程上',
		region_en: 'Hongshi 1',
		level: 'city',
		period: '2018-2023',
		authors: ['李娜', '王强'],
	});
	expect(simpleFrontMatter('id: a\nid: b')).toBeUndefined();
	expect(simpleFrontMatter('flag: true')).toBeUndefined();
	expect(simpleFrontMatter('')).toBeUndefined();
});

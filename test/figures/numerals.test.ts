// Chinese and mixed numerals, read on their own and as figures in sentences written for the test.
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {extractFiguresFromText} from '../../source/figures/extract.js';
import {readNumeral} from '../../source/figures/numerals.js';
import {figureOf, raws} from './helpers.js';

function read(text: string) {
	const numeral = readNumeral(text, 0);
	return (
		numeral && {
			written: text.slice(0, numeral.end),
			number: numeral.number,
			multiplier: numeral.multiplier,
			value: numeral.value,
		}
	);
}

describe('readNumeral', () => {
	test.each([
		['3993个', '3993', 3993, 1, 3993],
		['80.2万人', '80.2万', 80.2, 10_000, 802_000],
		['1,234.5元', '1,234.5', 1234.5, 1, 1234.5],
		['十二个', '十二', 12, 1, 12],
		['十件', '十', 10, 1, 10],
		['十万人', '十万', 10, 10_000, 100_000],
		['二十家', '二十', 20, 1, 20],
		['三千余人', '三千', 3, 1000, 3000],
		['一千零五十名', '一千零五十', 1050, 1, 1050],
		['一千二百万元', '一千二百万', 1200, 10_000, 12_000_000],
		['十二万人', '十二万', 12, 10_000, 120_000],
		['三十万人', '三十万', 30, 10_000, 300_000],
		['两万三千人', '两万三千', 23_000, 1, 23_000],
		['兩萬三千人', '兩萬三千', 23_000, 1, 23_000],
		['2萬3千人', '2萬3千', 23_000, 1, 23_000],
		['1亿2000万元', '1亿2000万', 120_000_000, 1, 120_000_000],
		['2百万元', '2百万', 2, 1_000_000, 2_000_000],
		['1.5万亿元', '1.5万亿', 1.5, 1e12, 1.5e12],
		['万名', '万', 1, 10_000, 10_000],
		['亿元', '亿', 1, 100_000_000, 100_000_000],
		['两批', '两', 2, 1, 2],
		['5千米', '5', 5, 1, 5],
		['百分点', undefined, 0, 0, 0],
	] as const)('%s reads %s', (text, written, number, multiplier, value) => {
		expect(read(text)).toEqual(
			written === undefined ? undefined : {written, number, multiplier, value},
		);
	});

	test('two Chinese digits side by side are a year or an estimate, not a number', () => {
		expect(readNumeral('二〇二三年', 0)).toBeUndefined();
		expect(readNumeral('三四十人', 0)).toBeUndefined();
		expect(readNumeral('〇〇人', 0)).toBeUndefined();
	});

	test('a digit after a unit continues the number only before a smaller unit', () => {
		expect(read('2万3人')).toMatchObject({written: '2万', value: 20_000});
		expect(read('三百五人')).toMatchObject({written: '三百', value: 300});
	});
});

/** n written in Chinese numerals the standard way (一万零三百, 十二, 两千 not used). */
function chinese(n: number): string {
	const digits = '零一二三四五六七八九';
	const section = (value: number): string => {
		let out = '';
		let zero = false;
		for (const [unit, size] of [
			['千', 1000],
			['百', 100],
			['十', 10],
			['', 1],
		] as const) {
			const digit = Math.floor(value / size) % 10;
			if (digit === 0) {
				if (out !== '') zero = true;
				continue;
			}
			if (zero) out += '零';
			zero = false;
			out += digit === 1 && unit === '十' && out === '' ? '十' : digits[digit]! + unit;
		}
		return out;
	};
	const yi = Math.floor(n / 1e8);
	const wan = Math.floor(n / 1e4) % 1e4;
	const rest = n % 1e4;
	let out = '';
	if (yi > 0) out += section(yi) + '亿';
	if (wan > 0) out += (out !== '' && wan < 1000 ? '零' : '') + section(wan) + '万';
	if (rest > 0) out += (out !== '' && rest < 1000 ? '零' : '') + section(rest);
	return out;
}

describe('properties', () => {
	test('any whole number written in Chinese numerals reads back', () => {
		fc.assert(
			fc.property(fc.integer({min: 2, max: 999_999_999_999}), (n) => {
				const written = chinese(n);
				expect(readNumeral(`${written}人`, 0)?.value, written).toBe(n);
				expect(readNumeral(`${written}人`, 0)?.end, written).toBe(written.length);
			}),
			{numRuns: 2000},
		);
	});

	test('digits before 万 and a smaller group read as one number (2万3千)', () => {
		fc.assert(
			fc.property(
				fc.integer({min: 1, max: 9999}),
				fc.integer({min: 1, max: 9}),
				fc.constantFrom(['千', 1000] as const, ['百', 100] as const),
				(high, low, [unit, size]) => {
					const text = `${high}万${low}${unit}人`;
					expect(figureOf(text, text).value).toBe(high * 10_000 + low * size);
				},
			),
		);
	});

	test('a masked number is never a figure, whatever the mask hides', () => {
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...'*＊×'), {minLength: 1, maxLength: 4}),
				fc.constantFrom('人', '件', '亿元', '万人', '.*亿'),
				fc.constantFrom('', '5', '12'),
				(mask, tail, digits) => {
					expect(raws(`会员${mask.join('')}${digits}${tail},`)).toEqual([]);
					expect(raws(`会员${digits}${mask.join('')}${tail},`)).toEqual([]);
				},
			),
		);
	});
});

describe('Chinese numerals as figures', () => {
	test('mixed numerals are one figure (2萬3千人 is 23000, not 20000 and 3000)', () => {
		const text = '全縣職工書屋服務職工達2萬3千人次,比上屆增長一倍。';
		expect(raws(text)).toEqual(['達2萬3千人次']);
		expect(figureOf(text, '達2萬3千人次')).toMatchObject({
			value: 23_000,
			unit: '人次',
			qualifier: '达',
		});
	});

	test.each([
		['五年来近万名职工参加技能培训。', '近万名', 10_000, '名', '近'],
		['帮扶困难职工三千余人。', '三千余人', 3000, '人', '余'],
		['组建十二个专项工作组。', '十二个', 12, '个', ''],
		['每年为职工办理十件实事。', '十件', 10, '件', ''],
		['分两批选派年轻干部挂职。', '两批', 2, '批', ''],
		['带动社会投资上亿元。', '上亿元', 100_000_000, '元', '上'],
		['筹集帮扶资金二十余万元。', '二十余万元', 200_000, '元', '余'],
		['表彰一千零五十名先进个人。', '一千零五十名', 1050, '名', ''],
		['發放助學金三百五十萬元。', '三百五十萬元', 3_500_000, '元', ''],
		['全市建会企业1亿2000万元投入。', '1亿2000万元', 120_000_000, '元', ''],
		['超过三十家企业签订集体合同。', '超过三十家', 30, '家', '超过'],
		['深入百余家企业宣讲。', '百余家', 100, '家', '余'],
		['慰问一线职工万余人次。', '万余人次', 10_000, '人次', '余'],
		['会员总数一百八十六万人。', '一百八十六万人', 1_860_000, '人', ''],
		['会员人数十二万人。', '十二万人', 120_000, '人', ''],
	])('%s', (text, raw, value, unit, qualifier) => {
		expect(raws(text)).toEqual([raw]);
		expect(figureOf(text, raw)).toMatchObject({value, unit, qualifier});
	});

	test.each([
		'建立一个长效机制,解决一批实际困难。',
		'千家万户的冷暖挂在心上,万众一心。',
		'成千上万名职工受益。',
		'牢固树立四个意识,坚决做到两个维护。',
		'推动党建、业务、服务三位一体,实施五个一工程。',
		'十二五期间和十三五时期。',
		'二〇二三年全市三四十人参加。',
		'评选百名劳模,开展万人培训。',
		'统一个人信息采集。',
		'走访数十家企业,几百名职工参加,惠及亿万职工。',
	])('no figure in %s', (text) => {
		expect(raws(text)).toEqual([]);
	});
});

describe('not figures', () => {
	test.each([
		'全市新入会会员**人,受理投诉***件,涉及金额*.*亿元。',
		'发展会员1**人,筹集资金**5万元。',
		'113年度預算編列完成,民國99年起實施。',
		'中華民國一百一十三年度,民國九十九年至一百一十三年。',
		'打造服务3.0,推出工会2.0版,上线服务3.0项目。',
	])('%s', (text) => {
		expect(raws(text)).toEqual([]);
	});

	test('an ROC year beside a count leaves only the count', () => {
		const text = '113年度共辦理職工講座120場,民國99年至今累計服務1.5萬人次。';
		expect(raws(text)).toEqual(['120場', '1.5萬人次']);
	});

	test('a percentage written with .0 is still a figure', () => {
		expect(raws('会员人数增长3.0%,工会3.0版上线。')).toEqual(['3.0%']);
	});
});

test('every figure found in Chinese numerals points at its raw text', () => {
	const pieces = [
		...'一二三四五六七八九十百千万亿两零〇余多近上个人名批家元,。*',
		'成千上万',
		'第',
	];
	fc.assert(
		fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 30}), (parts) => {
			const text = parts.join('');
			for (const figure of extractFiguresFromText(text)) {
				expect(text.slice(figure.start, figure.end)).toBe(figure.raw);
				expect(Number.isFinite(figure.value) && figure.value > 0).toBe(true);
			}
		}),
		{numRuns: 2000},
	);
});

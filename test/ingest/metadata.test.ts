// Metadata from the text itself: ids, regions through the divisions dataset, periods, bylines.
import {describe, expect, test} from 'vitest';
import {
	bylineNames,
	freeId,
	idFromFileName,
	inferMetadata,
	isPersonName,
	levelFor,
	regionEnglish,
} from '../../source/ingest/metadata.js';
import {pinyin} from 'pinyin-pro';
import {evidenceText} from '../../source/ingest/messages.js';
import {divisions, englishName, shortName} from '../../source/ingest/regions.js';

function infer(body: string, extra: {title?: string; published?: string} = {}) {
	const lines = body.split('\n').map((text, index) => ({line: index + 1, text}));
	return inferMetadata({
		lines,
		title: extra.title ?? '',
		body,
		facts: extra.published ? {published: extra.published} : {},
		authors: [],
	});
}

describe('id from the file name', () => {
	test('ASCII names are kept, Chinese names spelled in pinyin, nothing left gives "report"', () => {
		expect(idFromFileName('Yuncheng_2024.txt')).toBe('yuncheng-2024');
		expect(idFromFileName('/a/b/运城市工会.html')).toBe('yun-cheng-shi-gong-hui');
		expect(idFromFileName('——.txt')).toBe('report');
	});

	test('a taken id gets the first free suffix', () => {
		const taken = new Set(['leshan', 'leshan-2']);
		expect(freeId('leshan', (id) => taken.has(id))).toBe('leshan-3');
		expect(freeId('jinan', (id) => taken.has(id))).toBe('jinan');
	});
});

describe('region, province, level', () => {
	test('the place named before 总工会 wins over places merely mentioned', () => {
		const inferred = infer(
			'运城市总工会召开会议。会上，来自太原市、大同市的代表发言。运城市各级工会积极参与。',
		);
		expect(inferred.region?.name).toBe('运城市');
		expect(inferred.region?.province).toBe('山西省');
		expect(levelFor(inferred)).toBe('city');
		expect(regionEnglish(inferred)).toBe('Yuncheng');
	});

	test('a county is a county, a district a district, each with its city', () => {
		const county = infer('荣县总工会五年来建成职工之家50个。荣县各级工会坚持服务职工。');
		expect(levelFor(county)).toBe('county');
		expect(regionEnglish(county)).toBe('Rong County, Zigong');
		const district = infer('宜宾市翠屏区总工会召开全委会。翠屏区各级工会服务职工。');
		expect(district.region?.display).toBe('宜宾市翠屏区');
		expect(levelFor(district)).toBe('district');
	});

	test('a name several places share is resolved by its city, or left empty with a reason', () => {
		const known = infer('北京市朝阳区总工会召开会议。朝阳区各级工会积极参与。');
		expect(known.region?.display).toBe('北京市朝阳区');
		expect(known.region?.province).toBe('北京市');
		const unknown = infer('朝阳区总工会召开会议。朝阳区各级工会积极参与。');
		expect(unknown.region).toBeUndefined();
		expect(unknown.notes.region?.en).toMatch(/朝阳区 names more than one place/);
	});

	test('the national federation is national; no place at all is nothing', () => {
		const national = infer('五年来，各级工会组织蓬勃发展。', {title: '中华全国总工会五年工作回顾'});
		expect(levelFor(national)).toBe('national');
		expect(regionEnglish(national)).toBe('China');
		expect(infer('职工之家建设取得新进展。').region).toBeUndefined();
	});

	test('English names from pinyin, with the names the world already uses', () => {
		expect(englishName('运城市')).toBe('Yuncheng');
		expect(englishName('陕西省')).toBe('Shaanxi');
		expect(englishName('广西壮族自治区')).toBe('Guangxi');
		expect(shortName('凉山彝族自治州')).toBe('凉山');
	});
});

describe('period', () => {
	test('an explicit range, written either way', () => {
		expect(infer('2016-2021年，全市工会发展会员5万人。').period).toEqual({from: 2016, to: 2021});
		expect(infer('2016年至2021年，全市工会发展会员5万人。').period).toEqual({from: 2016, to: 2021});
	});

	test('五年来 and 过去五年 count back from the publication year, and need it', () => {
		expect(infer('五年来，全市工会发展会员5万人。', {published: '2023-10-08'}).period).toEqual({
			from: 2018,
			to: 2023,
		});
		expect(infer('过去五年，全市工会发展会员5万人。').period).toBeUndefined();
	});

	test('第N次代表大会以来 when the text says the year of that congress', () => {
		const text =
			'2018年召开的市工会第十六次代表大会确定了目标。第十六次代表大会以来，全市工会不断发展。';
		expect(infer(text, {published: '2023-05-01'}).period).toEqual({from: 2018, to: 2023});
		expect(
			infer('第十六次代表大会以来，全市工会不断发展。', {published: '2023-05-01'}).period,
		).toBe(undefined);
	});
});

describe('published, source, authors', () => {
	test('web headers, newspaper lines, bylines and datelines', () => {
		const inferred = infer(
			[
				'发布日期：2024-05-11 来源：某某日报 阅读：312',
				'本报上海3月5日电 记者王某某 通讯员 李四',
				'正文第一段。',
			].join('\n'),
		);
		expect(inferred.published).toBe('2024-05-11');
		expect(inferred.source).toBe('某某日报');
		expect(inferred.fields.find((field) => field.name === 'source')?.line).toBe(1);
		const paper = infer('《某某工人报》（2021年04月28日 03版）\n正文。');
		expect(paper.published).toBe('2021-04-28');
		expect(paper.source).toBe('某某工人报');
	});

	test('names after 记者 and 通讯员; channels and desks are not people', () => {
		expect(bylineNames('本报讯（记者 王晓明 通讯员 李红）5月10日')).toEqual(['王晓明', '李红']);
		expect(bylineNames('记者 张三 李四 报道')).toEqual(['张三', '李四']);
		expect(isPersonName('要闻频道')).toBe(false);
		expect(isPersonName('新闻中心')).toBe(false);
		expect(isPersonName('陈晓岚')).toBe(true);
	});
});

describe('fields of other calendars, signatures, datelines and the whole country', () => {
	test('ROC years: a 民國 range is the period, a 民國 date the publication', () => {
		const found = infer('民國113年2月1日\n本會自民國108年成立以來，至112年底止，會務推展順利。');
		expect(found.period).toEqual({from: 2019, to: 2023});
		expect(found.published).toBe('2024-02-01');
	});

	test('a signature under the title or at the end names the author, not the office', () => {
		expect(infer('某某县人民政府工作报告\n县长 王某某\n各位代表：').authors).toEqual(['王某某']);
		expect(infer('各位代表。\n某某市总工会 主席 李某').authors).toEqual(['李某']);
		expect(isPersonName('县长')).toBe(false);
	});

	test('a news agency dateline gives the source and, with its byline, the author', () => {
		const found = infer('新华社广州6月1日电（记者 郑某某）\n全国工会开展活动。');
		expect(found.source).toBe('新华社');
		expect(found.authors).toEqual(['郑某某']);
	});

	test('"全国" in a title that names no place is the country, whatever the dateline says', () => {
		const found = infer('新华社北京6月1日电\n全国各级工会开展活动。', {
			title: '全国工会五年工作综述',
		});
		expect(levelFor(found)).toBe('national');
	});

	test('a name the press uses for a place counts as that place', () => {
		const found = infer('港九勞工團體昨日舉行大會，港九工會會員人數再創新高。', {
			title: '港九工會回顧五年',
		});
		expect(found.region?.name).toBe('香港特别行政区');
	});
});

describe('dates in Chinese numerals and the dates of mastheads and page headers', () => {
	test('a period and a signature date in Chinese numerals; the evidence as written', () => {
		const found = infer(
			'二〇一九年至二〇二三年间，本会会员增加三万人。\n某某市职工会联盟\n二〇二四年三月十日',
		);
		expect(found.period).toEqual({from: 2019, to: 2023});
		expect(found.published).toBe('2024-03-10');
		const evidence = found.fields.find((field) => field.name === 'published');
		expect(evidence).toMatchObject({evidence: '二〇二四年三月十日', line: 3});
		expect(found.fields.find((field) => field.name === 'period')?.evidence).toContain(
			'二〇一九年至二〇二三年间',
		);
	});

	test('"二零" and the date of the meeting that adopted the report', () => {
		expect(infer('（二零二二年一月十二日会员代表大会通过）\n正文。').published).toBe('2022-01-12');
		expect(infer('（2022年1月12日在市工会第十次代表大会上）\n正文。').published).toBe('2022-01-12');
	});

	test('an e-paper masthead with its weekday or edition, a page header beside its fields', () => {
		expect(infer('某州日报 2023年12月14日 星期四 往期回顾 PDF下载\n正文。').published).toBe(
			'2023-12-14',
		);
		expect(infer('2021年3月5日 星期五 第03版：要闻\n正文。').published).toBe('2021-03-05');
		expect(infer('二〇二一年三月五日 星期五\n正文。').published).toBe('2021-03-05');
		expect(infer('2024-05-11 | 来源：某某网 | 浏览：32\n正文。').published).toBe('2024-05-11');
		expect(infer('发布于 2024-05-11\n正文。').published).toBe('2024-05-11');
		expect(infer('正文\n2024.05.11').published).toBe('2024-05-11');
	});

	test('a date inside a sentence or after a preposition is no header', () => {
		expect(infer('2023年12月14日，市总工会召开全委会。').published).toBeUndefined();
		expect(infer('市总工会全委会于2023年12月14日').published).toBeUndefined();
		expect(infer('2023年12月14日 市总工会召开全委会').published).toBeUndefined();
	});

	test('the year of a congress written after it', () => {
		const text = '市工会第五次代表大会于2018年召开。第五次代表大会以来，全市工会不断发展。';
		expect(infer(text, {published: '2023-05-01'}).period).toEqual({from: 2018, to: 2023});
	});
});

describe('English names without pinyin-pro where the table is sure', () => {
	test('every division gets the name pinyin-pro gives it', () => {
		const spell = (name: string) => {
			const short = shortName(name) || name;
			const joined = pinyin(short, {toneType: 'none', type: 'array', nonZh: 'removed'})
				.join('')
				.replace(/ü|v/g, 'u');
			return joined[0]!.toUpperCase() + joined.slice(1);
		};
		const names = [...divisions().keys()].filter((name) => /^[\u4e00-\u9fff]+$/.test(name));
		expect(names.length).toBeGreaterThan(3000);
		const differ = names
			.filter(
				(name) =>
					!['陕西', '陕西省', '内蒙古', '西藏', '香港', '澳门'].some((own) => name.startsWith(own)),
			)
			.filter((name) => englishName(name) !== spell(name));
		expect(differ).toEqual([]);
	});
});

describe('evidence in either language', () => {
	test('how a field was found follows the language; the words stay as written', () => {
		const found = inferMetadata({
			lines: [{line: 1, text: '五年来，某某市工会建成职工之家50个。'}],
			title: '',
			body: '五年来，某某市工会建成职工之家50个。',
			facts: {},
			authors: [],
			page: {published: '2023-05-01', author: '王晓明'},
		});
		const published = found.fields.find((field) => field.name === 'published')!;
		expect(evidenceText(published, 'en')).toBe('published-time meta: 2023-05-01');
		expect(evidenceText(published, 'zh')).toBe('网页的 published-time 元数据：2023-05-01');
		const period = found.fields.find((field) => field.name === 'period')!;
		expect(period.evidence).toBe('五年来，某某市工会建成职工之家50个。');
		expect(evidenceText(period, 'zh')).toMatch(/^“五年来”，自发布年份 2023 年往前算：五年来/);
		expect(evidenceText({evidence: '第 3 行的字'}, 'zh')).toBe('第 3 行的字');
	});
});

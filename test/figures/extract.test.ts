// Real sentences from the bundled reports' sources (pinyin glosses removed by hand).
import {describe, expect, test} from 'vitest';
import {extractFiguresFromText} from '../../source/figures/extract.js';
import {figureOf, raws, summary} from './helpers.js';

const leshanMembers =
	'工会组建提质扩面。全市建立工会组织3993个,发展会员80.2万人,党执政的阶级基础和群众基础不断夯实。';
const cuiping =
	'五年来,翠屏区总工会全面聚焦主责主业,以强基为要、筑本为重,建立各级工会组织1410个,发展工会会员126184人,建会率动态保持在95%以上。';
const shaoyangOpening =
	'举办县级以上职工职业技能竞赛482场,参赛职工达2.9万人,评选出41名“宝庆工匠”;选树全国、省、市劳动模范和先进工作者共138名;创建县级以上劳模和工匠人才创新工作室105个、劳模助力乡村振兴示范基地138个;举办“一户一产业工人”培训班414期,推动就业12万余人;新建工会1730家,新发展会员13.1万人……';
const shaoyangRights =
	'保持12351服务职工热线畅通,共接待来信来访来电5800余人次;市、县、乡镇三级工会和会员50人以上的用人单位,已全部建立劳动法律监督委员会;开展法律进企业、进社区、进农村等系列普法活动,深入全市520余家企业发放法律宣传资料6.7万余册;举办120多场婚恋交友服务活动,促成1800多对职工喜结良缘;';
const sichuanWarmth =
	'做細做實“四季送”幫扶服務品牌,籌集送溫暖資金14.28億余元,慰問困難職工、勞模先進、新就業形態勞動者等232.57萬余人次;圍繞建筑、家政、新經濟新業態等多個領域,舉辦線上線下招聘會6700余場次,累計服務397.9萬人次,網上平臺日均服務6000人次以上;廣泛開展金秋助學活動,籌集款物1.27億元資助困難職工家庭子女4.95萬名。';
const sichuanOrganisation =
	'扎實開展百人以上企業建會、百人以下25人以上企業建會、社會組織建會“三大專項行動”,全省已建基層工會組織14.14萬個,工會會員1883.5萬人。創新完善社會化工作者職業發展機制,持續發展壯大社會化工會工作者隊伍。工會數字化平臺注冊用戶達740余萬人,用戶訪問量超過3億人次,成為全省各級工會網上聯系服務職工群眾和日常辦公的主要陣地。';
const jinanUnions = '截至目前,全市基層工會組織達到20159家,涵蓋單位102694個,工會會員245萬名。';

describe('numbers, multipliers and units', () => {
	test('a count with 个 and a count in 万人 (Leshan)', () => {
		expect(raws(leshanMembers)).toEqual(['3993个', '80.2万人']);
		const members = figureOf(leshanMembers, '80.2万人');
		expect(summary(members)).toEqual({
			number: 80.2,
			multiplier: 10_000,
			value: 802_000,
			unit: '人',
			qualifier: '',
		});
		expect(members.subject).toBe('发展会员');
		expect(figureOf(leshanMembers, '3993个').subject).toBe('建立工会组织');
	});

	test('plain counts and a percentage (Cuiping)', () => {
		expect(raws(cuiping)).toEqual(['1410个', '126184人', '95%以上']);
		expect(summary(figureOf(cuiping, '126184人'))).toEqual({
			number: 126_184,
			multiplier: 1,
			value: 126_184,
			unit: '人',
			qualifier: '',
		});
		expect(summary(figureOf(cuiping, '95%以上'))).toEqual({
			number: 95,
			multiplier: 1,
			value: 95,
			unit: '%',
			qualifier: '以上',
		});
	});

	test('万元 is multiplier 万 and unit 元', () => {
		const text = '五年来,为1238人次提供法律服务和法律援助,挽回经济损失449.18万元。';
		expect(summary(figureOf(text, '449.18万元'))).toEqual({
			number: 449.18,
			multiplier: 10_000,
			value: 4_491_800,
			unit: '元',
			qualifier: '',
		});
	});

	test('亿 and 余 after the multiplier (Sichuan, traditional)', () => {
		const money = figureOf(sichuanWarmth, '14.28億余元');
		expect(summary(money)).toEqual({
			number: 14.28,
			multiplier: 100_000_000,
			value: 1_428_000_000,
			unit: '元',
			qualifier: '余',
		});
		expect(money.subject).toBe('籌集送溫暖資金');
	});

	test('traditional units come out simplified; raw keeps the text', () => {
		expect(raws(sichuanWarmth)).toEqual([
			'14.28億余元',
			'232.57萬余人次',
			'6700余場次',
			'397.9萬人次',
			'6000人次以上',
			'1.27億元',
			'4.95萬名',
		]);
		expect(figureOf(sichuanWarmth, '6700余場次').unit).toBe('场次');
		const units = raws(sichuanOrganisation).map((raw) => figureOf(sichuanOrganisation, raw).unit);
		expect(units).toEqual(['个', '人', '人', '人次']);
		expect(figureOf(sichuanOrganisation, '14.14萬個').value).toBe(141_400);
		expect(figureOf(sichuanOrganisation, '1883.5萬人').value).toBe(18_835_000);
	});

	test('more units: 期, 家, 册, 场, 对, 份, 平方米, 条, 项, 户, 件, 批次', () => {
		const cases: Array<[string, string, string, number]> = [
			[shaoyangOpening, '414期', '期', 414],
			[shaoyangOpening, '1730家', '家', 1730],
			[shaoyangRights, '6.7万余册', '册', 67_000],
			[shaoyangRights, '120多场', '场', 120],
			[shaoyangRights, '1800多对', '对', 1800],
			[
				'签订保安、货车司机、商场信息员等群体集体协商合同46份,覆盖新业态劳动者1.2万余人。',
				'46份',
				'份',
				46,
			],
			['市县两级总工会职工阵地总面积达5.5万平方米。', '达5.5万平方米', '平方米', 55_000],
			['全省職工共提出合理化建議129.5萬條,開展技術革新9.6萬項。', '129.5萬條', '条', 1_295_000],
			['全省職工共提出合理化建議129.5萬條,開展技術革新9.6萬項。', '9.6萬項', '项', 96_000],
			[
				'全省25.4萬戶建檔立卡困難職工家庭與全省人民一道同步邁入全面小康社會。',
				'25.4萬戶',
				'户',
				254_000,
			],
			['過去五年,四川全省各級工會辦理職工維權案件1.9萬件,', '1.9萬件', '件', 19_000],
			[
				'2013年以來,接待受理職工來訪、投訴892批次,接聽熱線995人次,已全部處結。',
				'892批次',
				'批次',
				892,
			],
		];
		for (const [text, raw, unit, value] of cases) {
			const figure = figureOf(text, raw);
			expect([figure.unit, figure.value], raw).toEqual([unit, value]);
		}
	});

	test('千 and 百 count as multipliers when written as such; 千米 is a unit', () => {
		expect(summary(figureOf('慰问一线职工2千余人。', '2千余人'))).toEqual({
			number: 2,
			multiplier: 1000,
			value: 2000,
			unit: '人',
			qualifier: '余',
		});
		expect(figureOf('发放慰问品5百份。', '5百份').value).toBe(500);
		expect(summary(figureOf('新建职工健身步道3千米。', '3千米'))).toEqual({
			number: 3,
			multiplier: 1,
			value: 3,
			unit: '千米',
			qualifier: '',
		});
	});

	test('a multiplier without a unit is still a figure', () => {
		expect(summary(figureOf('全年实现营业收入3.5亿,同比增长。', '3.5亿'))).toEqual({
			number: 3.5,
			multiplier: 100_000_000,
			value: 350_000_000,
			unit: '',
			qualifier: '',
		});
	});

	test('‰ and 个百分点', () => {
		expect(summary(figureOf('职工工伤事故率控制在0.5‰以内。', '0.5‰以内'))).toEqual({
			number: 0.5,
			multiplier: 1,
			value: 0.5,
			unit: '‰',
			qualifier: '以内',
		});
		expect(figureOf('建会率提高2个百分点。', '2个百分点').unit).toBe('百分点');
	});

	test('full-width digits and decimal points', () => {
		const text = '新建工会１７３０家,新发展会员１３．１万人。';
		expect(raws(text)).toEqual(['１７３０家', '１３．１万人']);
		expect(figureOf(text, '１３．１万人').value).toBe(131_000);
		expect(figureOf(text, '１７３０家').number).toBe(1730);
	});

	test('thousands separators', () => {
		const text = '培養創業帶頭人1,790名,培訓下崗失業人員和農民工49,521人。';
		expect(figureOf(text, '49,521人').value).toBe(49_521);
		expect(figureOf(text, '1,790名').value).toBe(1790);
	});

	test('values avoid floating-point noise', () => {
		const values = extractFiguresFromText(
			'發展會員80.2萬人,籌集14.28億元,服務232.57萬人次,投入1.13億元,慰問0.7万人。',
		).map((figure) => figure.value);
		expect(values).toEqual([802_000, 1_428_000_000, 2_325_700, 113_000_000, 7000]);
	});
});

describe('qualifiers', () => {
	test('余, 多, 近, 以上', () => {
		expect(figureOf(shaoyangRights, '5800余人次').qualifier).toBe('余');
		expect(figureOf(shaoyangRights, '120多场').qualifier).toBe('多');
		expect(figureOf('五年覆盖职工近10万人次。', '近10万人次').qualifier).toBe('近');
		expect(figureOf(sichuanWarmth, '6000人次以上').qualifier).toBe('以上');
	});

	test('达 with 余 (达740余万人) and 超过 (traditional 超過)', () => {
		const users = figureOf(sichuanOrganisation, '達740余萬人');
		expect(summary(users)).toEqual({
			number: 740,
			multiplier: 10_000,
			value: 7_400_000,
			unit: '人',
			qualifier: '达+余',
		});
		expect(users.subject).toBe('工會數字化平臺注冊用戶');
		const visits = figureOf(sichuanOrganisation, '超過3億人次');
		expect(summary(visits)).toEqual({
			number: 3,
			multiplier: 100_000_000,
			value: 300_000_000,
			unit: '人次',
			qualifier: '超过',
		});
		expect(visits.subject).toBe('用戶訪問量');
	});

	test('超, 达到, 多 between the multiplier and the unit', () => {
		expect(figureOf('其中,370家省級創新工作室每年創效超100億元。', '超100億元').qualifier).toBe(
			'超',
		);
		expect(figureOf(jinanUnions, '達到20159家').qualifier).toBe('达到');
		const many = figureOf(
			'2000多家單位、60多萬名職工、3.5萬個班組參加了“安康杯”競賽活動。',
			'60多萬名',
		);
		expect(summary(many)).toEqual({
			number: 60,
			multiplier: 10_000,
			value: 600_000,
			unit: '名',
			qualifier: '多',
		});
	});

	test('共 and 累计 are not qualifiers and stay out of the subject', () => {
		const total = figureOf(shaoyangOpening, '138名');
		expect(total.qualifier).toBe('');
		expect(total.subject).toBe('全国、省、市劳动模范和先进工作者');
		const cumulative = figureOf(
			'自2021年起累计访谈基层干部、一线职工5000余人,慰问帮扶困难职工3000余人。',
			'3000余人',
		);
		expect(cumulative.qualifier).toBe('余');
		expect(cumulative.subject).toBe('慰问帮扶困难职工');
	});

	test('签约 and 下达 are verbs, not 约 and 达', () => {
		expect(figureOf('与企业签约3家。', '3家').qualifier).toBe('');
		expect(figureOf('向基层下达5项任务。', '5项').qualifier).toBe('');
	});
});

describe('subjects', () => {
	test('the words before the number', () => {
		expect(figureOf(cuiping, '1410个').subject).toBe('建立各级工会组织');
		expect(figureOf(cuiping, '126184人').subject).toBe('发展工会会员');
		expect(figureOf(cuiping, '95%以上').subject).toBe('建会率');
		expect(figureOf(shaoyangOpening, '13.1万人').subject).toBe('新发展会员');
		expect(figureOf(shaoyangOpening, '1730家').subject).toBe('新建工会');
		expect(
			figureOf(
				'精准对接职工需求,五年来,全市各级工会组织深化“双联”工作,走访慰问困难职工75124人次;',
				'75124人次',
			).subject,
		).toBe('走访慰问困难职工');
		expect(figureOf(jinanUnions, '245萬名').subject).toBe('工會會員');
	});

	test('a long subject is cut to a dozen characters at a word boundary', () => {
		const text =
			'举办各类劳动和技能竞赛300余场,参赛职工20万人次,打造省、市级劳模(工匠)创新工作室9个,产生经济效益上亿元。';
		expect(figureOf(text, '9个').subject).toBe('省、市级劳模(工匠)创新工作室');
		expect(figureOf(shaoyangOpening, '482场').subject).toBe('县级以上职工职业技能竞赛');
	});

	test('the words after the unit when the number follows a verb or a lead-in', () => {
		expect(figureOf('积极推进职工书屋建设,建立53家全国工会职工书屋示范点;', '53家').subject).toBe(
			'全国工会职工书屋示范点',
		);
		expect(
			figureOf(
				'五年来,先后有28名劳模走上讲堂、走到职工群众中,用榜样的力量诠释新时代建功立业的真正内涵。',
				'28名',
			).subject,
		).toBe('劳模');
		expect(
			figureOf(
				'2022年,我市成立教育、卫健、建设、商贸、交通运输等5个产业工会,最大限度地产业工人吸纳到工会组织中来。',
				'5个',
			).subject,
		).toBe('产业工会');
		expect(figureOf(shaoyangRights, '520余家').subject).toBe('企业');
		expect(figureOf(shaoyangRights, '6.7万余册').subject).toBe('企业发放法律宣传资料');
		expect(figureOf(shaoyangRights, '120多场').subject).toBe('婚恋交友服务活动');
	});

	test('a number right after another takes the noun after it: 9个方面36项改革任务', () => {
		const text =
			'全面完成《乐山市总工会改革方案》9个方面36项改革任务,永葆工会组织和工会工作的生机与活力。';
		expect(figureOf(text, '36项').subject).toBe('改革任务');
	});

	test('lists: 、 joins names into one subject, 等 ends the examples', () => {
		expect(
			figureOf(
				'五年來,全市推薦評選表彰市級以上勞動模範、先進工作者522名,市級以上五一勞動獎狀521個。',
				'522名',
			).subject,
		).toBe('勞動模範、先進工作者');
		expect(
			figureOf(
				'举办采茶、川厨、家政、晶硅光伏、护理等技能大赛40余场次,示范带动8万余人次参与岗位练兵和技能比武活动。',
				'40余场次',
			).subject,
		).toBe('技能大赛');
		const prizes =
			'组织参加全国总工会、省总工会组织的文体赛事,荣获一等奖6次、二等奖9次、三等奖20次、优秀奖13次。';
		expect(extractFiguresFromText(prizes).map((figure) => figure.subject)).toEqual([
			'荣获一等奖',
			'二等奖',
			'三等奖',
			'优秀奖',
		]);
	});

	test('quoted names stay whole in a subject', () => {
		expect(
			figureOf('并成功申报“全国模范职工之家”2个、“省级模范职工之家”5个。', '5个').subject,
		).toBe('“省级模范职工之家”');
		expect(
			figureOf(
				'选树“宝庆工匠”和“邵阳市技术能手”41名,并在2022年隆重发布“宝庆工匠年度人物”及提名奖获得者共20名。',
				'41名',
			).subject,
		).toBe('“宝庆工匠”和“邵阳市技术能手”');
	});

	test('a range: the upper end is the figure, the subject comes from before the range', () => {
		const text = '每个班组配备3至5名专职人员,每年培训2-3期。';
		expect(raws(text)).toEqual(['5名', '3期']);
		expect(figureOf(text, '5名').subject).toBe('专职人员');
		expect(figureOf(text, '3期').subject).toBe('每年培训');
	});

	test('a date before the subject is dropped', () => {
		expect(
			figureOf('2018年以來省五一勞動獎章獲得者中一線職工和產業工人比例超過60%,', '超過60%').subject,
		).toBe('一線職工和產業工人比例');
	});

	test('with nothing before it, what was done for the count names it', () => {
		const text = '五年来,为1238人次提供法律服务和法律援助,挽回经济损失449.18万元。';
		expect(figureOf(text, '1238人次').subject).toBe('提供法律服务和法律援助');
	});

	test('subjects are never longer than 16 characters besides quotes and brackets', () => {
		for (const text of [shaoyangOpening, shaoyangRights, sichuanWarmth, sichuanOrganisation]) {
			for (const figure of extractFiguresFromText(text)) {
				const words = figure.subject.replace(/[“”‘’「」『』《》()（）"']/g, '');
				expect(words.length, figure.raw).toBeLessThanOrEqual(16);
			}
		}
	});
});

describe('offsets and quotes', () => {
	test('start and end locate raw in the text', () => {
		for (const text of [leshanMembers, shaoyangRights, sichuanWarmth, jinanUnions]) {
			for (const figure of extractFiguresFromText(text)) {
				expect(text.slice(figure.start, figure.end)).toBe(figure.raw);
			}
		}
	});

	test('the quote is the whole sentence, split at ; and 。', () => {
		expect(figureOf(shaoyangRights, '6.7万余册').quote).toBe(
			'开展法律进企业、进社区、进农村等系列普法活动,深入全市520余家企业发放法律宣传资料6.7万余册;',
		);
		expect(figureOf(leshanMembers, '80.2万人').quote).toBe(
			'全市建立工会组织3993个,发展会员80.2万人,党执政的阶级基础和群众基础不断夯实。',
		);
	});
});

describe('not statistics', () => {
	const none: Array<[string, string]> = [
		['an ordinal meeting', '热烈祝贺乐山市工会第8次代表大会胜利召开!'],
		['page and issue numbers', '第13715期:第02版 本期出版日期:2023-10-26'],
		['a date and a time of day', '2023年10月08日10:23  來源:《工人日報》'],
		['a date in a sentence', '2021年6月29日,翠屏区一曼剧场内,'],
		['years', '2016年和2017年,自2019年組建勞模工匠宣講團以來,2013年以來'],
		['separated dates', '出版日期:2023-10-26,更新于2023/10/27,发布于2023.10.28'],
		['anniversaries', '在慶祝迎接新中國成立70周年、中國共產黨成立100周年、黨的二十大勝利召開等'],
		['a name in quotes', '坚持“11323”总体工作思路,全力推动乐山工会工作走在全省“第一方阵”'],
		['a name in quotes (traditional)', '明確“四門”工會工作理念和全省工會“345”工作思路'],
		['a name in ASCII quotes', '坚持"11323"总体工作思路'],
		['slogan counts', '堅持4個“高”要求,聚焦4個“更加”目標,始終保持和增強工會政治性先進性群眾性'],
		['a hotline', '保持12351服务职工热线畅通'],
		['a phone number', '咨询电话:0833-2123456'],
		['a duration in years', '市总工会连续5年被评为全国市级工会财务工作先进单位'],
		['once in 60 years', '特別是面對60年一遇極端高溫乾旱災害'],
		[
			'a size threshold',
			'市、县、乡镇三级工会和会员50人以上的用人单位,已全部建立劳动法律监督委员会',
		],
		['a size threshold (traditional)', '百人以下25人以上企業建會'],
		['a slogan with a number', '开展“1分钱坐公交”“加油满减”等普惠项目'],
		['a project name', '落實全總“工會服務站點雙15工程”部署'],
		['an address and a postcode', '地址:北京市朝阳区北苑路拂林园4号楼   邮编:101501'],
		['a copyright year', 'Copyright © 2011 四川工人日报融媒体数字报'],
		['a comment counter', '新闻评论0'],
		['a month count is a duration', '开展为期3个月的专项行动'],
		['a multiplied duration', '传承5千年的工匠文化'],
		['a ranking', '获得全省比赛前3名的优异成绩'],
		['a book title', '制定《2023年职工服务10项措施》'],
	];
	test.each(none)('%s', (_kind, text) => {
		expect(raws(text)).toEqual([]);
	});

	test('slogan counts are skipped but award counts in quotes are kept', () => {
		expect(raws('并成功申报“全国模范职工之家”2个,建成5个“职工之家”。')).toEqual(['2个', '5个']);
	});

	test('a share above a threshold is still a statistic: 96%以上企业', () => {
		const text =
			'民主管理纵深推进,全区全部事业单位、96%以上企业建立职工代表大会制度,规模以上非公企业厂务公开民主管理工作覆盖面达100%。';
		expect(raws(text)).toEqual(['96%以上', '达100%']);
		expect(figureOf(text, '96%以上').subject).toBe('企业');
	});

	test('a sentence with a date and statistics keeps only the statistics', () => {
		const text =
			'2021年,市总工会推动首批8个工会户外劳动者服务站点揭牌启用,并引导社会组织、企事业单位积极参与创建“工会驿站”,全市已建成工会户外劳动者服务站358个,评选全国总工会“最美站点”6个、省总工会“百优驿站”11个。';
		expect(raws(text)).toEqual(['8个', '358个', '6个', '11个']);
		expect(figureOf(text, '8个').subject).toBe('工会户外劳动者服务站点');
	});
});

describe('counting units of classes, cases, editions and places', () => {
	test('班, 宗, 届, 例 and 处 count, in either script and with Chinese numerals', () => {
		const values = (text: string) =>
			extractFiguresFromText(text).map((figure) => [figure.value, figure.unit]);
		expect(values('職業訓練中心開辦課程六百八十班，學員逾一萬五千人次。')).toEqual([
			[680, '班'],
			[15_000, '人次'],
		]);
		expect(values('提供勞資糾紛諮詢一萬二千餘宗。')).toEqual([[12_000, '宗']]);
		expect(values('连续举办三届职工技能大赛，建成户外劳动者驿站126处。')).toEqual([
			[3, '届'],
			[126, '处'],
		]);
		expect(values('救治工伤职工8例。')).toEqual([[8, '例']]);
	});

	test('届 before the body or session it numbers is an ordinal, not a count', () => {
		expect(raws('学习贯彻党的十九届四中全会精神，市十五届人大一次会议召开。')).toEqual([]);
		expect(raws('当选为十三届全国人大代表。')).toEqual([]);
	});
});

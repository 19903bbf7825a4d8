// The words figure extraction recognises, written once in simplified characters. Traditional
// spellings come from the search index's character fold (generated from OpenCC), so text in
// either script matches and there is one traditional/simplified table in the project.
import {foldScript, scriptFoldTable} from '../text/fold.js';

/** Simplified char → its traditional forms, inverted from the fold table on first use. */
let traditionalForms: Map<string, string[]> | undefined;

function traditionalOf(char: string): readonly string[] {
	if (!traditionalForms) {
		traditionalForms = new Map();
		const table = scriptFoldTable();
		for (let code = 0; code < table.length; code++) {
			if (table[code] === code) continue;
			const simplified = String.fromCharCode(table[code]!);
			const list = traditionalForms.get(simplified) ?? [];
			list.push(String.fromCharCode(code));
			traditionalForms.set(simplified, list);
		}
	}
	return traditionalForms.get(char) ?? [];
}

/** Maps each character to simplified; the result has exactly the input's length. */
export function simplify(text: string): string {
	return foldScript(text);
}

/** Every spelling of a simplified word in either script (a handful at most). */
export function spellings(word: string): string[] {
	let results = [''];
	for (const char of word) {
		const options = [char, ...traditionalOf(char)];
		results = results.flatMap((prefix) => options.map((option) => prefix + option));
	}
	return results;
}

/** A regex alternation matching any spelling of any of the words, longest first. */
export function alternation(words: readonly string[]): string {
	const all = new Set(words.flatMap(spellings));
	return [...all]
		.sort((a, b) => b.length - a.length)
		.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('|');
}

/**
 * Units that make a number a statistic. Time spans (年, 月, 日, 天, 周) are left out on
 * purpose: after a number they are nearly always a date, a duration or an anniversary.
 * 个百分点 is reported as 百分点.
 */
export const units: readonly string[] = [
	'个百分点',
	'平方公里',
	'平方米',
	'人次',
	'场次',
	'批次',
	'家次',
	'户次',
	'课时',
	'学时',
	'小时',
	'公里',
	'千米',
	'千克',
	'美元',
	'人',
	'名',
	'位',
	'个',
	'项',
	'家',
	'场',
	'期',
	'件',
	'条',
	'户',
	'册',
	'本',
	'对',
	'次',
	'所',
	'座',
	'支',
	'批',
	// 开办课程六百八十班, 受理求助一千二百宗, 连续举办三届, 救治8例, 建成驿站12处.
	'班',
	'宗',
	'届',
	'例',
	'处',
	'份',
	'篇',
	'部',
	'元',
	'台',
	'辆',
	'套',
	'张',
	'间',
	'门',
	'种',
	'类',
	'亩',
	'吨',
	'米',
	'倍',
	'%',
	'％',
	'‰',
];

/** How units are reported when the written form differs from the simplified one. */
export const unitAliases: ReadonlyMap<string, string> = new Map([
	['个百分点', '百分点'],
	['％', '%'],
]);

/** Multipliers written after a number; 千 and 百 count only when written as multipliers. */
export const multipliers: ReadonlyMap<string, number> = new Map([
	['万', 10_000],
	['亿', 100_000_000],
	['千', 1000],
	['百', 100],
]);

/**
 * Qualifiers written right before the number. 共 and 累计 are not among them: they say the
 * number is a total, not how exact it is, and stay out of the subject instead.
 */
export const leadingQualifiers: readonly string[] = [
	'超过',
	'超出',
	'突破',
	'高达',
	'达到',
	'将近',
	'接近',
	'不到',
	'不足',
	'大约',
	'约为',
	'超',
	'达',
	'近',
	'约',
	'逾',
];

/** Two-character words that end in a leading qualifier but are verbs, e.g. 签约3家. */
export const notLeadingQualifiers: ReadonlySet<string> = new Set(
	[
		'下达',
		'传达',
		'到达',
		'抵达',
		'送达',
		'表达',
		'发达',
		'签约',
		'履约',
		'合约',
		'特约',
		'要约',
		'最近',
		'附近',
		'赶超',
	].flatMap(spellings),
);

/** Qualifiers written between the number and the unit (余, 多) or after the unit. */
export const innerQualifiers: readonly string[] = ['余', '多'];
export const trailingQualifiers: readonly string[] = ['以上', '以下', '以内', '左右'];

// Words for finding a figure's subject; all compared against a simplified view of the text.

/**
 * Verbs that take the counted thing as their object: "建立53家示范点" counts 示范点, written
 * after the number, while "建立工会组织1410个" counts what comes before it.
 */
export const objectVerbs: readonly string[] = [
	'评选出',
	'建立',
	'建成',
	'打造',
	'举办',
	'开展',
	'组织',
	'确定',
	'制定',
	'出台',
	'推荐',
	'选树',
	'培育',
	'表彰',
	'评选',
	'选出',
	'培养',
	'创建',
	'创办',
	'培训',
	'招聘',
	'推广',
	'推出',
	'签订',
	'促成',
	'发放',
	'接待',
	'帮扶',
	'资助',
	'投入',
	'筹集',
	'获得',
	'荣获',
	'争创',
	'涌现',
	'完成',
	'提出',
	'采纳',
	'办理',
	'解决',
	'发布',
	'选派',
	'惠及',
	'吸引',
	'组建',
	'新建',
	'成立',
	'录入',
	'帮助',
	'指导',
	'访谈',
	'落实',
	'命名',
	'设立',
	'认定',
	'授予',
	'带动',
	'慰问',
	'走访',
	'救助',
	'聘请',
	'聘用',
	'招录',
	'补助',
	'配备',
];

/** A phrase ending in one of these leads into the number: "先后有28名劳模", "等5个产业工会". */
export const leadInEndings: readonly string[] = [
	'首批',
	'分批',
	'的',
	'有',
	'为',
	'向',
	'对',
	'等',
	'在',
	'把',
	'将',
	'从',
	'给',
	'让',
	'由',
	'与',
	'和',
	'及',
	'了',
];

/** Where a long subject may be cut besides lead-ins and verbs: "百人以上|建会企业…建制率". */
export const capBoundaryEndings: readonly string[] = ['以上', '以下', '以来', '中', '等'];

/** Head nouns after which a very long subject may be cut as a last resort: "非公企业|厂务公开…". */
export const capNounEndings: readonly string[] = [
	'企业',
	'单位',
	'工会',
	'职工',
	'组织',
	'部门',
	'人员',
	'者',
];

/** The report's own region, which says nothing about what is counted. */
export const ownRegionWords: readonly string[] = [
	'全市',
	'全省',
	'全区',
	'全县',
	'全州',
	'我市',
	'我省',
	'我区',
	'我县',
];

/** Dropped from the start of a subject: connectives and totals (共青团 keeps its 共). */
export const subjectLeadingNoise: readonly string[] = [
	'截至目前',
	'五年来',
	'近年来',
	'其中',
	'并且',
	'同时',
	'此外',
	'目前',
	'累计',
	'先后',
	'已经',
	'共计',
	'共',
	'并',
	'还',
	'的',
	'等',
];

/** Words 共 starts that are not "in total". */
export const notTotalAfterGong = '青同享建识';

/** Dropped from the start of a phrase that follows a number: the rest of a date or a range. */
export const dateTails: readonly string[] = [
	'至',
	'到',
	'-',
	'－',
	'年以来',
	'年来',
	'年起',
	'年底',
	'年初',
	'年末',
	'年中',
	'年度',
	'以来',
	'年',
	'月',
	'日',
	'号',
	'起',
	'来',
];

/** Dropped from the end of a subject: totals, copulas and "stays at". */
export const subjectTrailingNoise: readonly string[] = [
	'均动态保持在',
	'均保持在',
	'动态保持在',
	'保持在',
	'稳定在',
	'共计',
	'总计',
	'合计',
	'累计',
	'分别',
	'共',
	'计',
	'已',
	'为',
	'有',
	'都',
	'等',
	'的',
	'是',
	'了',
	'在',
];

/** Where a subject written after the number ends: a verb or preposition starting the predicate. */
export const predicateStarts: readonly string[] = [
	'疗休养',
	'从事',
	'参加',
	'参与',
	'参赛',
	'建立',
	'实施',
	'完成',
	'提供',
	'开展',
	'进行',
	'办理',
	'获得',
	'亮相',
	'走上',
	'走到',
	'讲述',
	'热情',
	'成为',
	'实现',
	'揭牌',
	'共同',
	'每年',
	'年均',
	'一道',
	'资助',
	'用于',
	'帮助',
	'支持',
	'返还',
	'签订',
	'喜结',
	'接受',
	'受到',
	'得到',
	'享受',
	'入会',
	'加入',
	'通过',
	'覆盖',
	'累计',
	'来自',
	'分布',
	'涵盖',
	'发放',
	'被',
	'在',
	'为',
	'的',
	'向',
	'获',
	'共',
	'达',
	'均',
	'已',
	'都',
	'也',
	'还',
	'将',
	'与',
	'是',
	'有',
];

/** Dropped from the end of a subject written after the number: "行业(工种)中". */
export const afterSubjectTrailingNoise: readonly string[] = [
	'中',
	'里',
	'内',
	'上',
	'等',
	'和',
	'与',
	'及',
];

/** Heads of slogan-like phrases such as 4个“高”要求: a count of named slogans, not a statistic. */
export const sloganHeads: readonly string[] = [
	'要求',
	'目标',
	'理念',
	'思路',
	'原则',
	'方针',
	'意识',
	'自信',
	'服从',
	'维护',
	'确立',
	'逻辑',
	'能力',
	'并重',
	'重点',
	'字',
];

/** Words after 两个, 四个 ... that make the phrase a slogan: 两个维护, 四个意识, 三个务必. */
export const numeralSloganHeads: readonly string[] = [
	...sloganHeads.filter((word) => word.length === 2),
	'务必',
	'全面',
	'代表',
	'毫不',
	'必须',
	'坚持',
	'服务',
	'统筹',
	'没有',
];

/** A word list ready for fast affix checks on simplified text: a set plus its word lengths. */
export class WordSet {
	private readonly words: ReadonlySet<string>;
	/** Distinct word lengths, longest first, so the longest match wins. */
	private readonly lengths: readonly number[];
	/** First and last characters of the words: most positions are ruled out by one look-up. */
	private readonly firsts: ReadonlySet<string>;
	private readonly lasts: ReadonlySet<string>;

	constructor(words: readonly string[]) {
		this.words = new Set(words);
		this.lengths = [...new Set(words.map((word) => word.length))].sort((a, b) => b - a);
		this.firsts = new Set(words.map((word) => word[0]!));
		this.lasts = new Set(words.map((word) => word.at(-1)!));
	}

	/** Length of the longest word that `simple` ends with at `end` (default: its end), or 0. */
	endingAt(simple: string, end: number = simple.length): number {
		if (end === 0 || !this.lasts.has(simple[end - 1]!)) return 0;
		for (const length of this.lengths) {
			if (length <= end && this.words.has(simple.slice(end - length, end))) return length;
		}
		return 0;
	}

	/** Length of the longest word that starts at `index` in `simple`, or 0. */
	startingAt(simple: string, index: number): number {
		if (index >= simple.length || !this.firsts.has(simple[index]!)) return 0;
		for (const length of this.lengths) {
			if (index + length <= simple.length && this.words.has(simple.slice(index, index + length))) {
				return length;
			}
		}
		return 0;
	}
}

// A report's metadata from what the text and the page say about themselves. Each field keeps
// the words it came from (evidence) and their line, so a dry run can show why; a field the
// text does not support stays empty, and the importer warns about it instead of refusing.
import {pinyin} from 'pinyin-pro';
import {idPattern} from '../corpus/format.js';
import type {Level} from '../corpus/types.js';
import type {Text} from '../i18n/lang.js';
import {foldScript} from '../text/fold.js';
import {sourceCredit} from './chrome.js';
import {arabicDates, dateText, digitDates, isDateLine, isoDate} from './dates.js';
import type {PageMeta} from './html.js';
import {evidenceHow, importMessages} from './messages.js';
import {type Division, divisions, englishRegion} from './regions.js';

export type Field = {
	name: string;
	value: string;
	/** The words the value came from, as the input writes them (a line, a tag's content). */
	evidence: string;
	/** How the value was read from them, when that is more than "this line says so". */
	how?: Text;
	line: number | null;
};

export type SourceLine = {line: number; text: string};

type InferInput = {
	/** Every non-empty cleaned line of the input, page chrome included: chrome carries facts. */
	lines: SourceLine[];
	title: string;
	subtitle?: string | undefined;
	/** The report's text (headings, paragraphs, captions), for the region and the period. */
	body: string;
	/** Lines the line scan kept as facts (the old rules: dateline, source, copyright). */
	facts: {published?: string; source?: string};
	authors: string[];
	page?: PageMeta | undefined;
};

type Inferred = {
	region?: Division & {display: string};
	national?: boolean;
	published?: string;
	source?: string;
	authors?: string[];
	period?: {from: number; to: number};
	fields: Field[];
	/** Why a field was left empty when the text was not clear (ambiguous region names). */
	notes: {region?: Text};
};

const cjk = /[\u3400-\u9fff]/;
/** A person's name as bylines write them: two to four Chinese characters (a middle dot allowed). */
const personName = /^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6}$/;
/** Words that end the names of channels, desks and organisations, never of people. */
const notAPerson =
	/(频道|頻道|网|網|中心|部|报|報|社|台|站|办|辦|局|会|會|委|组|組|室|号|號|客户端|编辑|編輯|记者|記者|通讯员|本报|本報|讯|訊|长|長|主席|书记|書記|主任|佚名|匿名|未知)$/;

/** Titles a signature puts before the name: "县长 邓永刚", "市总工会主席 周德文". */
const officialTitle =
	/(?:县长|縣長|市长|市長|区长|區長|省长|省長|州长|州長|主席|理事长|理事長|会长|會長|书记|書記|主任|局长|局長)\s*[:：]?\s*([\u4e00-\u9fff]{2,4})$/;

/** Words bylines put next to names. */
const bylineWords =
	/^(报道|報導|报导|報道|摄影|攝影|整理|供稿|撰文|文图|文圖|图文|圖文|综合|綜合|采写|採寫)$/;

export function isPersonName(name: string): boolean {
	return personName.test(name) && !notAPerson.test(name) && !bylineWords.test(name);
}

/** The person a signature line names: "县长 邓永刚", "某某市总工会主席 周德文" → the name. */
export function signatureName(line: string): string | undefined {
	const signed = line.length <= 30 ? officialTitle.exec(line.trim()) : null;
	return signed && isPersonName(signed[1]!) ? signed[1] : undefined;
}

const speechDate =
	/^[—-]*\s*(?:\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在.{2,50}(?:会议|會議|大会|大會|会|會)上/;
/** A news agency's or paper's dateline: "新华社北京10月9日电", "【香江時報訊】". */
const agencyDateline =
	/^(?:([\u4e00-\u9fff]{2,8}(?:社|台))[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日(?:电|電)|[【[]([\u4e00-\u9fff]{2,12}?)(?:讯|訊)[】\]])/;
/**
 * A masthead: a paper's or news site's name first on a line ("工人周报", "某某新闻网 即时 | 政治").
 * Other sites (an essay or tender site) are where a text was found, not who published it.
 */
const masthead =
	/^([\u4e00-\u9fff]{2,10}(?:报|報|周报|週報|时报|時報|日报|日報|晚报|晚報|新闻网|新聞網))(?:\s|$)/;
const headerPublished =
	/(?:发布日期|發佈日期|发布时间|發佈時間|发表时间|發表時間|出版日期|更新时间|更新時間|日期|时间|時間)\s*[:：]\s*(.{6,24})|(?:发布于|發佈於|發布於|发表于|發表於|更新于|更新於|刊发于|刊發於|刊于|刊於)\s*[:：]?\s*(.{6,24})/;
/**
 * What a page or an e-paper prints next to its own date, and nothing else does: a weekday, an
 * edition or issue (第03版, 第1234期), the lunar date, a clock time, or the header's other
 * fields (来源, 作者, 浏览…). "眉州日报 2023年12月14日 星期四 往期回顾", "2021-03-05 | 来源：…".
 */
const besideOwnDate =
	/^\s*[|｜丨/·•]?\s*(?:(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|第?\s*[\d一二三四五六七八九十]{1,5}\s*(?:版|期)|农历|農曆|\d{1,2}:\d{2}|来源|來源|作者|编辑|編輯|责任编辑|責任編輯|责编|責編|浏览|瀏覽|阅读|閱讀|点击|點擊|字号|字號|分享|打印|收藏|$)/;
/** A meeting's date in parentheses under a report's title: "（2024年3月10日會員大會通過）". */
const adoptedOn =
	/^[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,40}(?:通过|通過|审议|審議|批准|会议上|會議上|大会上|大會上)\s*[）)]$/;

/** "会议于2023年12月14日": the date ends a sentence about something else, it dates no page. */
function datedSentence(text: string, match: RegExpExecArray): boolean {
	return /[于於在至到从從自止]\s*$/.test(text.slice(0, match.index));
}

/** A date on a line of its own, after who signed: "常德市总工会 2022年8月25日". */
function signatureDate(text: string): string | undefined {
	if (!isDateLine(text)) return undefined;
	const match = dateText.exec(digitDates(text));
	return match && !datedSentence(text, match) ? isoDate(match) : undefined;
}

/**
 * The date of a short header line (a masthead, a page's date line) when what follows it is what
 * headers print beside their own date. Not a sentence: no sentence punctuation, a short lead.
 */
function headerLineDate(text: string): string | undefined {
	if (text.length > 80 || /[。！？!?，,；;]/.test(text)) return undefined;
	const match = dateText.exec(text);
	if (!match || match.index > 24 || datedSentence(text, match)) return undefined;
	return besideOwnDate.test(text.slice(match.index + match[0].length)) ? isoDate(match) : undefined;
}
const newspaperLine =
	/《([^》]{2,20}(?:报|報|刊|日报|晚报))》\s*[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const sourceLine =
	/(?:来源|來源|稿源|信息来源|文章来源|出处)\s*[:：]\s*《?([^》\s|｜/,，]{2,24})》?/;
const bylineLine =
	/(?:^|[\s（(])(?:本报记者|本報記者|记者|記者|通讯员|通訊員|作者|撰稿|文\s*[/／]|文\s*[:：])\s*[:：]?\s*((?:[\u4e00-\u9fff]{2,4}(?:[\s、，,)）／/]+|$)){1,4})/;
const dateline =
	/^(?:本报|本報|本刊)(?:[\u4e00-\u9fff]{0,6})?(\d{1,2})月(\d{1,2})日(?:电|電|讯|訊)/;

const bylineWord =
	/本报记者|本報記者|记者|記者|通讯员|通訊員|实习生|實習生|作者|撰稿|文\s*[/／:：]/g;

/** Every name after a 记者 / 通讯员 / 作者 word of a line: "记者 王某 通讯员 李某 张某". */
export function bylineNames(line: string): string[] {
	const names: string[] = [];
	const marks = [...line.matchAll(bylineWord)];
	marks.forEach((mark, index) => {
		const end = marks[index + 1]?.index ?? line.length;
		// "林怡君／臺中報導": the names end where the place of the report begins.
		const after = line
			.slice(mark.index + mark[0].length, end)
			.replace(/^\s*[:：]?\s*/, '')
			.replace(/\s*[／/].*$/, '');
		for (const token of after.split(/[\s、，,]+/)) {
			const name = token.replace(/[)）】\]].*$/, '');
			if (!name) continue;
			if (!isPersonName(name)) break;
			names.push(name);
			if (name !== token) break;
		}
	});
	return [...new Set(names)];
}

type FieldSink = (
	name: string,
	value: string,
	evidence: string,
	line: number | null,
	how?: Text,
) => void;

export function inferMetadata(written: InferInput): Inferred {
	// Dates in Chinese numerals (二〇二一年三月五日) are read as digits by every rule below; the
	// evidence shows each line as it was written.
	const asWritten = new Map<string, string>();
	const lines = written.lines.map(({line, text}) => {
		const digits = arabicDates(text);
		if (digits !== text) asWritten.set(digits, text);
		return {line, text: digits};
	});
	const input: InferInput = {
		...written,
		lines,
		title: arabicDates(written.title),
		subtitle: written.subtitle === undefined ? undefined : arabicDates(written.subtitle),
		body: arabicDates(written.body),
	};
	const fields: Field[] = [];
	const notes: Inferred['notes'] = {};
	const out: Inferred = {fields, notes};
	const field: FieldSink = (name, value, evidence, line, how) => {
		let said = evidence;
		for (const [digits, text] of asWritten) said = said.replace(digits, text);
		fields.push({name, value, evidence: said.slice(0, 120), line, ...(how ? {how} : {})});
	};
	const head = input.lines.slice(0, 40);
	const page = input.page ?? {};

	// Published: the page's own meta tag, the old dateline rules, then header and newspaper lines.
	const pagePublished = isoDate(dateText.exec(arabicDates(page.published ?? '')));
	if (pagePublished) {
		out.published = pagePublished;
		field(
			'published',
			pagePublished,
			page.published!,
			null,
			evidenceHow.pageMeta('published-time'),
		);
	} else if (input.facts.published) {
		out.published = input.facts.published;
		const at = input.lines.find((line) => line.text.includes(input.facts.published!.slice(0, 4)));
		field('published', out.published, at?.text ?? '', at?.line ?? null);
	} else {
		for (const line of input.lines) {
			const header = headerPublished.exec(line.text);
			const paper = newspaperLine.exec(line.text);
			const date =
				(header && isoDate(dateText.exec((header[1] ?? header[2])!))) ||
				(paper && isoDate(dateText.exec(`${paper[2]}年${paper[3]}月${paper[4]}日`))) ||
				// A date on a line of its own, after who signed or before the weekday and issue:
				// "常德市总工会 2022年8月25日", "2020年3月5日 星期四 第1234期", "民國113年3月16日".
				signatureDate(line.text) ||
				// A speech's date: "——2022年1月12日在某某县第十八届人民代表大会第一次会议上".
				(speechDate.test(line.text) && isoDate(dateText.exec(line.text))) ||
				(adoptedOn.test(line.text) && isoDate(dateText.exec(line.text))) ||
				// A masthead's or page header's date: "2021年3月5日 星期五 第03版".
				headerLineDate(line.text) ||
				// A date and time on a short line of its own: a page header ("原创 某号 2024-03-08 18:00").
				(line.text.length <= 50 &&
					/\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*\d{1,2}:\d{2}/.test(line.text) &&
					isoDate(dateText.exec(line.text)));
			if (date) {
				out.published = date;
				field('published', date, line.text, line.line);
				break;
			}
		}
	}

	// Source: the page's meta, the old rules, "来源：", a newspaper line; the site name last.
	const sourceCandidates: Array<[string | undefined, string, number | null, Text?]> = [
		[page.source, page.source ?? '', null, evidenceHow.pageMeta('source')],
		[input.facts.source, '', null],
	];
	for (const line of input.lines) {
		const paper = newspaperLine.exec(line.text);
		const said = sourceLine.exec(line.text);
		if (said) sourceCandidates.push([said[1], line.text, line.line]);
		if (paper) sourceCandidates.push([paper[1], line.text, line.line]);
	}
	for (const line of head) {
		const agency = agencyDateline.exec(line.text);
		if (agency) sourceCandidates.push([agency[1] ?? agency[2], line.text, line.line]);
	}
	for (const line of input.lines.slice(-8)) {
		const issuer = sourceCredit.exec(line.text);
		if (issuer) sourceCandidates.push([issuer[1], line.text, line.line || null]);
	}
	sourceCandidates.push([
		page.siteName,
		page.siteName ?? '',
		null,
		evidenceHow.pageMeta('og:site_name'),
	]);
	// Last: the masthead, the first short line (or page header) that starts with a paper's name.
	const top = head.find((line) => masthead.test(line.text) && line.text.length <= 60);
	if (top) sourceCandidates.push([masthead.exec(top.text)![1], top.text, top.line || null]);
	for (const [value, evidence, line, how] of sourceCandidates) {
		const source = value?.trim();
		if (!source || !cjk.test(source) || /^(本站|本网|原创|网络)$/.test(source)) continue;
		out.source = source;
		let said = evidence;
		let at = line;
		if (!said) {
			const found = input.lines.find((candidate) => candidate.text.includes(source));
			said = found?.text ?? source;
			at = found?.line ?? null;
		}
		field('source', source, said, at, how);
		break;
	}

	// Authors: the byline the structure pass found, a byline or dateline near the top, the meta.
	const structureAuthors = input.authors.filter(isPersonName);
	if (structureAuthors.length > 0) {
		out.authors = structureAuthors;
		field('authors', structureAuthors.join('、'), input.authors.join(' '), null);
	} else {
		for (const line of head) {
			const byline = bylineLine.exec(line.text);
			if (!byline) continue;
			const names = bylineNames(line.text);
			if (names.length > 0 && (dateline.test(line.text) || line.text.length <= 60)) {
				out.authors = names;
				field('authors', names.join('、'), line.text, line.line);
				break;
			}
		}
		// A signature: "县长 邓永刚" under the title, "高雄市總工會 理事長 吳文雄" at the end.
		const ends = [...head.slice(0, 12), ...input.lines.slice(-6)];
		for (const line of out.authors ? [] : ends) {
			const signer = signatureName(line.text);
			if (signer) {
				out.authors = [signer];
				field('authors', signer, line.text, line.line || null);
				break;
			}
		}
		const metaAuthor = page.author?.trim();
		if (!out.authors && metaAuthor) {
			const names = metaAuthor.split(/[\s、，,;；]+/).filter(isPersonName);
			if (names.length > 0) {
				out.authors = names;
				field('authors', names.join('、'), metaAuthor, null, evidenceHow.pageMeta('author'));
			}
		}
		// An account's article names no reporter, only its editor ("编辑：某某"), who wrote it.
		if (!out.authors) {
			for (const line of input.lines) {
				const editor =
					/^(?:编辑|編輯|文字编辑|文字編輯|文|撰文)\s*[:：|丨]\s*([\u4e00-\u9fff]{2,4})$/.exec(
						line.text,
					);
				if (editor && isPersonName(editor[1]!)) {
					out.authors = [editor[1]!];
					field('authors', editor[1]!, line.text, line.line || null);
					break;
				}
			}
		}
	}

	inferRegion(input, out, field);
	inferPeriod(input, out, field);
	return out;
}

/** Organisations whose name, after a place, says the report is about that place. */
const organisation =
	/^(?:总工会|總工會|工会|工會|委员会|委員會|市委|县委|区委|省委|人民政府|政府|人大|政协|政協|妇联|婦聯|团委|團委|党委|黨委|纪委|紀委|代表大会|代表大會)/;

type Candidate = {division: Division; score: number; evidence: SourceLine | undefined};

function inferRegion(input: InferInput, out: Inferred, field: FieldSink): void {
	const titleText = foldScript(`${input.title}\n${input.subtitle ?? ''}`);
	const bodyText = foldScript(input.body);
	const byName = divisions();
	const scores = new Map<string, {score: number; names: Set<string>}>();
	const bump = (name: string, by: number) => {
		const entry = scores.get(name) ?? {score: 0, names: new Set()};
		entry.score += by;
		scores.set(name, entry);
	};
	// Every place name in the text: the title counts triple, a name before 总工会/政府 and the
	// like five times more.
	const scan = (text: string, weight: number) => {
		for (let start = 0; start < text.length; start++) {
			if (!cjk.test(text[start]!)) continue;
			for (let length = 8; length >= 2; length--) {
				const name = text.slice(start, start + length);
				if (!byName.has(name)) continue;
				// A short name (乐山, 四川) only counts where no longer name starts.
				const after = text.slice(start + length, start + length + 6);
				bump(name, weight * (organisation.test(after) ? 5 : 1));
				start += length - 1;
				break;
			}
		}
	};
	scan(titleText, 3);
	const placeInTitle = scores.size > 0;
	scan(bodyText, 1);
	if (/全国总工会|中华全国|全国人大|全国政协|国务院/.test(titleText) && !scores.size) {
		out.national = true;
	}
	// Resolve each name to its divisions; a name shared by several places counts only where the
	// text also names the city or province it lies in.
	const candidates = new Map<string, Candidate>();
	const mentioned = new Set(scores.keys());
	const ambiguous: string[] = [];
	for (const [name, {score}] of scores) {
		const options = byName.get(name)!;
		const fitting =
			options.length === 1
				? options
				: options.filter((option) =>
						[option.city, option.province]
							.filter((parent): parent is string => Boolean(parent))
							.some((parent) => mentioned.has(parent) || mentioned.has(shortOf(parent))),
					);
		if (fitting.length !== 1) {
			if (score >= 3) ambiguous.push(name);
			continue;
		}
		const division = fitting[0]!;
		const known = candidates.get(division.name);
		if (known) known.score += score;
		else candidates.set(division.name, {division, score, evidence: undefined});
	}
	// A county's score is also evidence for its city and province, and theirs for it: the
	// jurisdiction is the most specific place that the text is mostly about.
	const ranked = [...candidates.values()].sort((a, b) => b.score - a.score);
	// "全国工会…综述": the country's, unless the title also names a place.
	const national =
		/全国总工会|中华全国总工会/.test(titleText) || (/全国|全國/.test(titleText) && !placeInTitle);
	const best = ranked[0];
	if (national && (!best || best.score < 6)) {
		out.national = true;
		field('region', '全国', input.title, null);
		return;
	}
	if (!best) {
		if (ambiguous.length > 0) noteAmbiguous(out, ambiguous);
		return;
	}
	const second = ranked[1];
	if (second && second.score === best.score && !nests(second.division, best.division)) {
		// Two unrelated places, equally prominent: not for us to choose.
		out.notes.region = importMessages.regionsEqual(best.division.name, second.division.name);
		return;
	}
	if (ambiguous.length > 0 && best.score < 3) {
		noteAmbiguous(out, ambiguous);
		return;
	}
	const division = best.division;
	// "宜宾市翠屏区", "北京市朝阳区" when the text writes the city with the district.
	const written = titleText + bodyText;
	const parent = [division.city, division.province].find(
		(name) => name && name !== division.name && written.includes(`${name}${division.name}`),
	);
	const display = parent ? `${parent}${division.name}` : division.name;
	out.region = {...division, display};
	const evidence = findLine(input.lines, division.name);
	field('region', display, evidence?.text ?? display, evidence?.line ?? null);
}

function noteAmbiguous(out: Inferred, names: string[]): void {
	out.notes.region = importMessages.regionAmbiguous(names);
}

function shortOf(name: string): string {
	return name.replace(/(省|市|自治区|特别行政区)$/, '');
}

/** One division inside the other (a district in its city, a city in its province). */
function nests(a: Division, b: Division): boolean {
	return a.city === b.name || b.city === a.name || a.province === b.name || b.province === a.name;
}

function findLine(lines: SourceLine[], text: string): SourceLine | undefined {
	return lines.find((line) => foldScript(line.text).includes(text));
}

function inferPeriod(input: InferInput, out: Inferred, field: FieldSink): void {
	const text = `${input.title}\n${input.subtitle ?? ''}\n${input.body}`;
	const range = /(\d{4})\s*(?:年)?\s*(?:-|–|—|~|～|至|到)\s*(\d{4})\s*年/g;
	for (const match of text.matchAll(range)) {
		const from = Number(match[1]);
		const to = Number(match[2]);
		if (from >= 1949 && from < to && to - from <= 10) {
			out.period = {from, to};
			const evidence = findLine(input.lines, foldScript(match[0])) ?? {text: match[0], line: 0};
			field('period', `${from}-${to}`, evidence.text, evidence.line || null);
			return;
		}
	}
	// The Republic of China's calendar: "民國108年至112年", "自民國108年就任以來，至112年底".
	const roc =
		/(?:民國|民国)\s*(\d{2,3})\s*年[^。！？\n]{0,16}?(?:至|到|-|–|—|~|～)\s*(?:民國|民国)?\s*(\d{2,3})\s*年/.exec(
			text,
		);
	if (roc) {
		const from = 1911 + Number(roc[1]);
		const to = 1911 + Number(roc[2]);
		if (from < to && to - from <= 10) {
			out.period = {from, to};
			const evidence = findLine(input.lines, foldScript(roc[0])) ?? {text: roc[0], line: 0};
			field('period', `${from}-${to}`, evidence.text, evidence.line || null);
			return;
		}
	}
	const year = Number(out.published?.slice(0, 4));
	const fiveYears =
		/五年来|五年來|过去五年|過去五年|过去的五年|過去的五年|近五年|这五年|這五年/.exec(text);
	if (fiveYears && year) {
		out.period = {from: year - 5, to: year};
		const evidence = findLine(input.lines, fiveYears[0]);
		field(
			'period',
			`${year - 5}-${year}`,
			evidence?.text ?? fiveYears[0],
			evidence?.line ?? null,
			evidenceHow.yearsBack(fiveYears[0], year),
		);
		return;
	}
	const since =
		/第([一二三四五六七八九十\d]{1,3})次(?:[\u4e00-\u9fff]{0,6})?代表大(?:会|會)以来/.exec(text);
	if (since && year) {
		const congress = since[1]!;
		// The congress's year before it ("2018年召开的…第五次代表大会") or after ("第五次代表大会于2018年召开").
		const when =
			new RegExp(
				`(\\d{4})年[^。！？\\n]{0,30}第${congress}次(?:[\\u4e00-\\u9fff]{0,6})?代表大(?:会|會)`,
			).exec(text) ??
			new RegExp(
				`第${congress}次(?:[\\u4e00-\\u9fff]{0,6})?代表大(?:会|會)[^。！？\\n]{0,8}?(?:于|於|在)?\\s*(\\d{4})\\s*年[^。！？\\n]{0,12}?(?:召开|召開|举行|舉行)`,
			).exec(text);
		const from = when ? Number(when[1]) : undefined;
		if (from && from < year && year - from <= 10) {
			out.period = {from, to: year};
			const evidence = findLine(input.lines, when![0]) ?? findLine(input.lines, since[0]);
			field('period', `${from}-${year}`, evidence?.text ?? when![0], evidence?.line ?? null);
		}
	}
}

/** The level a report file records for a division (or for the whole country). */
export function levelFor(inferred: Inferred): Level | undefined {
	if (inferred.national) return 'national';
	return inferred.region?.level;
}

export function regionEnglish(inferred: Inferred): string {
	if (inferred.national) return 'China';
	return inferred.region ? englishRegion(inferred.region) : '';
}

/**
 * A report id from a file name: lowercase letters, digits and hyphens; Chinese in pinyin
 * (运城市总工会工作报告.txt → yun-cheng-shi-…); "report" when nothing is left.
 */
export function idFromFileName(fileName: string): string {
	const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
	// pinyin-pro builds its word automaton on the first call (~50 ms): only for Chinese names.
	const spelled = (
		/[\u3400-\u9fff]/.test(stem)
			? pinyin(stem, {toneType: 'none', type: 'array', nonZh: 'consecutive'}).join('-')
			: stem
	)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/ü/g, 'u')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.replace(/-{2,}/g, '-');
	const id = spelled.slice(0, 56).replace(/-+$/, '');
	return idPattern.test(id) ? id : 'report';
}

/** The first id not taken: ID, then ID-2, ID-3 and so on. */
export function freeId(id: string, taken: (candidate: string) => boolean): string {
	if (!taken(id)) return id;
	for (let suffix = 2; ; suffix++) {
		const candidate = `${id}-${suffix}`;
		if (!taken(candidate)) return candidate;
	}
}

// The importer's words, in both languages: why a file is refused, what a field lacks and how to
// set it, and why a block was left out (what any report file or path can have wrong, which the
// importer says too, is in i18n/messages.ts). Whatever comes from the input (file names, keys, text)
// is sanitized by whoever prints it.
import {levels} from '../corpus/types.js';
import {type Lang, levelText, type Text} from '../i18n/lang.js';

/** The report fields as a Chinese sentence names them (the key itself follows in brackets). */
const fieldWords: Record<string, string> = {
	id: 'ID',
	title: '标题',
	subtitle: '副标题',
	region: '地区',
	region_en: '地区英文名',
	province: '省份',
	province_en: '省份英文名',
	level: '级别',
	period: '时期',
	published: '发布日期',
	source: '来源',
	authors: '作者',
};

export function fieldWord(name: string, lang: Lang): string {
	return lang === 'zh' ? (fieldWords[name] ?? name) : name;
}

export const importMessages = {
	notYaml: (reason: string): Text => ({
		en: `not valid YAML: ${reason}`,
		zh: `不是有效的 YAML：${reason}`,
	}),
	notKeyValues: {
		en: 'must be a set of "key: value" lines',
		zh: '应由“键: 值”的行组成',
	},
	unknownKey: (key: string): Text => ({en: `unknown key "${key}"`, zh: `没有键“${key}”`}),
	notText: (key: string): Text => ({en: `"${key}" must be text`, zh: `“${key}”应为文字`}),
	notKeyValue: (pair: string): Text => ({
		en: `"${pair}" must look like key=value`,
		zh: `“${pair}”应写作 键=值`,
	}),
	noText: {en: 'no text left after cleaning', zh: '清理后没有剩下文字'},
	onlyTitle: {en: 'no text besides the title', zh: '除标题外没有正文'},
	fieldMissing: (name: string, why: Text | undefined, metaFile: string): Text => ({
		en:
			`no ${name} found in the text${why ? ` (${why.en})` : ''}; ` +
			`set it with "${name}: …" in ${metaFile} or --set ${name}=…`,
		zh:
			`文中没有找到${fieldWords[name] ?? name}${why ? `（${why.zh}）` : ''}；` +
			`可在 ${metaFile} 中写“${name}: …”，或用 --set ${name}=… 设置`,
	}),
	regionsEqual: (a: string, b: string): Text => ({
		en: `the text names ${a} and ${b} equally`,
		zh: `文中${a}与${b}出现得一样多`,
	}),
	regionAmbiguous: (names: readonly string[]): Text => ({
		en: `${names.join(', ')} names more than one place`,
		zh: `${names.join('、')}是不止一处地方的名字`,
	}),
	badUtf8: {
		en: 'starts as UTF-8 but is not valid UTF-8',
		zh: '以 UTF-8 标记开头，却不是有效的 UTF-8',
	},
	badUtf16: {
		en: 'starts as UTF-16 but is not valid UTF-16',
		zh: '以 UTF-16 标记开头，却不是有效的 UTF-16',
	},
	unknownEncoding: {
		en: 'not text in an encoding baogao reads (UTF-8, UTF-16 with a byte-order mark, GB18030/GBK, Big5)',
		zh: '不是 baogao 能读的编码的文字（UTF-8、带字节序标记的 UTF-16、GB18030/GBK、Big5）',
	},
	// Files that are not text to import, by their first bytes or by what they are.
	image: (kind: 'PNG' | 'JPEG' | 'GIF'): Text => ({
		en: `a ${kind} image, not text`,
		zh: `是 ${kind} 图片，不是文字`,
	}),
	pdf: {
		en: 'a PDF document (save it as text or .docx first)',
		zh: '是 PDF 文档（请先另存为文字或 .docx）',
	},
	zip: {
		en: 'a ZIP archive (a Word file must be named .docx)',
		zh: '是 ZIP 压缩包（Word 文件须以 .docx 命名）',
	},
	directory: {en: 'is a directory, not a text file', zh: '是文件夹，不是文字文件'},
	tooLarge: {en: 'too large to import', zh: '太大，无法导入'},
	/** How a file's encoding was decided, for the import line. */
	decidedBy: {
		'byte-order mark': {en: 'byte-order mark', zh: '字节序标记'},
		'valid UTF-8': {en: 'valid UTF-8', zh: '有效的 UTF-8'},
		'meta charset': {en: 'meta charset', zh: '网页声明的编码'},
		detected: {en: 'detected', zh: '检测所得'},
	},
	/** What kind of file was imported. */
	format: {
		text: {en: 'text', zh: '文本'},
		html: {en: 'html', zh: '网页'},
		docx: {en: 'docx', zh: 'Word 文档'},
	},
	notDocx: (reason: string): Text => ({
		en: `not a Word document baogao can read (${reason})`,
		zh: `不是 baogao 能读的 Word 文档（${reason}）`,
	}),
} as const;

/** Why a block was left out, by the name the rule that dropped it goes by, in Chinese. */
const reasonWords: Record<string, string> = {
	// Line rules and shapes (chrome.ts).
	'congress banner': '大会横幅',
	breadcrumb: '面包屑导航',
	'page navigation': '翻页导航',
	'search box': '搜索框',
	dateline: '日期行',
	'issue and page number': '期号版次',
	'voice player': '语音播报',
	'comment counter': '评论计数',
	links: '链接',
	copyright: '版权声明',
	address: '地址',
	'editor line': '编辑署名',
	'link list': '链接列表',
	'publication line': '发布信息行',
	'date line': '落款日期',
	'dateline or byline': '电头或署名',
	'newspaper line': '报纸出处行',
	'issuer credit': '发布机构署名',
	'end mark': '结束标记',
	'follow prompt': '关注提示',
	'editor note': '编者按',
	'notice fields or contact': '公告字段或联系方式',
	'site notice': '网站提示',
	'related links': '相关链接',
	'share and print controls': '分享与打印按钮',
	'view counter': '阅读计数',
	'login wall': '登录墙',
	'comment form or poll': '评论框或投票',
	'editor blurb': '编辑署名',
	'image marker': '图片标记',
	'site name or footer': '网站名或页脚',
	'not prose (few Chinese characters)': '非正文（汉字很少）',
	'web address': '网址',
	'repeated line': '重复的行',
	// The line scan and the structure pass (blocks.ts, structure.ts).
	'photo credit line': '图片来源说明',
	'headline ticker': '标题滚动条',
	'page header': '页头',
	'above the headline': '标题之上的内容',
	'signature line': '落款署名',
	// Furniture the page's markup names (html.ts).
	'comment or reply': '评论或回帖',
	poll: '投票',
	'share controls': '分享按钮',
	navigation: '导航',
	'page footer': '页脚',
	sidebar: '侧栏',
	advertisement: '广告',
	signature: '签名档',
	'page tools': '页面工具',
	form: '表单',
	'outside the article (Readability)': '正文之外（Readability）',
	'outside the article': '正文之外',
};

/** A dropped block's reason in a language. */
/** How a field's value was found, when it is not simply the line of text shown with it. */
export const evidenceHow = {
	/** The page's own <meta> tag (published-time, source, author, og:site_name). */
	pageMeta: (tag: string): Text => ({en: `${tag} meta`, zh: `网页的 ${tag} 元数据`}),
	setByHand: {en: 'set by hand', zh: '手工设定'},
	fileName: {en: 'file name', zh: '文件名'},
	divisions: {en: 'divisions dataset', zh: '行政区划数据'},
	/** "五年来" counted back from the year the text was published. */
	yearsBack: (words: string, year: number): Text => ({
		en: `${words}, counted back from ${year}, the year published`,
		zh: `“${words}”，自发布年份 ${year} 年往前算`,
	}),
} as const;

/** A field's evidence as shown: how it was found (in the language), then the words it came from. */
/**
 * A field's value as the dry run shows it: a level in the words the library uses for it
 * (city → 市级 in Chinese); any other value, and a level the format does not know, as found.
 */
export function fieldValueText(field: {name: string; value: string}, lang: Lang): string {
	const level = levels.find((known) => known === field.value);
	return field.name === 'level' && level ? levelText(level, lang) : field.value;
}

export function evidenceText(
	field: {evidence: string; how?: Text | undefined},
	lang: Lang,
): string {
	if (!field.how) return field.evidence;
	const how = field.how[lang];
	if (!field.evidence) return how;
	return lang === 'zh' ? `${how}：${field.evidence}` : `${how}: ${field.evidence}`;
}

export function reasonText(rule: string, lang: Lang): string {
	return lang === 'zh' ? (reasonWords[rule] ?? rule) : rule;
}

/** True when the reason has its Chinese words (every rule's name must). */
export function reasonKnown(rule: string): boolean {
	return Object.hasOwn(reasonWords, rule);
}

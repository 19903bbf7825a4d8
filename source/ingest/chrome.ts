// Lines that belong to the page, not the report: web-page chrome, newspaper furniture, spam.
// Kept as data so a new kind of page furniture is one more row.

import {isDateLine} from './dates.js';

type ChromeRule = {name: string; pattern: RegExp};

const chromeRules: readonly ChromeRule[] = [
	{name: 'congress banner', pattern: /^(热烈|熱烈)(祝贺|祝賀|庆祝|慶祝)/},
	{name: 'breadcrumb', pattern: />>|»/},
	{name: 'page navigation', pattern: /上一期|下一期|上一版|下一版|上一篇|下一篇/},
	{name: 'search box', pattern: /站内高级搜索|站內高級搜索|站内搜索/},
	{name: 'dateline', pattern: /^\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}|^(来源|來源)[:：]/},
	{name: 'issue and page number', pattern: /^第\s*\d+\s*(期|版)/},
	{name: 'voice player', pattern: /^(语音播报|語音播報)/},
	{name: 'comment counter', pattern: /^(新闻评论|新聞評論|评论|評論)\s*\d*$/},
	{name: 'links', pattern: /^(友情链接|友情鏈接|相关链接|相關鏈接|分享到)/},
	{name: 'copyright', pattern: /copyright|©|版权所有|版權所有|all rights reserved/i},
	{name: 'address', pattern: /^(地址|地 址)[:：]/},
	{name: 'editor line', pattern: /^[(（]\s*(责编|責編|责任编辑|責任編輯|编辑|編輯)[:：]/},
	{name: 'link list', pattern: /(\|[^|]*){5,}/},
];

export function chromeRuleFor(line: string): ChromeRule | undefined {
	return chromeRules.find((rule) => rule.pattern.test(line));
}

// Page furniture of sites never seen, decided from the shape of the line rather than from
// strings of five known files (in the spirit of jusText and trafilatura): furniture is short,
// says no sentence, and is made of navigation words, counters, controls and site names; prose
// is long, mostly Chinese and punctuated. Each feature below is one of those shapes; a line
// that reads as a sentence never is furniture, whatever words it holds.

type ChromeContext = {
	/** How many times the same cleaned line occurs in the input. */
	repeats: number;
};

type Feature = {name: string; test: (line: string, context: ChromeContext) => boolean};

const cjkChar = /[\u3400-\u9fff]/g;
const sentenceEnd = /[。！？!?…][”’」』）)"']*$/;

function chars(line: string): number {
	return [...line].length;
}

/** Share of Chinese characters among the non-space characters. */
export function cjkShare(line: string): number {
	const visible = line.replace(/\s/g, '');
	return visible ? (visible.match(cjkChar) ?? []).length / [...visible].length : 0;
}

const short = (line: string, limit = 40) => chars(line) <= limit && !sentenceEnd.test(line);

/** A release's issuer in brackets on a line of its own, after the text. */
export const sourceCredit =
	/^[(（]\s*([\u4e00-\u9fff]{2,24}(?:局|社|報|报|台|中心|办公室|辦公室|新闻处|新聞處|新闻办|新聞辦))\s*[)）]$/;

const chromeFeatures: readonly Feature[] = [
	{
		// "发布时间：2024-01-15 来源：某某" or "原创 某号 2024-03-08 18:00": the page's header.
		name: 'publication line',
		test: (line) =>
			// Header lines list many fields (time, source, views, font size): up to 100 characters.
			short(line, 100) &&
			(/^(发布日期|發佈日期|发布时间|發佈時間|发表时间|發表時間|更新时间|更新時間|日期|时间|時間|来源|來源|作者|稿源|信息来源|文章来源)\s*[:：]/.test(
				line,
			) ||
				/\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*\d{1,2}:\d{2}/.test(line)),
	},
	{
		// "常德市总工会 2022年8月25日", "（2023年2月16日）": who signed and when, never a sentence.
		name: 'date line',
		test: (line) => chars(line) <= 30 && isDateLine(line),
	},
	{
		// "新华社北京10月9日电（记者 韩雪梅）", "【某某时报讯】记者某某报道：", "本报讯 通讯员 某某":
		// a dateline or byline on a line of its own, before the text.
		name: 'dateline or byline',
		test: (line) =>
			chars(line) <= 50 &&
			!/[。！？]/.test(line) &&
			(/^[【[][\u4e00-\u9fff]{2,12}(讯|訊)[】\]]/.test(line) ||
				/^[\u4e00-\u9fff]{2,8}(社|台|报|報|网|網)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日(电|電|讯|訊)/.test(
					line,
				) ||
				/^(本报|本報|本刊|本网|本網)(讯|訊)/.test(line) ||
				/^[(（]?\s*(本报|本報)?(记者|記者|通讯员|通訊員)\s*[\u4e00-\u9fff]{2,4}(\s+[\u4e00-\u9fff]{2,4})*\s*(报道|報道|報導)?\s*[)）:：]?$/.test(
					line,
				)),
	},
	{
		// "《某某日报》（2022年09月05日 02版）": the newspaper, date and page of a reprint.
		name: 'newspaper line',
		test: (line) =>
			chars(line) <= 50 &&
			/^《[^》]{2,20}》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^)）]{0,12}[)）]$/.test(
				line,
			),
	},
	{
		// "（某某特别行政区政府新闻局）" under a press release: who issued it.
		name: 'issuer credit',
		test: (line) => sourceCredit.test(line),
	},
	{
		name: 'end mark',
		test: (line) => /^[(（]\s*(完|终|終|全文完)\s*[)）]$/.test(line),
	},
	{
		// WeChat-style prompts to follow, forward or "like" the account.
		name: 'follow prompt',
		test: (line) =>
			chars(line) <= 50 &&
			/关注我们|關注我們|关注公众号|關注公眾號|点击上方|點擊上方|长按(识别)?二维码|長按(識別)?二維碼|扫描二维码|点个?“?在看|點個?「?在看|分享给更多|分享給更多|↓↓|星标/.test(
				line,
			),
	},
	{
		// "编者按：…", "小编导语：…": the site's word about the article, not the article.
		name: 'editor note',
		test: (line) =>
			chars(line) <= 150 &&
			/^(编者按|編者按|编者的话|編者的話|小编导语|小編導語|小编按|小編按)\s*[:：]/.test(line),
	},
	{
		// A notice's form fields and contacts: "项目编号：…", "联系人：**先生 联系电话：…".
		name: 'notice fields or contact',
		test: (line) =>
			short(line, 60) &&
			/^(项目编号|項目編號|项目名称|項目名稱|采购方式|採購方式|预算金额|預算金額|所属地区|所屬地區|所属行业|所屬行業|联系人|聯繫人|联系电话|聯繫電話|联系方式|聯繫方式|电话|電話|传真|傳真|邮编|郵編|电子邮箱|電子郵箱|邮箱|郵箱|招标人|招標人|采购人|採購人|代理机构|代理機構|开标时间|開標時間|截止时间|截止時間|公告类型|公告類型|客服热线|客服熱線)\s*[:：]/.test(
				line,
			),
	},
	{
		// "温馨提示：本文为范文，仅供参考": the site's notice about its texts.
		name: 'site notice',
		test: (line) =>
			chars(line) <= 100 &&
			/^(温馨提示|溫馨提示|友情提示|特别声明|特別聲明|免责声明|免責聲明|版权声明|版權聲明)\s*[:：]/.test(
				line,
			),
	},
	{
		// "相关报道见第二版", "延伸阅读：…": pointers to other articles.
		name: 'related links',
		test: (line) =>
			short(line, 80) &&
			/^(相关报道|相關報導|相关新闻|相關新聞|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|猜你喜欢|猜你喜歡|热门文章|熱門文章)/.test(
				line,
			),
	},
	{
		name: 'breadcrumb',
		test: (line) =>
			short(line, 60) &&
			(/^(当前位置|當前位置|您的位置|你的位置|您现在的位置|所在位置)\s*[:：]/.test(line) ||
				/^首页\s*[>＞›/]/.test(line) ||
				(line.match(/\s[>＞›]\s|[>＞›]/g) ?? []).length >= 2),
	},
	{
		name: 'share and print controls',
		test: (line) =>
			short(line) &&
			/分享到|分享至|下载本文|下載本文|复制全文|複製全文|收藏本文|打印本页|打印|关闭窗口|關閉窗口|收藏本页|字号|字體|字体\s*[:：]|【\s*大\s*中\s*小\s*】|^[大中小](\s+[大中小]){2}$|扫一扫|掃一掃|扫码|返回顶部|返回頂部|^(微信|微博|QQ空间)(\s+(微信|微博|QQ空间|朋友圈))+$/.test(
				line,
			),
	},
	{
		name: 'view counter',
		test: (line) =>
			short(line, 60) &&
			(/(阅读|閱讀|浏览|瀏覽|点击|點擊|访问|訪問|播放)(量|数|數|次数|次數)?\s*[:：]\s*\d+/.test(
				line,
			) ||
				/^\d+\s*(人阅读|人閱讀|次浏览|次瀏覽|阅读|閱讀)$/.test(line) ||
				/^(点赞|點讚|评论|評論|转发|轉發|收藏|在看)\s*\d+$/.test(line)),
	},
	{
		name: 'login wall',
		test: (line) =>
			short(line, 40) &&
			/开通VIP|開通VIP|VIP会员|VIP會員|立即开通|立即開通|登录|登錄|注册|註冊|点击查看|點擊查看|查看全文|展开全文|展開全文|阅读全文|閱讀全文|阅读原文|閱讀原文|打开APP|打開APP|下载APP|下載APP|客户端阅读|会员专享|會員專享|付费阅读/.test(
				line,
			),
	},
	{
		name: 'comment form or poll',
		test: (line) =>
			(short(line, 40) || (chars(line) <= 30 && /[？?]$/.test(line) && /^(您|你)/.test(line))) &&
			(/发表评论|發表評論|我要评论|我要評論|网友评论|網友評論|评论区|評論區|验证码|驗證碼|提交|匿名发表|投票|您认为|您覺得|您觉得|你认为|调查结果|調查結果|查看结果|查看結果/.test(
				line,
			) ||
				/^(有用|没用|無用|无用|赞|讚|踩|支持|反对|反對)\s*[(（]?\d*[)）]?$/.test(line)),
	},
	{
		name: 'editor blurb',
		test: (line) =>
			short(line, 50) &&
			/^(【[^】]{1,6}】\s*)*[(（【[]?\s*(纠错|糾錯|责任编辑|責任編輯|责编|責編|编辑|編輯|审核|審核|校对|校對|签发|簽發|监制|監製|值班编辑|终审|終審|初审|初審|复审|複審|编审|編審|美编|美編)\s*[:：]/.test(
				line,
			),
	},
	{
		name: 'image marker',
		test: (line) =>
			/^([【[(（]?\s*(图片|圖片|图|圖|视频|視頻|音频|音頻|组图|組圖|点击图片查看大图|點擊圖片查看大圖|点击播放|點擊播放)\s*[】\])）]?\s*)+$/.test(
				line,
			),
	},
	{
		name: 'site name or footer',
		test: (line) =>
			short(line, 100) &&
			(/(ICP|icp)\s*[备備证證]|公网安备|公網安備|网站地图|網站地圖|联系我们|聯繫我們|关于我们|關於我們|技术支持|技術支持|主办单位|主辦單位|承办单位|承辦單位|主办[:：]|主辦[:：]|版权声明|版權聲明|免责声明|免責聲明/.test(
				line,
			) ||
				/^[\u4e00-\u9fff]{2,12}(网|網|新闻网|新聞網|门户网站|門戶網站|官方网站|官方網站|客户端|客戶端|频道|頻道|公众号|公眾號)$/.test(
					line,
				)),
	},
	{
		name: 'not prose (few Chinese characters)',
		test: (line) =>
			chars(line) >= 6 &&
			cjkShare(line) < 0.2 &&
			// Numbers with their units and years are report text (tables, figures), not furniture.
			!/\d/.test(line.replace(/https?:\S+|www\.\S+/g, '')) &&
			!/[\u3400-\u9fff]{2}/.test(line),
	},
	{
		name: 'web address',
		test: (line) => short(line, 80) && /^(https?:\/\/|www\.)\S+$/.test(line),
	},
	{
		name: 'repeated line',
		test: (line, context) => context.repeats >= 2 && short(line, 20),
	},
];

/** The first furniture shape a line has, if any. */
export function chromeFeatureFor(line: string, context: ChromeContext): {name: string} | undefined {
	const found = chromeFeatures.find((feature) => feature.test(line, context));
	return found && {name: found.name};
}

/** Report metadata that page chrome carries before it is dropped. */
export type PageFacts = {published?: string; source?: string};

export function factsFromLine(line: string): PageFacts {
	const facts: PageFacts = {};
	const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(line);
	const chinese = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(line);
	const date = iso ?? chinese;
	if (date && /出版日期|來源|来源|\d{1,2}:\d{2}/.test(line)) {
		facts.published = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
	}
	const source = /(?:来源|來源)[:：]\s*《?([^》\s]+)》?/.exec(line);
	if (source) facts.source = source[1]!;
	const copyright = /©\s*\d{4}\s+(\S+?)(?:融媒体数字报|數字報|数字报)?\s+Corporation/i.exec(line);
	if (copyright) facts.source = copyright[1]!;
	return facts;
}

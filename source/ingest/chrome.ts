// Lines that belong to the page, not the report: web-page chrome, newspaper furniture, spam.
// Kept as data so a new kind of page furniture is one more row.

export type ChromeRule = {name: string; pattern: RegExp};

export const chromeRules: readonly ChromeRule[] = [
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

// Cleaned blocks to a report's shape: title, subtitle, byline, sections, paragraphs, captions.
// Newspaper layout is inferred from the text itself (punctuation, length, blank-line gaps),
// never from per-report hints, so another report of the same kind imports the same way.
import type {Block, Section} from '../corpus/types.js';
import type {Dropped, RawBlock} from './blocks.js';
import {isDateLine} from './dates.js';
import {signatureName} from './metadata.js';

type Structured = {
	title: string;
	subtitle?: string;
	authors: string[];
	sections: Section[];
	/** Paragraphs rejoined after being split across newspaper columns. */
	joined: number;
	dropped: Dropped[];
	/** A closing paragraph found in the middle and moved to the end. */
	movedClosing: boolean;
};

const headingMaxChars = 40;
const captionMaxChars = 60;
const terminalPunctuation = /[。！？!?…；;]$/;
const closingBrackets = /[”’」』）)》"'\s]+$/;
const subtitleEnding = /(综述|綜述|回眸|回顾|回顧|纪实|紀實)$/;
const creditPattern =
	/^(?:(?:摄影|攝影)[:：]?\s*(.{2,12})|(.{2,4})(?:摄|攝)|[(（]\s*(?:(?:本报|本報)?(?:记者|記者|通讯员|通訊員)\s*)?(.{2,12}?)\s*(?:摄|攝|摄影|攝影)\s*[)）])$/;
/** A caption that ends in its photographer's credit: "市民在公园游玩（记者 张三 摄）". */
const trailingCredit =
	/^(.{2,80}?)\s*[(（]\s*(?:(?:本报|本報)?(?:记者|記者|通讯员|通訊員)\s*)?([\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})?)\s*(?:摄|攝|摄影|攝影)\s*[)）]$/;
/** A caption that ends in who gave the photo, a person or a body: "新建的职工书屋（某市总工会供图）". */
const trailingGiver = /^(.{2,80}?)\s*[(（]\s*([^()（）]{2,20}?)\s*(?:供图|供圖)\s*[)）]$/;
/** Numbered headings: 一、 1、 （一） 第一部分 01 — headings whatever their punctuation. */
const numberedHeading =
	/^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、．](?!\d)|0\d\s+(?=[\u4e00-\u9fff])|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}(?:部分|章|节|節|篇))\s*\S/;

/** A numbered heading: short, and not a numbered paragraph that goes on for sentences. */
export function isNumberedHeading(text: string): boolean {
	return (
		numberedHeading.test(text) &&
		charLength(text) <= 40 &&
		(text.match(/[。！？]/g) ?? []).length <= 1
	);
}
/** Lines that name a site or a column, never a headline: "要闻", "【聚焦】", "某某新闻网". */
const notAHeadline =
	/^[【[].{1,10}[】\]]$|^.{0,12}(网|網|频道|頻道|客户端|客戶端|公众号|公眾號)$|^(首页|首頁|要闻|要聞|本地|国内|國內|国际|國際|时政|時政|专题|專題|图片|圖片|视频|視頻|正文)$/;
/** ▲ and the like point at a photo; "（图）" says one stands here. */
const captionMarker = /^(?:[▶▲►△▷◆■▼]|[(（【[](?:图|圖)[)）】\]])\s*/;
/**
 * How a photo's caption reads, whatever its markup (a Word file's caption is a plain paragraph):
 * "图为…", "图1 …", "（摄影 某某）", or a short line ending in who gave the photo "（某某供图）".
 */
const captionShape =
	/^(?:图为|圖為|图\s*\d{1,2}[\s:：、.．]|圖\s*\d{1,2}[\s:：、.．]|[(（]\s*(?:摄影|攝影)[\s:：])|^.{2,50}[(（][^()（）]{2,20}(?:供图|供圖|摄|攝|摄影|攝影)\s*[)）]$/;
const bylinePattern =
	/^(?:(?:.{0,12}?)(?:记者|記者|通讯员|通訊員)\s*)?([\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,5})$/;
const closingSignals = [
	/踏上新征程|站在新的(历史|歷史)?起点|展望未来|展望未來/,
	/必将|必將|将继续|將繼續|将坚持|將堅持|一如既往/,
];

function charLength(text: string): number {
	return [...text].length;
}

/** Ends a sentence: 。！？… (closing quotes and brackets after it do not count). */
export function endsSentence(text: string): boolean {
	return terminalPunctuation.test(text.replace(closingBrackets, ''));
}

/**
 * Could stand alone as a heading or a caption: short, unpunctuated, no figures or lists.
 * Anything else that stops without sentence punctuation is a paragraph cut by the page.
 */
function isHeadingLike(text: string): boolean {
	return (
		!endsSentence(text) &&
		charLength(text) <= headingMaxChars &&
		!/[0-9０-９；;：:]/.test(text) &&
		(text.match(/[，,]/g) ?? []).length <= 1
	);
}

/** One clause: no commas, semicolons or colons inside — how photo captions read. */
function isSingleClause(text: string): boolean {
	return !/[，,；;：:]/.test(text.slice(0, -1));
}

/** "标题_某某网" → "标题": a page title's site name (or channel) after _ | - cut off. */
function withoutSiteName(title: string): string {
	return title
		.replace(
			/\s*(?:[_|｜]|\s[-–—]\s)\s*[^_|｜]{2,16}(?:网|網|频道|頻道|门户|門戶|客户端|客戶端|官网|官網|新闻|新聞|日报|日報)$/,
			'',
		)
		.trim();
}

export function structure(input: RawBlock[]): Structured {
	const dropped: Dropped[] = [];
	const blocks = [...input];
	const {titleIndex, title, subtitle, bodyStart} = findTitle(blocks);

	// Before the title: a lead and photos are kept; a long line with no sentence end is a
	// headline ticker from the page.
	// Short lines that say no sentence above the headline are the page's header (site name,
	// channel, kicker-less navigation): chrome clusters at the top.
	// A page's markup named its headline: whatever of the article stands above it is the site's
	// (a forum poster's note, a kicker link), not the report's.
	const markedTitle = blocks[titleIndex]?.hint === 'title';
	const lead = blocks.slice(0, titleIndex).filter((block, index) => {
		if (markedTitle && block.hint !== 'caption') {
			dropped.push({line: block.line, rule: 'above the headline', text: block.text.slice(0, 60)});
			return false;
		}
		const credited = creditPattern.test(blocks[index + 1]?.text ?? '');
		const ticker = !endsSentence(block.text) && charLength(block.text) > headingMaxChars * 2;
		if (ticker)
			dropped.push({line: block.line, rule: 'headline ticker', text: block.text.slice(0, 60)});
		const header =
			!ticker &&
			!endsSentence(block.text) &&
			block.hint !== 'caption' &&
			!captionMarker.test(block.text) &&
			!creditPattern.test(block.text) &&
			!credited;
		if (header)
			dropped.push({line: block.line, rule: 'page header', text: block.text.slice(0, 60)});
		return !ticker && !header;
	});
	let body = blocks.slice(bodyStart);
	let authors: string[] = [];
	const byline = body[0] ? bylinePattern.exec(body[0].text) : null;
	if (byline && !endsSentence(body[0]!.text)) {
		authors = byline[1]!.split(/\s+/);
		body = body.slice(1);
	}

	const leadJoined = rejoin(lead);
	const bodyJoined = rejoin(body);
	const sections = buildSections([...leadJoined.blocks, ...bodyJoined.blocks], dropped);
	const movedClosing = moveClosingParagraph(sections);
	const result: Structured = {
		title,
		authors,
		sections,
		joined: leadJoined.joined + bodyJoined.joined,
		dropped,
		movedClosing,
	};
	if (subtitle) result.subtitle = subtitle;
	return result;
}

function findTitle(blocks: RawBlock[]): {
	titleIndex: number;
	title: string;
	subtitle?: string;
	bodyStart: number;
} {
	const hinted = blocks.findIndex((block) => block.hint === 'title');
	if (hinted !== -1) {
		const next = blocks[hinted + 1];
		const isSubtitle =
			next !== undefined &&
			!endsSentence(next.text) &&
			charLength(next.text) <= headingMaxChars &&
			(/^——/.test(next.text) || subtitleEnding.test(next.text));
		return {
			titleIndex: hinted,
			title: blocks[hinted]!.text,
			...(isSubtitle ? {subtitle: next.text.replace(/^—+\s*/, '')} : {}),
			bodyStart: hinted + (isSubtitle ? 2 : 1),
		};
	}
	for (let index = 0; index < blocks.length; index++) {
		const text = blocks[index]!.text;
		// Title and subtitle on one line: "标题 ——副标题".
		const inline = /^(.{4,60}?)\s*——\s*(.{4,60})$/.exec(text);
		if (inline && !endsSentence(text) && subtitleEnding.test(inline[2]!)) {
			return {
				titleIndex: index,
				title: inline[1]!.trim(),
				subtitle: inline[2]!.trim(),
				bodyStart: index + 1,
			};
		}
		const isSubtitle =
			index > 0 &&
			!endsSentence(text) &&
			charLength(text) <= headingMaxChars &&
			(/^——/.test(text) || subtitleEnding.test(text));
		if (isSubtitle) {
			return {
				titleIndex: index - 1,
				title: blocks[index - 1]!.text,
				subtitle: text.replace(/^—+\s*/, ''),
				bodyStart: index + 1,
			};
		}
	}
	// No subtitle: the first short line that is not a sentence is the title.
	const index = blocks.findIndex(
		(block) =>
			!endsSentence(block.text) &&
			!isSalutation(block.text) &&
			charLength(block.text) <= headingMaxChars &&
			!notAHeadline.test(block.text),
	);
	// A kicker (引题) stands above the headline: of a short run of headline-like lines right
	// before the text, the last is the headline.
	let at = Math.max(0, index);
	const headlineLike = (block: RawBlock | undefined) =>
		block !== undefined &&
		!endsSentence(block.text) &&
		!isSalutation(block.text) &&
		charLength(block.text) <= headingMaxChars &&
		!notAHeadline.test(block.text) &&
		!creditPattern.test(block.text) &&
		!isNumberedHeading(block.text);
	const after = blocks[at + 2];
	if (index !== -1 && headlineLike(blocks[at + 1]) && after && !isHeadingLike(after.text)) {
		at += 1;
	}
	const text = blocks[at]?.text ?? '';
	// A page's <title> saved as text: "标题_某某网". The headline is the line that repeats it
	// without the site's name, or the title cut short.
	const cut = withoutSiteName(text);
	if (cut !== text) {
		const again = blocks.findIndex(
			(block, other) => other > at && other <= at + 20 && block.text === cut,
		);
		if (again !== -1) return {titleIndex: again, title: cut, bodyStart: again + 1};
		return {titleIndex: at, title: cut, bodyStart: at + 1};
	}
	return {titleIndex: at, title: text, bodyStart: at + 1};
}

/** "各位代表：", "同志们：": a speech's address stands alone, however short. */
function isSalutation(text: string): boolean {
	return charLength(text) <= 24 && /[:：]$/.test(text) && !/[，,。]/.test(text);
}

/** "某某市总工会主席 赵立新": an office and a name, unpunctuated — a speaker's or signer's line. */
function isSignatureLine(text: string): boolean {
	return !/[，,。；;：:！？]/.test(text) && signatureName(text) !== undefined;
}

/** "某某市总工会" as the last line: the body that issued the text signs it. */
const issuerSignature =
	/^[\u4e00-\u9fff]{2,20}(?:总工会|總工會|工会|工會|人民政府|政府|委员会|委員會|办公室|辦公室|局|协会|協會|联合会|聯合會)$/;

/**
 * A line of its own in a plain text — a date line, a signature, an address ("各位代表：") —
 * is never glued to its neighbours, however it ends.
 */
function standsAlone(text: string): boolean {
	return isSalutation(text) || isDateLine(text) || isSignatureLine(text);
}

/** A paragraph that stops without sentence punctuation continues in the next block. */
function rejoin(blocks: RawBlock[]): {blocks: RawBlock[]; joined: number} {
	const out: RawBlock[] = [];
	let joined = 0;
	for (const block of blocks) {
		const previous = out.at(-1);
		if (
			previous &&
			!previous.closed &&
			!standsAlone(previous.text) &&
			!standsAlone(block.text) &&
			!previous.hint &&
			!isNumberedHeading(previous.text) &&
			!isNumberedHeading(block.text) &&
			!endsSentence(previous.text) &&
			!isHeadingLike(previous.text) &&
			!captionMarker.test(block.text) &&
			!creditPattern.test(block.text)
		) {
			previous.text += block.text;
			previous.gapAfter = block.gapAfter;
			if (block.closed) previous.closed = true;
			joined += 1;
		} else {
			out.push({...block});
		}
	}
	return {blocks: out, joined};
}

type Kind = 'heading' | 'caption' | 'credit' | 'signature' | 'paragraph';

function classify(blocks: RawBlock[]): Kind[] {
	const kinds: Kind[] = blocks.map((block, index) => {
		if (block.hint === 'heading' || block.hint === 'title') {
			return endsSentence(block.text) && charLength(block.text) > headingMaxChars
				? 'paragraph'
				: 'heading';
		}
		if (block.hint === 'caption' || captionMarker.test(block.text)) return 'caption';
		if (charLength(block.text) <= captionMaxChars && captionShape.test(block.text))
			return 'caption';
		// Who signed: under the title or as the last line, never a paragraph.
		if (isSignatureLine(block.text)) return 'signature';
		if (index === blocks.length - 1 && issuerSignature.test(block.text)) return 'signature';
		if (creditPattern.test(block.text)) return 'credit';
		if (trailingCredit.test(block.text)) return 'caption';
		if (isNumberedHeading(block.text)) return 'heading';
		return 'paragraph';
	});
	const isProse = (index: number) => {
		const block = blocks[index];
		return block !== undefined && kinds[index] === 'paragraph' && endsSentence(block.text);
	};
	blocks.forEach((block, index) => {
		if (kinds[index] !== 'paragraph' || block.hint === 'paragraph') return;
		// A speech's address is its first paragraph, short as it is.
		if (isSalutation(block.text)) return;
		const length = charLength(block.text);
		if (isHeadingLike(block.text)) {
			// Short and unpunctuated: a heading when prose follows, else a photo caption.
			kinds[index] = isProse(index + 1) ? 'heading' : 'caption';
			return;
		}
		const photoLike = length <= captionMaxChars && isSingleClause(block.text);
		if (!photoLike) return;
		const standsApart = block.gapBefore >= 2 || block.gapAfter >= 2;
		const inPhotoRun = [index - 1, index + 1].some((other) => {
			const neighbour = blocks[other];
			return (
				neighbour !== undefined &&
				charLength(neighbour.text) <= captionMaxChars &&
				endsSentence(neighbour.text) &&
				isSingleClause(neighbour.text)
			);
		});
		const trailing = index === blocks.length - 1;
		if (standsApart || inPhotoRun || trailing) kinds[index] = 'caption';
	});
	// A credit line makes the block before it a caption, whatever it looked like.
	kinds.forEach((kind, index) => {
		if (kind === 'credit' && index > 0 && kinds[index - 1] !== 'credit')
			kinds[index - 1] = 'caption';
	});
	return kinds;
}

function buildSections(blocks: RawBlock[], dropped: Dropped[]): Section[] {
	const kinds = classify(blocks);
	const sections: Section[] = [{title: '', blocks: []}];
	blocks.forEach((block, index) => {
		const current = sections.at(-1)!;
		switch (kinds[index]) {
			case 'heading':
				sections.push({title: block.text, blocks: []});
				break;
			case 'signature':
				dropped.push({line: block.line, rule: 'signature line', text: block.text.slice(0, 60)});
				break;
			case 'credit': {
				const match = creditPattern.exec(block.text)!;
				const last = current.blocks.at(-1);
				if (last?.kind === 'caption') last.credit = (match[1] ?? match[2] ?? match[3])!.trim();
				break;
			}
			case 'caption': {
				const text = block.text.replace(captionMarker, '');
				const credited = trailingCredit.exec(text) ?? trailingGiver.exec(text);
				current.blocks.push(
					credited
						? {kind: 'caption', text: credited[1]!.trim(), credit: credited[2]!.trim()}
						: {kind: 'caption', text},
				);
				break;
			}
			default:
				current.blocks.push({kind: 'paragraph', text: block.text} satisfies Block);
		}
	});
	if (sections[0]!.blocks.length === 0) sections.shift();
	return sections;
}

/**
 * Newspaper pages sometimes print the closing paragraph before a section that did not fit.
 * A forward-looking closing paragraph that ends a section in the middle moves to the end.
 */
function moveClosingParagraph(sections: Section[]): boolean {
	const isClosing = (block: Block | undefined) =>
		block?.kind === 'paragraph' && closingSignals.every((signal) => signal.test(block.text));
	const lastSection = sections.at(-1);
	if (!lastSection || isClosing(lastSection.blocks.filter((b) => b.kind === 'paragraph').at(-1))) {
		return false;
	}
	for (const section of sections.slice(0, -1)) {
		const paragraphs = section.blocks.filter((block) => block.kind === 'paragraph');
		const last = paragraphs.at(-1);
		if (last && isClosing(last)) {
			section.blocks.splice(section.blocks.indexOf(last), 1);
			const trailingCaptions =
				lastSection.blocks.findLastIndex((block) => block.kind === 'paragraph') + 1;
			lastSection.blocks.splice(trailingCaptions, 0, last);
			return true;
		}
	}
	return false;
}

// What a figure counts. Reports write it either before the number ("建立各级工会组织1410个")
// or after the number and its unit ("建立53家全国工会职工书屋示范点"). The words before win
// unless they are (nearly) empty, end in a verb or a lead-in word (有, 的, 等 ...), or run into
// another number: then the words after the unit are the subject.
import {bracket, closingMark, is, openingMark, phraseStop, quoteMark} from './chars.js';
import {isDigit} from './digits.js';
import {
	afterSubjectTrailingNoise,
	capBoundaryEndings,
	capNounEndings,
	dateTails,
	leadInEndings,
	notTotalAfterGong,
	objectVerbs,
	ownRegionWords,
	predicateStarts,
	simplify,
	subjectLeadingNoise,
	subjectTrailingNoise,
	WordSet,
} from './lexicon.js';

/** At most this many characters, not counting marks or words in round brackets. */
const maxSubjectChars = 12;
/** A phrase with no word boundary in reach is kept whole up to this length rather than cut. */
const maxUncutChars = 16;
/** A cut at a word boundary must leave at least this much ("帮扶|县农产品" is too little). */
const minCutChars = 5;
/** How far to look for the subject; a phrase longer than this is cut anyway. */
const lookaround = 40;
/** Before these, 等 is part of a word (二等奖, 平等, 高等), not the end of a list. */
const notListEnd = '一二三四五六七八九十中高初同对平上下均';
/** A phrase this short before a number followed by a noun phrase is a verb: "抓实3家企业". */
const bareVerbChars = 2;

const isStop = (char: string | undefined) => is(char, phraseStop);
const isMark = (char: string | undefined) => is(char, openingMark | closingMark | quoteMark);
/** A cut may fall before an opening quote or title mark: “邵阳市技术能手”. */
const isQuoteOpener = (char: string | undefined) =>
	char === '"' || char === "'" || (is(char, openingMark) && !is(char, bracket));

const conjunctions = new Set(['和', '与', '及']);
const leadIns = new WordSet([...leadInEndings, ...ownRegionWords]);
const verbs = new WordSet(objectVerbs);
const predicates = new WordSet(predicateStarts);
const leadingNoise = new WordSet([...subjectLeadingNoise, ...ownRegionWords]);
const dateNoise = new WordSet(dateTails);
const trailingNoise = new WordSet(subjectTrailingNoise);
const afterTrailingNoise = new WordSet(afterSubjectTrailingNoise);
// 和/与/及 join two nouns that belong together, so a cut never falls right after them.
const capBoundaries = new WordSet(
	[...leadInEndings, ...objectVerbs, ...capBoundaryEndings].filter(
		(word) => !conjunctions.has(word),
	),
);
const nounBoundaries = new WordSet(capNounEndings);

type SubjectPlace = {
	/** Where the figure's raw text starts (leading qualifier included) and ends. */
	start: number;
	end: number;
	/** The end of the previous figure in the same text, or 0. */
	previousEnd: number;
};

export function subjectOf(text: string, place: SubjectPlace): string {
	const before = phraseBefore(text, place);
	const after = phraseAfter(text, place.end);
	let phrase = before.text;
	let simple = simplify(phrase);
	// "采茶、川厨、护理等技能大赛40余场": in a list, what is counted follows the last 等.
	if (before.stop === '、' || simple.includes('、')) {
		const listEnd = simple.lastIndexOf('等');
		if (listEnd > 0 && listEnd < simple.length - 1 && !notListEnd.includes(simple[listEnd - 1]!)) {
			phrase = phrase.slice(listEnd + 1);
			simple = simple.slice(listEnd + 1);
		}
	}
	const stripped = stripTrailing(simple, trailingNoise);
	const leadsIn = leadIns.endingAt(simple) > 0 || verbs.endingAt(stripped) > 0;
	const undated = before.afterDigit ? stripLeading(stripped, dateNoise) : stripped;
	const core = stripLeading(undated, leadingNoise);
	if (
		after !== '' &&
		(core.length <= bareVerbChars || leadsIn || before.afterNumber) &&
		wordLength(after) >= 2
	) {
		return after;
	}
	// `core` is a suffix of the simplified phrase; take the same characters from the original.
	const from = stripped.length - core.length;
	const subject = capFromEnd(phrase.slice(from, stripped.length), core);
	// "为1238人次提供法律服务": nothing names the count but what was done for it.
	return subject === '' ? predicateAfter(text, place.end) : subject;
}

type Before = {text: string; stop: string; afterDigit: boolean; afterNumber: boolean};

function phraseBefore(text: string, place: SubjectPlace): Before {
	const limit = Math.max(place.previousEnd, place.start - lookaround, 0);
	let from = place.start;
	while (from > limit && !isStop(text[from - 1]) && !isDigit(text[from - 1])) {
		from--;
		// Punctuation inside a quotation (“进校园、进企业”) does not end the phrase.
		if (text[from] === '”' || text[from] === '」') {
			const opener = text[from] === '”' ? '“' : '「';
			const open = text.lastIndexOf(opener, from);
			if (open >= limit) from = open;
		}
		// "劳动模范、先进工作者522名": a list of names with no number in it is one subject.
		if (
			text[from - 1] === '、' &&
			from < place.start &&
			!listItemHasNumber(text, from - 1, limit)
		) {
			from--;
		}
	}
	// The previous figure may end right before a separator: "荣誉24项、省级荣誉328项".
	while (from < place.start && isStop(text[from])) from++;
	const afterDigit = isDigit(text[from - 1]);
	const afterNumber = afterDigit || (from > 0 && from === place.previousEnd);
	return {text: text.slice(from, place.start), stop: text[from - 1] ?? '', afterDigit, afterNumber};
}

/** Whether the list item ending at the 、 at `comma` holds a number ("一等奖6次、"). */
function listItemHasNumber(text: string, comma: number, limit: number): boolean {
	for (let index = comma - 1; index >= limit; index--) {
		const char = text[index]!;
		if (isDigit(char)) return true;
		if (char !== '、' && isStop(char)) return false;
	}
	return false;
}

/** The noun phrase right after the unit, up to punctuation, a number or the predicate. */
function phraseAfter(text: string, end: number): string {
	const simple = simplify(text.slice(end, clauseEnd(text, end)));
	let cut = 0;
	while (cut < simple.length && predicates.startingAt(simple, cut) === 0) cut++;
	const trimmed = stripTrailing(simple.slice(0, cut), afterTrailingNoise);
	return tidyMarks(capFromStart(text.slice(end, end + trimmed.length)));
}

/** The words after the unit up to punctuation or a number, predicate included. */
function predicateAfter(text: string, end: number): string {
	let phrase = text.slice(end, clauseEnd(text, end));
	let simple = simplify(phrase);
	// "参加“安康杯”竞赛等群众性…": the examples before 等 are enough.
	const listEnd = simple.indexOf('等');
	if (listEnd > 1) {
		phrase = phrase.slice(0, listEnd);
		simple = simple.slice(0, listEnd);
	}
	const trimmed = stripTrailing(simple, afterTrailingNoise);
	return tidyMarks(capFromStart(phrase.slice(0, trimmed.length)));
}

function clauseEnd(text: string, end: number): number {
	let to = end;
	while (to < text.length && to - end < lookaround && !isStop(text[to]) && !isDigit(text[to])) {
		to++;
	}
	return to;
}

/**
 * Keeps the last `maxSubjectChars` characters, starting after a word boundary when one is in
 * reach (an object verb, 的, 和, 中, 以上 ...) and never inside quotes or brackets.
 */
function capFromEnd(phrase: string, simple: string): string {
	// Most subjects are short: no need to weigh their characters.
	if (phrase.length <= maxSubjectChars) return tidyMarks(phrase);
	const {weights, clean} = layout(phrase);
	const remaining = new Array<number>(phrase.length + 1).fill(0);
	for (let index = phrase.length - 1; index >= 0; index--) {
		remaining[index] = remaining[index + 1]! + weights[index]!;
	}
	if (remaining[0]! <= maxSubjectChars) return tidyMarks(phrase);
	const cutAt = (index: number) =>
		tidyMarks(stripLeading(phrase.slice(index), leadingNoise, simple.slice(index)));
	const boundaryWithin = (limit: number, shortest: number, boundaries: WordSet) => {
		for (let index = 1; index < phrase.length; index++) {
			if (remaining[index]! > limit || remaining[index]! < shortest || !clean[index]) continue;
			if (isQuoteOpener(phrase[index]) || boundaries.endingAt(simple, index) > 0) {
				// "表彰|中一线工人": step over one-character boundary words right after the cut.
				let cut = index;
				while (cut + 1 < phrase.length && boundaries.endingAt(simple, cut + 1) === 1) cut++;
				return remaining[cut]! >= shortest ? cut : index;
			}
		}
		return -1;
	};
	const near = boundaryWithin(maxSubjectChars, minCutChars, capBoundaries);
	if (near !== -1) return cutAt(near);
	if (remaining[0]! <= maxUncutChars) return tidyMarks(phrase);
	const far = boundaryWithin(maxUncutChars, minCutChars, capBoundaries);
	if (far !== -1) return cutAt(far);
	const afterNoun = boundaryWithin(maxUncutChars, minCutChars, nounBoundaries);
	if (afterNoun !== -1) return cutAt(afterNoun);
	let hardCut = remaining.findIndex((count, index) => count <= maxSubjectChars && clean[index]);
	if (hardCut === -1) hardCut = remaining.findIndex((count) => count <= maxSubjectChars);
	return cutAt(hardCut);
}

/**
 * Per character: how much it counts toward the length (marks and bracketed asides such as
 * (专章) count 0) and whether a cut before it is outside every quote and bracket.
 */
function layout(phrase: string): {weights: number[]; clean: boolean[]} {
	const weights: number[] = [];
	const clean: boolean[] = [];
	let depth = 0;
	let roundDepth = 0;
	let asciiOpen = false;
	for (let index = 0; index < phrase.length; index++) {
		const char = phrase[index]!;
		clean.push(depth === 0 && !asciiOpen);
		if (char === '"' || char === "'") {
			asciiOpen = !asciiOpen;
			weights.push(0);
			continue;
		}
		if (is(char, openingMark)) {
			depth++;
			if (is(char, bracket)) roundDepth++;
			weights.push(0);
			continue;
		}
		if (is(char, closingMark)) {
			depth = Math.max(0, depth - 1);
			if (is(char, bracket)) roundDepth = Math.max(0, roundDepth - 1);
			weights.push(0);
			continue;
		}
		weights.push(roundDepth > 0 ? 0 : 1);
	}
	return {weights, clean};
}

function capFromStart(phrase: string): string {
	let count = 0;
	for (let index = 0; index < phrase.length; index++) {
		if (!isMark(phrase[index])) count++;
		if (count > maxSubjectChars) return phrase.slice(0, index);
	}
	return phrase;
}

/** Drops an unmatched closing mark at the start or an unmatched opening mark at the end. */
function tidyMarks(phrase: string): string {
	let depth = 0;
	let cut = 0;
	for (let index = 0; index < phrase.length; index++) {
		const char = phrase[index]!;
		if (is(char, openingMark)) depth++;
		else if (is(char, closingMark)) {
			if (depth === 0) cut = index + 1;
			else depth--;
		}
	}
	let result = phrase.slice(cut);
	while (result.length > 0 && (is(result.at(-1), openingMark) || isStop(result.at(-1)))) {
		result = result.slice(0, -1);
	}
	while (result.length > 0 && isStop(result[0])) result = result.slice(1);
	return result;
}

function wordLength(phrase: string): number {
	let count = 0;
	for (let index = 0; index < phrase.length; index++) if (!isMark(phrase[index])) count++;
	return count;
}

/** Drops words from the start; `simple` is the simplified view of `text` when known. */
function stripLeading(text: string, words: WordSet, simple: string = simplify(text)): string {
	let from = 0;
	for (let length = words.startingAt(simple, from); length > 0;) {
		// 共青团, 共同体: a 共 that starts a word is not "in total".
		if (
			simple[from] === '共' &&
			length === 1 &&
			notTotalAfterGong.includes(simple[from + 1] ?? '')
		) {
			break;
		}
		from += length;
		length = words.startingAt(simple, from);
	}
	return text.slice(from);
}

function stripTrailing(simple: string, words: WordSet): string {
	let to = simple.length;
	for (let length = words.endingAt(simple, to); length > 0;) {
		to -= length;
		length = words.endingAt(simple, to);
	}
	return simple.slice(0, to);
}

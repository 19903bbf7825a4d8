// The text around a figure, cut at Chinese punctuation, folded to simplified characters. A
// metric is matched against these windows rather than the whole sentence, because one sentence
// often lists several different counts ("建立工会组织3993个,发展会员80.2万人").
import type {Report} from '../corpus/types.js';
import type {Figure} from '../figures/types.js';
import {foldKey} from '../text/fold.js';

export type FigureWindow = {
	/** The list item before the number: back to the nearest ，；。、： ("工会会员"). */
	item: string;
	/** The clause before the number: back to the nearest ，；。 (a list with 、 stays whole). */
	clauseBefore: string;
	/** The words after the number up to the next punctuation or digit ("名劳模走上讲堂"). */
	after: string;
	/** The whole clause, both sides of the number. */
	clause: string;
	/** The sentence up to the number and the words counted after it. */
	sentenceSoFar: string;
	/** The whole paragraph. */
	paragraph: string;
};

const itemBreak = /[,;。!?:、\n]/;
const clauseBreak = /[,;。!?:\n]/;
const sentenceBreak = /[;。!?\n]/;
// Quotation marks and brackets carry no meaning for matching: “四季送”资金 is 四季送资金.
const quoteMarks = /[“”‘’"'「」『』《》〈〉【】]/g;

/** Removes quotation marks and bracketed asides: 高技能人才(劳模)创新工作室 → 高技能人才创新工作室. */
export function plainWords(text: string): string {
	let out = text.replace(quoteMarks, '');
	let previous = '';
	while (previous !== out) {
		previous = out;
		out = out.replace(/\([^()]*\)/g, '');
	}
	return out.replace(/[()]/g, '');
}

/**
 * The windows of one figure, or null when its text cannot be found in the report. `folded`
 * caches folded blocks across figures (keyed by block text).
 */
export function figureWindow(
	figure: Figure,
	report: Report | undefined,
	folded: Map<string, string> = new Map(),
): FigureWindow | null {
	const located = locate(figure, report);
	if (!located) return null;
	const {start, end} = located;
	let text = folded.get(located.text);
	if (text === undefined) {
		text = foldKey(located.text);
		folded.set(located.text, text);
	}
	const before = text.slice(0, start);
	const afterText = text.slice(end);
	const cutBefore = (pattern: RegExp) => {
		for (let index = before.length - 1; index >= 0; index--) {
			if (pattern.test(before[index]!)) return before.slice(index + 1);
		}
		return before;
	};
	const cutAfter = (pattern: RegExp) => {
		const index = afterText.search(pattern);
		return index === -1 ? afterText : afterText.slice(0, index);
	};
	const raw = text.slice(start, end);
	const clauseBefore = cutBefore(clauseBreak);
	const afterNoun = cutAfter(/[,;。!?:、\n\d]/);
	return {
		item: plainWords(cutBefore(itemBreak)),
		clauseBefore: plainWords(clauseBefore),
		after: plainWords(afterNoun),
		clause: plainWords(clauseBefore + raw + cutAfter(clauseBreak)),
		sentenceSoFar: plainWords(cutBefore(sentenceBreak) + raw + afterNoun),
		paragraph: plainWords(text),
	};
}

type Located = {text: string; start: number; end: number};

/** Finds the figure in its block; falls back to its quote when offsets and text disagree. */
function locate(figure: Figure, report: Report | undefined): Located | null {
	const block = report?.sections[figure.section]?.blocks[figure.block];
	if (block && block.text.slice(figure.start, figure.end) === figure.raw) {
		return {text: block.text, start: figure.start, end: figure.end};
	}
	for (const text of [block?.text, figure.quote]) {
		if (!text || !figure.raw) continue;
		const start = text.indexOf(figure.raw);
		if (start !== -1) return {text, start, end: start + figure.raw.length};
	}
	return null;
}

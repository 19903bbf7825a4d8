// Character classes used on every number and every subject: one table look-up per character
// instead of set or string searches, since extraction runs over whole corpora.

/** Ends a sentence: 。！？；!?; and line ends. */
export const sentenceEnder = 1;
/** Ends a subject phrase: sentence enders plus commas, colons, 、, spaces, dashes, / < > =. */
export const phraseStop = 2;
/** Opening quote or bracket: “ ‘ 「 『 《 〈 （ ( 【 〔 [ */
export const openingMark = 4;
/** Closing quote or bracket. */
export const closingMark = 8;
/** Round or square bracket (both sides): their content is an aside, e.g. (专章). */
export const bracket = 16;
/** Quotation mark (either side, including ASCII " and '). */
export const quoteMark = 32;
/** 0-9 or ０-９. */
export const digit = 64;
/** A closing quote, bracket or title mark that stays with the sentence before it. */
export const closer = 128;

const table = new Uint8Array(0x10000);

function mark(chars: string, flag: number): void {
	for (const char of chars) table[char.charCodeAt(0)]! |= flag;
}

mark('。！？；!?;\n', sentenceEnder);
mark('。！？；!?;\n，,.：:、\r\t …—～~·|/<>=\u3000\u00a0', phraseStop);
mark('“‘「『《〈（(【〔[', openingMark);
mark('”’」』》〉）)】〕]', closingMark);
mark('（(【〔[）)】〕]', bracket);
mark('“‘「『”’」』"\'', quoteMark);
mark('0123456789０１２３４５６７８９', digit);
mark('”’」』）)》"\'】〕', closer);

/** Whether `char` (one UTF-16 unit, or undefined past the text's end) has the flag. */
export function is(char: string | undefined, flag: number): boolean {
	return char !== undefined && (table[char.charCodeAt(0)]! & flag) !== 0;
}

// Line-level cleaning of raw newspaper text: pinyin glosses, HTML remnants, stray spacing.
// Garbled characters (mojibake that was already in the text when it reached us) are left as
// they are but located, so the importer can report them instead of hiding them.

const toneLetters = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ';
const cjk = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

/** A pinyin gloss glued after a character: 產(chǎn). Only lowercase pinyin letters qualify. */
// After a character, or after the debris of one that was garbled ("?", "^", "▍", a stray capital).
const glossPattern = new RegExp(
	`(?<=[${cjk}A-Z?^\\u2580-\\u259f])\\((?:[a-z${toneLetters}]{1,7})\\)`,
	'gu',
);
/** What is left of a gloss whose opening half was garbled away: 實打?qū) keeps "?", loses "qū)". */
const glossTailPattern = new RegExp(`(?<=\\?)[a-z${toneLetters}]{1,7}\\)`, 'gu');
/** Tags, including ones whose "<" was itself garbled into "?": "?/span>". */
const tagPattern = /(?:<|\?)\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]*)?\/?>/g;
const entities: Record<string, string> = {
	nbsp: ' ',
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	ldquo: '“',
	rdquo: '”',
	lsquo: '‘',
	rsquo: '’',
	hellip: '…',
	mdash: '—',
	middot: '·',
};
const entityPattern = /&(#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-z]{2,8});/g;
/** Characters that stand in for lost ones: "?" or "^" inside Chinese text, U+FFFD, block bars. */
// Adjacent ones count as one spot.
const garbledPattern = new RegExp(
	`(?:(?<=[${cjk}\\p{P}])[?^](?=[${cjk}\\u3000-\\u303f\\uff00-\\uffefa-zA-Z0-9])|[\\ufffd\\u2580-\\u259f])+`,
	'gu',
);

export type Garbled = {line: number; column: number; context: string};

export function removeGlosses(text: string): string {
	return text.replace(glossPattern, '').replace(glossTailPattern, '');
}

export function removeHtml(text: string): string {
	return text.replace(tagPattern, '').replace(entityPattern, (whole, name: string) => {
		if (name.startsWith('#x')) return safeCodePoint(Number.parseInt(name.slice(2), 16), whole);
		if (name.startsWith('#')) return safeCodePoint(Number(name.slice(1)), whole);
		return entities[name] ?? whole;
	});
}

function safeCodePoint(code: number, fallback: string): string {
	return code > 0x1f && code <= 0x10ffff && code !== 0x7f ? String.fromCodePoint(code) : fallback;
}

/** Spaces: no-break and ideographic spaces become plain ones; runs collapse; ends trimmed. */
function normalizeSpaces(text: string): string {
	return text
		.replace(/[\u00a0\u2002-\u200a\u3000\t]/g, ' ')
		.replace(/ {2,}/g, ' ')
		.trim();
}

/** The cleaned text of one raw line. */
export function cleanLine(line: string): string {
	return normalizeSpaces(removeHtml(removeGlosses(line)));
}

export function findGarbled(line: string, lineNumber: number): Garbled[] {
	const found: Garbled[] = [];
	for (const match of line.matchAll(garbledPattern)) {
		const at = match.index;
		found.push({
			line: lineNumber,
			column: at + 1,
			context: line.slice(Math.max(0, at - 6), at + 7),
		});
	}
	return found;
}

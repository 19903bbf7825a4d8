// Text made of the pieces that break terminals and width arithmetic: escape sequences,
// controls, bidi overrides, zero-width and combining characters, emoji, CJK and fullwidth text.
import fc from 'fast-check';

export const hostilePieces = [
	'\u001b[31m',
	'\u001b[2J',
	'\u001b]0;owned\u0007',
	'\u001b]52;c;ZWNobyBoaQ==\u0007',
	'\u001b]8;;https://example.com\u001b\\link\u001b]8;;\u001b\\',
	'\u009b6n',
	'\u0090',
	'\u0007',
	'\b',
	'\r',
	'\t',
	'\n',
	'\u0000',
	'\u007f',
	'\u202e',
	'\u2066',
	'\u200b',
	'\u200d',
	'\ufeff',
	'\u2028',
	'e\u0301',
	'\u0915\u094d\u0937',
	'👍🏽',
	'👨‍👩‍👧',
	'🇨🇳',
	'❤️',
	'ｌａｏｍｏ',
	'劳模',
	'職工',
	'，',
	'。',
	'（',
	'）',
	' ',
	'  ',
	'word',
	'-',
	'\ud800',
];

/** Strings drawn from the hostile pieces (and, now and then, anything at all). */
export const hostileText = fc.oneof(
	{
		weight: 4,
		arbitrary: fc
			.array(fc.constantFrom(...hostilePieces), {maxLength: 40})
			.map((parts) => parts.join('')),
	},
	{weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 60})},
	{weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 60})},
);

/** Bytes and code points that must never reach a terminal from report text. */
export const terminalControls =
	/[\u0000-\u0008\u000b-\u001f\u007f\u0080-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The first forbidden character in `text`, described, or undefined. */
export function firstControl(text: string): string | undefined {
	const match = terminalControls.exec(text);
	if (!match) return undefined;
	const at = match.index;
	return `U+${match[0].codePointAt(0)!.toString(16).padStart(4, '0')} at ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 20), at + 20))}`;
}

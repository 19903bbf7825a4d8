// The library screen as terminal rows, drawn before Ink and React are loaded: loading them is
// most of the app's start-up, and the first screen is always the library, whose rows are plain
// data (library-rows.ts). The rows carry the same text and styles Ink gives them, so when Ink
// draws its first frame the frame writer finds little or nothing to change. Pure: no Ink.
import type {Lang} from '../commands/context.js';
import type {Report} from '../corpus/types.js';
import {frameHeight, isTooSmall, type Size} from '../ui/kit/geometry.js';
import {libraryLines} from '../ui/library/library-lines.js';
import {fitRow, type Segment} from '../ui/kit/segments.js';
import {mergeStyles, type Style, type Theme, themeFor} from '../ui/kit/theme.js';

const foreground: Record<string, number> = {
	black: 30,
	red: 31,
	green: 32,
	yellow: 33,
	blue: 34,
	magenta: 35,
	cyan: 36,
	white: 37,
	gray: 90,
	grey: 90,
	blackBright: 90,
	redBright: 91,
	greenBright: 92,
	yellowBright: 93,
	blueBright: 94,
	magentaBright: 95,
	cyanBright: 96,
	whiteBright: 97,
};

type Code = {open: string; close: string};
const sgr = (n: number) => `\u001b[${n}m`;
const code = (open: number, close: number): Code => ({open: sgr(open), close: sgr(close)});

/**
 * The SGR codes Ink's Text gives a style, in the order they open (Ink applies dim colour,
 * colour, background, bold, italic, underline, inverse, each around the last, so the last
 * opens first). The theme's `dim` is Text's dimColor. Undefined for a colour it would not know.
 */
export function inkCodes(style: Style): Code[] | undefined {
	const applied: Code[] = [];
	if (style.dim) applied.push(code(2, 22));
	if (style.color) {
		const number = foreground[style.color];
		if (number === undefined) return undefined;
		applied.push(code(number, 39));
	}
	if (style.backgroundColor) {
		const number = foreground[style.backgroundColor];
		if (number === undefined) return undefined;
		applied.push(code(number + 10, 49));
	}
	if (style.bold) applied.push(code(1, 22));
	if (style.italic) applied.push(code(3, 23));
	if (style.underline) applied.push(code(4, 24));
	if (style.inverse) applied.push(code(7, 27));
	return applied.reverse();
}

/** The codes applyAttributes writes (the no-colour theme), in the order they open. */
function attributeCodes(style: Style): Code[] {
	const codes: Code[] = [];
	if (style.bold) codes.push(code(1, 22));
	if (style.dim) codes.push(code(2, 22));
	if (style.italic) codes.push(code(3, 23));
	if (style.underline) codes.push(code(4, 24));
	if (style.inverse) codes.push(code(7, 27));
	return codes;
}

const isIntensity = (c: Code) => c.open === sgr(1) || c.open === sgr(2);

/** The codes that stay in force (bold and dim both stay; another colour replaces one). */
function reduce(codes: readonly Code[]): Code[] {
	let kept: Code[] = [];
	for (const c of codes) {
		if (isIntensity(c)) {
			if (!kept.some((k) => k.open === c.open)) kept.push(c);
		} else {
			kept = [...kept.filter((k) => k.close !== c.close), c];
		}
	}
	return kept;
}

/** The codes from one style to the next, as Ink's output writes them (ansi-tokenize's diff). */
function transition(from: readonly Code[], to: readonly Code[]): string {
	const closesInTo = new Set(to.map((c) => c.close));
	const opensInTo = new Set(to.map((c) => c.open));
	const opensInFrom = new Set(from.map((c) => c.open));
	const undo = from.filter((c) =>
		isIntensity(c) ? !opensInTo.has(c.open) : !closesInTo.has(c.close),
	);
	const undoesIntensity = undo.some(isIntensity);
	const codes = [
		...reduce(undo)
			.reverse()
			.map((c) => c.close),
		...to
			.filter((c) => !opensInFrom.has(c.open) || (undoesIntensity && isIntensity(c)))
			.map((c) => c.open),
	];
	return [...new Set(codes)].join('');
}

const sameCodes = (a: readonly Code[], b: readonly Code[]) =>
	a.length === b.length && a.every((c, i) => c.open === b[i]!.open && c.close === b[i]!.close);

function styleOf(theme: Theme, tokens: Segment['style']): Style {
	if (tokens === undefined) return {};
	if (typeof tokens === 'string') return theme[tokens];
	return mergeStyles(...tokens.map((token) => theme[token]));
}

/**
 * The rows of the app's first frame (the library, cursor on the first report), or undefined
 * when the terminal is too small for it (the app then says so itself).
 */
export function libraryFrameRows(
	reports: Report[],
	lang: Lang,
	color: boolean,
	notice: string | undefined,
	size: Size,
): string[] | undefined {
	if (isTooSmall(size)) return undefined;
	const theme = themeFor(color);
	const rows: string[] = [];
	for (const line of libraryLines(reports, 0, size, lang, notice)) {
		const row = fitRow(line.segments, size.columns, line.fill);
		// Styles change only between segments; Ink writes the change, not a close and reopen.
		let text = '';
		let current: Code[] = [];
		for (const segment of row) {
			if (!segment.text) continue;
			const style = styleOf(theme, segment.style);
			const codes = theme.monochrome ? attributeCodes(style) : inkCodes(style);
			if (codes === undefined) return undefined;
			const next = reduce(codes);
			if (!sameCodes(current, next)) text += transition(current, next);
			text += segment.text;
			current = next;
		}
		text += transition(current, []);
		rows.push(text.trimEnd());
	}
	return rows.slice(0, frameHeight(size));
}

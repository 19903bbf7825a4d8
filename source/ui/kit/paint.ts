// The one painter: screen lines (plain data naming theme tokens) become terminal rows, text with
// SGR styles, each row ending with its styles closed. The early library frame (drawn before Ink
// loads) and every later frame are painted here, so they agree byte for byte. Pure: no Ink.
import {type Colour, mergeStyles, type Style, type Theme} from './theme.js';
import {fitRow, type Line, type Segment} from './segments.js';

const foreground: Record<Colour, number> = {
	black: 30,
	red: 31,
	green: 32,
	yellow: 33,
	blue: 34,
	magenta: 35,
	cyan: 36,
	white: 37,
	gray: 90,
};

type Code = {open: string; close: string};
const sgr = (n: number) => `\u001b[${n}m`;
const code = (open: number, close: number): Code => ({open: sgr(open), close: sgr(close)});

/** A segment's style: its token, or its tokens merged (later ones win). */
function styleOf(theme: Theme, tokens: Segment['style']): Style {
	if (tokens === undefined) return {};
	if (typeof tokens === 'string') return theme[tokens];
	return mergeStyles(...tokens.map((token) => theme[token]));
}

/**
 * The SGR codes of a style, in the order they open. The order is the one Ink's Text nests them
 * in (dim, colour, background, bold, italic, underline, inverse, each around the last, so the
 * last opens first), so a frame painted here reads the same to anyone comparing it with Ink's.
 */
function codesOf(style: Style): Code[] {
	const applied: Code[] = [];
	if (style.dim) applied.push(code(2, 22));
	if (style.color) applied.push(code(foreground[style.color], 39));
	if (style.backgroundColor) applied.push(code(foreground[style.backgroundColor] + 10, 49));
	if (style.bold) applied.push(code(1, 22));
	if (style.italic) applied.push(code(3, 23));
	if (style.underline) applied.push(code(4, 24));
	if (style.inverse) applied.push(code(7, 27));
	return applied.reverse();
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

/**
 * The codes from one style to the next: what is no longer in force is closed, what is new is
 * opened, and nothing else (22 closes bold and dim at once, so a kept one is opened again).
 */
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

/** One line as a terminal row: cut (or, with `fill`, padded) to `width`, styles closed. */
function paintLine(line: Line, width: number, theme: Theme): string {
	let text = '';
	let current: Code[] = [];
	for (const segment of fitRow(line.segments, width, line.fill)) {
		if (!segment.text) continue;
		const next = reduce(codesOf(styleOf(theme, segment.style)));
		if (!sameCodes(current, next)) text += transition(current, next);
		text += segment.text;
		current = next;
	}
	text += transition(current, []);
	// Trailing plain spaces look the same as the cleared cells the frame writer leaves.
	return text.trimEnd();
}

/** A screen's lines as exactly `height` rows of `width` columns. */
export function paintLines(
	lines: readonly Line[],
	width: number,
	height: number,
	theme: Theme,
): string[] {
	const rows = lines.slice(0, Math.max(0, height)).map((line) => paintLine(line, width, theme));
	while (rows.length < height) rows.push('');
	return rows;
}

// The SGR styles the painter writes (bold, dim, italic, underline, inverse, 16/256/RGB colours),
// as state: what a run of SGR sequences leaves in force, and the fewest codes that go from one
// state to another. Pure: no terminal.

export type Styles = {
	bold: boolean;
	dim: boolean;
	italic: boolean;
	underline: boolean;
	inverse: boolean;
	fg: string;
	bg: string;
};

export const initialStyles = (): Styles => ({
	bold: false,
	dim: false,
	italic: false,
	underline: false,
	inverse: false,
	fg: '',
	bg: '',
});

export const styleKey = (styles: Styles) =>
	`${styles.bold}|${styles.dim}|${styles.italic}|${styles.underline}|${styles.inverse}|${styles.fg}|${styles.bg}`;

const sgrSequence = /\u001b\[([\d;]*)m/g;

/** The styles after `sequences` (SGR only); undefined for any other escape or an unknown code. */
export function sgrState(sequences: string, start: Styles): Styles | undefined {
	const styles = {...start};
	const rest = sequences.replace(sgrSequence, (_, params: string) => {
		const codes = params === '' ? [0] : params.split(';').map(Number);
		for (let index = 0; index < codes.length; index++) {
			const code = codes[index]!;
			if (code === 0) Object.assign(styles, initialStyles());
			else if (code === 1) styles.bold = true;
			else if (code === 2) styles.dim = true;
			else if (code === 22) Object.assign(styles, {bold: false, dim: false});
			else if (code === 3 || code === 23) styles.italic = code === 3;
			else if (code === 4 || code === 24) styles.underline = code === 4;
			else if (code === 7 || code === 27) styles.inverse = code === 7;
			else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) styles.fg = String(code);
			else if (code === 39) styles.fg = '';
			else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) styles.bg = String(code);
			else if (code === 49) styles.bg = '';
			else if (code === 38 || code === 48) {
				// 38;5;n and 38;2;r;g;b: the colour is the codes that follow.
				const length = codes[index + 1] === 5 ? 2 : codes[index + 1] === 2 ? 4 : -1;
				if (length < 0) return '\u0000';
				const colour = codes.slice(index, index + 1 + length).join(';');
				if (code === 38) styles.fg = colour;
				else styles.bg = colour;
				index += length;
			} else return '\u0000';
		}
		return '';
	});
	return rest === '' ? styles : undefined;
}

/** The codes that turn on what `to` has, from nothing. */
function codesFromNothing(to: Styles): string[] {
	const codes: string[] = [];
	if (to.bold) codes.push('1');
	if (to.dim) codes.push('2');
	if (to.italic) codes.push('3');
	if (to.underline) codes.push('4');
	if (to.inverse) codes.push('7');
	if (to.fg) codes.push(to.fg);
	if (to.bg) codes.push(to.bg);
	return codes;
}

/**
 * The one SGR sequence (or none) that turns `from` into `to`: each change by its own code, or a
 * reset and what `to` turns on, whichever is shorter.
 */
export function styleTransition(from: Styles, to: Styles): string {
	const codes: string[] = [];
	// 22 turns off bold and dim both: off first, then back on whichever stays.
	if ((from.bold && !to.bold) || (from.dim && !to.dim)) {
		codes.push('22');
		if (to.bold) codes.push('1');
		if (to.dim) codes.push('2');
	} else {
		if (to.bold && !from.bold) codes.push('1');
		if (to.dim && !from.dim) codes.push('2');
	}
	if (from.italic !== to.italic) codes.push(to.italic ? '3' : '23');
	if (from.underline !== to.underline) codes.push(to.underline ? '4' : '24');
	if (from.inverse !== to.inverse) codes.push(to.inverse ? '7' : '27');
	if (from.fg !== to.fg) codes.push(to.fg || '39');
	if (from.bg !== to.bg) codes.push(to.bg || '49');
	if (codes.length === 0) return '';
	const reset = codesFromNothing(to);
	// Back to no style at all: the reset alone, `ESC[m`, is shortest.
	if (reset.length === 0) return '\u001b[m';
	const byChange = codes.join(';');
	const byReset = `0;${reset.join(';')}`;
	return `\u001b[${byReset.length < byChange.length ? byReset : byChange}m`;
}

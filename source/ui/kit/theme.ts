// Colour tokens. Screens name what a piece of text is (a hit, a heading); the theme decides how
// it looks. The no-colour theme uses only attributes (bold, underline, inverse), so highlights
// stay visible under NO_COLOR / --no-color.

export type Style = {
	color?: string;
	backgroundColor?: string;
	bold?: boolean;
	dim?: boolean;
	italic?: boolean;
	underline?: boolean;
	inverse?: boolean;
};

export type Theme = {
	/** True when no colour may be used; attributes are then written as plain SGR codes. */
	monochrome: boolean;
	plain: Style;
	title: Style;
	heading: Style;
	muted: Style;
	selected: Style;
	hit: Style;
	figure: Style;
	caption: Style;
	credit: Style;
	label: Style;
	bar: Style;
	barTrack: Style;
	status: Style;
	notice: Style;
	key: Style;
	tabActive: Style;
	tabIdle: Style;
	checked: Style;
};

export const colourTheme: Theme = {
	monochrome: false,
	plain: {},
	title: {bold: true, color: 'cyan'},
	heading: {bold: true, color: 'yellow'},
	muted: {dim: true},
	selected: {inverse: true},
	hit: {color: 'black', backgroundColor: 'yellow'},
	figure: {color: 'cyan', underline: true},
	caption: {color: 'gray'},
	credit: {color: 'gray', italic: true},
	label: {color: 'magenta', bold: true},
	bar: {color: 'green'},
	barTrack: {dim: true},
	status: {inverse: true},
	notice: {color: 'yellow', bold: true},
	key: {color: 'cyan', bold: true},
	tabActive: {inverse: true, bold: true},
	tabIdle: {dim: true},
	checked: {color: 'green', bold: true},
};

export const monochromeTheme: Theme = {
	monochrome: true,
	plain: {},
	title: {bold: true},
	heading: {bold: true},
	muted: {dim: true},
	selected: {inverse: true},
	hit: {inverse: true},
	figure: {underline: true},
	caption: {dim: true},
	credit: {dim: true, italic: true},
	label: {bold: true},
	bar: {},
	barTrack: {dim: true},
	status: {inverse: true},
	notice: {bold: true},
	key: {bold: true},
	tabActive: {inverse: true, bold: true},
	tabIdle: {dim: true},
	checked: {bold: true},
};

export function themeFor(color: boolean): Theme {
	return color ? colourTheme : monochromeTheme;
}

/** Combines styles; later ones win. */
export function mergeStyles(...styles: Array<Style | undefined>): Style {
	return Object.assign({}, ...styles.filter(Boolean));
}

const attributeCodes: Array<[keyof Style, number, number]> = [
	['bold', 1, 22],
	['dim', 2, 22],
	['italic', 3, 23],
	['underline', 4, 24],
	['inverse', 7, 27],
];

/**
 * Wraps text in SGR attribute codes (never colour). Used for the no-colour theme, because the
 * colour library below Ink drops every attribute when it sees --no-color on the command line.
 */
export function applyAttributes(text: string, style: Style): string {
	let open = '';
	let close = '';
	for (const [name, on, off] of attributeCodes) {
		if (style[name]) {
			open += `\u001B[${on}m`;
			close = `\u001B[${off}m${close}`;
		}
	}
	return open ? open + text + close : text;
}

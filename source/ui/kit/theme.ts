// Colour tokens. Screens name what a piece of text is (a hit, a heading); the theme decides how
// it looks. The no-colour theme uses only attributes (bold, underline, inverse), so highlights
// stay visible under NO_COLOR / --no-color.

/** The terminal's basic colours the themes use (paint.ts knows each one's code). */
export type Colour =
	'black' | 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan' | 'white' | 'gray';

export type Style = {
	color?: Colour;
	backgroundColor?: Colour;
	bold?: boolean;
	dim?: boolean;
	italic?: boolean;
	underline?: boolean;
	inverse?: boolean;
};

export type Theme = {
	plain: Style;
	title: Style;
	heading: Style;
	muted: Style;
	selected: Style;
	hit: Style;
	/** The hits of a search other than the one shown (all are marked when searching a report). */
	otherHit: Style;
	/** A text field's cursor. */
	cursor: Style;
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
	plain: {},
	title: {bold: true, color: 'cyan'},
	heading: {bold: true, color: 'yellow'},
	muted: {dim: true},
	selected: {inverse: true},
	hit: {color: 'black', backgroundColor: 'yellow'},
	otherHit: {color: 'black', backgroundColor: 'cyan'},
	cursor: {inverse: true},
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

const monochromeTheme: Theme = {
	plain: {},
	title: {bold: true},
	heading: {bold: true},
	muted: {dim: true},
	selected: {inverse: true},
	hit: {inverse: true},
	otherHit: {bold: true, underline: true},
	cursor: {inverse: true},
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

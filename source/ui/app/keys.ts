// The one table of key bindings. The app looks keys up here and the help page is generated
// from it, so what the help says is what the keys do.
import type {Key} from 'ink';
import type {Lang} from '../../i18n/lang.js';
import {type KeyHelpId, strings} from '../../i18n/strings.js';
import type {Command, HelpRow, KeyContext} from '../kit/commands.js';

/** A key's binding: the keys, the command they ask for, and the id of its help line. */
type Binding = {keys: string[]; command: Command; label: KeyHelpId};

const b = (keys: string[], command: Command, label: KeyHelpId): Binding => ({keys, command, label});

const helpKey = b(['?'], 'help', 'showKeys');
const searchKey = b(['/'], 'search', 'searchAllReports');
const quitKey = b(['ctrl+c'], 'quit', 'quitFromAnywhere');
const suspendKey = b(['ctrl+z'], 'suspend', 'suspend');
const lineMoves = [b(['down', 'j'], 'down', 'downOneLine'), b(['up', 'k'], 'up', 'upOneLine')];
// Editing a text field, as in a shell (line-editor.ts); the same in every field.
const fieldEdits = [
	b(['left'], 'cursorLeft', 'cursorLeft'),
	b(['right'], 'cursorRight', 'cursorRight'),
	b(['home', 'ctrl+a'], 'lineStart', 'lineStart'),
	b(['end', 'ctrl+e'], 'lineEnd', 'lineEnd'),
	b(['backspace', 'ctrl+h'], 'deleteChar', 'deleteChar'),
	b(['ctrl+w'], 'deleteWord', 'deleteWord'),
	b(['ctrl+u'], 'deleteToStart', 'deleteToStart'),
	b(['ctrl+k'], 'deleteToEnd', 'deleteToEnd'),
];
// Half a page, as in less and vim, wherever j/k scroll.
const halfPageMoves = [
	b(['ctrl+d'], 'halfPageDown', 'halfPageDown'),
	b(['ctrl+u'], 'halfPageUp', 'halfPageUp'),
];
// Copying through the terminal (OSC 52: works over SSH and in tmux).
const copyKeys = [b(['y'], 'copyCitation', 'copyCitation'), b(['Y'], 'copyText', 'copyText')];
const bookmarksKey = b(["'"], 'bookmarks', 'allBookmarks');
const pageMoves = [
	b(['space', 'pagedown', 'ctrl+f'], 'pageDown', 'nextPage'),
	b(['b', 'pageup', 'ctrl+b'], 'pageUp', 'previousPage'),
	b(['g', 'home'], 'top', 'toStart'),
	b(['G', 'end'], 'bottom', 'toEnd'),
];

// The search screen's keys wherever its keyboard is, the field or the results.
const searchKeys = [
	b(['enter'], 'open', 'openResult'),
	b(['pagedown'], 'pageDown', 'nextPageOfResults'),
	b(['pageup'], 'pageUp', 'previousPageOfResults'),
	b(['tab'], 'nextKind', 'nextKind'),
	b(['shift+tab'], 'previousKind', 'previousKind'),
	...fieldEdits,
	b(['ctrl+p'], 'historyPrevious', 'earlierQuery'),
	b(['ctrl+n'], 'historyNext', 'laterQuery'),
	helpKey,
	b(['esc'], 'back', 'backFromSearch'),
	quitKey,
	suspendKey,
];

export const keyTable: Record<KeyContext, Binding[]> = {
	library: [
		b(['down', 'j'], 'down', 'nextReport'),
		b(['up', 'k'], 'up', 'previousReport'),
		b(['pagedown', 'space'], 'pageDown', 'nextPage'),
		b(['pageup', 'b'], 'pageUp', 'previousPage'),
		b(['g', 'home'], 'top', 'firstReport'),
		b(['G', 'end'], 'bottom', 'lastReport'),
		b(['enter', 'right'], 'open', 'readReport'),
		searchKey,
		b(['c'], 'compare', 'compareRegions'),
		...halfPageMoves,
		bookmarksKey,
		helpKey,
		b(['q'], 'quit', 'quit'),
		quitKey,
		suspendKey,
	],
	reader: [
		...lineMoves,
		...pageMoves,
		b(['['], 'previousSection', 'previousSection'),
		b([']'], 'nextSection', 'nextSection'),
		b(['n'], 'nextHit', 'nextHit'),
		b(['N'], 'previousHit', 'previousHit'),
		b(['t'], 'toc', 'tableOfContents'),
		b(['f'], 'figures', 'highlightStatistics'),
		// Copy, bookmarks, pager, half pages and the figures list.
		...halfPageMoves,
		b(['y'], 'copyCitation', 'copyParagraphCitation'),
		b(['Y'], 'copyText', 'copyParagraphText'),
		b(['m'], 'bookmark', 'bookmarkParagraph'),
		b(['M'], 'bookmarkNote', 'bookmarkWithNote'),
		bookmarksKey,
		b(['o'], 'pager', 'openInPager'),
		b(['F'], 'figureList', 'listFigures'),
		// Search within the report (reader-find.ts); Tab in its prompt widens to all reports.
		b(['/'], 'find', 'findInReport'),
		helpKey,
		b(['esc', 'q', 'left'], 'back', 'backToList'),
		quitKey,
		suspendKey,
	],
	toc: [
		b(['down', 'j'], 'down', 'nextSection'),
		b(['up', 'k'], 'up', 'previousSection'),
		b(['g', 'home'], 'top', 'firstSection'),
		b(['G', 'end'], 'bottom', 'lastSection'),
		b(['enter'], 'open', 'jumpToSection'),
		b(['t', 'esc'], 'back', 'closeContents'),
		searchKey,
		helpKey,
		quitKey,
		suspendKey,
	],
	find: [
		b(['enter'], 'accept', 'acceptFind'),
		b(['tab'], 'widen', 'widenFind'),
		b(['esc'], 'back', 'closeFind'),
		...fieldEdits,
		b(['up', 'ctrl+p'], 'historyPrevious', 'earlierQuery'),
		b(['down', 'ctrl+n'], 'historyNext', 'laterQuery'),
		quitKey,
		suspendKey,
	],
	search: [
		// ↓ takes the keyboard into the results (the 'results' bindings).
		b(['down'], 'down', 'nextResult'),
		// ↑ in an empty field brings back the last query (search-state.ts).
		b(['up'], 'up', 'previousResult'),
		// y and Y are typed into the field here; in the results (after ↓) they copy.
		b(['ctrl+y'], 'copyCitation', 'copyResultCitation'),
		...searchKeys,
	],
	// In the results, y and Y copy; any other text is typed into the field, which takes the
	// keyboard back, as do the field's editing keys, / and ↑ from the first result.
	results: [
		b(['down'], 'down', 'nextResult'),
		b(['up'], 'up', 'resultsToField'),
		b(['y', 'ctrl+y'], 'copyCitation', 'copyResultCitation'),
		b(['Y'], 'copyText', 'copyResultText'),
		b(['/'], 'editQuery', 'editQuery'),
		...searchKeys,
	],
	pick: [
		b(['down', 'j'], 'down', 'nextRegion'),
		b(['up', 'k'], 'up', 'previousRegion'),
		b(['space', 'x'], 'toggle', 'toggleRegion'),
		b(['a'], 'toggleAll', 'toggleAll'),
		b(['enter'], 'continue', 'compareChosen'),
		searchKey,
		helpKey,
		b(['esc', 'q'], 'back', 'back'),
		quitKey,
		suspendKey,
	],
	table: [
		b(['down', 'j'], 'down', 'nextMetric'),
		b(['up', 'k'], 'up', 'previousMetric'),
		b(['right', 'l'], 'right', 'nextRegion'),
		b(['left', 'h'], 'left', 'previousRegion'),
		b(['>', '.'], 'nextColumns', 'nextRegions'),
		b(['<', ','], 'previousColumns', 'previousRegions'),
		b(['enter'], 'open', 'openMatchesOrFigure'),
		b(['o'], 'otherMatches', 'cellMatches'),
		b(['y'], 'copyCitation', 'copyCellCitation'),
		b(['Y'], 'copyText', 'copyCellText'),
		// s, since l is → as in vi.
		b(['s'], 'logScale', 'logOrLinear'),
		b(['v', 'tab'], 'switchView', 'themesSideBySide'),
		searchKey,
		helpKey,
		b(['esc', 'q'], 'back', 'chooseRegionsAgain'),
		quitKey,
		suspendKey,
	],
	themes: [
		b(['right', 'l'], 'nextTheme', 'nextTheme'),
		b(['left', 'h'], 'previousTheme', 'previousTheme'),
		...lineMoves,
		...pageMoves,
		...halfPageMoves,
		b(['>', '.'], 'nextRegion', 'nextRegion'),
		b(['<', ','], 'previousRegion', 'previousRegion'),
		b(['enter'], 'open', 'readThemeSection'),
		b(['v', 'tab'], 'switchView', 'backToTable'),
		searchKey,
		helpKey,
		b(['esc', 'q'], 'back', 'chooseRegionsAgain'),
		quitKey,
		suspendKey,
	],
	matches: [
		b(['down', 'j'], 'down', 'nextMatch'),
		b(['up', 'k'], 'up', 'previousMatch'),
		b(['enter'], 'open', 'openMatch'),
		b(['y'], 'copyCitation', 'copyCellCitation'),
		b(['Y'], 'copyText', 'copyCellText'),
		searchKey,
		helpKey,
		b(['esc', 'q', 'o'], 'back', 'backToTable'),
		quitKey,
		suspendKey,
	],
	// The note prompt of M: a text field; Enter saves the bookmark.
	note: [
		b(['enter'], 'saveNote', 'saveNote'),
		b(['esc'], 'back', 'cancelNote'),
		...fieldEdits,
		quitKey,
		suspendKey,
	],
	bookmarks: [
		b(['down', 'j'], 'down', 'nextBookmark'),
		b(['up', 'k'], 'up', 'previousBookmark'),
		...halfPageMoves,
		b(['g', 'home'], 'top', 'newestBookmark'),
		b(['G', 'end'], 'bottom', 'oldestBookmark'),
		b(['enter'], 'open', 'readAtBookmark'),
		b(['d'], 'deleteBookmark', 'deleteBookmark'),
		...copyKeys,
		searchKey,
		helpKey,
		b(['esc', 'q', "'"], 'back', 'closeBookmarks'),
		quitKey,
		suspendKey,
	],
	figureList: [
		b(['down', 'j'], 'down', 'nextFigure'),
		b(['up', 'k'], 'up', 'previousFigure'),
		...halfPageMoves,
		b(['space', 'pagedown', 'ctrl+f'], 'pageDown', 'nextPage'),
		b(['b', 'pageup', 'ctrl+b'], 'pageUp', 'previousPage'),
		b(['g', 'home'], 'top', 'firstFigure'),
		b(['G', 'end'], 'bottom', 'lastFigure'),
		b(['enter'], 'open', 'readFigureSentence'),
		...copyKeys,
		searchKey,
		helpKey,
		b(['esc', 'q', 'F'], 'back', 'backToReader'),
		quitKey,
		suspendKey,
	],
	help: [...lineMoves, b(['esc', '?', 'q'], 'back', 'closeHelp'), searchKey, quitKey, suspendKey],
};

/** Names a keypress the way the table does: 'j', 'G', 'down', 'ctrl+c', 'shift+tab'. */
export function keyName(input: string, key: Key): string | undefined {
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageDown) return 'pagedown';
	if (key.pageUp) return 'pageup';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'enter';
	if (key.escape) return 'esc';
	if (key.tab) return key.shift ? 'shift+tab' : 'tab';
	// Many terminals send DEL for Backspace, which Ink reports as `delete`.
	if (key.backspace || key.delete) return 'backspace';
	if (key.ctrl && input.length === 1) return `ctrl+${input.toLowerCase()}`;
	if (key.meta) return undefined;
	if (input === ' ') return 'space';
	if (input.length === 1) return input;
	return undefined;
}

export type KeyPress = {name: string | undefined; text: string};

const controlNames: Record<string, string> = {
	'\r': 'enter',
	'\n': 'enter',
	'\t': 'tab',
	'\u007f': 'backspace',
	'\b': 'backspace',
	'\u001b': 'esc',
	' ': 'space',
};

/**
 * The keys in one read from the terminal. Keys typed quickly (or sent over a slow link) can
 * arrive together as one string, e.g. "jj\r"; each is its own keypress.
 */
export function keyPresses(input: string, key: Key): KeyPress[] {
	// Esc then a key, read together (typed quickly, or joined on a slow link), looks like
	// Alt+key. Nothing is bound to Alt, so take it for what it almost always is: Esc, then
	// the key.
	if (key.meta) {
		const esc: KeyPress = {name: 'esc', text: ''};
		if (key.escape) return [esc, esc];
		return [esc, ...keyPresses(input, {...key, meta: false})];
	}
	const name = keyName(input, key);
	// Ctrl combinations are commands or nothing, never text.
	if (key.ctrl) return [{name, text: ''}];
	if (name !== undefined || input.length <= 1) return [{name, text: input}];
	return Array.from(input, (unit): KeyPress => {
		const named = controlNames[unit];
		if (named) return {name: named, text: unit};
		// Ctrl-letters read together ("\u0005\u0017": Ctrl-E, Ctrl-W) are each their key.
		const code = unit.charCodeAt(0);
		if (code >= 1 && code <= 26) return {name: `ctrl+${String.fromCharCode(code + 96)}`, text: ''};
		return {name: unit, text: unit};
	});
}

export function commandFor(context: KeyContext, name: string): Command | undefined {
	return keyTable[context].find((binding) => binding.keys.includes(name))?.command;
}

const keyLabels: Record<string, string> = {
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	pagedown: 'PgDn',
	pageup: 'PgUp',
	home: 'Home',
	end: 'End',
	enter: 'Enter',
	esc: 'Esc',
	tab: 'Tab',
	'shift+tab': 'Shift-Tab',
	space: 'Space',
	backspace: 'Backspace',
};

export function keyLabel(name: string): string {
	const known = keyLabels[name];
	if (known) return known;
	if (name.startsWith('ctrl+')) return `Ctrl-${name.slice(5).toUpperCase()}`;
	return name;
}

export function helpRows(context: KeyContext, lang: Lang): HelpRow[] {
	const rows = keyTable[context].map((binding) => ({
		keys: binding.keys.map(keyLabel).join(' '),
		label: strings[lang].keyHelp[binding.label],
	}));
	if (context !== 'reader') return rows;
	// The `/` prompt has no help page of its own (? is typed into it): its keys are listed here.
	const inPrompt = keyTable.find.filter(
		(binding) => binding.command !== 'quit' && binding.command !== 'suspend',
	);
	return [
		...rows,
		...inPrompt.map((binding) => ({
			keys: `/ … ${binding.keys.map(keyLabel).join(' ')}`,
			label: strings[lang].keyHelp[binding.label],
		})),
	];
}

// The names the key table and the screens share: where the keyboard focus is, what a key can
// ask for, and a help page's rows. The bindings themselves are in ui/app/keys.ts.

/** Where the keyboard focus is; each has its own bindings. */
export type KeyContext =
	'library' | 'reader' | 'toc' | 'find' | 'search' | 'pick' | 'table' | 'themes' | 'help';

export type Command =
	| 'quit'
	| 'suspend'
	| 'back'
	| 'help'
	| 'search'
	| 'compare'
	| 'open'
	| 'up'
	| 'down'
	| 'left'
	| 'right'
	| 'pageUp'
	| 'pageDown'
	| 'top'
	| 'bottom'
	| 'toc'
	| 'previousSection'
	| 'nextSection'
	| 'nextHit'
	| 'previousHit'
	| 'figures'
	| 'nextKind'
	| 'previousKind'
	| 'deleteChar'
	// Editing a text field (see line-editor.ts), and searching from the reader.
	| 'cursorLeft'
	| 'cursorRight'
	| 'lineStart'
	| 'lineEnd'
	| 'deleteWord'
	| 'deleteToStart'
	| 'deleteToEnd'
	| 'historyPrevious'
	| 'historyNext'
	| 'find'
	| 'accept'
	| 'widen'
	| 'toggle'
	| 'toggleAll'
	| 'continue'
	| 'logScale'
	| 'switchView'
	| 'previousColumns'
	| 'nextColumns'
	| 'previousTheme'
	| 'nextTheme';

/** One line of a help page: the keys, and what they do. */
export type HelpRow = {keys: string; label: string};

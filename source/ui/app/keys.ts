// The one table of key bindings. The app looks keys up here and the help page is generated
// from it, so what the help says is what the keys do.
import type {Key} from 'ink';
import type {Lang} from '../../i18n/lang.js';
import type {Command, HelpRow, KeyContext} from '../kit/commands.js';

export type Binding = {keys: string[]; command: Command; label: Record<Lang, string>};

const b = (keys: string[], command: Command, en: string, zh: string): Binding => ({
	keys,
	command,
	label: {en, zh},
});

const helpKey = b(['?'], 'help', 'show the keys of this screen', '显示本屏按键');
const searchKey = b(['/'], 'search', 'search all reports', '搜索全部报告');
const quitKey = b(['ctrl+c'], 'quit', 'quit (from anywhere)', '退出（任何界面）');
const lineMoves = [
	b(['down', 'j'], 'down', 'down one line', '下移一行'),
	b(['up', 'k'], 'up', 'up one line', '上移一行'),
];
const pageMoves = [
	b(['space', 'pagedown', 'ctrl+f'], 'pageDown', 'next page', '下一页'),
	b(['b', 'pageup', 'ctrl+b'], 'pageUp', 'previous page', '上一页'),
	b(['g', 'home'], 'top', 'to the start', '到开头'),
	b(['G', 'end'], 'bottom', 'to the end', '到结尾'),
];

export const keyTable: Record<KeyContext, Binding[]> = {
	library: [
		b(['down', 'j'], 'down', 'next report', '下一份报告'),
		b(['up', 'k'], 'up', 'previous report', '上一份报告'),
		b(['pagedown', 'space'], 'pageDown', 'next page', '下一页'),
		b(['pageup', 'b'], 'pageUp', 'previous page', '上一页'),
		b(['g', 'home'], 'top', 'first report', '第一份'),
		b(['G', 'end'], 'bottom', 'last report', '最后一份'),
		b(['enter', 'right'], 'open', 'read the report', '阅读报告'),
		searchKey,
		b(['c'], 'compare', 'compare regions', '地区对比'),
		helpKey,
		b(['q'], 'quit', 'quit', '退出'),
		quitKey,
	],
	reader: [
		...lineMoves,
		...pageMoves,
		b(['['], 'previousSection', 'previous section', '上一节'),
		b([']'], 'nextSection', 'next section', '下一节'),
		b(['n'], 'nextHit', 'next search hit', '下一个搜索结果'),
		b(['N'], 'previousHit', 'previous search hit', '上一个搜索结果'),
		b(['t'], 'toc', 'table of contents', '目录'),
		b(['f'], 'figures', 'highlight statistics', '突出显示统计数字'),
		searchKey,
		helpKey,
		b(['esc', 'q', 'left'], 'back', 'back to the list', '返回列表'),
		quitKey,
	],
	toc: [
		b(['down', 'j'], 'down', 'next section', '下一节'),
		b(['up', 'k'], 'up', 'previous section', '上一节'),
		b(['g', 'home'], 'top', 'first section', '第一节'),
		b(['G', 'end'], 'bottom', 'last section', '最后一节'),
		b(['enter'], 'open', 'jump to the section', '跳到该节'),
		b(['t', 'esc'], 'back', 'close the contents', '关闭目录'),
		searchKey,
		helpKey,
		quitKey,
	],
	search: [
		b(['enter'], 'open', 'open the reader at the result', '在阅读器中打开'),
		b(['down', 'ctrl+n'], 'down', 'next result', '下一条'),
		b(['up', 'ctrl+p'], 'up', 'previous result', '上一条'),
		b(['pagedown'], 'pageDown', 'next page of results', '下一页结果'),
		b(['pageup'], 'pageUp', 'previous page of results', '上一页结果'),
		b(['tab'], 'nextKind', 'next kind: all, sections, paragraphs, figures, captions', '切换类别'),
		b(['shift+tab'], 'previousKind', 'previous kind', '上一个类别'),
		b(['backspace'], 'deleteChar', 'delete a character', '删除一个字符'),
		b(['ctrl+u'], 'clearQuery', 'clear the query', '清空查询'),
		helpKey,
		b(['esc'], 'back', 'back to where the search started', '返回搜索前的界面'),
		quitKey,
	],
	pick: [
		b(['down', 'j'], 'down', 'next region', '下一个地区'),
		b(['up', 'k'], 'up', 'previous region', '上一个地区'),
		b(['space', 'x'], 'toggle', 'choose or drop the region', '选择/取消地区'),
		b(['a'], 'toggleAll', 'choose all or none', '全选/全不选'),
		b(
			['enter'],
			'continue',
			'compare the chosen regions (two or more)',
			'对比所选地区（至少两个）',
		),
		searchKey,
		helpKey,
		b(['esc', 'q'], 'back', 'back', '返回'),
		quitKey,
	],
	table: [
		b(['down', 'j'], 'down', 'next metric', '下一项指标'),
		b(['up', 'k'], 'up', 'previous metric', '上一项指标'),
		b(['right'], 'right', 'next region', '下一个地区'),
		b(['left'], 'left', 'previous region', '上一个地区'),
		b(['>', '.'], 'nextColumns', 'next regions (when they do not fit)', '后面的地区'),
		b(['<', ','], 'previousColumns', 'previous regions', '前面的地区'),
		b(['enter'], 'open', 'open the report at this figure', '打开报告中该数字'),
		b(['l'], 'logScale', 'log / linear bars', '对数/线性刻度'),
		b(['v', 'tab'], 'switchView', 'themes side by side', '按主题并排'),
		searchKey,
		helpKey,
		b(['esc', 'q'], 'back', 'choose regions again', '重新选择地区'),
		quitKey,
	],
	themes: [
		b(['right'], 'nextTheme', 'next theme', '下一个主题'),
		b(['left'], 'previousTheme', 'previous theme', '上一个主题'),
		...lineMoves,
		...pageMoves,
		b(['>', '.'], 'nextColumns', 'next regions (when they do not fit)', '后面的地区'),
		b(['<', ','], 'previousColumns', 'previous regions', '前面的地区'),
		b(['v', 'tab'], 'switchView', 'back to the table', '返回表格'),
		searchKey,
		helpKey,
		b(['esc', 'q'], 'back', 'choose regions again', '重新选择地区'),
		quitKey,
	],
	help: [
		...lineMoves,
		b(['esc', '?', 'q'], 'back', 'close this page', '关闭本页'),
		searchKey,
		quitKey,
	],
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
	return Array.from(input, (unit) => ({name: controlNames[unit] ?? unit, text: unit}));
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
	return keyTable[context].map((binding) => ({
		keys: binding.keys.map(keyLabel).join(' '),
		label: binding.label[lang],
	}));
}

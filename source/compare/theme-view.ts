// The sections of one theme, region by region: side by side in columns on a terminal (each
// wrapped to its column, CJK counted two wide), one region after another when piped.
import type {Block} from '../corpus/types.js';
import {sanitizeLine} from '../text/sanitize.js';
import {padToWidth, truncateToWidth} from '../text/width.js';
import {wrapText} from '../text/wrap.js';
import {regionColumn} from './compare.js';
import {regionName} from '../i18n/lang.js';
import {strings} from '../i18n/strings.js';
import {regionDetail, splitEvenly, type TableLayout} from './table.js';
import type {ThemeSections} from './themes.js';
import type {Theme} from './types.js';

const gutter = ' │ ';
const minColumn = 24;

/** One region's text as logical lines (unwrapped): section headings, then blocks. */
function regionLines(group: ThemeSections, layout: TableLayout): string[] {
	const {lang} = layout;
	if (group.sections.length === 0) return [strings[lang].noSectionsForTheme];
	const lines: string[] = [];
	for (const {section} of group.sections) {
		if (lines.length > 0) lines.push('');
		lines.push(`■ ${section.title ? sanitizeLine(section.title) : strings[lang].opening}`);
		for (const block of section.blocks) lines.push('', blockLine(block));
	}
	return lines;
}

function blockLine(block: Block): string {
	const text = sanitizeLine(block.text);
	if (block.kind === 'paragraph') return text;
	return `▲ ${text}${block.credit ? ` — ${sanitizeLine(block.credit)}` : ''}`;
}

export function renderThemeView(
	groups: ThemeSections[],
	theme: Theme,
	layout: TableLayout,
): string {
	const {lang} = layout;
	const title = `${strings[lang].theme}: ${sanitizeLine(theme.label[lang])} (${theme.id})`;
	const out: string[] = [];
	if (!layout.fit) {
		out.push(title);
		for (const group of groups) {
			const region = regionColumn(group.report);
			out.push('', `━━ ${regionName(region.region, lang)} · ${regionDetail(region, lang)} ━━`, '');
			out.push(...regionLines(group, layout));
		}
		return `${out.join('\n')}\n`;
	}
	out.push(...wrapText(title, layout.columns));
	const perPage = Math.max(
		1,
		Math.floor((layout.columns + gutter.length) / (minColumn + gutter.length)),
	);
	for (const page of splitEvenly(groups, perPage)) {
		const width = Math.max(
			1,
			Math.floor((layout.columns - gutter.length * (page.length - 1)) / page.length),
		);
		const columns = page.map((group) => {
			const region = regionColumn(group.report);
			const head = [
				...wrapText(regionName(region.region, lang), width),
				...wrapText(regionDetail(region, lang), width),
				'─'.repeat(width),
			];
			return [...head, ...regionLines(group, layout).flatMap((line) => wrapText(line, width))];
		});
		const height = Math.max(...columns.map((column) => column.length));
		out.push('');
		for (let row = 0; row < height; row++) {
			const cells = columns.map((column, index) => {
				const cell = column[row] ?? '';
				return index === columns.length - 1 ? cell : padToWidth(cell, width);
			});
			out.push(cells.join(gutter).trimEnd());
		}
	}
	return `${out.map((line) => truncateToWidth(line, layout.columns)).join('\n')}\n`;
}

// The theme view's columns: each region's sections on one theme, wrapped to a column width.
import type {Lang} from '../../i18n/lang.js';
import {sectionLabel} from '../../corpus/report-lines.js';
import type {Report} from '../../corpus/types.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {textWidth} from '../../text/width.js';
import {wrapText} from '../../text/wrap.js';
import {strings} from '../../i18n/strings.js';

type ColumnLine = {
	kind: 'heading' | 'paragraph' | 'caption' | 'blank';
	text: string;
	/** On a section heading's first line: the section's index in the report. */
	section?: number;
};

// Only memoization of buildColumn, a pure function of its arguments (a keypress redraws the
// same columns); keyed weakly so a dropped report takes its columns with it.
const cache = new WeakMap<Report, Map<string, ColumnLine[]>>();

export function themeColumnLines(
	report: Report,
	sections: readonly number[],
	width: number,
	lang: Lang,
): ColumnLine[] {
	let byKey = cache.get(report);
	if (!byKey) {
		byKey = new Map();
		cache.set(report, byKey);
	}
	const key = `${sections.join(',')}:${width}:${lang}`;
	let lines = byKey.get(key);
	if (!lines) {
		if (byKey.size >= 16) byKey.delete(byKey.keys().next().value!);
		lines = buildColumn(report, sections, width, lang);
		byKey.set(key, lines);
	}
	return lines;
}

function buildColumn(
	report: Report,
	sections: readonly number[],
	width: number,
	lang: Lang,
): ColumnLine[] {
	const text = strings[lang];
	const lines: ColumnLine[] = [];
	const add = (kind: ColumnLine['kind'], raw: string, indent = '') => {
		for (const line of wrapText(sanitizeLine(raw), Math.max(1, width - textWidth(indent)))) {
			lines.push({kind, text: indent + line});
		}
	};
	for (const index of sections) {
		const section = report.sections[index];
		if (!section) continue;
		if (lines.length > 0) lines.push({kind: 'blank', text: ''});
		const heading = lines.length;
		add('heading', sectionLabel(report, index, lang));
		lines[heading] = {...lines[heading]!, section: index};
		for (const block of section.blocks) {
			lines.push({kind: 'blank', text: ''});
			if (block.kind === 'caption') add('caption', `${text.photo} ${block.text}`, '  ');
			else add('paragraph', block.text);
		}
	}
	if (lines.length === 0) add('blank', text.noSectionsForTheme);
	return lines;
}

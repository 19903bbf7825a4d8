// The theme view's columns: each region's sections on one theme, wrapped to a column width.
import type {Lang} from '../../i18n/lang.js';
import {sectionLabel} from '../../corpus/report-lines.js';
import {reportMemo} from '../../corpus/report-memo.js';
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

// A keypress redraws the same columns: a few sets a report.
const columns = reportMemo<ColumnLine[]>(16);

export function themeColumnLines(
	report: Report,
	sections: readonly number[],
	width: number,
	lang: Lang,
): ColumnLine[] {
	return columns(report, `${sections.join(',')}:${width}:${lang}`, () =>
		buildColumn(report, sections, width, lang),
	);
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

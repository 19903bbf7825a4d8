// Sorting sections into themes, by keyword weights kept as data (themes.json). The heading's
// own {theme=...} wins. The untitled opening is an 'overview': it sums up the whole report, so
// its keywords would pull it toward whichever theme it happens to mention most; likewise a
// titled section that scores nothing (no keyword at all) is an overview rather than a guess.
import type {Report, Section} from '../corpus/types.js';
import {ChoiceError} from './errors.js';
import {foldKey} from '../text/fold.js';
import data from './themes.json' with {type: 'json'};
import type {Theme} from './types.js';

type ThemeRule = Theme & {keywords: Array<[string, number]>};

const rules: ThemeRule[] = data.themes.map((theme) => ({
	id: theme.id,
	label: theme.label,
	keywords: Object.entries(theme.keywords as Record<string, number>).map(([word, weight]) => [
		foldKey(word),
		weight,
	]),
}));

export const themes: readonly Theme[] = rules.map(({id, label}) => ({id, label}));
export const openingTheme: string = data.openingTheme;
const fallbackTheme: string = data.fallbackTheme;
const titleWeight: number = data.titleWeight;

export function themeById(id: string): Theme | undefined {
	return themes.find((theme) => theme.id === id);
}

function occurrences(text: string, word: string): number {
	let count = 0;
	for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) count++;
	return count;
}

/** Each theme's keyword score for a section (title counted titleWeight times). */
function themeScores(section: Section): Map<string, number> {
	const title = foldKey(section.title);
	const body = foldKey(section.blocks.map((block) => block.text).join('\n'));
	const scores = new Map<string, number>();
	for (const rule of rules) {
		let score = 0;
		for (const [word, weight] of rule.keywords) {
			score += weight * (titleWeight * occurrences(title, word) + occurrences(body, word));
		}
		scores.set(rule.id, score);
	}
	return scores;
}

/** The theme of one section: its override when known, else the opening rule, else the rules. */
export function themeOfSection(section: Section): string {
	if (section.theme && themeById(section.theme)) return section.theme;
	if (section.title === '') return openingTheme;
	let best = fallbackTheme;
	let bestScore = 0;
	for (const [id, score] of themeScores(section)) {
		if (score > bestScore) {
			best = id;
			bestScore = score;
		}
	}
	return best;
}

/** The theme id of every section of a report, by section index. */
export function assignThemes(report: Report): string[] {
	return report.sections.map(themeOfSection);
}

export type ThemeSections = {report: Report; sections: Array<{index: number; section: Section}>};

/** The sections of each report that have the theme, reports in the order given. */
export function sectionsForTheme(reports: Report[], themeId: string): ThemeSections[] {
	if (!themeById(themeId)) {
		throw new ChoiceError(
			'theme',
			themeId,
			themes.map((theme) => theme.id),
		);
	}
	return reports.map((report) => {
		const assigned = assignThemes(report);
		const sections = report.sections
			.map((section, index) => ({index, section}))
			.filter(({index}) => assigned[index] === themeId);
		return {report, sections};
	});
}

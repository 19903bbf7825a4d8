import {beforeAll, describe, expect, it} from 'vitest';
import {ChoiceError} from '../../source/compare/errors.js';
import {
	assignThemes,
	openingTheme,
	sectionsForTheme,
	themeOfSection,
	themes,
} from '../../source/compare/themes.js';
import {loadCorpus} from '../../source/corpus/load.js';
import type {Report} from '../../source/corpus/types.js';

let reports: Report[];
const five = ['politics', 'economy', 'rights', 'organization', 'reform'];

beforeAll(() => {
	reports = loadCorpus().reports;
});

const byTitle = (id: string, title: string) => {
	const report = reports.find((candidate) => candidate.meta.id === id)!;
	const index = report.sections.findIndex((section) => section.title.includes(title));
	expect(index, title).toBeGreaterThanOrEqual(0);
	return assignThemes(report)[index];
};

describe('themes', () => {
	it('are the five plus overview, labelled in both languages', () => {
		expect(themes.map((theme) => theme.id)).toEqual([...five, 'overview']);
		for (const theme of themes) {
			expect(theme.label.zh).not.toBe('');
			expect(theme.label.en).not.toBe('');
		}
	});

	it('gives every section of every report a theme: titled ones one of the five', () => {
		for (const report of reports) {
			const assigned = assignThemes(report);
			expect(assigned).toHaveLength(report.sections.length);
			report.sections.forEach((section, index) => {
				if (section.title === '') expect(assigned[index]).toBe(openingTheme);
				else expect(five, `${report.meta.id}: ${section.title}`).toContain(assigned[index]);
			});
		}
	});

	it('sorts headings by their words, in either script', () => {
		expect(byTitle('leshan', '强化思想引领')).toBe('politics');
		expect(byTitle('leshan', '建功立业')).toBe('economy');
		expect(byTitle('leshan', '依法维权')).toBe('rights');
		expect(byTitle('leshan', '深化改革')).toBe('reform');
		expect(byTitle('jinan', '固本強基')).toBe('organization');
		expect(byTitle('jinan', '政治引領')).toBe('politics');
		expect(byTitle('sichuan', '新業態群體')).toBe('organization');
		expect(byTitle('sichuan', '普惠服務')).toBe('rights');
		expect(byTitle('shaoyang', '思想政治引领')).toBe('politics');
	});

	it('lets the heading override win over the rules', () => {
		const section = {
			title: '强化思想引领',
			theme: 'rights',
			blocks: [{kind: 'paragraph' as const, text: '思想引领,宣讲,理论。'}],
		};
		expect(themeOfSection(section)).toBe('rights');
		expect(themeOfSection({...section, theme: undefined})).toBe('politics');
		expect(themeOfSection({...section, title: '', theme: 'economy'})).toBe('economy');
	});

	it('ignores an override that is not a theme', () => {
		const section = {title: '维权服务', theme: 'nonsense', blocks: []};
		expect(themeOfSection(section)).toBe('rights');
	});

	it('gives an untitled opening, or a section with no keyword, the overview', () => {
		expect(themeOfSection({title: '', blocks: [{kind: 'paragraph', text: '维权维权维权'}]})).toBe(
			'overview',
		);
		expect(themeOfSection({title: '春天', blocks: [{kind: 'paragraph', text: '天气很好。'}]})).toBe(
			'overview',
		);
	});

	it('sectionsForTheme lists each report with its sections of that theme', () => {
		const groups = sectionsForTheme(reports, 'rights');
		expect(groups.map((group) => group.report)).toEqual(reports);
		for (const group of groups) {
			const assigned = assignThemes(group.report);
			for (const {index, section} of group.sections) {
				expect(assigned[index]).toBe('rights');
				expect(group.report.sections[index]).toBe(section);
			}
		}
		expect(groups.every((group) => group.sections.length > 0)).toBe(true);
		expect(() => sectionsForTheme(reports, 'sport')).toThrow(ChoiceError);
	});
});

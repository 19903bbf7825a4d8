// The fewest SGR codes that say the same styles: the frame writer sends rows through these.
import {describe, expect, test} from 'vitest';
import {compactStyles} from '../../source/render/frame-writer.js';
import {initialStyles, sgrState, styleTransition} from '../../source/render/sgr-styles.js';

const e = '\u001b[';

describe('styleTransition', () => {
	const none = initialStyles();
	const state = (codes: string) => sgrState(`${e}${codes}m`, none)!;

	test('nothing to say between equal styles', () => {
		expect(styleTransition(state('1;35'), state('1;35'))).toBe('');
	});

	test('back to no style is the bare reset', () => {
		expect(styleTransition(state('1;2;3;4;7;31;43'), none)).toBe(`${e}m`);
	});

	test('each change by its own code', () => {
		expect(styleTransition(state('1'), state('1;35'))).toBe(`${e}35m`);
		expect(styleTransition(state('43;30'), state('30'))).toBe(`${e}49m`);
		expect(styleTransition(state('3;4;7;31'), state('4;31'))).toBe(`${e}23;27m`);
	});

	test('dim off keeps bold on, since one code ends both', () => {
		expect(styleTransition(state('1;2;31'), state('1;31'))).toBe(`${e}22;1m`);
	});

	test('a reset and what stays, when that is shorter', () => {
		expect(styleTransition(state('1;2;3;4;7;31'), state('31'))).toBe(`${e}0;31m`);
	});

	test('256 and RGB colours are kept whole', () => {
		expect(styleTransition(none, state('38;5;246;48;2;1;2;3'))).toBe(`${e}38;5;246;48;2;1;2;3m`);
	});
});

describe('compactStyles', () => {
	test('spans as Ink writes them become one sequence a change', () => {
		const row = `${e}1m${e}35m乐山市${e}39m${e}22m${e}2m · 段落${e}22m`;
		expect(compactStyles(row)).toBe(`${e}1;35m乐山市${e}0;2m · 段落${e}m`);
	});

	test('styles that no text shows are dropped', () => {
		expect(compactStyles(`${e}7m${e}1m${e}22m${e}27m${e}2m${e}22m   ${e}2m搜索中…${e}22m`)).toBe(
			`   ${e}2m搜索中…${e}m`,
		);
	});

	test('a row without escapes is itself', () => {
		const row = '劳动模范 laomo';
		expect(compactStyles(row)).toBe(row);
	});

	test('hyperlinks stay where they are', () => {
		const link = '\u001b]8;;https://example.org\u0007';
		const close = '\u001b]8;;\u0007';
		expect(compactStyles(`${link}${e}1m报告${e}22m${close}`)).toBe(
			`${link}${e}1m报告${close}${e}m`,
		);
	});

	test('a row with other escapes or unknown codes is left as it is', () => {
		for (const row of [`${e}5m闪${e}25m`, `a${e}2Kb`, `a\u001bb`]) {
			expect(compactStyles(row)).toBe(row);
		}
	});
});

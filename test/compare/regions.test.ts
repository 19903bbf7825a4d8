import {beforeAll, describe, expect, it} from 'vitest';
import {ChoiceError} from '../../source/compare/errors.js';
import {resolveRegions} from '../../source/compare/regions.js';
import {loadCorpus} from '../../source/corpus/load.js';
import type {Report} from '../../source/corpus/types.js';

let reports: Report[];
const ids = (queries: string[]) => resolveRegions(queries, reports).map((report) => report.meta.id);

beforeAll(() => {
	reports = loadCorpus().reports;
});

describe('resolveRegions', () => {
	it('gives every report when no region is named', () => {
		expect(ids([])).toHaveLength(reports.length);
	});

	it('finds a report by id', () => {
		expect(ids(['jinan', 'sichuan'])).toEqual(['jinan', 'sichuan']);
	});

	it('finds Chinese names in either script, whole or partial', () => {
		expect(ids(['乐山'])).toEqual(['leshan']);
		expect(ids(['樂山'])).toEqual(['leshan']);
		expect(ids(['济南市'])).toEqual(['jinan']);
		expect(ids(['濟南市'])).toEqual(['jinan']);
		expect(ids(['翠屏'])).toEqual(['cuiping']);
		expect(ids(['宜宾市翠屏区'])).toEqual(['cuiping']);
		expect(ids(['四川省'])).toEqual(['sichuan']);
		expect(ids(['邵陽'])).toEqual(['shaoyang']);
	});

	it('finds pinyin and English names, in any case', () => {
		expect(ids(['jinan', 'leshan', 'cuiping', 'sichuan', 'shaoyang'])).toEqual([
			'jinan',
			'leshan',
			'cuiping',
			'sichuan',
			'shaoyang',
		]);
		expect(ids(['LeShan'])).toEqual(['leshan']);
		expect(ids(['Jinan'])).toEqual(['jinan']);
		expect(ids(['cui ping'])).toEqual(['cuiping']);
		expect(ids(['yibin'])).toEqual(['cuiping']);
		expect(ids(['shao'])).toEqual(['shaoyang']);
	});

	it('keeps query order and drops repeats', () => {
		expect(ids(['济南', 'jinan', 'leshan'])).toEqual(['jinan', 'leshan']);
	});

	it('refuses an unknown region, listing the choices', () => {
		expect(() => ids(['beijing'])).toThrow(ChoiceError);
		try {
			ids(['北京']);
		} catch (error) {
			expect(error).toBeInstanceOf(ChoiceError);
			const message = (error as Error).message;
			expect(message).toContain('北京');
			for (const report of reports) expect(message).toContain(report.meta.id);
			expect(message).toContain('乐山市');
		}
	});

	it('refuses a query that names several regions', () => {
		// 市 is in 乐山市, 济南市, 邵阳市 and 宜宾市翠屏区.
		expect(() => ids(['市'])).toThrow(/ambiguous/);
	});
});

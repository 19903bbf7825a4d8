// Finding reports by what a reader would type: the report id, the region's Chinese name in
// either script (乐山, 樂山市, 翠屏), its English name, or its pinyin (leshan, cuiping).
import type {Report} from '../corpus/types.js';
import {readingsOf} from '../text/pinyin.js';
import {ChoiceError} from './errors.js';
import {foldKey} from '../text/fold.js';

// Administrative suffixes dropped so 乐山 finds 乐山市 and 宜宾市翠屏区 splits into 宜宾, 翠屏.
const adminSuffix = /(省|市|区|县|自治州|自治区|州|盟|旗)$/;
const adminPart = /.+?(?:自治州|自治区|省|市|区|县|$)/g;

type RegionKeys = {report: Report; exact: Set<string>; names: string[]; spelled: string[]};

function normalizeQuery(text: string): string {
	return foldKey(text)
		.toLowerCase()
		.replace(/[\s'’\-_.,·]/g, '');
}

/** Each character's first reading, from the search index's pinyin table (no converter to load). */
function pinyinOf(text: string): string {
	return [...text].map((char) => readingsOf(char.charCodeAt(0))[0] ?? char.toLowerCase()).join('');
}

function keysOf(report: Report): RegionKeys {
	const zh = foldKey(report.meta.region.zh).replace(/\s/g, '');
	const parts = (zh.match(adminPart) ?? []).filter((part) => part.length >= 2);
	const bare = parts.map((part) => part.replace(adminSuffix, '')).filter(Boolean);
	const names = [zh, ...parts, ...bare];
	const en = normalizeQuery(report.meta.region.en);
	const enWords = report.meta.region.en
		.toLowerCase()
		.split(/[^a-z]+/)
		.filter((word) => word && !['district', 'city', 'province', 'county'].includes(word));
	const spelled = [en, ...enWords, pinyinOf(zh), ...parts.map(pinyinOf), ...bare.map(pinyinOf)];
	return {
		report,
		exact: new Set([report.meta.id.toLowerCase(), ...names, ...spelled]),
		names,
		spelled,
	};
}

function describe(report: Report): string {
	return `${report.meta.id} (${report.meta.region.zh}, ${report.meta.region.en})`;
}

/**
 * Whether a report's id is what `query` names by id, which comes before any region name: the
 * query as typed or normalized, in any case.
 */
export function idNamedBy(query: string): (id: string) => boolean {
	// Ids may hold hyphens, which normalizing drops.
	const names = [query.trim().toLowerCase(), normalizeQuery(query)];
	return (id) => names.includes(id.toLowerCase());
}

/** One report for one query: exact keys first, then a partial name or pinyin prefix. */
function resolveOne(query: string, all: RegionKeys[]): Report {
	const key = normalizeQuery(query);
	const namedById = idNamedBy(query);
	const byId = all.find((keys) => namedById(keys.report.meta.id));
	if (byId) return byId.report;
	let found = all.filter((keys) => keys.exact.has(key));
	if (found.length === 0 && key.length > 0) {
		const chinese = /\p{Script=Han}/u.test(key);
		found = all.filter((keys) =>
			chinese
				? keys.names.some((name) => name.includes(key))
				: key.length >= 2 && keys.spelled.some((spelled) => spelled.startsWith(key)),
		);
	}
	const choices = all.map((keys) => describe(keys.report));
	if (found.length === 1) return found[0]!.report;
	if (found.length === 0) throw new ChoiceError('region', query, choices);
	throw new ChoiceError(
		'region',
		query,
		found.map((keys) => describe(keys.report)),
		'ambiguous',
	);
}

/**
 * The reports the queries name, in query order without repeats; every report when there are
 * no queries. Throws ChoiceError listing the choices when a query names none or several.
 */
export function resolveRegions(queries: string[], reports: Report[]): Report[] {
	if (queries.length === 0) return [...reports];
	const all = reports.map(keysOf);
	const out: Report[] = [];
	for (const query of queries) {
		const report = resolveOne(query, all);
		if (!out.includes(report)) out.push(report);
	}
	return out;
}

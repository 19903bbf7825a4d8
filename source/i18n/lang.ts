// The interface language, and how it is chosen: --lang wins, then the locale variables as POSIX
// orders them.

import {sanitizeLine} from '../text/sanitize.js';
import {formatCount} from './count.js';

export type Lang = 'zh' | 'en';

/** A message in both languages. */
export type Text = Record<Lang, string>;

/** "1 section", "10,000 sections": an English count (formatCount) with its noun. */
export function countOf(count: number, one: string, many = `${one}s`): string {
	return `${formatCount(count)} ${count === 1 ? one : many}`;
}

export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
	if (flag === 'zh' || flag === 'en') return flag;
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
	return /^zh/i.test(locale) ? 'zh' : 'en';
}

export const levelLabels = {
	zh: {national: '全国', province: '省级', city: '市级', district: '区县级', county: '县级'},
	en: {
		national: 'national',
		province: 'province',
		city: 'city',
		district: 'district',
		county: 'county',
	},
} as const;

/** A report's level in words; empty when the report does not say. */
export function levelText(level: keyof (typeof levelLabels)['en'] | undefined, lang: Lang): string {
	return level ? levelLabels[lang][level] : '';
}

/**
 * A region's name as every screen and command shows it: the Chinese name, after the English one
 * in English ("Leshan 乐山市"), made safe for the terminal.
 */
export function regionName(region: {zh: string; en: string}, lang: Lang): string {
	const text =
		lang === 'zh' || !region.en || region.en === region.zh
			? region.zh
			: `${region.en} ${region.zh}`;
	return sanitizeLine(text);
}

/** "2018–2023", or empty when the period is not known. */
export function formatPeriod(period: {from: number; to: number} | undefined): string {
	return period ? `${period.from}–${period.to}` : '';
}

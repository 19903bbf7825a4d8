// UI language: --lang wins, then the locale variables as POSIX orders them.
import type {Lang} from '../commands/context.js';

export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
	if (flag === 'zh' || flag === 'en') return flag;
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
	return /^zh/i.test(locale) ? 'zh' : 'en';
}

export const levelLabels = {
	zh: {province: '省级', city: '市级', district: '区县级'},
	en: {province: 'province', city: 'city', district: 'district'},
} as const;

export function formatPeriod(period: {from: number; to: number}): string {
	return `${period.from}–${period.to}`;
}

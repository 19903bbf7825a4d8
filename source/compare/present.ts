// How values, units, levels and bars read in a terminal, in either language.
import type {Lang} from '../i18n/lang.js';
import {catalogue} from './catalogue.js';

const approximate = /近|约|左右/;
const atLeast = /余|多|超|以上|逾|过/;

/** "+" for 余/多/超/以上 (at least), "~" for 近/约 (about), '' otherwise (达 is exact). */
function qualifierMark(qualifier: string): string {
	if (approximate.test(qualifier)) return '~';
	if (atLeast.test(qualifier)) return '+';
	return '';
}

function trimNumber(value: number, decimals: number): string {
	return value.toFixed(decimals).replace(/\.?0+$/, '');
}

// Made on first use: the first number format loads ICU data (some 20 ms), which the app's
// first frame should not wait for.
let englishFormats: {compact: Intl.NumberFormat; grouped: Intl.NumberFormat} | undefined;

/** A short number: 1883.5万 / 14.28亿 in Chinese; 126,184 / 18.84M / 1.428B in English. */
export function compactNumber(value: number, lang: Lang): string {
	if (lang === 'en') {
		englishFormats ??= {
			compact: new Intl.NumberFormat('en', {notation: 'compact', maximumSignificantDigits: 4}),
			grouped: new Intl.NumberFormat('en', {maximumFractionDigits: 2}),
		};
		return Math.abs(value) >= 1e6
			? englishFormats.compact.format(value)
			: englishFormats.grouped.format(value);
	}
	const size = Math.abs(value);
	if (size >= 1e8) return `${trimNumber(value / 1e8, 2)}亿`;
	if (size >= 1e4) return `${trimNumber(value / 1e4, 2)}万`;
	return trimNumber(value, 2);
}

export function unitLabel(unit: string, lang: Lang): string {
	return catalogue.unitLabels[unit]?.[lang] ?? unit;
}

/** Value, qualifier mark and unit: "1883.5万人", "5200万+元", "85%+", "52M+ yuan". */
export function formatValue(value: number, unit: string, qualifier: string, lang: Lang): string {
	const mark = qualifierMark(qualifier);
	const number = compactNumber(value, lang);
	if (unit === '%') return `${number}%${mark}`;
	const label = unitLabel(unit, lang);
	if (!label) return `${number}${mark}`;
	return lang === 'en' ? `${number}${mark} ${label}` : `${number}${mark}${label}`;
}

const eighths = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar of `width` columns filled to `fraction`, in eighths; any value above 0 shows. */
export function renderBar(fraction: number, width: number): string {
	if (width <= 0 || !(fraction > 0)) return '';
	const total = Math.max(1, Math.round(Math.min(1, fraction) * width * 8));
	const full = Math.floor(total / 8);
	return '█'.repeat(full) + eighths[total % 8]!;
}

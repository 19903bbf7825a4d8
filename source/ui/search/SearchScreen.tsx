import {useCallback, useMemo} from 'react';
import type {Report} from '../../corpus/types.js';
import {type Lang, regionName} from '../../i18n/lang.js';
import {Frame} from '../kit/Frame.js';
import type {Size} from '../kit/geometry.js';
import {searchLines} from './search-lines.js';
import type {SearchView} from './search-state.js';

type Props = {
	view: SearchView;
	reports: readonly Report[];
	size: Size;
	lang: Lang;
	notice: string | undefined;
};

export function SearchScreen({view, reports, size, lang, notice}: Props) {
	const names = useMemo(
		() => new Map(reports.map((report) => [report.meta.id, regionName(report.meta.region, lang)])),
		[reports, lang],
	);
	const regionOf = useCallback(
		(report: string, indexed: string) =>
			names.get(report) ?? regionName({zh: indexed, en: ''}, lang),
		[names, lang],
	);
	return <Frame lines={searchLines(view, size, lang, notice, regionOf)} size={size} />;
}

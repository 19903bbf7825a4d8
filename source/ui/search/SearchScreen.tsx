import {useCallback} from 'react';
import type {Report} from '../../corpus/types.js';
import {type Lang, regionName} from '../../i18n/lang.js';
import {Frame} from '../kit/Frame.js';
import type {Size} from '../kit/geometry.js';
import {reportById} from '../../corpus/report-lookup.js';
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
	// Only the results shown are looked up (see report-lookup.ts).
	const regionOf = useCallback(
		(report: string, indexed: string) => {
			const found = reportById(reports, report);
			return regionName(found ? found.meta.region : {zh: indexed, en: ''}, lang);
		},
		[reports, lang],
	);
	return <Frame lines={searchLines(view, size, lang, notice, regionOf)} size={size} />;
}

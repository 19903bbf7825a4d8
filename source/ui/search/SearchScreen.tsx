import type {Lang} from '../../i18n/lang.js';
import {Frame} from '../kit/Frame.js';
import type {Size} from '../kit/geometry.js';
import {searchLines} from './search-lines.js';
import type {SearchView} from './search-state.js';

type Props = {view: SearchView; size: Size; lang: Lang; notice: string | undefined};

export function SearchScreen({view, size, lang, notice}: Props) {
	return <Frame lines={searchLines(view, size, lang, notice)} size={size} />;
}

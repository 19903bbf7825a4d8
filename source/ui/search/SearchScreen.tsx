import type {Lang} from '../../commands/context.js';
import {Lines} from '../kit/Lines.js';
import type {Size} from '../kit/geometry.js';
import {searchLines} from './search-lines.js';
import type {SearchView} from '../app/views.js';

type Props = {view: SearchView; size: Size; lang: Lang; notice: string | undefined};

export function SearchScreen({view, size, lang, notice}: Props) {
	return <Lines lines={searchLines(view, size, lang, notice)} width={size.columns} />;
}

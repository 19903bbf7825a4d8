import type {Lang} from '../../commands/context.js';
import {Lines} from '../components/Lines.js';
import type {Size} from '../layout.js';
import {searchLines} from '../search-rows.js';
import type {SearchView} from '../views.js';

type Props = {view: SearchView; size: Size; lang: Lang; notice: string | undefined};

export function SearchScreen({view, size, lang, notice}: Props) {
	return <Lines lines={searchLines(view, size, lang, notice)} width={size.columns} />;
}

import type {Lang} from '../../i18n/lang.js';
import type {Report} from '../../corpus/types.js';
import {Frame} from '../kit/Frame.js';
import type {Size} from '../kit/geometry.js';
import {libraryLines} from './library-lines.js';
import type {LibraryView} from './library-state.js';

type Props = {
	reports: Report[];
	view: LibraryView;
	size: Size;
	lang: Lang;
	notice: string | undefined;
};

export function LibraryScreen({reports, view, size, lang, notice}: Props) {
	return <Frame lines={libraryLines(reports, view.cursor, size, lang, notice)} size={size} />;
}

import type {Lang} from '../../commands/context.js';
import type {Report} from '../../corpus/types.js';
import {Lines} from '../kit/Lines.js';
import type {Size} from '../kit/geometry.js';
import {libraryLines} from './library-lines.js';
import type {LibraryView} from '../app/views.js';

type Props = {
	reports: Report[];
	view: LibraryView;
	size: Size;
	lang: Lang;
	notice: string | undefined;
};

export function LibraryScreen({reports, view, size, lang, notice}: Props) {
	return (
		<Lines lines={libraryLines(reports, view.cursor, size, lang, notice)} width={size.columns} />
	);
}

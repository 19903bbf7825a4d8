import type {Lang} from '../../i18n/lang.js';
import type {Report} from '../../corpus/types.js';
import {Frame} from '../kit/Frame.js';
import type {Size} from '../kit/geometry.js';
import {bookmarksLines} from './bookmarks-lines.js';
import type {BookmarksView} from './bookmarks-state.js';

type Props = {
	view: BookmarksView;
	reports: readonly Report[];
	size: Size;
	lang: Lang;
	notice: string | undefined;
};

export function BookmarksScreen({view, reports, size, lang, notice}: Props) {
	return <Frame lines={bookmarksLines(view, reports, size, lang, notice)} size={size} />;
}

import type {Lang} from '../../i18n/lang.js';
import type {Report} from '../../corpus/types.js';
import {Frame} from '../kit/Frame.js';
import type {Size} from '../kit/geometry.js';
import {readerLines} from './reader-lines.js';
import type {AppServices} from '../../services/services.js';
import type {ReaderView} from './reader-state.js';
import type {LineEditor} from '../kit/line-editor.js';

type Props = {
	report: Report;
	view: ReaderView;
	size: Size;
	lang: Lang;
	services: AppServices;
	notice: string | undefined;
	/** The note prompt of M, when open. */
	note?: LineEditor | undefined;
};

export function ReaderScreen({report, view, size, lang, services, notice, note}: Props) {
	const figures = view.figures ? services.figures(report) : undefined;
	const lines = readerLines({report, view, size, lang, figures, notice, note});
	return <Frame lines={lines} size={size} />;
}

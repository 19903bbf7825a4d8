import type {Lang} from '../../commands/context.js';
import type {Report} from '../../corpus/types.js';
import {Lines} from '../kit/Lines.js';
import type {Size} from '../kit/geometry.js';
import {readerLines} from './reader-lines.js';
import type {AppServices} from '../app/services.js';
import type {ReaderView} from '../app/views.js';

type Props = {
	report: Report;
	view: ReaderView;
	size: Size;
	lang: Lang;
	services: AppServices;
	notice: string | undefined;
};

export function ReaderScreen({report, view, size, lang, services, notice}: Props) {
	const figures = view.figures ? services.figures(report) : undefined;
	const lines = readerLines({report, view, size, lang, figures, notice});
	return <Lines lines={lines} width={size.columns} />;
}

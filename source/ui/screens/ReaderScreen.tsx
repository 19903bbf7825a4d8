import type {Lang} from '../../commands/context.js';
import type {Report} from '../../corpus/types.js';
import {Lines} from '../components/Lines.js';
import type {Size} from '../layout.js';
import {readerLines} from '../reader-rows.js';
import type {AppServices} from '../services.js';
import type {ReaderView} from '../views.js';

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

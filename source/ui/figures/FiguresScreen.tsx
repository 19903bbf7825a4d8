import type {Lang} from '../../i18n/lang.js';
import type {Report} from '../../corpus/types.js';
import {Frame} from '../kit/Frame.js';
import type {Size} from '../kit/geometry.js';
import type {AppServices} from '../../services/services.js';
import {figuresLines} from './figures-lines.js';
import type {FiguresView} from './figures-state.js';

type Props = {
	report: Report;
	view: FiguresView;
	size: Size;
	lang: Lang;
	services: AppServices;
	notice: string | undefined;
};

export function FiguresScreen({report, view, size, lang, services, notice}: Props) {
	const figures = services.figures(report);
	return <Frame lines={figuresLines({report, figures, view, size, lang, notice})} size={size} />;
}

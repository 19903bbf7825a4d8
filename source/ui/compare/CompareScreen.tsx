import type {Lang} from '../../i18n/lang.js';
import type {Report} from '../../corpus/types.js';
import {compareLines} from './compare-lines.js';
import {Frame} from '../kit/Frame.js';
import type {Size} from '../kit/geometry.js';
import type {AppServices} from '../../services/services.js';
import type {CompareView} from './compare-state.js';

type Props = {
	view: CompareView;
	reports: Report[];
	size: Size;
	lang: Lang;
	services: AppServices;
	notice: string | undefined;
};

export function CompareScreen(props: Props) {
	return <Frame lines={compareLines(props)} size={props.size} />;
}

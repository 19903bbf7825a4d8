import type {Lang} from '../../commands/context.js';
import type {Report} from '../../corpus/types.js';
import {compareLines} from './compare-lines.js';
import {Lines} from '../kit/Lines.js';
import type {Size} from '../kit/geometry.js';
import type {AppServices} from '../app/services.js';
import type {CompareView} from '../app/views.js';

type Props = {
	view: CompareView;
	reports: Report[];
	size: Size;
	lang: Lang;
	services: AppServices;
	notice: string | undefined;
};

export function CompareScreen(props: Props) {
	return <Lines lines={compareLines(props)} width={props.size.columns} />;
}

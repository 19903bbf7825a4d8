import type {Lang} from '../../commands/context.js';
import type {Report} from '../../corpus/types.js';
import {compareLines} from '../compare-rows.js';
import {Lines} from '../components/Lines.js';
import type {Size} from '../layout.js';
import type {AppServices} from '../services.js';
import type {CompareView} from '../views.js';

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

import type {Lang} from '../../i18n/lang.js';
import {Frame} from '../kit/Frame.js';
import {helpLines} from './help-lines.js';
import type {HelpRow, KeyContext} from '../kit/commands.js';
import type {Size} from '../kit/geometry.js';

type Props = {context: KeyContext; rows: HelpRow[]; scroll: number; size: Size; lang: Lang};

export function HelpScreen({context, rows, scroll, size, lang}: Props) {
	return <Frame lines={helpLines(context, rows, scroll, size, lang)} size={size} />;
}

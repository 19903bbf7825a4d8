import type {Lang} from '../../i18n/lang.js';
import {Frame} from '../kit/Frame.js';
import {helpLines} from './help-lines.js';
import type {KeyContext} from '../app/keys.js';
import type {Size} from '../kit/geometry.js';

type Props = {context: KeyContext; scroll: number; size: Size; lang: Lang};

export function HelpScreen({context, scroll, size, lang}: Props) {
	return <Frame lines={helpLines(context, scroll, size, lang)} size={size} />;
}

import type {Lang} from '../../commands/context.js';
import {Lines} from '../kit/Lines.js';
import {helpLines} from './help-lines.js';
import type {KeyContext} from '../app/keys.js';
import type {Size} from '../kit/geometry.js';

type Props = {context: KeyContext; scroll: number; size: Size; lang: Lang};

export function HelpScreen({context, scroll, size, lang}: Props) {
	return <Lines lines={helpLines(context, scroll, size, lang)} width={size.columns} />;
}

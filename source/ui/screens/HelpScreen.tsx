import type {Lang} from '../../commands/context.js';
import {Lines} from '../components/Lines.js';
import {helpLines} from '../help-rows.js';
import type {KeyContext} from '../keys.js';
import type {Size} from '../layout.js';

type Props = {context: KeyContext; scroll: number; size: Size; lang: Lang};

export function HelpScreen({context, scroll, size, lang}: Props) {
	return <Lines lines={helpLines(context, scroll, size, lang)} width={size.columns} />;
}

import type {Lang} from '../../commands/context.js';
import {wrapText} from '../../text/wrap.js';
import {Lines} from '../kit/Lines.js';
import {frameHeight, type Size} from '../kit/geometry.js';
import {strings} from '../../i18n/strings.js';

type Props = {size: Size; lang: Lang};

/** Shown instead of any screen when the terminal cannot hold one. */
export function TooSmall({size, lang}: Props) {
	const width = Math.max(1, size.columns);
	const lines = wrapText(strings[lang].tooSmall(size.columns, size.rows), width)
		.slice(0, frameHeight(size))
		.map((text) => ({segments: [{text, style: 'notice' as const}]}));
	if (lines.length === 0) return null;
	return <Lines lines={lines} width={width} />;
}

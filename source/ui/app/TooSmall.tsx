import type {Lang} from '../../i18n/lang.js';
import {wrapText} from '../../text/wrap.js';
import {Frame} from '../kit/Frame.js';
import {frameHeight, type Size} from '../kit/geometry.js';
import {strings} from '../../i18n/strings.js';

type Props = {size: Size; lang: Lang};

/** Shown instead of any screen when the terminal cannot hold one. */
export function TooSmall({size, lang}: Props) {
	const width = Math.max(1, size.columns);
	const lines = wrapText(strings[lang].tooSmall(size.columns, size.rows), width)
		.slice(0, frameHeight(size))
		.map((text) => ({segments: [{text, style: 'notice' as const}]}));
	return <Frame lines={lines} size={size} />;
}

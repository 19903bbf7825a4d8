import {Text} from 'ink';
import {fitRow, type Row, type Segment} from './segments.js';
import {applyAttributes, mergeStyles, type Style, type Theme} from './theme.js';
import {useTheme} from './use-theme.js';

type Props = {
	segments: Row;
	width: number;
	/** Pads the line to the full width in this style (a selection bar, a status line). */
	fill?: Segment['style'];
};

/** One screen line: never wider than `width`, never wrapped. */
export function StyledLine({segments, width, fill}: Props) {
	const theme = useTheme();
	const row = fitRow(segments, width, fill);
	if (theme.monochrome) {
		// Attributes as plain codes: see applyAttributes.
		const text = row
			.map((segment) => applyAttributes(segment.text, styleOf(theme, segment.style)))
			.join('');
		return <Text wrap="truncate-end">{text || ' '}</Text>;
	}
	if (row.length === 0) return <Text> </Text>;
	return (
		<Text wrap="truncate-end">
			{row.map((segment, index) => {
				// Ink calls faint text dimColor; the theme calls it dim.
				const {dim, ...style} = styleOf(theme, segment.style);
				return (
					// Segments have no identity but their place, so the index is their key.
					<Text key={index} {...style} dimColor={dim}>
						{segment.text}
					</Text>
				);
			})}
		</Text>
	);
}

function styleOf(theme: Theme, tokens: Segment['style']): Style {
	if (tokens === undefined) return {};
	if (typeof tokens === 'string') return theme[tokens];
	return mergeStyles(...tokens.map((token) => theme[token]));
}

import {Box} from 'ink';
import type {Line} from './segments.js';
import {StyledLine} from './StyledLine.js';

type Props = {lines: Line[]; width: number};

/** A block of screen lines, one Ink line each. */
export function Lines({lines, width}: Props) {
	return (
		<Box flexDirection="column" width={width}>
			{lines.map((line, index) => (
				// A screen line is identified by its row, so the index is its key.
				<StyledLine key={index} segments={line.segments} width={width} fill={line.fill} />
			))}
		</Box>
	);
}

// Puts a screen's lines on the terminal, painted once by paint.ts. With a frame sink (the app in
// a terminal) the painted rows go to it whole and Ink draws nothing; without one (tests, and
// BAOGAO_FRAME_WRITER=off to compare with Ink's own incremental rendering) Ink writes the same
// painted rows. Frames are as tall as the terminal, which Ink's own renderer answers by clearing
// the screen on every frame: that path is for comparison, the frame sink is what the app uses.
import {Box, Text} from 'ink';
import {createContext, useContext, useLayoutEffect, useMemo} from 'react';
import type {FrameSink} from '../../render/terminal-screen.js';
import {frameHeight, type Size} from './geometry.js';
import {paintLines} from './paint.js';
import type {Line} from './segments.js';
import {colourTheme, type Theme} from './theme.js';

/** The theme (chosen once: colour or not) and where frames go, for every screen. */
type FrameSettings = {theme: Theme; sink: FrameSink | undefined};

export const FrameContext = createContext<FrameSettings>({theme: colourTheme, sink: undefined});

type Props = {lines: readonly Line[]; size: Size};

export function Frame({lines, size}: Props) {
	const {theme, sink} = useContext(FrameContext);
	const rows = useMemo(
		() => paintLines(lines, size.columns, frameHeight(size), theme),
		[lines, size, theme],
	);
	// Drawn as React commits the frame, so a key's answer reaches the terminal in the same tick.
	useLayoutEffect(() => {
		sink?.draw(rows, size);
	}, [sink, rows, size]);
	if (sink) return null;
	return (
		<Box flexDirection="column" width={size.columns} height={frameHeight(size)} overflow="hidden">
			{rows.map((row, index) => (
				// A screen row is identified by its place, so the index is its key.
				<Text key={index} wrap="truncate-end">
					{row || ' '}
				</Text>
			))}
		</Box>
	);
}

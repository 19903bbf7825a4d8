// The terminal's size, updated before Ink redraws on a resize. Ink's own resize handler draws
// the current tree at once; had the size arrived later (as with useWindowSize), that first
// frame would be laid out for the old size and spill over the new one. Listening first, and
// updating synchronously, makes the one redraw use the new size.
import {useStdout} from 'ink';
import {useEffect, useState} from 'react';
import type {Size} from '../kit/geometry.js';

function sizeOf(stdout: NodeJS.WritableStream): Size {
	const {columns, rows} = stdout as Partial<NodeJS.WriteStream>;
	return {columns: columns || 80, rows: rows || 24};
}

export function useTerminalSize(): Size {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => sizeOf(stdout));
	useEffect(() => {
		const onResize = () => {
			const next = sizeOf(stdout);
			setSize((current) =>
				current.columns === next.columns && current.rows === next.rows ? current : next,
			);
		};
		stdout.prependListener('resize', onResize);
		onResize();
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}

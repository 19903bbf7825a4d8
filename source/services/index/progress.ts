// Progress of an index build on stderr: a bar redrawn in place when stderr is a terminal,
// nothing when it is piped (a log gets no carriage returns). Small builds draw nothing: the
// bar starts once a build has this many files to read.
import {formatCount} from '../../i18n/count.js';

export const progressFromFiles = 50;
const width = 30;

type ProgressOutput = {write(text: string): void; isTTY: boolean};

/** A progress callback for syncIndex, and `end` to clear the bar once done. */
export function progressBar(
	output: ProgressOutput,
	label: string,
): {progress: (done: number, total: number) => void; end: () => void} {
	let drawn = false;
	let lastPercent = -1;
	return {
		progress(done, total) {
			if (!output.isTTY || total < progressFromFiles) return;
			const percent = Math.floor((done / total) * 100);
			if (percent === lastPercent) return;
			lastPercent = percent;
			const filled = Math.round((done / total) * width);
			output.write(
				`\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${formatCount(done)}/${formatCount(total)}`,
			);
			drawn = true;
		},
		end() {
			// Erase the line, leaving the terminal as it was.
			if (drawn) output.write('\r\u001b[2K');
			drawn = false;
		},
	};
}

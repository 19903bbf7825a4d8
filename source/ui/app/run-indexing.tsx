// The app's screen while the index of a large library is first built: taken before the build
// starts, updated as files are indexed, and given back before the app itself starts. The build
// runs on this thread and lets the event loop run between files, so Ctrl-C (a key, in raw mode)
// and signals are answered during it; stopping ends the process with the build's transaction
// uncommitted, which leaves the index as it was before (see services/index/sync.ts).
import process from 'node:process';
import type {Lang} from '../../i18n/lang.js';
import {withoutFetch} from '../../render/load-ink.js';
import {createTerminalScreen} from '../../render/terminal-screen.js';
import {FrameContext} from '../kit/Frame.js';
import {themeFor} from '../kit/theme.js';
import type {IndexingProgress} from './indexing-lines.js';
import {IndexingScreen} from './IndexingScreen.js';

export type IndexingDisplay = {
	progress(done: number, total: number): void;
	/** Gives the terminal back (the app then takes it again). */
	close(): void;
};

const stopSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Redraws at most this often: a build of 10,000 files would otherwise send 10,000 frames. */
const redrawMs = 100;

export async function showIndexing(
	total: number,
	lang: Lang,
	color: boolean,
): Promise<IndexingDisplay> {
	const screen = createTerminalScreen(process.stdout);
	const ink = await withoutFetch(() => import('ink'));
	let closed = false;
	const close = () => {
		if (closed) return;
		closed = true;
		for (const name of stopSignals) process.off(name, onSignal);
		instance.unmount();
		screen.close();
		process.stdin.setRawMode?.(false);
	};
	// Ended the way the user or the system asked, with the terminal as it was.
	const stop = (signal: NodeJS.Signals) => {
		close();
		// A handler left by a library (Ink's exit hook) would swallow the signal.
		process.removeAllListeners(signal);
		process.kill(process.pid, signal);
	};
	const onSignal = (signal: NodeJS.Signals) => stop(signal);
	for (const name of stopSignals) process.on(name, onSignal);
	const settings = {theme: themeFor(color), sink: screen};
	const view = (progress: IndexingProgress) => (
		<FrameContext value={settings}>
			<IndexingScreen progress={progress} lang={lang} onStop={() => stop('SIGINT')} />
		</FrameContext>
	);
	screen.open();
	const instance = ink.render(view({done: 0, total}), {
		stdout: screen.inkStdout,
		exitOnCtrlC: false,
		interactive: true,
	});
	let drawnAt = 0;
	return {
		progress(done, ofTotal) {
			const now = performance.now();
			if (closed || (done < ofTotal && now - drawnAt < redrawMs)) return;
			drawnAt = now;
			instance.rerender(view({done, total: ofTotal}));
		},
		close,
	};
}

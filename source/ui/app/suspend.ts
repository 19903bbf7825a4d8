// Ctrl-Z in the app, as in any full-screen program: the terminal is given back (alternate
// screen left, raw mode off, cursor shown) and the process stops; on `fg` (SIGCONT) it takes
// the terminal again (raw mode, alternate screen) and redraws in full. In raw mode the terminal
// sends Ctrl-Z as a key rather than a signal: it is bound in the key table like every key, and
// App calls the function this hook returns. A SIGTSTP from elsewhere (kill -TSTP) does the same.
// The process stops itself with SIGSTOP, since a SIGTSTP it listens for would only call the
// listener again.
import process from 'node:process';
import {useApp} from 'ink';
import {useCallback, useEffect, useRef} from 'react';
import type {TerminalScreen} from '../../render/terminal-screen.js';

/** What suspending needs beyond Ink: the app's own screen, and work to finish first. */
export type Suspension = {
	/** Runs before the process stops (it may be killed while stopped). */
	beforeStop: () => void;
	/** Where the app draws when it paints its own frames; Ink's writes never reach the terminal then. */
	screen: TerminalScreen | undefined;
};

/** Stops the process; resolves once it has been continued. */
function stopUntilContinued(): Promise<void> {
	return new Promise((resolve) => {
		// While suspended, Ink has paused stdin and nothing else holds the event loop (signal
		// listeners do not), so without this the process could end, with 0, as soon as it was
		// continued: seen in the Ctrl-Z test under load. The timer holds the loop until SIGCONT.
		const keepAlive = setInterval(() => {}, 2 ** 30);
		process.once('SIGCONT', () => {
			clearInterval(keepAlive);
			resolve();
		});
		process.kill(process.pid, 'SIGSTOP');
	});
}

/**
 * Suspends the app when called, and on SIGTSTP. Without a suspension (an app rendered in a
 * test, not in a terminal) it does nothing.
 */
export function useSuspend(suspension: Suspension | undefined): () => void {
	const {suspendTerminal} = useApp();
	const suspended = useRef(false);
	const suspend = useCallback(async () => {
		if (!suspension || suspended.current) return;
		suspended.current = true;
		try {
			suspension.beforeStop();
			// Ink gives back the keyboard (raw mode off) and, when it writes the frames, the screen.
			// The screen is taken again only after suspendTerminal has put the keyboard back in
			// raw mode: a frame drawn before that says "ready" while keys typed at it would
			// still meet the terminal's line mode (the Ctrl-Z test lost its '/' that way under load).
			await suspendTerminal(async () => {
				suspension.screen?.close();
				await stopUntilContinued();
			});
			suspension.screen?.reopen();
		} finally {
			suspended.current = false;
		}
	}, [suspension, suspendTerminal]);
	useEffect(() => {
		if (!suspension) return;
		const onSignal = () => void suspend();
		process.on('SIGTSTP', onSignal);
		return () => {
			process.off('SIGTSTP', onSignal);
		};
	}, [suspension, suspend]);
	return useCallback(() => void suspend(), [suspend]);
}

/** Runs `run` with the terminal lent to another program, and resolves with what it returned. */
export type HandOver = <T>(run: () => T) => Promise<T>;

/**
 * Lends the terminal to a program for as long as `run` takes (the pager of `o`): given back as
 * for Ctrl-Z, then taken again and redrawn in full. Without a suspension (a test), `run` just
 * runs.
 */
export function useHandOver(suspension: Suspension | undefined): HandOver {
	const {suspendTerminal} = useApp();
	return useCallback<HandOver>(
		async (run) => {
			if (!suspension) return run();
			let result: {value: ReturnType<typeof run>} | undefined;
			try {
				await suspendTerminal(async () => {
					suspension.screen?.close();
					result = {value: run()};
				});
			} finally {
				// After raw mode is back, as for Ctrl-Z.
				suspension.screen?.reopen();
			}
			return result!.value;
		},
		[suspension, suspendTerminal],
	);
}

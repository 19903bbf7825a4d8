// Ctrl-Z in the app, as in any full-screen program: the terminal is given back (alternate
// screen left, raw mode off, cursor shown) and the process stops; on `fg` (SIGCONT) it takes
// the terminal again (raw mode, alternate screen) and redraws in full. In raw mode the terminal
// sends Ctrl-Z as a key rather than a signal, so the key is caught here; a SIGTSTP from
// elsewhere (kill -TSTP) does the same. The process stops itself with SIGSTOP, since a SIGTSTP
// it listens for would only call the listener again.
import process from 'node:process';
import {useApp, useInput} from 'ink';
import {type ReactNode, useCallback, useEffect, useRef} from 'react';
import type {TerminalScreen} from '../../render/terminal-screen.js';

/** Stops the process; resolves once it has been continued. */
function stopUntilContinued(): Promise<void> {
	return new Promise((resolve) => {
		process.once('SIGCONT', () => resolve());
		process.kill(process.pid, 'SIGSTOP');
	});
}

export function Suspendable({
	children,
	onSuspend,
	screen,
}: {
	children: ReactNode;
	/** Runs before the process stops (it may be killed while stopped). */
	onSuspend?: () => void;
	/** Where the app draws when it paints its own frames; Ink's writes never reach the terminal then. */
	screen?: TerminalScreen | undefined;
}): ReactNode {
	const {suspendTerminal} = useApp();
	const suspended = useRef(false);
	const suspend = useCallback(async () => {
		if (suspended.current) return;
		suspended.current = true;
		try {
			onSuspend?.();
			// Ink gives back the keyboard (raw mode off) and, when it writes the frames, the screen.
			await suspendTerminal(async () => {
				screen?.close();
				await stopUntilContinued();
				screen?.reopen();
			});
		} finally {
			suspended.current = false;
		}
	}, [onSuspend, suspendTerminal, screen]);
	useInput((input, key) => {
		if (key.ctrl && input === 'z') void suspend();
	});
	useEffect(() => {
		const onSignal = () => void suspend();
		process.on('SIGTSTP', onSignal);
		return () => {
			process.off('SIGTSTP', onSignal);
		};
	}, [suspend]);
	return children;
}

// Rendering the app in memory at a chosen terminal size, and typing into it.
//
// ink-testing-library's stdout is fixed at 100 columns and drops keys written before Ink's
// input listener is attached, so these helpers use their own streams: the stdout has the
// columns and rows asked for (and can be resized), and `press` waits for the listener, then
// for the frame to change.
import {EventEmitter} from 'node:events';
import {render} from 'ink';
import type {ReactElement} from 'react';

export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
	home: '\u001B[H',
	end: '\u001B[F',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	shiftTab: '\u001B[Z',
	backspace: '\u007F',
	delete: '\u001B[3~',
	ctrlC: '\u0003',
	ctrlU: '\u0015',
	space: ' ',
} as const;

class FakeStdout extends EventEmitter {
	frames: string[] = [];
	constructor(
		public columns: number,
		public rows: number,
	) {
		super();
	}
	write = (frame: string, callback?: () => void) => {
		// Ink also writes '' with a callback, to learn that output is flushed: not a frame.
		if (!callback) this.frames.push(frame);
		callback?.();
		return true;
	};
	lastFrame = () => this.frames.at(-1) ?? '';
}

class FakeStdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	write = (data: string) => {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	};
	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

// Text attributes and colours, for comparing what a reader sees.
const sgr = /\u001B\[[0-9;]*m/g;

export function plain(frame: string): string {
	return frame.replace(sgr, '');
}

export type Rendered = {
	/** The latest frame without colours. */
	frame(): string;
	/** The latest frame as written, with SGR codes. */
	rawFrame(): string;
	lines(): string[];
	stdout: FakeStdout;
	/** Types keys and waits until the frame changes (or `timeout` ms pass). */
	press(...input: string[]): Promise<string>;
	/** Types keys at once, without waiting in between (as a fast typist or a paste does). */
	type(text: string): void;
	/** Waits until the frame satisfies `test`. */
	waitFor(test: (frame: string) => boolean, timeout?: number): Promise<string>;
	resize(columns: number, rows: number): Promise<string>;
	unmount(): void;
	exited: Promise<unknown>;
};

export async function until(test: () => boolean, timeout = 2000): Promise<boolean> {
	const deadline = Date.now() + timeout;
	while (!test()) {
		if (Date.now() > deadline) return false;
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
	return true;
}

/** Lets pending work land: Esc alone is held back ~20 ms by Ink, searches run on a timer. */
export async function settle(quiet = 30): Promise<void> {
	await new Promise((resolve) => setTimeout(resolve, quiet));
}

/** Renders `tree` on a terminal of `columns` × `rows`. */
export async function renderAt(tree: ReactElement, columns = 80, rows = 24): Promise<Rendered> {
	const stdout = new FakeStdout(columns, rows);
	const stdin = new FakeStdin();
	const instance = render(tree, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stderr: new FakeStdout(columns, rows) as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	const frame = () => plain(stdout.lastFrame());
	const waitFor = async (test: (frame: string) => boolean, timeout = 2000) => {
		if (!(await until(() => test(frame()), timeout))) {
			throw new Error(`the screen never showed what was expected; it shows:\n${frame()}`);
		}
		return frame();
	};
	const rendered: Rendered = {
		frame,
		rawFrame: () => stdout.lastFrame(),
		lines: () => frame().split('\n'),
		stdout,
		async press(...input) {
			for (const data of input) {
				// Keys written before Ink listens are lost.
				await until(() => stdin.listenerCount('readable') > 0);
				const before = stdout.frames.length;
				const shown = stdout.lastFrame();
				stdin.write(data);
				await until(() => stdout.frames.length > before && stdout.lastFrame() !== shown, 500);
				await settle();
			}
			return frame();
		},
		type(text) {
			for (const unit of text) stdin.write(unit);
		},
		waitFor,
		async resize(newColumns, newRows) {
			const before = stdout.frames.length;
			stdout.columns = newColumns;
			stdout.rows = newRows;
			stdout.emit('resize');
			await until(() => stdout.frames.length > before, 1000);
			return frame();
		},
		unmount: () => instance.unmount(),
		exited: instance.waitUntilExit(),
	};
	await until(() => stdout.frames.length > 0);
	return rendered;
}

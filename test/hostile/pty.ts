// The built CLI in a pseudo-terminal, its output read by a headless xterm, for the rough cases:
// tiny sizes, resize storms, signals, and a terminal that goes away (the master side closed, as
// when an SSH connection drops).
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import xterm from '@xterm/headless';
import pty from 'node-pty';
import {cli, root} from './cli.js';

export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	enter: '\r',
	escape: '\u001B',
	pageDown: '\u001B[6~',
	ctrlC: '\u0003',
} as const;

export type Exit = {exitCode: number; signal: number};

export type Session = {
	lines(): string[];
	screen(): string;
	buffer(): 'normal' | 'alternate';
	/** Whether the cursor is shown: the last cursor mode the app set was "show" (or none). */
	cursorShown(): boolean;
	/** Everything written to the terminal, as written. */
	output(): string;
	/** Titles the terminal was asked to take (OSC 0/2). */
	titles: string[];
	type(...input: string[]): void;
	waitFor(test: string | RegExp | ((screen: string) => boolean), timeout?: number): Promise<string>;
	/** Waits until output has paused for `quietMs`. */
	settle(quietMs?: number): Promise<void>;
	resize(columns: number, rows: number): void;
	signal(name: NodeJS.Signals): void;
	/** Closes the terminal's master side: reads see end of file, the session leader a SIGHUP. */
	hangUp(): void;
	exited: Promise<Exit>;
	stateDir: string;
	close(): void;
};

export type LaunchOptions = {
	columns?: number;
	rows?: number;
	args?: string[];
	env?: Record<string, string | undefined>;
	stateDir?: string;
	/** Runs this shell command (with $BAOGAO for the CLI) instead of the CLI itself. */
	shell?: string;
	uid?: number;
	gid?: number;
};

const made: string[] = [];

export function launch(options: LaunchOptions = {}): Session {
	const columns = options.columns ?? 80;
	const rows = options.rows ?? 24;
	const stateDir = options.stateDir ?? mkdtempSync(path.join(os.tmpdir(), 'baogao-hostile-state-'));
	if (!options.stateDir) made.push(stateDir);
	const env: Record<string, string> = {};
	for (const [name, value] of Object.entries({
		...process.env,
		TERM: 'xterm-256color',
		LANG: 'en_US.UTF-8',
		LC_ALL: '',
		BAOGAO_STATE_DIR: stateDir,
		BAOGAO_CACHE: 'off',
		BAOGAO: `"${process.execPath}" "${cli}" ${(options.args ?? []).map((arg) => `'${arg}'`).join(' ')}`,
		CI: undefined,
		NO_COLOR: undefined,
		FORCE_COLOR: undefined,
		...options.env,
	})) {
		if (value !== undefined && value !== '') env[name] = value;
	}
	const terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true, scrollback: 0});
	const titles: string[] = [];
	terminal.onTitleChange((title) => titles.push(title));
	const [file, args] = options.shell
		? ['/bin/sh', ['-c', options.shell]]
		: [process.execPath, [cli, ...(options.args ?? [])]];
	const child = pty.spawn(file, args, {
		name: 'xterm-256color',
		cols: columns,
		rows,
		cwd: root,
		env,
		...(options.uid === undefined ? {} : {uid: options.uid, gid: options.gid ?? options.uid}),
	});
	let output = '';
	let pending = Promise.resolve();
	let lastData = Date.now();
	child.onData((data) => {
		output += data;
		lastData = Date.now();
		pending = pending.then(() => new Promise<void>((resolve) => terminal.write(data, resolve)));
	});
	let done = false;
	const exited = new Promise<Exit>((resolve) => {
		child.onExit(({exitCode, signal}) => {
			done = true;
			resolve({exitCode, signal: signal ?? 0});
		});
	});

	const lines = () => {
		const buffer = terminal.buffer.active;
		return Array.from({length: terminal.rows}, (_, index) =>
			(buffer.getLine(buffer.viewportY + index)?.translateToString(true) ?? '').trimEnd(),
		);
	};
	const screen = () => lines().join('\n');
	const settle = async (quietMs = 150) => {
		for (;;) {
			await pending;
			if (Date.now() - lastData >= quietMs) return;
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
	};
	return {
		lines,
		screen,
		buffer: () => terminal.buffer.active.type,
		cursorShown: () => output.lastIndexOf('\u001b[?25l') <= output.lastIndexOf('\u001b[?25h'),
		output: () => output,
		titles,
		type(...input) {
			for (const data of input) if (!done) child.write(data);
		},
		async waitFor(test, timeout = 10_000) {
			const check =
				typeof test === 'function'
					? test
					: typeof test === 'string'
						? (text: string) => text.includes(test)
						: (text: string) => test.test(text);
			const deadline = Date.now() + timeout;
			for (;;) {
				await pending;
				const text = screen();
				if (Date.now() - lastData >= 40 && check(text)) return text;
				if (Date.now() > deadline) {
					throw new Error(`timed out waiting for ${String(test)}; the screen shows:\n${text}`);
				}
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
		},
		settle,
		resize(newColumns, newRows) {
			lastData = Date.now();
			terminal.resize(newColumns, newRows);
			if (!done) child.resize(newColumns, newRows);
		},
		signal(name) {
			if (!done) child.kill(name);
		},
		hangUp() {
			(child as unknown as {destroy(): void}).destroy();
		},
		exited: exited.then(async (exit) => {
			await pending;
			return exit;
		}),
		stateDir,
		close() {
			if (!done) {
				try {
					child.kill('SIGKILL');
				} catch {}
			}
			terminal.dispose();
		},
	};
}

/** Removes the state directories the sessions made (call in afterAll). */
export function removeStateDirs(): void {
	for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true});
}

/** Resolves after `ms`; for polling files a process writes as it ends, never for assertions. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

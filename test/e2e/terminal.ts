// Runs the built CLI in a real pseudo-terminal and reads the screen the way a terminal shows
// it: node-pty gives the app a terminal, @xterm/headless interprets everything it writes.
// Also for the rough cases: tiny sizes, resize storms, signals, and a terminal that goes away
// (the master side closed, as when an SSH connection drops).

import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import xterm from '@xterm/headless';
import pty from 'node-pty';

export const root = path.resolve(import.meta.dirname, '../..');
/** The CLI under test; BAOGAO_CLI points elsewhere (e.g. a build of another tree). */
export const cli = process.env.BAOGAO_CLI ?? path.join(root, 'dist', 'cli.js');

/** Builds the CLI when there is none yet (npm test builds it first anyway). */
export function ensureBuilt(): void {
	if (existsSync(cli)) return;
	const result = spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root, stdio: 'inherit'});
	if (result.status !== 0 || !existsSync(cli)) throw new Error(`could not build ${cli}`);
}

export const key = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	pageDown: '\u001B[6~',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	ctrlC: '\u0003',
	space: ' ',
} as const;

/** How long output must pause before the screen counts as drawn. */
const quietMs = 40;

export type Exit = {exitCode: number; signal?: number | undefined};

export type Session = {
	/** Visible rows of the terminal, trailing spaces trimmed. */
	lines(): string[];
	screen(): string;
	/** 'alternate' while a full-screen app is running, 'normal' otherwise. */
	buffer(): 'normal' | 'alternate';
	/** Whether the cursor is shown: the last cursor mode the app set was "show" (or none). */
	cursorShown(): boolean;
	/** Everything the app wrote, as written. */
	output(): string;
	/** Titles the terminal was asked to take (OSC 0/2). */
	titles: string[];
	type(...keys: string[]): void;
	/** Waits until output pauses with the screen satisfying `test` (or showing the text). */
	waitFor(test: string | RegExp | ((screen: string) => boolean), timeout?: number): Promise<string>;
	/** Waits until output has paused for `quiet` ms (150 unless told). */
	settle(quiet?: number): Promise<void>;
	resize(columns: number, rows: number): void;
	signal(name: NodeJS.Signals): void;
	/** Closes the terminal's master side: reads see end of file, the session leader a SIGHUP. */
	hangUp(): void;
	exited: Promise<Exit>;
	/** The process id of what runs in the terminal. */
	pid: number;
	stateDir: string;
	/** Kills the app if it still runs, and removes the state directory launch made. */
	close(): void;
};

export type LaunchOptions = {
	columns?: number;
	rows?: number;
	args?: string[];
	env?: Record<string, string | undefined>;
	stateDir?: string;
	/** Default time waitFor waits (5 s unless told). */
	timeout?: number;
	/** Runs this shell command (with $BAOGAO for the CLI) instead of the CLI itself. */
	shell?: string;
	uid?: number;
	gid?: number;
};

/** State directories made by launch and not yet removed. */
const made = new Set<string>();

function removeStateDir(dir: string): void {
	if (!made.delete(dir)) return;
	rmSync(dir, {recursive: true, force: true});
}

/** Removes the state directories sessions made and did not remove on close (call in afterAll). */
export function removeStateDirs(): void {
	for (const dir of [...made]) removeStateDir(dir);
}

/** Resolves after `ms`; for polling files a process writes as it ends, never for assertions. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function launch(options: LaunchOptions = {}): Promise<Session> {
	const columns = options.columns ?? 80;
	const rows = options.rows ?? 24;
	const stateDir = options.stateDir ?? mkdtempSync(path.join(os.tmpdir(), 'baogao-e2e-'));
	if (!options.stateDir) made.add(stateDir);
	const args = options.args ?? [];
	const env: Record<string, string> = {};
	for (const [name, value] of Object.entries({
		...process.env,
		TERM: 'xterm-256color',
		LANG: 'en_US.UTF-8',
		LC_ALL: '',
		LC_MESSAGES: '',
		BAOGAO_STATE_DIR: stateDir,
		BAOGAO: options.shell
			? `"${process.execPath}" "${cli}" ${args.map((arg) => `'${arg}'`).join(' ')}`
			: undefined,
		// The app must not think it runs in CI, nor inherit colour settings from the test run.
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
	const [file, argv] = options.shell
		? ['/bin/sh', ['-c', options.shell]]
		: [process.execPath, [cli, ...args]];
	const child = pty.spawn(file, argv, {
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
			resolve({exitCode, signal: signal || undefined});
		});
	});

	const lines = () => {
		const buffer = terminal.buffer.active;
		return Array.from({length: terminal.rows}, (_, index) =>
			(buffer.getLine(buffer.viewportY + index)?.translateToString(true) ?? '').trimEnd(),
		);
	};
	const screen = () => lines().join('\n');
	const session: Session = {
		lines,
		screen,
		buffer: () => terminal.buffer.active.type,
		cursorShown: () => output.lastIndexOf('\u001b[?25l') <= output.lastIndexOf('\u001b[?25h'),
		output: () => output,
		titles,
		type(...keys) {
			for (const data of keys) if (!done) child.write(data);
		},
		async waitFor(test, timeout = options.timeout ?? 5000) {
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
				// A frame arrives in several reads: judge the screen only once output has paused.
				if (Date.now() - lastData >= quietMs && check(text)) return text;
				if (Date.now() > deadline) {
					throw new Error(`timed out waiting for ${String(test)}; the screen shows:\n${text}`);
				}
				await pause(20);
			}
		},
		async settle(quiet = 150) {
			for (;;) {
				await pending;
				if (Date.now() - lastData >= quiet) return;
				await pause(20);
			}
		},
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
		pid: child.pid,
		stateDir,
		close() {
			if (!done) {
				try {
					child.kill('SIGKILL');
				} catch {}
			}
			terminal.dispose();
			removeStateDir(stateDir);
		},
	};
	return session;
}

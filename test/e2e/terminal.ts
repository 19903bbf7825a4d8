// Runs the built CLI in a real pseudo-terminal and reads the screen the way a terminal shows
// it: node-pty gives the app a terminal, @xterm/headless interprets everything it writes.

import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import xterm from '@xterm/headless';
import pty from 'node-pty';

const root = path.resolve(import.meta.dirname, '../..');
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
	/** Everything the app wrote, as written. */
	output(): string;
	type(...keys: string[]): void;
	/** Waits until output pauses with the screen satisfying `test` (or showing the text). */
	waitFor(test: string | RegExp | ((screen: string) => boolean), timeout?: number): Promise<string>;
	resize(columns: number, rows: number): void;
	signal(name: NodeJS.Signals): void;
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
};

export async function launch(options: LaunchOptions = {}): Promise<Session> {
	const columns = options.columns ?? 80;
	const rows = options.rows ?? 24;
	const stateDir = options.stateDir ?? mkdtempSync(path.join(os.tmpdir(), 'baogao-e2e-'));
	const env: Record<string, string> = {};
	for (const [name, value] of Object.entries({
		...process.env,
		TERM: 'xterm-256color',
		LANG: 'en_US.UTF-8',
		LC_ALL: '',
		LC_MESSAGES: '',
		BAOGAO_STATE_DIR: stateDir,
		// The app must not think it runs in CI, nor inherit colour settings from the test run.
		CI: undefined,
		NO_COLOR: undefined,
		FORCE_COLOR: undefined,
		...options.env,
	})) {
		if (value !== undefined && value !== '') env[name] = value;
	}
	const terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true, scrollback: 0});
	const child = pty.spawn(process.execPath, [cli, ...(options.args ?? [])], {
		name: 'xterm-256color',
		cols: columns,
		rows,
		cwd: root,
		env,
	});
	let output = '';
	let pending = Promise.resolve();
	let lastData = Date.now();
	child.onData((data) => {
		output += data;
		lastData = Date.now();
		pending = pending.then(() => new Promise<void>((resolve) => terminal.write(data, resolve)));
	});
	const exited = new Promise<Exit>((resolve) => {
		child.onExit(({exitCode, signal}) => resolve({exitCode, signal: signal || undefined}));
	});
	let done = false;
	void exited.then(() => {
		done = true;
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
		output: () => output,
		type(...keys) {
			for (const data of keys) if (!done) child.write(data);
		},
		async waitFor(test, timeout = 5000) {
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
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
		},
		resize(newColumns, newRows) {
			lastData = Date.now();
			terminal.resize(newColumns, newRows);
			child.resize(newColumns, newRows);
		},
		signal(name) {
			child.kill(name);
		},
		exited: exited.then(async (exit) => {
			await pending;
			return exit;
		}),
		stateDir,
		close() {
			if (!done) child.kill('SIGKILL');
			terminal.dispose();
			if (!options.stateDir) rmSync(stateDir, {recursive: true, force: true});
		},
	};
	return session;
}

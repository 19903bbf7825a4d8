// A program in a pseudo-terminal whose output goes into a headless xterm, so the bench can wait
// for what a user would see (a row on the screen) and count the bytes the terminal received.
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);

/** node-pty and @xterm/headless are dev dependencies; the bench says so when they are missing. */
export function loadTerminalTools() {
	try {
		return {pty: require('node-pty'), Terminal: require('@xterm/headless').Terminal};
	} catch (error) {
		return {error: error instanceof Error ? error.message : String(error)};
	}
}

export class PtySession {
	/**
	 * @param {{pty: any, Terminal: any}} tools
	 * @param {string} file
	 * @param {string[]} args
	 * @param {{cols?: number, rows?: number, env?: Record<string, string>, cwd?: string}} options
	 */
	constructor(tools, file, args, options = {}) {
		const cols = options.cols ?? 100;
		const rows = options.rows ?? 30;
		this.term = new tools.Terminal({cols, rows, allowProposedApi: true, scrollback: 0});
		this.bytes = 0;
		this.lastOutputAt = performance.now();
		this.exited = undefined;
		this.waiters = new Set();
		this.started = performance.now();
		this.child = tools.pty.spawn(file, args, {
			name: 'xterm-256color',
			cols,
			rows,
			cwd: options.cwd ?? process.cwd(),
			env: {TERM: 'xterm-256color', ...options.env},
		});
		this.child.onData((data) => {
			const now = performance.now();
			this.bytes += Buffer.byteLength(data);
			this.lastOutputAt = now;
			// The time a check passes is the arrival time of the data that made it pass, not the
			// (later) time the emulator finished parsing it.
			this.term.write(data, () => this.check(now));
		});
		this.child.onExit(({exitCode}) => {
			this.exited = exitCode;
			this.check(performance.now());
		});
	}

	/** The screen as plain text rows (wide chars once, as the terminal shows them). */
	rows() {
		const buffer = this.term.buffer.active;
		const rows = [];
		for (let row = 0; row < this.term.rows; row++) {
			rows.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		}
		return rows;
	}

	screen() {
		return this.rows().join('\n');
	}

	check(at) {
		for (const waiter of this.waiters) {
			if (waiter.test()) {
				this.waiters.delete(waiter);
				clearTimeout(waiter.timer);
				waiter.resolve(at);
			}
		}
	}

	/**
	 * Resolves with the arrival time (performance.now()) of the output after which `test()` holds;
	 * rejects after `timeout` ms with the screen in the message.
	 */
	waitFor(test, timeout = 10_000, what = 'the screen') {
		if (test()) return Promise.resolve(performance.now());
		return new Promise((resolve, reject) => {
			const waiter = {test, resolve, timer: undefined};
			waiter.timer = setTimeout(() => {
				this.waiters.delete(waiter);
				reject(new Error(`timed out waiting for ${what}; screen:\n${this.screen()}`));
			}, timeout);
			this.waiters.add(waiter);
		});
	}

	waitForText(text, timeout) {
		return this.waitFor(() => this.screen().includes(text), timeout, JSON.stringify(text));
	}

	/** Resolves once no output has arrived for `quiet` ms since the call (or after `timeout`). */
	async settle(quiet = 150, timeout = 10_000) {
		const from = performance.now();
		const until = from + timeout;
		for (;;) {
			const idle = performance.now() - Math.max(from, this.lastOutputAt);
			if (idle >= quiet || performance.now() > until) return;
			await sleep(quiet - idle + 1);
		}
	}

	write(data) {
		this.child.write(data);
		return performance.now();
	}

	async exit(keys = '\u0003', timeout = 3000) {
		if (this.exited === undefined) {
			this.child.write(keys);
			await this.waitFor(() => this.exited !== undefined, timeout, 'exit').catch(() => {
				this.child.kill();
			});
		}
		this.term.dispose();
	}
}

export function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

// The app's one way onto the terminal. The app paints each frame itself (ui/kit/paint.ts) and
// hands it whole to `draw`, which sends the terminal only what changed (frame-writer.ts: changed
// rows from their first changed column, scroll regions for shifted text). Ink still runs the
// React tree, reads the keyboard and follows resizes, but it is given a stand-in for stdout
// that shows it the terminal's size and drops what it writes: nothing of Ink's byte stream
// reaches the terminal, so nothing here depends on how Ink writes.
import {EventEmitter} from 'node:events';
import {createFrameWriter, type FrameSize} from './frame-writer.js';

const enterAlternate = '\u001b[?1049h';
const leaveAlternate = '\u001b[?1049l';
const hideCursor = '\u001b[?25l';
const showCursor = '\u001b[?25h';
// Autowrap (DECAWM) off while the app has the screen: a frame uses every row, and with autowrap
// on, a character written to the bottom-right cell leaves the terminal waiting to wrap, so the
// next character written there would scroll the whole screen up a line. Rows are cut to the
// width before they are sent (frame-writer.ts), so nothing relies on wrapping.
const autowrapOff = '\u001b[?7l';
const autowrapOn = '\u001b[?7h';
// Mouse reports (1000: buttons and wheel) in SGR form (1006), with --mouse only.
const mouseOn = '\u001b[?1000h\u001b[?1006h';
const mouseOff = '\u001b[?1006l\u001b[?1000l';

/** Where the app's frames go: every row of the screen, painted, each time something changed. */
export type FrameSink = {draw(rows: readonly string[], size: FrameSize): void};

export type TerminalScreen = FrameSink & {
	/** What Ink gets as stdout: the terminal's size and resizes; its writes go nowhere. */
	inkStdout: NodeJS.WriteStream;
	/** Switches to the alternate screen with the cursor hidden and autowrap off (once). */
	open(): void;
	/** Gives the terminal back: autowrap on, the normal screen, the cursor shown (once; safe to repeat). */
	close(): void;
	/**
	 * Takes the terminal again after it was given back for a while (Ctrl-Z, then fg): the
	 * alternate screen, the cursor hidden, and the last frame drawn in full, since what is on the
	 * screen now is not known.
	 */
	reopen(): void;
};

/** Stands in for stdout to Ink: sizes and resize events are the terminal's, writes are dropped. */
class InkStdoutStandIn extends EventEmitter {
	readonly isTTY = true;
	constructor(private readonly terminal: NodeJS.WriteStream) {
		super();
		terminal.on('resize', () => this.emit('resize'));
	}
	get columns(): number {
		return this.terminal.columns;
	}
	get rows(): number {
		return this.terminal.rows;
	}
	write(
		_chunk: string | Uint8Array,
		encoding?: BufferEncoding | ((error?: Error | null) => void),
		callback?: (error?: Error | null) => void,
	): boolean {
		const done = typeof encoding === 'function' ? encoding : callback;
		if (done) process.nextTick(done);
		return true;
	}
}

export function createTerminalScreen(
	stdout: NodeJS.WriteStream,
	options: {mouse?: boolean} = {},
): TerminalScreen {
	const mouse = options.mouse ? {on: mouseOn, off: mouseOff} : {on: '', off: ''};
	let writer = createFrameWriter();
	let opened = false;
	let last: {rows: readonly string[]; size: FrameSize} | undefined;
	return {
		inkStdout: new InkStdoutStandIn(stdout) as unknown as NodeJS.WriteStream,
		open() {
			if (opened) return;
			opened = true;
			stdout.write(enterAlternate + hideCursor + autowrapOff + mouse.on);
		},
		close() {
			if (!opened) return;
			opened = false;
			stdout.write(mouse.off + autowrapOn + leaveAlternate + showCursor);
		},
		reopen() {
			this.open();
			writer = createFrameWriter();
			if (last) this.draw(last.rows, last.size);
		},
		draw(rows, size) {
			last = {rows, size};
			const bytes = writer.frame(rows, size);
			if (bytes) stdout.write(bytes);
		},
	};
}

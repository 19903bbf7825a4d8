// Puts the frame writer between Ink and the terminal. Ink (with incremental rendering off)
// writes each frame whole, after a few cursor-moving and erasing sequences; this stream takes
// such writes as frames and sends the terminal only the difference (see frame-writer.ts).
// Anything else Ink writes (mode switches, synchronized-update marks) goes through unchanged;
// anything it cannot read as one of those goes through too, and the next frame is drawn whole.
import {createFrameWriter, type FrameSize, type FrameWriter} from './frame-writer.js';

/** Cursor moves and erases Ink puts before a whole frame (eraseLines, home, erase down). */
const framePrefix = /^(?:\u001b\[[\d;]*[A-HJK])*/;
/** Private mode switches (cursor visibility, synchronized update, alternate screen, ...). */
const modeSwitches = /^(?:\u001b\[\?[\d;]*[hl])+$/;
/** Screen switches: what is on the screen after one is not what was there before. */
const screenSwitch = /\u001b\[\?(?:47|1047|1049)[hl]/;
const enterAlternate = '\u001b[?1049h';
const leaveAlternate = '\u001b[?1049l';
/** Any escape sequence but SGR (styles) and OSC (hyperlinks): not part of a frame's rows. */
const notInFrame = /\u001b(?!\[[\d;:]*m|\])/;

/**
 * Classifies one write of Ink's and returns what to send instead: the frame's difference, the
 * write itself, or '' when a frame changed nothing.
 */
export function translateWrite(
	writer: FrameWriter,
	text: string,
	size: FrameSize,
	screen: ScreenState = {alternate: false},
): string {
	if (text === '') return text;
	if (modeSwitches.test(text)) {
		// Entering the alternate screen again (Ink does, after the first frame was drawn there
		// early) would clear it: leave that out.
		if (screen.alternate && text.includes(enterAlternate)) {
			return text.replaceAll(enterAlternate, '');
		}
		if (text.includes(enterAlternate)) screen.alternate = true;
		if (text.includes(leaveAlternate)) screen.alternate = false;
		if (screenSwitch.test(text)) writer.invalidate();
		return text;
	}
	const prefix = framePrefix.exec(text)?.[0] ?? '';
	const body = text.slice(prefix.length);
	if (body === '' || notInFrame.test(body)) {
		// An erase with nothing after it, or something this does not understand: let it through
		// and draw the next frame whole (from a cleared screen).
		writer.invalidate();
		return text;
	}
	const lines = body.split('\n');
	if (lines.at(-1) === '') lines.pop();
	return writer.frame(lines, size);
}

/**
 * `stdout` as Ink should see it: everything is the real stream's, except that writes go
 * through the frame writer.
 */
/** Whether the terminal shows its alternate screen (as far as these writes tell). */
export type ScreenState = {alternate: boolean};

export function frameWritingStdout<T extends NodeJS.WriteStream>(stdout: T): T {
	const writer = createFrameWriter();
	const screen: ScreenState = {alternate: false};
	const write = (
		chunk: string | Uint8Array,
		encoding?: BufferEncoding | ((error?: Error | null) => void),
		callback?: (error?: Error | null) => void,
	): boolean => {
		const done = typeof encoding === 'function' ? encoding : callback;
		const text =
			typeof chunk === 'string'
				? chunk
				: Buffer.from(chunk).toString(typeof encoding === 'string' ? encoding : 'utf8');
		const out = translateWrite(
			writer,
			text,
			{columns: stdout.columns || 80, rows: stdout.rows || 24},
			screen,
		);
		if (out === '' && text !== '') {
			if (done) process.nextTick(done);
			return true;
		}
		return done ? stdout.write(out, done) : stdout.write(out);
	};
	return new Proxy(stdout, {
		get(target, property) {
			if (property === 'write') return write;
			const value = Reflect.get(target, property, target);
			return typeof value === 'function' ? value.bind(target) : value;
		},
	});
}

/**
 * Ink's output options: whole frames through the frame writer, or (BAOGAO_FRAME_WRITER=off, to
 * compare or to rule it out) Ink's own incremental rendering straight to the terminal.
 */
export function inkOutputOptions(
	stdout: NodeJS.WriteStream,
	env: NodeJS.ProcessEnv,
): {stdout: NodeJS.WriteStream; incrementalRendering: boolean} {
	if (env.BAOGAO_FRAME_WRITER === 'off') return {stdout, incrementalRendering: true};
	return {stdout: frameWritingStdout(stdout), incrementalRendering: false};
}

/**
 * Draws `rows` as the first frame, in the alternate screen, with the cursor hidden: what Ink
 * will draw, drawn before Ink has loaded. Ink's own first frame then changes what differs.
 */
export function drawFirstFrame(stdout: NodeJS.WriteStream, rows: readonly string[]): void {
	stdout.write(`${enterAlternate}\u001b[?25l`);
	stdout.write(rows.join('\n'));
}

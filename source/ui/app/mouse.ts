// Mouse-wheel scrolling (--mouse): the terminal reports the wheel in SGR mouse mode (1006) as
// ESC [ < button ; column ; row M. Ink drops such sequences before the app sees them, so they
// are taken out of what is read from the terminal first (readWithWheel), and each wheel step
// becomes arrow presses. Clicks are taken out too: nothing is bound to them. Mouse mode is off
// unless asked for, so that the terminal's own text selection keeps working.

export type Wheel = 'up' | 'down';

// Buttons 64 and 65 are the wheel (with 4, 8, 16 added for Shift, Meta, Ctrl).
const mouseReport = /\u001b\[<(\d+);\d+;\d+[Mm]/g;

/** The text without its mouse reports, and the wheel steps among them in order. */
export function takeMouse(text: string): {rest: string; wheel: Wheel[]} {
	const wheel: Wheel[] = [];
	const rest = text.replace(mouseReport, (_, button: string) => {
		const code = Number(button);
		if ((code & 64) !== 0 && (code & 1) === 0) wheel.push('up');
		else if ((code & 64) !== 0) wheel.push('down');
		return '';
	});
	return {rest, wheel};
}

/** Lines a wheel step scrolls, as in most terminals' own scrollback. */
export const linesPerWheelStep = 3;

// The start of a mouse report cut off by the end of a read: ESC [ < and its digits so far.
const reportStart = /\u001b\[<[\d;]*$/;
// ESC or ESC [ at the end of a read: the start of a report, or the Esc key (or an arrow's start).
const escapeStart = /\u001b\[?$/;

/**
 * Mouse reports taken out of reads from the terminal, where a report may be cut in two by the
 * end of one read (over SSH, or while the wheel turns fast). The cut-off start is held until
 * the next read brings the rest.
 */
type MouseFilter = {
	/** A read's text without its reports; `held` tells that the end of it waits for more. */
	push(chunk: string): {rest: string; wheel: Wheel[]; held: 'none' | 'report' | 'escape'};
	/** What is held, given up on: an ESC (or ESC [) goes on as typed; a report's start is dropped. */
	release(): string;
};

export function createMouseFilter(): MouseFilter {
	let held = '';
	// Whether the last read had a report in it: while the wheel turns, a read ending in ESC is
	// most likely the next report's start, so it is held; otherwise it is the Esc key and goes on.
	let turning = false;
	return {
		push(chunk) {
			const text = held + chunk;
			const {rest, wheel} = takeMouse(text);
			held = '';
			const seen = rest.length < text.length;
			const wasTurning = turning;
			turning = seen;
			const report = reportStart.exec(rest);
			if (report) {
				held = report[0];
				return {rest: rest.slice(0, report.index), wheel, held: 'report'};
			}
			const escape = escapeStart.exec(rest);
			if (escape && (seen || wasTurning)) {
				held = escape[0];
				return {rest: rest.slice(0, escape.index), wheel, held: 'escape'};
			}
			return {rest, wheel, held: 'none'};
		},
		release() {
			const given = held.startsWith('\u001b[<') ? '' : held;
			held = '';
			return given;
		},
	};
}

// A held ESC goes on as the Esc key when nothing follows it this soon: as long as Ink itself
// waits for the rest of an escape sequence (20 ms in ink's App), so a report's two halves
// that arrive that far apart would have been split by Ink as well.
const escapeWait = 20;

type Readable = {
	read(size?: number): string | Buffer | null;
	emit(event: 'readable'): boolean;
};

/**
 * Makes `stream.read` hand on what was read without mouse reports, calling `onWheel` for each
 * wheel step. Returns a function that puts `read` back.
 */
export function readWithWheel(stream: Readable, onWheel: (step: Wheel) => void): () => void {
	const original = stream.read;
	const filter = createMouseFilter();
	let timer: ReturnType<typeof setTimeout> | undefined;
	// Set when a held ESC has waited long enough: the next read hands it on.
	let released = '';
	const stopWaiting = () => {
		if (timer !== undefined) clearTimeout(timer);
		timer = undefined;
	};
	stream.read = function read(size?: number) {
		for (;;) {
			const chunk = original.call(stream, size);
			if (chunk === null) {
				const given = released;
				released = '';
				return given === '' ? null : given;
			}
			stopWaiting();
			const text = released + (typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
			released = '';
			const {rest, wheel, held} = filter.push(text);
			for (const step of wheel) onWheel(step);
			if (held === 'escape') {
				timer = setTimeout(() => {
					timer = undefined;
					released = filter.release();
					// The reader (Ink) reads again on 'readable' and is handed the ESC.
					if (released !== '') stream.emit('readable');
				}, escapeWait);
			}
			if (rest !== '') return rest;
		}
	};
	return () => {
		stopWaiting();
		stream.read = original;
	};
}

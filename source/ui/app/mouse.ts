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

type Readable = {read(size?: number): string | Buffer | null};

/**
 * Makes `stream.read` hand on what was read without mouse reports, calling `onWheel` for each
 * wheel step. Returns a function that puts `read` back.
 */
export function readWithWheel(stream: Readable, onWheel: (step: Wheel) => void): () => void {
	const original = stream.read;
	stream.read = function read(size?: number) {
		for (;;) {
			const chunk = original.call(stream, size);
			if (chunk === null) return null;
			const {rest, wheel} = takeMouse(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
			for (const step of wheel) onWheel(step);
			if (rest !== '') return rest;
		}
	};
	return () => {
		stream.read = original;
	};
}

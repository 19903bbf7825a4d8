import {afterEach, describe, expect, it, vi} from 'vitest';
import {createMouseFilter, readWithWheel, takeMouse} from '../../../source/ui/app/mouse.js';

const esc = '\u001b';

/** A stand-in for stdin: reads hand out the queued chunks, then null; 'readable' is counted. */
function fakeStream(chunks: Array<string | Buffer>) {
	let readable = 0;
	const stream = {
		read: (): string | Buffer | null => chunks.shift() ?? null,
		emit: () => {
			readable++;
			return true;
		},
	};
	return {stream, chunks, readableEvents: () => readable};
}

/** Everything `read` hands on until it returns null, joined. */
function readAll(stream: {read(): string | Buffer | null}): string {
	let text = '';
	for (let chunk = stream.read(); chunk !== null; chunk = stream.read()) text += String(chunk);
	return text;
}

afterEach(() => {
	vi.useRealTimers();
});

describe('mouse reports', () => {
	it('takes wheel steps (with or without modifiers) and clicks out of the input', () => {
		expect(
			takeMouse('j\u001b[<65;10;5Mk\u001b[<64;1;1M\u001b[<0;3;4M\u001b[<0;3;4m\u001b[<80;2;2M'),
		).toEqual({
			rest: 'jk',
			wheel: ['down', 'up', 'up'],
		});
		expect(takeMouse('\u001b[A')).toEqual({rest: '\u001b[A', wheel: []});
	});

	it('reads on past a chunk that held only mouse reports', () => {
		const {stream, chunks} = fakeStream(['\u001b[<65;1;1M', Buffer.from('q')]);
		const steps: string[] = [];
		const restore = readWithWheel(stream, (step) => steps.push(step));
		expect(stream.read()).toBe('q');
		expect(stream.read()).toBeNull();
		expect(steps).toEqual(['down']);
		restore();
		chunks.push('\u001b[<65;1;1M');
		expect(stream.read()).toBe('\u001b[<65;1;1M');
	});
});

describe('mouse reports cut in two by the end of a read', () => {
	const report = `${esc}[<64;10;5M`;

	it('finds the report whatever the place of the cut, and lets no part of it through', () => {
		for (let cut = 1; cut < report.length; cut++) {
			const filter = createMouseFilter();
			// A report before the cut, as while the wheel turns, and a key after it.
			const first = filter.push(`j${esc}[<65;1;1M${report.slice(0, cut)}`);
			const second = filter.push(`${report.slice(cut)}k`);
			expect(first.rest + second.rest, `cut after ${cut}`).toBe('jk');
			expect([...first.wheel, ...second.wheel], `cut after ${cut}`).toEqual(['down', 'up']);
		}
	});

	it('holds a cut-off ESC [ < start even with no report before it', () => {
		const filter = createMouseFilter();
		expect(filter.push(`x${esc}[<64;1`)).toEqual({rest: 'x', wheel: [], held: 'report'});
		expect(filter.push(';2M')).toEqual({rest: '', wheel: ['up'], held: 'none'});
	});

	it('passes the Esc key and arrows on at once when the wheel is not turning', () => {
		const filter = createMouseFilter();
		expect(filter.push(esc)).toEqual({rest: esc, wheel: [], held: 'none'});
		expect(filter.push(`${esc}[A`)).toEqual({rest: `${esc}[A`, wheel: [], held: 'none'});
	});

	it('gives up a held ESC as the Esc key, and drops a held report start', () => {
		const filter = createMouseFilter();
		expect(filter.push(`${report}${esc}`).held).toBe('escape');
		expect(filter.release()).toBe(esc);
		expect(filter.push(`${esc}[<64;3`).held).toBe('report');
		expect(filter.release()).toBe('');
		expect(filter.push('q').rest).toBe('q');
	});

	it('splits over reads of the terminal: nothing leaks, every step is counted', () => {
		const {stream, chunks} = fakeStream([`${report}${esc}[<6`]);
		const steps: string[] = [];
		readWithWheel(stream, (step) => steps.push(step));
		expect(readAll(stream)).toBe('');
		chunks.push(Buffer.from(`5;10;5M${esc}`));
		expect(readAll(stream)).toBe('');
		chunks.push(`[<64;10;5Mj`);
		expect(readAll(stream)).toBe('j');
		expect(steps).toEqual(['up', 'down', 'up']);
	});

	it('hands a held ESC on after a short wait, telling the reader to read again', () => {
		vi.useFakeTimers();
		const {stream, readableEvents} = fakeStream([`${report}${esc}`]);
		const restore = readWithWheel(stream, () => undefined);
		expect(readAll(stream)).toBe('');
		expect(readableEvents()).toBe(0);
		vi.runAllTimers();
		expect(readableEvents()).toBe(1);
		expect(readAll(stream)).toBe(esc);
		restore();
	});
});

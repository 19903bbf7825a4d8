// The app's seam onto the terminal: whole painted frames in, only the differences out; Ink gets
// a stand-in stdout with the terminal's size and resizes whose writes never reach the terminal.
import {EventEmitter} from 'node:events';
import xterm from '@xterm/headless';
import {expect, test} from 'vitest';
import {createTerminalScreen} from '../../source/render/terminal-screen.js';

class FakeTerminal extends EventEmitter {
	written: string[] = [];
	constructor(
		public columns: number,
		public rows: number,
	) {
		super();
	}
	write = (data: string) => {
		this.written.push(data);
		return true;
	};
}

function screenOn(columns: number, rows: number) {
	const terminal = new FakeTerminal(columns, rows);
	const screen = createTerminalScreen(terminal as unknown as NodeJS.WriteStream);
	return {terminal, screen};
}

test('opens the alternate screen once (autowrap off), and gives the terminal back once', () => {
	const {terminal, screen} = screenOn(20, 5);
	screen.close();
	expect(terminal.written).toEqual([]);
	screen.open();
	screen.open();
	expect(terminal.written).toEqual(['\u001b[?1049h\u001b[?25l\u001b[?7l']);
	screen.close();
	screen.close();
	expect(terminal.written.at(-1)).toBe('\u001b[?7h\u001b[?1049l\u001b[?25h');
	expect(terminal.written).toHaveLength(2);
});

test('the first frame is drawn whole, an unchanged one sends nothing, a change only its row', () => {
	const {terminal, screen} = screenOn(20, 4);
	const size = {columns: 20, rows: 4};
	screen.draw(['one', 'two', 'three'], size);
	expect(terminal.written[0]).toMatch(/^\u001b\[H\u001b\[2J/);
	const count = terminal.written.length;
	screen.draw(['one', 'two', 'three'], size);
	expect(terminal.written).toHaveLength(count);
	screen.draw(['one', 'twice', 'three'], size);
	const change = terminal.written.at(-1)!;
	expect(change).toContain('ice');
	expect(change).not.toContain('one');
	expect(change).not.toContain('three');
});

test('Ink sees the terminal size and its resizes, and what it writes goes nowhere', async () => {
	const {terminal, screen} = screenOn(30, 10);
	const ink = screen.inkStdout;
	expect([ink.columns, ink.rows]).toEqual([30, 10]);
	let resized = 0;
	ink.on('resize', () => resized++);
	terminal.columns = 50;
	terminal.emit('resize');
	expect(resized).toBe(1);
	expect(ink.columns).toBe(50);
	const flushed = new Promise<void>((resolve) => ink.write('\u001b[2Kframe', () => resolve()));
	await flushed;
	expect(terminal.written).toEqual([]);
});

test('what reaches a terminal shows the frames drawn, cell for cell', async () => {
	const {terminal, screen} = screenOn(12, 4);
	const size = {columns: 12, rows: 4};
	const term = new xterm.Terminal({cols: 12, rows: 4, allowProposedApi: true, scrollback: 0});
	const frames = [
		['劳模 a', '\u001b[1mbold\u001b[22m', 'c'],
		['劳模 b', '\u001b[1mbold\u001b[22m', 'c'],
		['\u001b[1mbold\u001b[22m', 'c', 'd'],
	];
	for (const frame of frames) screen.draw(frame, size);
	await new Promise<void>((resolve) => term.write(terminal.written.join(''), resolve));
	const buffer = term.buffer.active;
	const text = [0, 1, 2].map((y) => buffer.getLine(y)!.translateToString(true));
	expect(text).toEqual(['bold', 'c', 'd']);
	const cell = buffer.getLine(0)!.getCell(0)!;
	expect(cell.isBold()).not.toBe(0);
});

// The OSC 52 clipboard sequence: what a terminal receives decodes to the sanitized text, it is
// BEL-terminated, it is wrapped for tmux when $TMUX is set, and long text is cut whole.
import xterm from '@xterm/headless';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {clipboardSequence, maxClipboardBytes} from '../../source/text/osc52.js';

const decode = (payload: string) => Buffer.from(payload, 'base64').toString('utf8');

/** What a terminal's OSC 52 handler receives for the bytes written (xterm's own parser). */
async function oscSeenByTerminal(bytes: string): Promise<string[]> {
	const terminal = new xterm.Terminal({allowProposedApi: true, cols: 80, rows: 5});
	const seen: string[] = [];
	terminal.parser.registerOscHandler(52, (data) => {
		seen.push(data);
		return true;
	});
	await new Promise<void>((resolve) => terminal.write(bytes, resolve));
	terminal.dispose();
	return seen;
}

describe('the OSC 52 clipboard sequence', () => {
	it('is ESC ] 52 ; c ; base64 BEL, and a terminal reads the text back', async () => {
		const text = '“全市建成职工书屋120个。”\n——乐山市 · 2018–2023';
		const {sequence, truncated} = clipboardSequence(text);
		expect(truncated).toBe(false);
		const payload = Buffer.from(text, 'utf8').toString('base64');
		expect(sequence).toBe(`\u001b]52;c;${payload}\u0007`);
		const seen = await oscSeenByTerminal(sequence);
		expect(seen).toEqual([`c;${payload}`]);
		expect(decode(seen[0]!.slice(2))).toBe(text);
	});

	it('inside tmux also goes through the DCS passthrough, every ESC doubled', () => {
		const {sequence} = clipboardSequence('劳模', {TMUX: '/tmp/tmux-0/default,1,0'});
		const osc = `\u001b]52;c;${Buffer.from('劳模').toString('base64')}\u0007`;
		expect(sequence).toBe(`${osc}\u001bPtmux;\u001b${osc}\u001b\\`);
		expect(clipboardSequence('劳模', {TMUX: ''}).sequence).toBe(osc);
		expect(clipboardSequence('劳模', {}).sequence).toBe(osc);
	});

	it('sanitizes the text first: controls become visible, newlines stay, tabs become spaces', () => {
		const {text, sequence} = clipboardSequence('a\u001b]52;c;x\u0007b\tc\r\nd\u202e');
		expect(text).toBe('a␛]52;c;x␇b    c\nd');
		expect(decode(sequence.slice('\u001b]52;c;'.length, -1))).toBe(text);
	});

	it('cuts text too long for terminals at a character, and says so', () => {
		const long = '劳'.repeat(maxClipboardBytes);
		const {text, truncated, sequence} = clipboardSequence(long);
		expect(truncated).toBe(true);
		expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(maxClipboardBytes);
		expect(Buffer.byteLength(text, 'utf8')).toBeGreaterThan(maxClipboardBytes - 3);
		expect(long.startsWith(text)).toBe(true);
		expect(sequence.length).toBeLessThan(100_000);
	});

	it('whatever the text, the only controls sent are the framing, and it decodes back', () => {
		fc.assert(
			fc.property(
				fc.string({
					unit: fc.oneof(
						fc.constant('\ud800'),
						fc.string({unit: 'binary', minLength: 1, maxLength: 1}),
					),
					maxLength: 200,
				}),
				(raw) => {
					const {sequence, text} = clipboardSequence(raw);
					expect(sequence.startsWith('\u001b]52;c;')).toBe(true);
					expect(sequence.endsWith('\u0007')).toBe(true);
					const payload = sequence.slice('\u001b]52;c;'.length, -1);
					expect(payload).toMatch(/^[A-Za-z0-9+/]*={0,2}$/);
					expect(decode(payload)).toBe(text);
					expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
				},
			),
			{numRuns: 500},
		);
	});
});

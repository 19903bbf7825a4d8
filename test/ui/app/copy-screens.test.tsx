// y and Y on every screen that has them, as the keys reach the terminal: what goes out in the
// OSC 52 sequence (decoded) and what the status line says was copied.
import {afterEach, describe, expect, it} from 'vitest';
import type {EffectPorts} from '../../../source/ui/app/run-effect.js';
import {keys, type Rendered, until} from '../helpers.js';
import {renderApp} from '../render.js';

let app: Rendered | undefined;
afterEach(() => app?.unmount());

/** The app with a terminal port that keeps what each copy put on the clipboard, decoded. */
async function withClipboard(options = {}) {
	const copied: string[] = [];
	const ports: EffectPorts = {
		writeTerminal(bytes) {
			const payload = /\u001b\]52;c;([A-Za-z0-9+/=]*)\u0007/.exec(bytes)?.[1];
			if (payload !== undefined) copied.push(Buffer.from(payload, 'base64').toString('utf8'));
		},
		env: {},
	};
	app = await renderApp({ports, ...options});
	return {app, copied};
}

const status = (rendered: Rendered) => rendered.lines().at(-1) ?? '';

/** Presses the copy key and waits for the clipboard to get something new. */
async function copyWith(rendered: Rendered, copied: string[], key: string): Promise<string> {
	const before = copied.length;
	await rendered.press(key);
	await until(() => copied.length > before && /Copied|已复制/.test(status(rendered)));
	return copied.at(-1) ?? '';
}

// The source line every citation of the fixture's Alpha report ends with.
const alphaSource = /^—Alpha 甲市 · "甲市工会五年工作报告"( · .+)? · \d{4}–\d{4}/;

describe('copying from each screen', () => {
	it('compare: y copies the focused cell, its number and sentence with the source; Y the sentence', async () => {
		const {app: table, copied} = await withClipboard();
		await table.press('c', 'a', keys.enter);
		expect(table.frame()).toContain('Union members');
		const citation = await copyWith(table, copied, 'y');
		const [lead, quote, source] = citation.split('\n');
		expect(lead).toMatch(/^Union members.*: 80\.2万/);
		expect(quote).toContain('五年来，全市工会发展会员80.2万人');
		expect(source).toMatch(alphaSource);
		expect(status(table)).toContain('Copied the cell with its source');
		const sentence = await copyWith(table, copied, 'Y');
		expect(sentence).not.toContain('\n');
		expect(sentence).toContain('五年来，全市工会发展会员80.2万人');
		expect(status(table)).toMatch(/Copied the cell \(\d+ characters\)/);
	});

	it('compare: on a cell’s matches page, y copies the match chosen there', async () => {
		const {app: table, copied} = await withClipboard();
		// The eighth metric's Alpha cell has other matches (the studios, counted again).
		await table.press('c', 'a', keys.enter, ...Array.from({length: 7}, () => keys.down), 'o');
		expect(table.frame()).toContain('Innovation studios: every');
		await table.press(keys.down);
		const citation = await copyWith(table, copied, 'y');
		const [lead, quote, source] = citation.split('\n');
		expect(lead).toMatch(/: 20个$/);
		expect(quote).toContain('劳模创新工作室20个');
		expect(source).toMatch(alphaSource);
		expect(status(table)).toContain('Copied the cell with its source');
	});

	it('search: y and Y in the results copy the hit; typed letters go back to the field', async () => {
		const {app: search, copied} = await withClipboard();
		await search.press('/', 'l', 'a', 'o', 'm', 'o');
		await until(() => /\d+ results?/.test(search.frame()));
		// In the field, y is text.
		await search.press('y');
		expect(search.lines()[0]).toContain('laomoy');
		await search.press(keys.backspace);
		await until(() => /\d+ results?/.test(search.frame()));
		await search.press(keys.down);
		expect(status(search)).toContain('y copy');
		const citation = await copyWith(search, copied, 'y');
		expect(citation).toMatch(/^["“].*(劳模|勞模).*["”]\n—/s);
		expect(status(search)).toContain('Copied the result with its source');
		const text = await copyWith(search, copied, 'Y');
		expect(text).toMatch(/劳模|勞模/);
		expect(text).not.toContain('\n');
		expect(status(search)).toMatch(/Copied the result \(\d+ characters\)/);
		// Another letter is typed into the field, which has the keyboard again.
		await search.press('x');
		expect(search.lines()[0]).toContain('laomox');
		expect(status(search)).not.toContain('y copy');
	});

	it('figures: y copies the figure with what it counts and its source; Y the sentence', async () => {
		const {app: figures, copied} = await withClipboard();
		await figures.press(keys.enter, 'F');
		expect(figures.frame()).toContain('Figures');
		const citation = await copyWith(figures, copied, 'y');
		const lines = citation.split('\n');
		expect(lines).toHaveLength(3);
		expect(lines[2]).toMatch(alphaSource);
		expect(status(figures)).toContain('Copied the figure with its source');
		const sentence = await copyWith(figures, copied, 'Y');
		expect(lines[1]).toContain(sentence);
		expect(status(figures)).toMatch(/Copied the figure \(\d+ characters\)/);
	});

	it('reader: the status line says what was copied, in Chinese too', async () => {
		const {app: reader, copied} = await withClipboard({lang: 'zh'});
		await reader.press(keys.enter);
		const citation = await copyWith(reader, copied, 'y');
		expect(citation).toMatch(/\n——甲市 · 《/);
		expect(status(reader)).toContain('已复制本段及出处');
		await copyWith(reader, copied, 'Y');
		expect(status(reader)).toMatch(/已复制本段（\d+ 字）/);
	});
});

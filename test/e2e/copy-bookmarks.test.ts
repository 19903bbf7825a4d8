// Copying a citation (OSC 52), bookmarks across a restart, the pager and the figures view, in a
// real pseudo-terminal at 80×24 and 100×30.
import {spawnSync} from 'node:child_process';
import {chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {ensureBuilt, key, launch, pause, removeStateDirs, type Session} from './terminal.js';

beforeAll(ensureBuilt, 60_000);
afterAll(removeStateDirs);

let session: Session | undefined;
afterEach(() => {
	session?.close();
	session = undefined;
});

const scratch = mkdtempSync(path.join(os.tmpdir(), 'baogao-copy-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

/** Every OSC 52 clipboard write in what the app sent, decoded. */
function clipboardWrites(output: string): string[] {
	return [...output.matchAll(/\u001b\]52;c;([A-Za-z0-9+/=]*)(?:\u0007|\u001b\\)/g)].map((match) =>
		Buffer.from(match[1]!, 'base64').toString('utf8'),
	);
}

/** Waits for the pager script to have written both its files. */
async function pagerRecord(record: string): Promise<{args: string[]; lines: string[]}> {
	for (let tries = 0; tries < 250; tries++) {
		if (existsSync(`${record}.done`)) {
			const args = readFileSync(`${record}.args`, 'utf8').split('\n').filter(Boolean);
			return {args, lines: readFileSync(record, 'utf8').split('\n')};
		}
		await pause(20);
	}
	throw new Error(`the pager did not run (no ${record}.done)`);
}

/** The reader's status line is on screen (the library's hints also say "? keys"). */
const inReader = (screen: string) => screen.includes('? keys') && !screen.includes('q quit');

/**
 * ] twice, each seen on the screen before the next: a quiet moment alone (settle) can pass
 * before a key is read when the machine is busy, and the test then reads the status line of
 * the section before.
 */
async function nextSectionTwice(app: Session) {
	for (let press = 0; press < 2; press++) {
		const before = app.lines().at(-1);
		app.type(']');
		await app.waitFor(() => app.lines().at(-1) !== before);
	}
	await app.settle();
}

async function openFirstReport(app: Session) {
	await app.waitFor('Region');
	app.type(key.enter);
	await app.waitFor(inReader);
}

describe.each([
	[80, 24],
	[100, 30],
])('at %i×%i', (columns, rows) => {
	it('y copies the paragraph with its source through OSC 52; Y the text alone', async () => {
		const app = (session = await launch({columns, rows}));
		await openFirstReport(app);
		app.type(key.pageDown);
		await app.settle();
		app.type('y');
		await app.waitFor('with its source');
		const [citation] = clipboardWrites(app.output());
		expect(citation).toBeDefined();
		const [quote, source] = citation!.split('\n');
		// The quoted paragraph is on the screen, and the source names the report.
		expect(quote).toMatch(/^".+"$/);
		const start = quote!.slice(1, 9);
		expect(app.screen().replaceAll('\n', '')).toContain(start);
		expect(source).toMatch(/^—.+ · .+/);
		expect(app.lines().at(-1)).toMatch(/Copied the paragraph with its source \(\d+ characters\)/);
		app.type('Y');
		await app.waitFor(/Copied the paragraph \(/);
		const writes = clipboardWrites(app.output());
		expect(writes).toHaveLength(2);
		expect(`"${writes[1]}"`).toBe(quote);
	});

	it('y in the comparison copies the cell: its number, its sentence and the source; Y the sentence', async () => {
		const app = (session = await launch({columns, rows}));
		await app.waitFor('Region');
		app.type('c');
		await app.waitFor('choose regions');
		app.type('a', key.enter);
		await app.waitFor('Union members');
		app.type(key.right);
		await app.settle();
		app.type('y');
		await app.waitFor('Copied the cell with its source');
		const [citation] = clipboardWrites(app.output());
		const [lead, quote, source] = citation!.split('\n');
		expect(lead).toMatch(/^Union members.*: [\d.,]+/);
		expect(quote).toMatch(/^".+"$/);
		// The sentence shown under the table is the one copied, and the source is its region's.
		expect(app.screen().replaceAll('\n', '').replaceAll(' ', '')).toContain(quote!.slice(1, 9));
		expect(source).toMatch(/^—.+ · .+/);
		app.type('Y');
		await app.waitFor(/Copied the cell \(/);
		expect(`"${clipboardWrites(app.output())[1]}"`).toBe(quote);
	});

	it('y and Y in the search results copy the hit, and say so', async () => {
		const app = (session = await launch({columns, rows}));
		await app.waitFor('Region');
		app.type('/');
		await app.waitFor('Search:');
		app.type('laomo');
		await app.waitFor(/\d+ results?/);
		app.type(key.down);
		await app.waitFor('y copy');
		const chosen = app.lines().find((line) => line.startsWith(' › '))!;
		app.type('y');
		await app.waitFor('Copied the result with its source');
		const [citation] = clipboardWrites(app.output());
		const [quote, source] = citation!.split('\n');
		expect(quote).toMatch(/劳模|勞模/);
		// The source begins with the region the selected row names.
		expect(chosen).toContain(source!.slice(1).split(' · ')[0]!);
		app.type('Y');
		await app.waitFor(/Copied the result \(/);
		expect(`"${clipboardWrites(app.output())[1]}"`).toBe(quote);
		// The query is untouched by y and Y.
		expect(app.lines()[0]).toMatch(/Search: laomo\s*$/);
	});

	it("m bookmarks the paragraph; after a restart, ' lists it and Enter reads there", async () => {
		const stateDir = mkdtempSync(path.join(scratch, 'state-'));
		let app = (session = await launch({columns, rows, stateDir}));
		await openFirstReport(app);
		app.type(key.pageDown, key.pageDown);
		await app.settle();
		app.type('M');
		await app.waitFor('Note for the bookmark');
		app.type('to reread');
		await app.waitFor('to reread');
		app.type(key.enter);
		await app.waitFor('Bookmarked:');
		app.type('y');
		await app.waitFor('Copied');
		const [marked] = clipboardWrites(app.output());
		app.type('q', 'q');
		await app.exited;
		session = undefined;

		app = session = await launch({columns, rows, stateDir});
		await app.waitFor('Region');
		app.type("'");
		await app.waitFor('Bookmarks · 1 bookmark');
		expect(app.screen()).toContain('to reread');
		app.type(key.enter);
		await app.waitFor(inReader);
		app.type('y');
		await app.waitFor('Copied');
		// The paragraph copied now is the one bookmarked before the restart.
		expect(clipboardWrites(app.output())[0]).toBe(marked);
		// d deletes it.
		app.type("'");
		await app.waitFor('1 bookmark');
		app.type('d');
		await app.waitFor('0 bookmarks');
		rmSync(stateDir, {recursive: true, force: true});
	});

	it('o opens the report in $PAGER at the current section, then redraws', async () => {
		const record = path.join(scratch, `pager-${columns}.txt`);
		const script = path.join(scratch, `pager-${columns}.sh`);
		writeFileSync(
			script,
			`#!/bin/sh\nprintf '%s\\n' "$@" > '${record}.args'\ncat > '${record}'\ntouch '${record}.done'\n`,
		);
		chmodSync(script, 0o755);
		// A PAGER that is not less: opened without a line.
		let app = (session = await launch({columns, rows, env: {PAGER: script}}));
		await openFirstReport(app);
		await nextSectionTwice(app);
		app.type('o');
		const first = await pagerRecord(record);
		expect(first.lines.length).toBeGreaterThan(20);
		expect(first.args).toEqual([]);
		await app.waitFor(inReader);
		expect(app.buffer()).toBe('alternate');
		rmSync(`${record}.done`);
		app.type('q', 'q');
		await app.exited;

		// A pager named less gets the section's line.
		const bin = mkdtempSync(path.join(scratch, 'bin-'));
		writeFileSync(path.join(bin, 'less'), readFileSync(script, 'utf8'));
		chmodSync(path.join(bin, 'less'), 0o755);
		app = session = await launch({
			columns,
			rows,
			env: {PAGER: undefined, PATH: `${bin}:${process.env.PATH}`},
		});
		await openFirstReport(app);
		await nextSectionTwice(app);
		const section = app.lines().at(-1)!;
		app.type('o');
		const {args, lines} = await pagerRecord(record);
		expect(args[0]).toBe('-R');
		const line = Number(/^\+(\d+)g$/.exec(args[1]!)?.[1]);
		// The pager starts on the heading of the section the reader was in.
		const heading = lines[line - 1]!;
		expect(heading).toMatch(/^\d+\. /);
		expect(section).toContain(heading.replace(/^\d+\. /, '').slice(0, 6));
	});

	it('a missing pager is a message in the status line', async () => {
		const app = (session = await launch({columns, rows, env: {PAGER: 'no-such-pager-here'}}));
		await openFirstReport(app);
		app.type('o');
		await app.waitFor('Could not start the pager');
		expect(app.buffer()).toBe('alternate');
	});

	it('F lists the figures; Enter reads the sentence; y copies the figure', async () => {
		const app = (session = await launch({columns, rows}));
		await openFirstReport(app);
		app.type('F');
		await app.waitFor(/Figures · \d+ figures/);
		app.type('j', 'j');
		await app.settle();
		const chosen = app.lines().find((line) => line.startsWith('› '))!;
		expect(chosen).toBeDefined();
		app.type('y');
		await app.waitFor('Copied the figure');
		const [citation] = clipboardWrites(app.output());
		const sentence = citation!.split('\n')[1]!.slice(1, -1);
		app.type(key.enter);
		await app.waitFor((screen) => inReader(screen) && !screen.includes('Figures ·'));
		// The sentence is in view in the reader.
		expect(app.screen().replaceAll('\n', '')).toContain(sentence.slice(0, 6));
	});
});

describe.each([
	[80, 24],
	[100, 30],
])('inside tmux at %i×%i', (columns, rows) => {
	const tmux = spawnSync('tmux', ['-V']).status === 0;
	it.skipIf(!tmux)(
		'y puts the citation in the tmux buffer (set-clipboard on); it pastes back whole',
		async () => {
			const socket = path.join(scratch, `tmux-${columns}.sock`);
			const app = (session = await launch({
				columns,
				rows,
				shell: `tmux -S '${socket}' -f /dev/null new-session -x ${columns} -y ${rows} "$BAOGAO"`,
				env: {TMUX: undefined},
			}));
			const tmuxRun = (...args: string[]) =>
				spawnSync('tmux', ['-S', socket, ...args], {encoding: 'utf8'});
			try {
				await app.waitFor('Region', 15_000);
				tmuxRun('set', '-g', 'set-clipboard', 'on');
				app.type(key.enter);
				await app.waitFor(inReader);
				app.type(key.pageDown);
				await app.settle();
				app.type('y');
				await app.waitFor('Copied the paragraph with its source');
				const buffer = tmuxRun('show-buffer');
				expect(buffer.status).toBe(0);
				const [quote, source] = buffer.stdout.split('\n');
				expect(quote).toMatch(/^".+"$/);
				expect(app.screen().replaceAll('\n', '')).toContain(quote!.slice(1, 7));
				expect(source).toMatch(/^—.+ · ".+" · /);
				// Pasted (as one line) into the note prompt of M, it arrives as typed text.
				app.type('M');
				await app.waitFor('Note for the bookmark');
				tmuxRun('paste-buffer', '-s', ' ');
				const end = source!.trim().slice(-6);
				// (tmux's own status bar is the terminal's last row.)
				await app.waitFor(() =>
					app.lines().some((line) => line.includes('Note for the bookmark') && line.includes(end)),
				);
				app.type(key.escape);
				await app.waitFor(inReader);
			} finally {
				tmuxRun('kill-server');
			}
		},
	);
});

describe('--mouse', () => {
	it('takes a mouse report cut in two by the end of a read without typing any of it', async () => {
		const app = (session = await launch({columns: 80, rows: 24, args: ['--mouse']}));
		await openFirstReport(app);
		const before = app.lines().slice(0, 5).join('\n');
		// Written apart, so the app reads the halves apart: its M would open the note prompt.
		app.type('\u001b[<65;10');
		await app.settle();
		app.type(';10M');
		await app.waitFor((screen) => !screen.startsWith(before));
		app.type('\u001b[<64;1');
		await app.settle();
		app.type('0;10M');
		await app.waitFor((screen) => screen.startsWith(before));
		await app.settle();
		expect(app.screen()).not.toContain('Note for the bookmark');
		expect(app.lines().at(-1)).toMatch(/ \d+% · \? keys/);
	});

	it('turns SGR mouse mode on only when asked, off on leaving, and scrolls with the wheel', async () => {
		let app = (session = await launch({columns: 80, rows: 24}));
		await openFirstReport(app);
		expect(app.output()).not.toContain('\u001b[?1006h');
		app.type('q', 'q');
		await app.exited;

		app = session = await launch({columns: 80, rows: 24, args: ['--mouse']});
		await openFirstReport(app);
		expect(app.output()).toContain('\u001b[?1000h\u001b[?1006h');
		const before = app.lines().slice(0, 5).join('\n');
		app.type('\u001b[<65;10;10M', '\u001b[<65;10;10M');
		await app.waitFor((screen) => !screen.startsWith(before));
		const scrolled = app.lines();
		app.type('\u001b[<64;10;10M', '\u001b[<64;10;10M');
		await app.waitFor((screen) => screen.startsWith(before));
		expect(scrolled[0]).not.toBe('');
		app.type('q', 'q');
		await app.exited;
		const output = app.output();
		expect(output.lastIndexOf('\u001b[?1006l')).toBeGreaterThan(
			output.lastIndexOf('\u001b[?1006h'),
		);
	});
});

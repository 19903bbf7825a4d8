// Ctrl-Z in the app through the built CLI in a pseudo-terminal: the terminal is given back and
// the process stops; SIGCONT (what `fg` sends) brings back raw mode, the alternate screen and a
// full frame, and the app answers keys again.
import {readFileSync} from 'node:fs';
import {afterAll, afterEach, beforeAll, expect, test} from 'vitest';
import {ensureBuilt, launch, pause, removeStateDirs, type Session} from './terminal.js';

beforeAll(ensureBuilt, 60_000);
afterAll(removeStateDirs);

let session: Session | undefined;
afterEach(() => {
	session?.close();
	session = undefined;
});

/** The process state letter from /proc: 'T' while stopped. */
function state(pid: number): string {
	return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0]!;
}

async function waitForState(pid: number, wanted: (letter: string) => boolean): Promise<string> {
	for (let tries = 0; tries < 500; tries++) {
		const letter = state(pid);
		if (wanted(letter)) return letter;
		await pause(10);
	}
	throw new Error(`process ${pid} stayed in state ${state(pid)}`);
}

const leaveAlternate = '\u001b[?1049l';

/** The library is drawn before Ink loads; the app answering a key says Ink is up. */
async function started(app: Session): Promise<void> {
	await app.waitFor('Region');
	app.type('?');
	await app.waitFor('Keys');
	app.type('\u001b');
	await app.waitFor((screen) => screen.includes('Region') && !screen.includes('Keys'));
}

async function suspendAndResume(app: Session, stop: () => void): Promise<void> {
	expect(app.buffer()).toBe('alternate');
	const before = app.output().length;
	stop();
	await waitForState(app.pid, (letter) => letter === 'T');
	// The terminal is back as the shell had it: normal screen, cursor shown. (Written before
	// the process stopped; the pseudo-terminal may hand it over later, under load.)
	await app.waitFor(() => app.buffer() === 'normal' && app.cursorShown());
	expect(state(app.pid)).toBe('T');
	expect(app.output().slice(before)).toContain(leaveAlternate);
	expect(app.cursorShown()).toBe(true);
	const stopped = app.output().length;
	app.signal('SIGCONT');
	await waitForState(app.pid, (letter) => letter !== 'T');
	// Redrawn whole on the alternate screen.
	await app.waitFor((screen) => screen.includes('Region') && screen.includes('q quit'));
	expect(app.buffer()).toBe('alternate');
	expect(app.output().slice(stopped)).toContain('乐山市');
}

test('Ctrl-Z stops with the terminal restored; fg brings back a working app', async () => {
	const app = (session = await launch({columns: 100, rows: 30}));
	await started(app);
	await suspendAndResume(app, () => app.type('\u001a'));
	// Keys work again, one at a time (raw mode): / opens the search, typing shows in it.
	app.type('/');
	await app.waitFor('Search:');
	app.type('laomo');
	await app.waitFor(/\d+ results/);
	app.type('\u001b');
	await app.waitFor('q quit');
	app.type('q');
	expect((await app.exited).exitCode).toBe(0);
	expect(app.buffer()).toBe('normal');
});

test('SIGTSTP from elsewhere does the same, and it works twice', async () => {
	const app = (session = await launch({columns: 80, rows: 24}));
	await started(app);
	await suspendAndResume(app, () => app.signal('SIGTSTP'));
	await suspendAndResume(app, () => app.type('\u001a'));
	app.type('q');
	expect((await app.exited).exitCode).toBe(0);
});

// The measurements: start-up of the CLI and the app, typing in the search screen, and bytes
// sent to the terminal. Each takes what to run and returns plain numbers; bench.mjs decides how
// often, and against what baseline, and prints them.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {PtySession, sleep} from './pty.mjs';
import {readReport, timeRun} from './run.mjs';

/**
 * The library screen is complete: its title counts the reports (grouped in threes, as the app
 * writes every count: 10,000 份), rows and key hints are drawn.
 */
export function libraryShown(session, count) {
	const rows = session.rows();
	return (
		(rows[0] ?? '').includes(`${count.toLocaleString('en-US')} 份`) &&
		(rows[2] ?? '').trim() !== '' &&
		rows.some((row) => row.includes('退出'))
	);
}

/** Spawn-to-exit time of `node -e ''`, the floor every start-up is compared with. */
export function timeBareNode() {
	return timeRun(process.execPath, ['-e', ''], {env: process.env}).ms;
}

/** One CLI run: wall time and, from the CLI's own report, peak memory and phase times. */
export function timeCli(context, args, env) {
	return timeRun(process.execPath, [context.cli, ...args], {
		env,
		cwd: context.root,
		reportDir: context.tmp,
	});
}

/**
 * A plain read of every report file in `dirs` by a fresh node: the floor any index build is
 * compared with.
 */
export function timePlainRead(context, dirs) {
	const script =
		"const fs=require('node:fs'),p=require('node:path');let n=0;" +
		'for(const d of process.argv.slice(1))for(const f of fs.readdirSync(d))' +
		"if(f.endsWith('.md'))n+=fs.readFileSync(p.join(d,f)).length;";
	return timeRun(process.execPath, ['-e', script, ...dirs], {env: process.env, cwd: context.root})
		.ms;
}

/** The built app in a 100×30 pseudo-terminal, as every measurement here runs it. */
function startApp(context, args, env) {
	return new PtySession(context.tools, process.execPath, [context.cli, ...args], {
		cols: 100,
		rows: 30,
		cwd: context.root,
		env,
	});
}

/** Time from spawning the app in a pseudo-terminal to its first complete library screen. */
export async function timeFirstFrame(context, args, env, count) {
	const session = startApp(context, args, env);
	try {
		const shown = await session.waitFor(() => libraryShown(session, count), 60_000, 'the library');
		return shown - session.started;
	} finally {
		await session.exit();
	}
}

/**
 * Time from spawning the app to its answer to the first key: `j` sent as soon as the library
 * shows, answered when the cursor is on the second report. The first frame is drawn before the
 * app's interface has loaded; this says when it has.
 */
export async function timeFirstKey(context, args, env, count) {
	const session = startApp(context, args, env);
	try {
		await session.waitFor(() => libraryShown(session, count), 60_000, 'the library');
		session.write('j');
		const moved = await session.waitFor(
			() => (session.rows()[3] ?? '').startsWith('›'),
			60_000,
			'the cursor on the second report',
		);
		return moved - session.started;
	} finally {
		await session.exit();
	}
}

const searchPrompt = '搜索：';

function queryRow(session) {
	return session.rows().find((row) => row.includes(searchPrompt)) ?? '';
}

/** Whether the search screen shows `query` as what is typed ('' shows the placeholder). */
function showsQuery(session, query) {
	const row = queryRow(session);
	const at = row.indexOf(searchPrompt);
	if (at === -1) return false;
	const after = row.slice(at + searchPrompt.length);
	if (query === '') return after.trim() === '' || after.startsWith('  ');
	return after.startsWith(query) && (after.length === query.length || after[query.length] === ' ');
}

/** Whether the search screen shows `query` with its results counted (not still searching). */
function resultsShown(session, query) {
	return showsQuery(session, query) && /\d+ 条结果|没有结果/.test(session.rows()[1] ?? '');
}

/**
 * Types `words` into the search screen one key at a time, waiting for each key to show before
 * the next (and a short pause, as a quick typist leaves). Returns keypress-to-frame times, the
 * time from each word's last key to the last output (results settled), and the peak memory.
 */
export async function measureTyping(context, args, env, count, words, pauseMs = 50) {
	const reportFile = path.join(context.tmp, `typing-${Date.now()}.json`);
	const session = startApp(context, args, {...env, BAOGAO_RESOURCE_REPORT: reportFile});
	const keyMs = [];
	const settleMs = [];
	try {
		await session.waitFor(() => libraryShown(session, count), 60_000, 'the library');
		// Let the app take the keyboard (raw mode) before typing.
		await session.settle(300);
		session.write('/');
		await session.waitFor(() => queryRow(session) !== '', 10_000, 'the search screen');
		// A first query, so the index is loaded (read from the cache) before timing starts.
		session.write('劳');
		await session.waitFor(() => /\d+ 条结果/.test(session.screen()), 120_000, 'first results');
		session.write('\u0015');
		await session.waitFor(() => showsQuery(session, ''), 10_000, 'the cleared query');
		await session.settle(200);
		for (const word of words) {
			const keys = [...word];
			let typed = '';
			let lastKeyAt = 0;
			for (const key of keys) {
				typed += key;
				const expected = typed;
				lastKeyAt = session.write(key);
				const shown = await session.waitFor(
					() => showsQuery(session, expected),
					30_000,
					`the query "${expected}"`,
				);
				keyMs.push(shown - lastKeyAt);
				await sleep(pauseMs);
			}
			// Settled: the results of the whole word are drawn (a search on its own thread sends
			// them after the key's frame, and may take longer than any quiet moment), then nothing
			// more comes for a while.
			await session.waitFor(() => resultsShown(session, typed), 60_000, `results for "${typed}"`);
			await session.settle(400, 60_000);
			settleMs.push(Math.max(0, session.lastOutputAt - lastKeyAt));
			session.write('\u0015');
			await session.waitFor(() => showsQuery(session, ''), 10_000, 'the cleared query');
			await session.settle(200);
		}
	} finally {
		await session.exit();
	}
	return {keyMs, settleMs, self: readReport(reportFile)};
}

/** Bytes the app sends for each kind of step, at 100×30, on the bundled reports. */
export async function measureAppBytes(context, env) {
	const session = startApp(context, [], env);
	const steps = async (key, times, quiet = 120) => {
		const before = session.bytes;
		for (let i = 0; i < times; i++) {
			session.write(key);
			await session.settle(quiet);
		}
		return (session.bytes - before) / times;
	};
	try {
		await session.waitFor(() => libraryShown(session, 5), 60_000, 'the library');
		await session.settle(300);
		// The longest report (Sichuan, last in the list), from its start.
		session.write('G');
		await session.settle(150);
		session.write('\r');
		await session.waitFor(() => (session.rows()[0] ?? '').includes('四川省'), 10_000, 'the reader');
		await session.settle(300);
		const scroll = await steps('j', 20);
		const page = await steps(' ', 3);
		session.write('\u001b');
		await session.settle(300);
		session.write('/');
		await session.waitFor(() => queryRow(session) !== '', 10_000, 'the search screen');
		await session.settle(300);
		const keyBytes = [];
		for (const word of ['laodongmofan', '职工书屋']) {
			for (const key of word) keyBytes.push(await steps(key, 1, 250));
			session.write('\u0015');
			await session.settle(300);
		}
		session.write('\u001b');
		await session.settle(300);
		session.write('c');
		await session.settle(300);
		session.write('a');
		await session.settle(200);
		session.write('\r');
		await session.waitFor(() => session.screen().includes('对比'), 10_000, 'the comparison');
		await session.settle(300);
		const compare = await steps('j', 10);
		return {
			scroll,
			page,
			searchKey: keyBytes.reduce((sum, bytes) => sum + bytes, 0) / keyBytes.length,
			searchKeyMedian: [...keyBytes].sort((a, b) => a - b)[Math.floor(keyBytes.length / 2)],
			searchKeyMax: Math.max(...keyBytes),
			searchKeys: keyBytes,
			compare,
		};
	} finally {
		await session.exit();
	}
}

/** Bytes `less` sends for the same steps on the same report text, in the same terminal size. */
export async function measureLessBytes(context, less, env) {
	const dir = mkdtempSync(path.join(context.tmp, 'less-'));
	const file = path.join(dir, 'sichuan.txt');
	const shown = spawnSync(process.execPath, [context.cli, 'show', 'sichuan'], {
		cwd: context.root,
		env,
		encoding: 'utf8',
	});
	writeFileSync(file, shown.stdout);
	const firstLine = shown.stdout.split('\n').find((line) => line.trim() !== '') ?? '';
	const session = new PtySession(context.tools, less, [file], {
		cols: 100,
		rows: 30,
		cwd: dir,
		env: {
			PATH: process.env.PATH ?? '',
			HOME: dir,
			LANG: env.LANG,
			LESSCHARSET: 'utf-8',
			LESSHISTFILE: '-',
		},
	});
	const steps = async (key, times) => {
		const before = session.bytes;
		for (let i = 0; i < times; i++) {
			session.write(key);
			await session.settle(120);
		}
		return (session.bytes - before) / times;
	};
	try {
		await session.waitForText(firstLine.slice(0, 8), 10_000);
		await session.settle(300);
		const scroll = await steps('j', 20);
		const page = await steps(' ', 3);
		return {scroll, page};
	} finally {
		await session.exit('q');
		rmSync(dir, {recursive: true, force: true});
	}
}

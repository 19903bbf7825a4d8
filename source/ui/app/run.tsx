// Starts the app in the terminal's alternate screen and gives the terminal back as it was on
// every way out: q, Ctrl-C, SIGTERM and SIGHUP (after saving reading positions).
import {stateWarningText} from '../../services/state-warning.js';
import path from 'node:path';
import process from 'node:process';
import {type CorpusSearch, createAppServices} from '../../services/app-services.js';
import type {WorkerStart} from '../../services/index/worker-messages.js';
import type {LoadResult} from '../../corpus/load.js';
import type {Report} from '../../corpus/types.js';
import type {Lang} from '../../i18n/lang.js';
import {fileProblem} from '../../i18n/messages.js';
import {createTerminalScreen} from '../../render/terminal-screen.js';
import {withoutFetch} from '../../render/load-ink.js';
import {frameHeight, isTooSmall} from '../kit/geometry.js';
import {paintLines} from '../kit/paint.js';
import {themeFor} from '../kit/theme.js';
import {libraryLines} from '../library/library-lines.js';
import {openStateStore, stateDirectory} from '../../services/state-store.js';
import {savePositions} from './reading-positions.js';
import {strings} from '../../i18n/strings.js';
import type {EffectPorts} from './run-effect.js';
import {runPager} from './pager.js';
import {readWithWheel, type Wheel} from './mouse.js';

const exitSignals = ['SIGTERM', 'SIGHUP'] as const;

/** What the app starts from: the loaded reports (with any problems), language and colour. */
type AppStart = {corpus: LoadResult; lang: Lang; color: boolean};

/** A library found changed after the first frame, with its searches. */
type LibraryUpdate = {
	corpus: LoadResult;
	search: CorpusSearch;
	searchThread: {file: URL; start: WorkerStart} | undefined;
};

/** The first frame's notice of files that could not be loaded (they are printed on quitting). */
function problemsNotice(corpus: LoadResult, lang: Lang): string | undefined {
	const first = corpus.problems[0];
	return first
		? strings[lang].reportProblems(
				corpus.problems.length,
				fileProblem(path.basename(first.file), first.problem)[lang],
			)
		: undefined;
}

export async function runApp(
	ctx: AppStart,
	options: {
		searchThread?: {file: URL; start: WorkerStart} | undefined;
		/** Search over the whole corpus (the index), on this thread. */
		search?: CorpusSearch;
		/** Mouse-wheel scrolling (--mouse). */
		mouse?: boolean;
		/**
		 * The files checked against what the first frame was drawn from (the index's rows as
		 * they were): the library anew when anything changed. Called once the app is up.
		 */
		check?: () => Promise<LibraryUpdate | undefined>;
	} = {},
): Promise<0> {
	const state = openStateStore(stateDirectory(process.env));
	const store = savePositions(state);
	const loadWarning = store.warnings[0];
	// Problems were printed before the alternate screen hid them: say so on the first frame.
	const problemNotice = problemsNotice(ctx.corpus, ctx.lang);
	// In a terminal the app paints its frames itself and the frame writer sends only what
	// changed; BAOGAO_FRAME_WRITER=off (to compare, or to rule it out) lets Ink write them with
	// its own incremental rendering.
	const screen =
		process.env.BAOGAO_FRAME_WRITER === 'off'
			? undefined
			: createTerminalScreen(process.stdout, {mouse: options.mouse === true});
	const size = {columns: process.stdout.columns, rows: process.stdout.rows};
	// The library is drawn before Ink and React load (most of the start-up), by the same painter
	// as every later frame, so Ink's first frame changes nothing; keys typed meanwhile wait in
	// the terminal, unechoed, for the app.
	const early =
		screen && !loadWarning && !isTooSmall(size)
			? paintLines(
					libraryLines(ctx.corpus.reports, 0, size, ctx.lang, problemNotice),
					size.columns,
					frameHeight(size),
					themeFor(ctx.color),
				)
			: undefined;
	// Until Ink is up, ending (by a signal or an error) must give the terminal back itself.
	const giveBack = (signal?: NodeJS.Signals) => {
		if (signal !== 'SIGHUP') screen?.close();
		process.stdin.setRawMode?.(false);
	};
	const onEarlySignal = (signal: NodeJS.Signals) => {
		for (const name of exitSignals) process.off(name, onEarlySignal);
		giveBack(signal);
		process.kill(process.pid, signal);
	};
	if (screen) {
		for (const name of exitSignals) process.on(name, onEarlySignal);
		process.stdin.setRawMode?.(true);
		screen.open();
		if (early) screen.draw(early, size);
	}
	let ink: typeof import('ink');
	let app: typeof import('./App.js');
	try {
		[ink, app] = await withoutFetch(() => Promise.all([import('ink'), import('./App.js')]));
	} catch (error) {
		for (const name of exitSignals) process.off(name, onEarlySignal);
		giveBack();
		throw error;
	}
	const {App} = app;
	// --mouse: wheel steps are taken out of the input before Ink reads it (mouse.ts).
	const wheelListeners = new Set<(step: Wheel) => void>();
	const restoreRead =
		screen && options.mouse
			? readWithWheel(process.stdin, (step) => {
					for (const listener of wheelListeners) listener(step);
				})
			: undefined;
	const text = strings[ctx.lang];
	const ports: EffectPorts = {
		writeTerminal: (bytes) => process.stdout.write(bytes),
		env: process.env,
		bookmarks: state.bookmarks,
		pager: (report, line) =>
			runPager(report, line, process.env, {missing: text.pagerMissing, failed: text.pagerFailed}),
	};
	// Searches over all reports run on their own thread when it can be started.
	let services = await createAppServices(ctx.corpus.reports, options.searchThread, options.search);
	const appFor = (reports: Report[], notice: string | undefined) => (
		<App
			reports={reports}
			lang={ctx.lang}
			color={ctx.color}
			services={services}
			positions={store}
			history={{
				initial: state.history.list().map((entry) => entry.query),
				add: (query, scope) => state.history.add(query, scope),
			}}
			notice={notice}
			frames={screen}
			suspension={{beforeStop: () => store.flush(), screen}}
			ports={ports}
			wheel={(listener) => {
				wheelListeners.add(listener);
				return () => wheelListeners.delete(listener);
			}}
		/>
	);
	const instance = ink.render(
		appFor(
			ctx.corpus.reports,
			loadWarning ? stateWarningText(loadWarning, ctx.lang) : problemNotice,
		),
		screen
			? {
					// Ink sees the terminal's size and reads its keys; the app draws (see Frame).
					stdout: screen.inkStdout,
					exitOnCtrlC: false,
					interactive: true,
				}
			: {
					alternateScreen: true,
					// Ctrl-C is an ordinary key to the app, so positions are saved before it quits.
					exitOnCtrlC: false,
					// Only called with a terminal on both ends; do not let a CI variable turn that off.
					interactive: true,
					incrementalRendering: true,
					maxFps: 60,
				},
	);

	for (const name of exitSignals) process.off(name, onEarlySignal);

	// The files are checked once the app is up (a timer runs after Ink's first render): a
	// changed library replaces the one drawn from the index's rows, with searches of its own.
	let ended = false;
	const check = options.check;
	if (check) {
		setTimeout(() => {
			void check().then(
				async (update) => {
					if (!update || ended) return;
					const before = services;
					services = await createAppServices(
						update.corpus.reports,
						update.searchThread,
						update.search,
					);
					if (ended) return;
					instance.rerender(appFor(update.corpus.reports, problemsNotice(update.corpus, ctx.lang)));
					before.close();
				},
				() => {
					// The library drawn stays as the rows had it; the next start syncs again.
				},
			);
		}, 0);
	}

	let signalled: NodeJS.Signals | undefined;
	const onSignal = (signal: NodeJS.Signals) => {
		if (signalled) return;
		signalled = signal;
		// After a hang-up the terminal is gone: writing to it fails, and that must not throw.
		if (signal === 'SIGHUP') process.stdout.on('error', () => {});
		store.flush();
		instance.unmount();
	};
	for (const signal of exitSignals) process.on(signal, onSignal);
	// The terminal can go away without a signal (when the app is not the session leader, e.g.
	// started from a script under a shell that ignores SIGHUP): input ends or fails, and no key
	// can ever come. Save and end instead of waiting forever on a dead terminal.
	let inputGone = false;
	const onInputGone = () => {
		if (inputGone || signalled) return;
		inputGone = true;
		process.stdout.on('error', () => {});
		store.flush();
		instance.unmount();
	};
	const inputEvents = ['end', 'close', 'error'] as const;
	for (const event of inputEvents) process.stdin.on(event, onInputGone);
	try {
		await instance.waitUntilExit();
	} finally {
		ended = true;
		for (const signal of exitSignals) process.off(signal, onSignal);
		for (const event of inputEvents) process.stdin.off(event, onInputGone);
		restoreRead?.();
		services.close();
		store.flush();
		store.close();
		state.close();
		screen?.close();
	}
	if (signalled) {
		// The terminal is restored; end the way the signal asked, so a shell sees why. A handler
		// left by a library (Ink's exit hook) would swallow the signal and the process would go
		// on to exit 0, so none may remain.
		process.removeAllListeners(signalled);
		process.kill(process.pid, signalled);
	}
	return 0;
}

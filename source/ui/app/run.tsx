// Starts the app in the terminal's alternate screen and gives the terminal back as it was on
// every way out: q, Ctrl-C, SIGTERM and SIGHUP (after saving reading positions).
import path from 'node:path';
import process from 'node:process';
import type {CommandContext, ExitCode} from '../../commands/context.js';
import {drawFirstFrame, inkOutputOptions} from '../../render/ink-stdout.js';
import {libraryFrameRows} from '../../render/library-frame.js';
import {withoutFetch} from '../../render/load-ink.js';
import type {Hit, SearchOptions} from '../../search/types.js';
import {createAppServices} from '../../services/app-services.js';
import type {WorkerStart} from '../../services/worker-messages.js';
import {openPositionStore, stateDirectory} from '../reading-positions.js';
import {strings} from '../../i18n/strings.js';

const exitSignals = ['SIGTERM', 'SIGHUP'] as const;

export async function runApp(
	ctx: CommandContext,
	options: {
		searchThread?: {file: URL; start: WorkerStart} | undefined;
		/** Search over the whole corpus (the index), on this thread. */
		search?: (query: string, options: SearchOptions) => Hit[];
	} = {},
): Promise<ExitCode> {
	const store = openPositionStore(stateDirectory(process.env));
	const loadWarning = store.warnings[0];
	// Problems were printed before the alternate screen hid them: say so on the first frame.
	const firstProblem = ctx.corpus.problems[0];
	const problemNotice = firstProblem
		? strings[ctx.lang].reportProblems(
				ctx.corpus.problems.length,
				`${path.basename(firstProblem.file)}: ${firstProblem.problem}`,
			)
		: undefined;
	const output = inkOutputOptions(process.stdout, process.env);
	// The library is drawn before Ink and React load (most of the start-up); keys typed
	// meanwhile wait in the terminal, unechoed, for the app.
	const early = output.incrementalRendering
		? undefined
		: libraryFrameRows(ctx.corpus.reports, ctx.lang, ctx.color, problemNotice, {
				columns: process.stdout.columns,
				rows: process.stdout.rows,
			});
	// Until Ink is up, ending (by a signal or an error) must give the terminal back itself.
	const giveBack = (signal?: NodeJS.Signals) => {
		if (signal !== 'SIGHUP') process.stdout.write('\u001b[?1049l\u001b[?25h');
		process.stdin.setRawMode?.(false);
	};
	const onEarlySignal = (signal: NodeJS.Signals) => {
		for (const name of exitSignals) process.off(name, onEarlySignal);
		giveBack(signal);
		process.kill(process.pid, signal);
	};
	const drawnEarly = early !== undefined && !loadWarning;
	if (drawnEarly) {
		for (const name of exitSignals) process.on(name, onEarlySignal);
		process.stdin.setRawMode?.(true);
		drawFirstFrame(output.stdout, early);
	}
	let ink: typeof import('ink');
	let app: typeof import('./App.js');
	try {
		[ink, app] = await withoutFetch(() => Promise.all([import('ink'), import('./App.js')]));
	} catch (error) {
		for (const name of exitSignals) process.off(name, onEarlySignal);
		if (drawnEarly) giveBack();
		throw error;
	}
	const {App, warningText} = app;
	// Searches over all reports run on their own thread when it can be started.
	const services = await createAppServices(
		ctx.corpus.reports,
		options.searchThread,
		options.search,
	);
	const instance = ink.render(
		<App
			reports={ctx.corpus.reports}
			lang={ctx.lang}
			color={ctx.color}
			services={services}
			positions={store}
			notice={loadWarning ? warningText(loadWarning, ctx.lang) : problemNotice}
		/>,
		{
			alternateScreen: true,
			// Ctrl-C is an ordinary key to the app, so positions are saved before it quits.
			exitOnCtrlC: false,
			// Only called with a terminal on both ends; do not let a CI variable turn that off.
			interactive: true,
			// Ink writes whole frames and the frame writer sends only what changed, scrolling
			// with the terminal's own scroll region where it can.
			...output,
			maxFps: 60,
		},
	);

	for (const name of exitSignals) process.off(name, onEarlySignal);

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
		for (const signal of exitSignals) process.off(signal, onSignal);
		for (const event of inputEvents) process.stdin.off(event, onInputGone);
		services.close();
		store.flush();
		store.close();
	}
	if (signalled) {
		// The terminal is restored; end the way the signal asked, so a shell sees why.
		process.kill(process.pid, signalled);
	}
	return 0;
}

// The root: owns the state, the one keyboard handler and the frame. Screens only draw.
import {stateWarningText} from '../../services/state-warning.js';
import {type Key, useApp, useInput} from 'ink';
import {useCallback, useEffect, useMemo, useReducer, useRef} from 'react';
import type {Lang} from '../../i18n/lang.js';
import type {Report} from '../../corpus/types.js';
import type {CountedHits} from '../../search/search.js';
import {helpRows, keyPresses} from './keys.js';
import type {FrameSink} from '../../render/terminal-screen.js';
import {FrameContext} from '../kit/Frame.js';
import {isTooSmall, type Size} from '../kit/geometry.js';
import type {Positions, StateWarning} from './reading-positions.js';
import {CompareScreen} from '../compare/CompareScreen.js';
import {HelpScreen} from '../help/HelpScreen.js';
import {LibraryScreen} from '../library/LibraryScreen.js';
import {ReaderScreen} from '../reader/ReaderScreen.js';
import {SearchScreen} from '../search/SearchScreen.js';
import {TooSmall} from './TooSmall.js';
import type {AppServices} from '../../services/services.js';
import {activeView, createReducer, findReport, initialState, screenContext} from './state.js';
import {themeFor} from '../kit/theme.js';
import {useSearchResults} from '../search/use-search.js';
import {useReaderHits} from '../reader/reader-hits.js';
import {type HitQuery, type Target, wantedHits} from '../reader/reader-state.js';
import {type Suspension, useSuspend} from './suspend.js';
import {useTerminalSize} from './use-terminal-size.js';
import type {State} from './views.js';
import {BookmarksScreen} from '../bookmarks/BookmarksScreen.js';
import {FiguresScreen} from '../figures/FiguresScreen.js';
import {type EffectPorts, runEffect} from './run-effect.js';
import {useHandOver} from './suspend.js';
import {linesPerWheelStep, type Wheel} from './mouse.js';

/** Where reading positions go; the app works the same without one. */
export type PositionKeeper = {
	initial: Positions;
	update(positions: Positions): void;
	onWarning(listener: (warning: StateWarning) => void): () => void;
};

/** Where searched queries are kept, so the fields bring them back in later sessions too. */
export type HistoryKeeper = {
	/** Earlier queries, oldest first. */
	initial: readonly string[];
	add(query: string, scope: string): void;
};

type Props = {
	reports: Report[];
	lang: Lang;
	color: boolean;
	services: AppServices;
	positions?: PositionKeeper | undefined;
	history?: HistoryKeeper | undefined;
	/** Shown on the first screen, e.g. a warning from loading saved positions. */
	notice?: string | undefined;
	/** Where painted frames go; without one, Ink writes them (tests, BAOGAO_FRAME_WRITER=off). */
	frames?: FrameSink | undefined;
	/** How Ctrl-Z and SIGTSTP stop the app; without one (tests) Ctrl-Z does nothing. */
	suspension?: Suspension | undefined;
	/** The clipboard, bookmarks and pager; without them those keys do nothing outside the app. */
	ports?: EffectPorts | undefined;
	/** Mouse-wheel steps (--mouse): subscribe, and get back how to stop. */
	wheel?: ((listener: (step: Wheel) => void) => () => void) | undefined;
};

export function App({
	reports,
	lang,
	color,
	services,
	positions,
	history,
	notice,
	frames,
	suspension,
	ports,
	wheel,
}: Props) {
	const {exit} = useApp();
	const size = useTerminalSize();
	const reducer = useMemo(() => createReducer(services), [services]);
	const [state, dispatch] = useReducer(reducer, undefined, () =>
		initialState(reports, lang, positions?.initial ?? {}, notice, history?.initial),
	);

	// A library given anew (run.tsx checks the files after drawing the index's rows) and the
	// notice that comes with it replace what the state started from.
	const given = useRef({reports, notice});
	useEffect(() => {
		if (given.current.reports === reports && given.current.notice === notice) return;
		given.current = {reports, notice};
		dispatch({type: 'library', reports});
		if (notice !== undefined) dispatch({type: 'notice', text: notice});
	}, [reports, notice]);

	// The one keyboard handler: keys go to the reducer, which knows which screen has them.
	useInput((input: string, key: Key) => {
		dispatch({type: 'keys', keys: keyPresses(input, key), size});
	});

	useEffect(() => {
		if (state.quit) exit();
	}, [state.quit, exit]);

	// Ctrl-Z is a key like any other: the reducer counts the request and the app stops here.
	const suspend = useSuspend(suspension);
	const suspendsDone = useRef(0);
	useEffect(() => {
		if (state.suspends <= suspendsDone.current) return;
		suspendsDone.current = state.suspends;
		suspend();
	}, [state.suspends, suspend]);

	const view = activeView(state);
	// Searches run in services, off the reducer; the reducer only folds their results in.
	const onResults = useCallback(
		(generation: number, found: CountedHits) => dispatch({type: 'results', generation, found}),
		[],
	);
	useSearchResults(view.screen === 'search' ? view : undefined, onResults, services);
	const onReaderHits = useCallback(
		(report: string, query: HitQuery, hits: Target[]) =>
			dispatch({type: 'readerHits', report, query, hits, size}),
		[size],
	);
	const reader = view.screen === 'reader' && !state.help ? view : undefined;
	useReaderHits(
		reader && findReport(state, reader.report),
		reader && wantedHits(reader, state.lastQuery),
		services,
		onReaderHits,
	);

	useEffect(() => {
		positions?.update(state.positions);
	}, [positions, state.positions]);
	// Each search remembered by the reducer is saved once (the object is new for each).
	useEffect(() => {
		if (state.searched) history?.add(state.searched.query, state.searched.scope);
	}, [history, state.searched]);
	useEffect(
		() =>
			positions?.onWarning((warning) =>
				dispatch({type: 'notice', text: stateWarningText(warning, lang)}),
			),
		[positions, lang],
	);

	// A wheel step scrolls as a few ↑ or ↓ presses do, on whatever screen is open.
	const sizeNow = useRef(size);
	useEffect(() => {
		sizeNow.current = size;
	}, [size]);
	useEffect(
		() =>
			wheel?.((step) => {
				const keys = Array.from({length: linesPerWheelStep}, () => ({name: step, text: ''}));
				dispatch({type: 'keys', keys, size: sizeNow.current});
			}),
		[wheel],
	);

	// What keys asked of the world outside (copy, bookmarks, pager), each run once.
	const handOver = useHandOver(suspension);
	const ran = useRef(0);
	const {effect} = state;
	useEffect(() => {
		if (!effect || !ports || effect.id <= ran.current) return;
		ran.current = effect.id;
		void runEffect(effect.effect, {
			ports,
			lang,
			reports,
			columns: size.columns,
			handOver,
		}).then((actions) => {
			for (const action of actions) dispatch(action);
		});
	}, [effect, ports, lang, reports, size.columns, handOver]);

	const settings = useMemo(() => ({theme: themeFor(color), sink: frames}), [color, frames]);
	return (
		<FrameContext value={settings}>
			<Screen state={state} size={size} services={services} />
		</FrameContext>
	);
}

function Screen({state, size, services}: {state: State; size: Size; services: AppServices}) {
	const {lang, notice} = state;
	if (isTooSmall(size)) return <TooSmall size={size} lang={lang} />;
	if (state.help)
		return (
			<HelpScreen
				context={screenContext(state)}
				rows={helpRows(screenContext(state), lang)}
				scroll={state.helpScroll}
				size={size}
				lang={lang}
			/>
		);
	const view = activeView(state);
	// What every screen is drawn with.
	const shared = {size, lang, notice};
	switch (view.screen) {
		case 'library':
			return <LibraryScreen {...shared} reports={state.reports} view={view} />;
		case 'search':
			return <SearchScreen {...shared} reports={state.reports} view={view} />;
		case 'compare':
			return <CompareScreen {...shared} reports={state.reports} services={services} view={view} />;
		case 'bookmarks':
			return <BookmarksScreen {...shared} reports={state.reports} view={view} />;
		// The two screens of one report: the text, and its figures.
		case 'reader':
		case 'figures': {
			const report = findReport(state, view.report);
			if (!report) return null;
			const ofReport = {...shared, report, services};
			return view.screen === 'reader' ? (
				<ReaderScreen {...ofReport} view={view} note={state.prompt?.editor} />
			) : (
				<FiguresScreen {...ofReport} view={view} />
			);
		}
	}
}

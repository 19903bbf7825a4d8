// The root: owns the state, the one keyboard handler and the frame. Screens only draw.
import {Box, type Key, useApp, useInput} from 'ink';
import {useEffect, useMemo, useReducer} from 'react';
import type {Lang} from '../../commands/context.js';
import type {Report} from '../../corpus/types.js';
import {keyPresses} from './keys.js';
import {frameHeight, isTooSmall, type Size} from '../kit/geometry.js';
import type {Positions, StateWarning} from '../reading-positions.js';
import {CompareScreen} from '../compare/CompareScreen.js';
import {HelpScreen} from '../help/HelpScreen.js';
import {LibraryScreen} from '../library/LibraryScreen.js';
import {ReaderScreen} from '../reader/ReaderScreen.js';
import {SearchScreen} from '../search/SearchScreen.js';
import {TooSmall} from './TooSmall.js';
import type {AppServices} from './services.js';
import {activeView, createReducer, findReport, initialState, screenContext} from './state.js';
import {strings} from '../../i18n/strings.js';
import {themeFor} from '../kit/theme.js';
import {useSearchResults} from '../search/use-search.js';
import {useTerminalSize} from './use-terminal-size.js';
import {ThemeContext} from '../kit/use-theme.js';
import type {State} from './views.js';

/** Where reading positions go; the app works the same without one. */
export type PositionKeeper = {
	initial: Positions;
	update(positions: Positions): void;
	onWarning(listener: (warning: StateWarning) => void): () => void;
};

type Props = {
	reports: Report[];
	lang: Lang;
	color: boolean;
	services: AppServices;
	positions?: PositionKeeper | undefined;
	/** Shown on the first screen, e.g. a warning from loading saved positions. */
	notice?: string | undefined;
};

export function warningText(warning: StateWarning, lang: Lang): string {
	const text = strings[lang];
	switch (warning.kind) {
		case 'corrupt':
			return text.stateCorrupt(warning.file);
		case 'unreadable':
			return text.stateUnreadable(warning.reason);
		case 'unwritable':
			return text.stateUnwritable(warning.reason);
	}
}

export function App({reports, lang, color, services, positions, notice}: Props) {
	const {exit} = useApp();
	const size = useTerminalSize();
	const reducer = useMemo(() => createReducer(services), [services]);
	const [state, dispatch] = useReducer(reducer, undefined, () =>
		initialState(reports, lang, positions?.initial ?? {}, notice),
	);

	// The one keyboard handler: keys go to the reducer, which knows which screen has them.
	useInput((input: string, key: Key) => {
		dispatch({type: 'keys', keys: keyPresses(input, key), size});
	});

	useEffect(() => {
		if (state.quit) exit();
	}, [state.quit, exit]);

	const view = activeView(state);
	useSearchResults(view.screen === 'search' ? view : undefined, dispatch, services);

	useEffect(() => {
		positions?.update(state.positions);
	}, [positions, state.positions]);
	useEffect(
		() =>
			positions?.onWarning((warning) =>
				dispatch({type: 'notice', text: warningText(warning, lang)}),
			),
		[positions, lang],
	);

	const theme = useMemo(() => themeFor(color), [color]);
	return (
		<ThemeContext value={theme}>
			<Box flexDirection="column" width={size.columns} height={frameHeight(size)} overflow="hidden">
				<Screen state={state} size={size} services={services} />
			</Box>
		</ThemeContext>
	);
}

function Screen({state, size, services}: {state: State; size: Size; services: AppServices}) {
	const {lang, notice} = state;
	if (isTooSmall(size)) return <TooSmall size={size} lang={lang} />;
	if (state.help)
		return (
			<HelpScreen
				context={screenContext(state)}
				scroll={state.helpScroll}
				size={size}
				lang={lang}
			/>
		);
	const view = activeView(state);
	switch (view.screen) {
		case 'library':
			return (
				<LibraryScreen
					reports={state.reports}
					view={view}
					size={size}
					lang={lang}
					notice={notice}
				/>
			);
		case 'reader': {
			const report = findReport(state, view.report);
			if (!report) return null;
			return (
				<ReaderScreen
					report={report}
					view={view}
					size={size}
					lang={lang}
					services={services}
					notice={notice}
				/>
			);
		}
		case 'search':
			return <SearchScreen view={view} size={size} lang={lang} notice={notice} />;
		case 'compare':
			return (
				<CompareScreen
					view={view}
					reports={state.reports}
					size={size}
					lang={lang}
					services={services}
					notice={notice}
				/>
			);
	}
}

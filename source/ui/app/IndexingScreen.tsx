import {useInput} from 'ink';
import {useMemo} from 'react';
import type {Lang} from '../../i18n/lang.js';
import {Frame} from '../kit/Frame.js';
import {type IndexingProgress, indexingLines} from './indexing-lines.js';
import {useTerminalSize} from './use-terminal-size.js';

type Props = {progress: IndexingProgress; lang: Lang; onStop: () => void};

/** The first build's progress; Ctrl-C stops it (nothing of it is kept). */
export function IndexingScreen({progress, lang, onStop}: Props) {
	const size = useTerminalSize();
	useInput((input, key) => {
		if (key.ctrl && input === 'c') onStop();
	});
	const lines = useMemo(() => indexingLines(progress, size, lang), [progress, size, lang]);
	return <Frame lines={lines} size={size} />;
}

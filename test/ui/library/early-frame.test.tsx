// The early library frame (painted before Ink loads) must be the app's first frame byte for byte,
// so that the app's own first frame changes nothing on the terminal: both come from one painter,
// and this checks that the app paints its first screen from the same lines.
import {EventEmitter} from 'node:events';
import {render} from 'ink';
import {describe, expect, test} from 'vitest';
import type {Lang} from '../../../source/i18n/lang.js';
import {loadCorpus} from '../../../source/corpus/load.js';
import type {Report} from '../../../source/corpus/types.js';
import {App} from '../../../source/ui/app/App.js';
import {createServices} from '../../../source/services/services.js';
import {frameHeight} from '../../../source/ui/kit/geometry.js';
import {paintLines} from '../../../source/ui/kit/paint.js';
import {themeFor} from '../../../source/ui/kit/theme.js';
import {libraryLines} from '../../../source/ui/library/library-lines.js';
import {plain} from '../helpers.js';
import {manyReports} from '../fixtures.js';

class Screen extends EventEmitter {
	frames: string[] = [];
	isTTY = true;
	constructor(
		readonly columns: number,
		readonly rows: number,
	) {
		super();
	}
	write = (frame: string, callback?: () => void) => {
		if (frame) this.frames.push(frame);
		callback?.();
		return true;
	};
}

class Keyboard extends EventEmitter {
	isTTY = true;
	read = () => null;
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

/** The app's first frame as painted rows: to a frame sink, or (without one) as Ink writes it. */
async function firstFrame(
	reports: Report[],
	lang: Lang,
	color: boolean,
	notice: string | undefined,
	columns: number,
	rows: number,
	through: 'sink' | 'ink',
): Promise<string[]> {
	const stdout = new Screen(columns, rows);
	const drawn: string[][] = [];
	const sink = {draw: (frame: readonly string[]) => drawn.push([...frame])};
	const instance = render(
		<App
			reports={reports}
			lang={lang}
			color={color}
			services={createServices(reports)}
			notice={notice}
			frames={through === 'sink' ? sink : undefined}
		/>,
		{
			stdout: stdout as unknown as NodeJS.WriteStream,
			stdin: new Keyboard() as unknown as NodeJS.ReadStream,
			debug: true,
			exitOnCtrlC: false,
			patchConsole: false,
		},
	);
	await new Promise((resolve) => setTimeout(resolve, 20));
	instance.unmount();
	return through === 'sink' ? drawn[0]! : stdout.frames[0]!.split('\n');
}

describe.each([
	[100, 30],
	[80, 24],
	[60, 16],
	[140, 45],
])('at %i×%i', (columns, rows) => {
	const bundled = loadCorpus().reports;
	test.each([
		['zh', true, undefined],
		['en', true, undefined],
		['zh', false, undefined],
		['en', false, '2 report files could not be read: a.md: empty file'],
		['zh', true, '有 1 个报告文件无法读取'],
	] as const)('%s, colour %s, notice %s', async (lang, color, notice) => {
		for (const reports of [bundled, manyReports(250)]) {
			const size = {columns, rows};
			const early = paintLines(
				libraryLines(reports, 0, size, lang, notice),
				columns,
				frameHeight(size),
				themeFor(color),
			);
			expect(early).toHaveLength(rows);
			const drawn = await firstFrame(reports, lang, color, notice, columns, rows, 'sink');
			expect(drawn).toEqual(early);
			// Ink, writing the same painted rows itself, shows the same text.
			const ink = await firstFrame(reports, lang, color, notice, columns, rows, 'ink');
			expect(ink.map((row) => plain(row).trimEnd())).toEqual(
				early.map((row) => plain(row).trimEnd()),
			);
		}
	});
});

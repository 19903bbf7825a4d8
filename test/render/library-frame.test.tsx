// The early library frame must be what Ink draws for the app's first screen, byte for byte, so
// that Ink's own first frame changes nothing on the terminal.
import {EventEmitter} from 'node:events';
import chalk from 'chalk';
import {render} from 'ink';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Lang} from '../../source/commands/context.js';
import {loadCorpus} from '../../source/corpus/load.js';
import type {Report} from '../../source/corpus/types.js';
import {libraryFrameRows} from '../../source/render/library-frame.js';
import {App} from '../../source/ui/app/App.js';
import {createServices} from '../../source/ui/app/services.js';
import {manyReports} from '../ui/fixtures.js';

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

/** Ink's first frame of the app, as rows. */
async function inkRows(
	reports: Report[],
	lang: Lang,
	color: boolean,
	notice: string | undefined,
	columns: number,
	rows: number,
): Promise<string[]> {
	const stdout = new Screen(columns, rows);
	const instance = render(
		<App
			reports={reports}
			lang={lang}
			color={color}
			services={createServices(reports)}
			notice={notice}
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
	return stdout.frames[0]!.split('\n');
}

const pad = (list: string[], length: number) =>
	Array.from({length}, (_, index) => list[index] ?? '');

let level: typeof chalk.level;
beforeAll(() => {
	// Ink colours through chalk, which sees no terminal here; give it the basic colours.
	level = chalk.level;
	chalk.level = 1;
});
afterAll(() => {
	chalk.level = level;
});

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
			const early = libraryFrameRows(reports, lang, color, notice, {columns, rows})!;
			const ink = await inkRows(reports, lang, color, notice, columns, rows);
			expect(pad(early, rows - 1)).toEqual(pad(ink, rows - 1));
		}
	});
});

test('a terminal too small for the library gets no early frame', () => {
	expect(
		libraryFrameRows(loadCorpus().reports, 'zh', true, undefined, {columns: 20, rows: 5}),
	).toBeUndefined();
});

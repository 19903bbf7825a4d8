// The keys that reach outside the state: they record an effect; runEffect carries it out.
import {describe, expect, it} from 'vitest';
import {reducer, reports, run, services, size} from './reducer-run.js';
import type {Bookmark, NewBookmark} from '../../../source/services/state-store.js';
import {activeView, initialState} from '../../../source/ui/app/state.js';
import {runEffect} from '../../../source/ui/app/run-effect.js';
import type {Action, State} from '../../../source/ui/app/views.js';
import {readerFrame} from '../../../source/ui/reader/reader-frame.js';

const typed = (text: string): Action => ({
	type: 'keys',
	keys: Array.from(text, (unit) => ({name: unit === ' ' ? 'space' : unit, text: unit})),
	size,
});

/** A store of bookmarks in memory, as the state store's table behaves. */
function memoryBookmarks() {
	const saved: Bookmark[] = [];
	return {
		saved,
		add(bookmark: NewBookmark) {
			const made = {note: '', ...bookmark, id: saved.length + 1, createdAt: saved.length};
			saved.unshift(made);
			return made;
		},
		list: () => [...saved],
		delete(id: number) {
			const at = saved.findIndex((entry) => entry.id === id);
			if (at >= 0) saved.splice(at, 1);
			return at >= 0;
		},
	};
}

async function carryOut(
	state: State,
	ports: Parameters<typeof runEffect>[1]['ports'],
): Promise<State> {
	if (!state.effect) return state;
	const actions = await runEffect(state.effect.effect, {
		ports,
		lang: state.lang,
		reports,
		columns: size.columns,
		handOver: async (work) => work(),
	});
	return actions.reduce(reducer, state);
}

describe('copying', () => {
	it('y in the reader asks to copy the paragraph a third of the way down, with its source', async () => {
		const state = run(initialState(reports, 'en'), 'open', 'pageDown', 'copyCitation');
		const effect = state.effect?.effect;
		expect(effect?.kind).toBe('copy');
		if (effect?.kind !== 'copy') return;
		const [quote, source] = effect.text.split('\n');
		const view = activeView(state);
		if (view.screen !== 'reader') throw new Error('not the reader');
		const frame = readerFrame(reports[0]!, view.anchor, false, size, 'en');
		const onScreen = frame.layout.lines
			.slice(frame.top, frame.top + frame.geometry.bodyHeight)
			.map((line) => line.text)
			.join('');
		expect(onScreen).toContain(quote!.slice(1, -1).slice(0, 10));
		expect(source).toContain('甲市');
		const written: string[] = [];
		const done = await carryOut(state, {writeTerminal: (bytes) => written.push(bytes), env: {}});
		expect(written).toHaveLength(1);
		const payload = /\]52;c;([^\u0007]*)\u0007/.exec(written[0]!)![1]!;
		expect(Buffer.from(payload, 'base64').toString('utf8')).toBe(effect.text);
		expect(done.notice).toMatch(/^Copied the paragraph with its source \(\d+ characters\)$/);
	});

	it('Y copies the text alone; inside tmux the sequence also goes through its passthrough', async () => {
		const state = run(initialState(reports, 'zh'), 'open', 'copyText');
		const effect = state.effect?.effect;
		if (effect?.kind !== 'copy') throw new Error('no copy');
		expect(effect.text).not.toContain('\n');
		const written: string[] = [];
		const done = await carryOut(state, {
			writeTerminal: (bytes) => written.push(bytes),
			env: {TMUX: '/tmp/t,1,0'},
		});
		expect(written[0]).toContain('\u001bPtmux;');
		expect(done.notice).toMatch(/^已复制本段（\d+ 字）$/);
	});

	it('each copy runs once: a new request has a new number', () => {
		const first = run(initialState(reports, 'en'), 'open', 'copyText');
		const second = run(first, 'copyText');
		expect(second.effect!.id).toBe(first.effect!.id + 1);
	});
});

describe('bookmarks', () => {
	it("m saves the paragraph; ' lists it; Enter reads there; d deletes it", async () => {
		const store = memoryBookmarks();
		const ports = {writeTerminal: () => {}, env: {}, bookmarks: store};
		let state = run(initialState(reports, 'en'), 'open', 'pageDown', 'pageDown');
		const at = activeView(state);
		state = await carryOut(run(state, 'bookmark'), ports);
		expect(store.saved).toHaveLength(1);
		expect(state.notice).toMatch(/^Bookmarked: /);
		const paragraph = run(state, 'copyText').effect!.effect;
		state = await carryOut(run(state, 'back', 'back', 'bookmarks'), ports);
		const list = activeView(state);
		expect(list.screen).toBe('bookmarks');
		if (list.screen !== 'bookmarks') return;
		expect(list.entries).toHaveLength(1);
		state = run(state, 'open');
		const opened = activeView(state);
		expect(opened.screen).toBe('reader');
		expect(opened.screen === 'reader' && at.screen === 'reader' && opened.report).toBe(
			at.screen === 'reader' && at.report,
		);
		// y there copies the bookmarked paragraph.
		expect(run(state, 'copyText').effect!.effect).toEqual(paragraph);
		state = await carryOut(run(state, 'bookmarks'), ports);
		state = await carryOut(run(state, 'deleteBookmark'), ports);
		expect(store.saved).toHaveLength(0);
		const after = activeView(state);
		expect(after.screen === 'bookmarks' && after.entries).toEqual([]);
		expect(state.notice).toBe('Bookmark deleted.');
	});

	it('M asks for a note, typed and edited in the status line; Esc leaves without saving', async () => {
		const store = memoryBookmarks();
		const ports = {writeTerminal: () => {}, env: {}, bookmarks: store};
		let state = run(initialState(reports, 'en'), 'open', 'bookmarkNote');
		expect(state.prompt).toBeDefined();
		// Keys bound in the reader (j, q, y, ?) are text here.
		state = run(state, typed('jq y?'), 'deleteChar', 'deleteWord', typed('重读 x'));
		expect(state.prompt?.editor.value).toBe('jq 重读 x');
		state = await carryOut(run(state, 'saveNote'), ports);
		expect(state.prompt).toBeUndefined();
		expect(store.saved[0]?.note).toBe('jq 重读 x');
		state = run(state, 'bookmarkNote', typed('no'), 'back');
		expect(state.prompt).toBeUndefined();
		expect(state.effect?.effect.kind).toBe('addBookmark');
		expect(store.saved).toHaveLength(1);
	});

	it('a bookmark whose report is gone says so instead of opening', async () => {
		const store = memoryBookmarks();
		store.add({report: 'removed', section: 0, block: 0, offset: 0, excerpt: '旧的段落'});
		const ports = {writeTerminal: () => {}, env: {}, bookmarks: store};
		let state = await carryOut(run(initialState(reports, 'en'), 'bookmarks'), ports);
		state = run(state, 'open');
		expect(activeView(state).screen).toBe('bookmarks');
		expect(state.notice).toBe('That report is no longer loaded.');
	});
});

describe('the figures view and the pager', () => {
	it('F lists the figures; Enter goes back to the reader at the figure', () => {
		let state = run(initialState(reports, 'en'), 'open', 'figureList', 'down', 'down');
		expect(activeView(state).screen).toBe('figures');
		const figure = services.figures(reports[0]!)[2]!;
		state = run(state, 'open');
		const view = activeView(state);
		expect(view.screen).toBe('reader');
		expect(state.stack).toHaveLength(2);
		expect(view.screen === 'reader' && view.mark).toEqual({
			section: figure.section,
			block: figure.block,
			ranges: [[figure.start, figure.end]],
		});
	});

	it('o hands the report to the pager from its section, and names a failure', async () => {
		let state = run(initialState(reports, 'en'), 'open', 'nextSection', 'nextSection');
		state = run(state, 'pager');
		const effect = state.effect?.effect;
		expect(effect).toMatchObject({kind: 'pager', report: reports[0]!.meta.id});
		const calls: Array<{text: string; line: number}> = [];
		const done = await carryOut(state, {
			writeTerminal: () => {},
			env: {},
			pager: (text, line) => {
				calls.push({text, line});
				return {ok: false, reason: 'Could not start the pager "nope"'};
			},
		});
		expect(calls).toHaveLength(1);
		const heading = calls[0]!.text.split('\n')[calls[0]!.line - 1];
		expect(heading).toMatch(/^\d+\. /);
		expect(done.notice).toBe('Could not start the pager "nope"');
	});

	it('Ctrl-D and Ctrl-U move half a page', () => {
		const state = run(initialState(reports, 'en'), 'open', 'halfPageDown');
		const view = activeView(state);
		if (view.screen !== 'reader') throw new Error('not the reader');
		const frame = readerFrame(reports[0]!, view.anchor, false, size, 'en');
		expect(frame.top).toBe(Math.floor(frame.geometry.bodyHeight / 2));
		const back = activeView(run(state, 'halfPageUp'));
		expect(
			back.screen === 'reader' && readerFrame(reports[0]!, back.anchor, false, size, 'en').top,
		).toBe(0);
	});
});

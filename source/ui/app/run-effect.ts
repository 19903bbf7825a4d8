// Runs what a key asked of the world outside the state (effects.ts) and says what came of it,
// as an action for the reducer.
import type {Lang} from '../../i18n/lang.js';
import {reportById} from '../../corpus/report-lookup.js';
import type {Report} from '../../corpus/types.js';
import {strings} from '../../i18n/strings.js';
import {clipboardSequence} from '../../text/osc52.js';
import type {BookmarkKeeper, Effect, PagerOutcome} from './effects.js';
import {printedReport} from './pager.js';
import type {HandOver} from './suspend.js';
import {bookmarkedNotice} from './state.js';
import type {Action} from './views.js';

/** What effects reach: the terminal, the bookmarks, the pager. */
export type EffectPorts = {
	/** Writes bytes to the terminal as they are (OSC 52). */
	writeTerminal(bytes: string): void;
	env: {TMUX?: string | undefined; PAGER?: string | undefined};
	bookmarks?: BookmarkKeeper | undefined;
	/** Runs the pager on text from `line`; see pager.ts. */
	pager?: ((text: string, line: number) => PagerOutcome) | undefined;
};

type EffectContext = {
	ports: EffectPorts;
	lang: Lang;
	reports: readonly Report[];
	columns: number;
	handOver: HandOver;
};

export async function runEffect(effect: Effect, context: EffectContext): Promise<Action[]> {
	const {ports, lang} = context;
	const text = strings[lang];
	switch (effect.kind) {
		case 'copy': {
			const {sequence, text: copied, truncated} = clipboardSequence(effect.text, ports.env);
			ports.writeTerminal(sequence);
			const count = [...copied].length;
			return [
				{type: 'notice', text: text.copied(effect.what, effect.withSource, count, truncated)},
			];
		}
		case 'addBookmark': {
			const saved = ports.bookmarks?.add(effect.bookmark);
			return [
				{
					type: 'notice',
					text: saved ? bookmarkedNotice(saved.excerpt, lang) : text.bookmarkNotSaved,
				},
			];
		}
		case 'deleteBookmark': {
			const deleted = ports.bookmarks?.delete(effect.id) ?? false;
			return [
				{type: 'bookmarkList', entries: ports.bookmarks?.list() ?? []},
				{type: 'notice', text: deleted ? text.bookmarkDeleted : text.bookmarkNotSaved},
			];
		}
		case 'loadBookmarks':
			return [{type: 'bookmarkList', entries: ports.bookmarks?.list() ?? []}];
		case 'pager': {
			const report = reportById(context.reports, effect.report);
			if (!report || !ports.pager) return [];
			const {pager} = ports;
			const printed = printedReport(report, effect.section, Math.max(20, context.columns), lang);
			const outcome = await context.handOver(() => pager(printed.text, printed.line));
			return outcome.ok ? [] : [{type: 'notice', text: outcome.reason}];
		}
	}
}

// The app's side of reading positions: it hands over every position it shows, and the ones that
// changed are saved to the state store a little later (or at once on flush), stamped with when
// they changed so that of two windows the later reader wins. Storage is services/state-store.ts.
import type {
	Position,
	SavedPosition,
	StateStore,
	StateWarning,
} from '../../services/state-store.js';
import type {Anchor} from '../../corpus/report-lines.js';

export type {StateWarning} from '../../services/state-store.js';

export type Positions = Record<string, Anchor>;

type PositionSaver = {
	/** Positions as loaded at start. */
	initial: Positions;
	/** Problems met while loading; empty when all went well. */
	warnings: readonly StateWarning[];
	/** Records the latest positions; saving happens shortly after, or on flush. */
	update(positions: Positions): void;
	/** Saves now what changed. Returns the warning when this is the first save that failed. */
	flush(): StateWarning | undefined;
	/** Called with a warning the first time saving fails. */
	onWarning(listener: (warning: StateWarning) => void): () => void;
	/** Stops the timer; the store itself is closed by whoever opened it. */
	close(): void;
};

export function savePositions(store: StateStore, saveDelay = 400): PositionSaver {
	const initial: Positions = Object.create(null);
	for (const [id, {section, block, offset}] of Object.entries(store.positions.all())) {
		initial[id] = {section, block, offset};
	}
	// Entries changed since the last save that worked; kept until one does.
	let changed: Record<string, SavedPosition> = Object.create(null);
	let latest: Positions = initial;
	let timer: NodeJS.Timeout | undefined;
	let closed = false;

	const flush = (): StateWarning | undefined => {
		if (timer) clearTimeout(timer);
		timer = undefined;
		if (closed || Object.keys(changed).length === 0) return undefined;
		let failure: StateWarning | undefined;
		const stop = store.onWarning((warning) => {
			failure = warning;
		});
		try {
			if (store.positions.set(changed)) changed = Object.create(null);
		} finally {
			stop();
		}
		return failure;
	};

	return {
		initial,
		warnings: store.warnings,
		update(positions) {
			if (positions === latest) return;
			const now = Date.now();
			for (const [id, anchor] of Object.entries(positions)) {
				if (!samePosition(latest[id], anchor)) changed[id] = {...anchor, at: now};
			}
			latest = positions;
			if (!timer && !closed) {
				timer = setTimeout(flush, saveDelay);
				timer.unref();
			}
		},
		flush,
		onWarning: (listener) => store.onWarning(listener),
		close() {
			if (timer) clearTimeout(timer);
			timer = undefined;
			closed = true;
		},
	};
}

function samePosition(a: Position | undefined, b: Position): boolean {
	return a !== undefined && a.section === b.section && a.block === b.block && a.offset === b.offset;
}

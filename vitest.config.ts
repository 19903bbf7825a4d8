import os from 'node:os';
import path from 'node:path';
import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// Tests, and the CLI runs they spawn, never see the library, index or state of whoever
		// runs them: a user library is only there when a test makes one. The index is the run's
		// own too: two runs of different builds at once (two checkouts) shared ~/.cache/baogao,
		// and each start of one build removed the other's index (another build's is rebuilt), so
		// a search in the middle of it found nothing.
		env: {
			XDG_DATA_HOME: path.join(os.tmpdir(), `baogao-test-data-${process.pid}`),
			XDG_CACHE_HOME: path.join(os.tmpdir(), `baogao-test-cache-${process.pid}`),
			XDG_STATE_HOME: path.join(os.tmpdir(), `baogao-test-state-${process.pid}`),
		},
	},
});

import os from 'node:os';
import path from 'node:path';
import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// Tests, and the CLI runs they spawn, never see the library of whoever runs them: a user
		// library is only there when a test makes one.
		env: {XDG_DATA_HOME: path.join(os.tmpdir(), `baogao-test-data-${process.pid}`)},
	},
});

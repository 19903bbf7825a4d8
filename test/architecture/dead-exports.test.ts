// Every export under source/ is imported somewhere else: an export nobody imports is dead code or
// should be private (scripts/dead-exports.mjs, also `npm run dead-exports`).
import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {deadExports} from '../../scripts/dead-exports.mjs';

describe('exports', () => {
	it('are all imported elsewhere', () => {
		expect(deadExports().map(({file, line, name}) => `${file}:${line} ${name}`)).toEqual([]);
	});

	it('the check finds an export nobody imports, and sees named, dynamic and re-exported uses', () => {
		const root = mkdtempSync(path.join(os.tmpdir(), 'baogao-dead-'));
		try {
			mkdirSync(path.join(root, 'source'));
			writeFileSync(
				path.join(root, 'source', 'a.ts'),
				'export const used = 1;\nexport const lazy = 2;\nexport function unused() {}\nexport type Shown = string;\n',
			);
			writeFileSync(
				path.join(root, 'source', 'b.ts'),
				"import {used} from './a.js';\nexport type {Shown} from './a.js';\nexport const fromB = used;\n",
			);
			writeFileSync(
				path.join(root, 'source', 'c.ts'),
				"import {fromB} from './b.js';\nconst {lazy} = await import('./a.js');\nconsole.log(fromB, lazy);\n",
			);
			expect(deadExports(root)).toEqual([
				{file: path.join('source', 'a.ts'), line: 3, name: 'unused'},
			]);
		} finally {
			rmSync(root, {recursive: true, force: true});
		}
	});
});

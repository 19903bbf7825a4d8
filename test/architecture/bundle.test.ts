// The built bundle (npm test builds it first) as start-up needs it: Node's built-in modules are
// taken through process.getBuiltinModule, never through an ESM import, whose facade reads every
// export of the module, getters included (see builtinModules in scripts/build.mjs).
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';

const dist = path.resolve(import.meta.dirname, '../../dist');

function bundleFiles(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
		const file = path.join(dir, entry.name);
		if (entry.isDirectory()) return bundleFiles(file);
		return entry.name.endsWith('.js') ? [file] : [];
	});
}

/** An import statement or import() of a built-in, as esbuild writes them. */
const builtinImport =
	/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s*)["'](?:node:[\w/]+|fs|path|os|util|crypto|process|module|url|events|stream|child_process|worker_threads|tty|readline)["']/m;

test('no chunk of the bundle imports a Node built-in as ESM', () => {
	const files = bundleFiles(dist);
	expect(files.length).toBeGreaterThan(3);
	const importing = files
		.filter((file) => builtinImport.test(readFileSync(file, 'utf8')))
		.map((file) => path.relative(dist, file));
	expect(importing).toEqual([]);
});

test('the check finds such an import', () => {
	expect(builtinImport.test('import { readFileSync } from "node:fs";')).toBe(true);
	expect(builtinImport.test('const m = await import("node:sqlite");')).toBe(true);
	expect(builtinImport.test('import "node:process";')).toBe(true);
	expect(builtinImport.test("const x = process.getBuiltinModule('node:fs');")).toBe(false);
});

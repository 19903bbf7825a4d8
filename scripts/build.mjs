// Bundles the CLI so start-up reads a few files instead of resolving hundreds of modules.
// dist/cli.js only turns on Node's compile cache and loads dist/main.js (the CLI), so the
// CLI's code is compiled once and reused. The TUI (Ink, React) and each subcommand are chunks
// loaded only when used; dist/search-worker.js is the app's search thread, dist/build-worker.js an
// index build's thread, dist/yaml.cjs the YAML parser for front matter that needs it.
import {createHash} from 'node:crypto';
import {chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {isBuiltin} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

/** A digest of the sources and dependency versions: caches made by another build are not used. */
function buildId() {
	const hash = createHash('sha1');
	const add = (dir) => {
		for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) =>
			a.name.localeCompare(b.name),
		)) {
			const file = path.join(dir, entry.name);
			if (entry.isDirectory()) add(file);
			else hash.update(file).update(readFileSync(file));
		}
	};
	add('source');
	hash.update(readFileSync('package-lock.json'));
	return hash.digest('hex').slice(0, 16);
}

/** Every import of string-width (Ink's too) gets the version with a fast path for CJK text. */
const fastStringWidth = {
	name: 'fast-string-width',
	setup(build) {
		const wrapper = path.resolve('source/text/string-width.ts');
		build.onResolve({filter: /^string-width$/}, (args) =>
			args.importer === wrapper ? undefined : {path: wrapper},
		);
	},
};

/**
 * Node's built-in modules as `process.getBuiltinModule()` gives them, not through their ESM
 * facades. An ESM import of a built-in makes Node read every export of it, getters included:
 * `node:fs` then loads fs/promises, readline and the streams, `node:process` process.report and
 * more. Measured (Node 24): importing fs, util, sqlite, os, path, url and module took 26-45 ms
 * as ESM and 1 ms through getBuiltinModule, of a 45 ms bare start. Exports that are getters
 * (`fs.promises`) are left out, so importing one by name fails the build instead of loading it.
 */
const builtinModules = {
	name: 'builtin-modules',
	setup(build) {
		build.onResolve({filter: /^(node:)?[a-z_/]+$/}, (args) => {
			if (args.kind !== 'import-statement' && args.kind !== 'dynamic-import') return undefined;
			const name = args.path.startsWith('node:') ? args.path : `node:${args.path}`;
			if (!isBuiltin(name)) return undefined;
			return {path: name, namespace: 'builtin-module'};
		});
		build.onLoad({filter: /.*/, namespace: 'builtin-module'}, (args) => {
			const module = process.getBuiltinModule(args.path);
			const names = Object.keys(Object.getOwnPropertyDescriptors(module)).filter(
				(key) =>
					/^[A-Za-z_$][\w$]*$/.test(key) &&
					key !== 'default' &&
					!Object.getOwnPropertyDescriptor(module, key).get,
			);
			const lines = [
				`const module = process.getBuiltinModule(${JSON.stringify(args.path)});`,
				'export default module;',
				// Each export read only if some module of the bundle imports it: esbuild drops the
				// unused pure calls. Reading them all made node:util load its lazy parts (diff,
				// setTraceSigInt: the stderr stream, node:stream), 5 ms of every start (Node 24).
				...names.map((key) => `export const ${key} = /* @__PURE__ */ (() => module.${key})();`),
			];
			return {contents: lines.join('\n'), loader: 'js'};
		});
	},
};

/**
 * The YAML parser apart, in dist/yaml.cjs, which corpus/format.ts requires only when a front
 * matter needs it (most are read without it: corpus/simple-front-matter.ts). Bundled with the
 * loader, its 260 KB were in the chunk every command loads: importing that chunk took 3-14 ms
 * (median 6) against 1.5-2.2 ms without the parser (4 runs each, interleaved, load 7). The
 * path is relative to dist/chunks, where the loader is (checked after the build).
 */
const yamlApart = {
	name: 'yaml-apart',
	setup(build) {
		build.onResolve({filter: /^yaml$/}, (args) =>
			args.kind === 'require-call' ? {path: '../yaml.cjs', external: true} : undefined,
		);
	},
};

rmSync('dist', {recursive: true, force: true});
await build({
	entryPoints: {
		cli: 'source/bin.ts',
		main: 'source/cli.ts',
		'search-worker': 'source/services/index/search-worker.ts',
		'build-worker': 'source/services/index/build-worker.ts',
	},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node22',
	jsx: 'automatic',
	sourcemap: false,
	legalComments: 'none',
	chunkNames: 'chunks/[name]-[hash]',
	// Some dependencies are CommonJS and call require(); give the ESM bundle one (node:module
	// through getBuiltinModule, as every built-in: see builtinModules).
	banner: {
		js: "const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);",
	},
	define: {
		'process.env.NODE_ENV': '"production"',
		__BAOGAO_BUILD__: JSON.stringify(buildId()),
	},
	// Ink imports react-devtools-core only when DEV is set; it is not a dependency.
	external: ['node-pty', '@xterm/headless', 'react-devtools-core'],
	plugins: [fastStringWidth, builtinModules, yamlApart],
	logLevel: 'warning',
});
for (const file of readdirSync('dist')) {
	if (
		file.endsWith('.js') &&
		readFileSync(path.join('dist', file), 'utf8').includes('../yaml.cjs')
	) {
		throw new Error(
			`dist/${file} requires ../yaml.cjs, which is outside dist: keep the loader in a chunk`,
		);
	}
}
await build({
	stdin: {contents: "module.exports = require('yaml');", resolveDir: '.', loader: 'js'},
	outfile: 'dist/yaml.cjs',
	bundle: true,
	format: 'cjs',
	platform: 'node',
	target: 'node22',
	legalComments: 'none',
	logLevel: 'warning',
});
// The shebang goes on the command only (a banner would put it on every chunk).
const cli = readFileSync('dist/cli.js', 'utf8');
writeFileSync('dist/cli.js', `#!/usr/bin/env node\n${cli}`);
chmodSync('dist/cli.js', 0o755);

// The man page, from the same command table as help and completions: baogao.1 at the package
// root (package.json "man"), so `man ./baogao.1` reads it after a build.
const manModule = await build({
	entryPoints: ['source/commands/man-page.ts'],
	bundle: true,
	write: false,
	format: 'esm',
	platform: 'node',
	target: 'node22',
	logLevel: 'warning',
});
const manDir = mkdtempSync(path.join(os.tmpdir(), 'baogao-man-'));
try {
	const file = path.join(manDir, 'man-page.mjs');
	writeFileSync(file, manModule.outputFiles[0].text);
	const {manPage} = await import(pathToFileURL(file).href);
	const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
	const epoch = Number(process.env.SOURCE_DATE_EPOCH);
	const date = (Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date())
		.toISOString()
		.slice(0, 10);
	writeFileSync('baogao.1', manPage(version, date));
} finally {
	rmSync(manDir, {recursive: true, force: true});
}

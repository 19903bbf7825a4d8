// Bundles the CLI so start-up reads one file instead of resolving hundreds of modules.
// The TUI (Ink, React) is a separate chunk loaded only when the app opens.
import {rm} from 'node:fs/promises';
import {build} from 'esbuild';

await rm('dist', {recursive: true, force: true});
await build({
	entryPoints: {cli: 'source/cli.ts'},
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
	// Some dependencies are CommonJS and call require(); give the ESM bundle one.
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __cr} from 'node:module';const require = __cr(import.meta.url);",
	},
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports react-devtools-core only when DEV is set; it is not a dependency.
	external: ['node-pty', '@xterm/headless', 'react-devtools-core'],
	logLevel: 'warning',
});

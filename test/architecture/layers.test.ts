// The layers of source/ point down only, and nothing imports in a circle: not files, not folders.
//
// A small reader of import statements rather than a tool such as dependency-cruiser: the rules
// fit in a table below, every source file is TypeScript with relative imports, and reading them
// takes milliseconds, so the check needs no dependency and no configuration of its own.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../source');

/**
 * Each top folder's layer (a file directly in source/ is the entry). A folder imports from lower
 * layers, and from its own layer only where that layer says so.
 */
const layers: Record<string, {rank: number; sideways: boolean}> = {
	text: {rank: 0, sideways: false},
	i18n: {rank: 1, sideways: false},
	// core: the core folders use each other (compare reads figures, search indexes them)
	corpus: {rank: 2, sideways: true},
	ingest: {rank: 2, sideways: true},
	figures: {rank: 2, sideways: true},
	search: {rank: 2, sideways: true},
	compare: {rank: 2, sideways: true},
	// services: what the front ends call, and the index behind them (services/index/)
	services: {rank: 3, sideways: true},
	// io: the one file writer, beneath everything that writes
	io: {rank: 0, sideways: false},
	render: {rank: 3, sideways: false},
	// the two front ends, which never reach into each other
	commands: {rank: 4, sideways: false},
	ui: {rank: 4, sideways: false},
	'(entry)': {rank: 5, sideways: false},
};

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return /\.(tsx?|json)$/.test(entry.name) ? [full] : [];
	});
}

const importPattern =
	/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function resolveImport(from: string, specifier: string, known: Set<string>): string {
	const base = path.resolve(path.dirname(from), specifier).replace(/\.js$/, '');
	const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')];
	for (const candidate of candidates) {
		if (known.has(candidate)) return candidate;
	}
	throw new Error(`${path.relative(root, from)} imports ${specifier}, which is not a source file`);
}

const files = sourceFiles(root);
/**
 * Inside ui/: every folder but the app and the kit is a screen (read from the tree, so a new
 * screen is checked without being named here). The kit uses no screen, and no screen uses the
 * app that puts them together.
 */
const screens = readdirSync(path.join(root, 'ui'), {withFileTypes: true})
	.filter((entry) => entry.isDirectory() && entry.name !== 'app' && entry.name !== 'kit')
	.map((entry) => entry.name);
const known = new Set(files);
/** Each file's imports, and of them those loaded with the file (not by a later import()). */
const importsOf = new Map(
	files.map((file) => {
		// Data files import nothing.
		const text = file.endsWith('.json') ? '' : readFileSync(file, 'utf8');
		const matches = [...text.matchAll(importPattern)];
		const all = matches.map((match) => resolveImport(file, (match[1] ?? match[2])!, known));
		const atLoad = matches
			.filter((match) => match[1] !== undefined)
			.map((match) => resolveImport(file, match[1]!, known));
		return [file, {all: [...new Set(all)], atLoad: [...new Set(atLoad)]}];
	}),
);
const imports = new Map([...importsOf].map(([file, {all}]) => [file, all]));

/** The top folder of a file, or '(entry)' for cli.ts and bin.ts. */
function topFolder(file: string): string {
	const parts = path.relative(root, file).split(path.sep);
	return parts.length === 1 ? '(entry)' : parts[0]!;
}

/** The folder a file is in (ui/reader, services/index, services, ...); '(entry)' for cli.ts. */
function unit(file: string): string {
	const folder = path.dirname(path.relative(root, file));
	return folder === '.' ? '(entry)' : folder.split(path.sep).join('/');
}

/** Strongly connected groups of more than one node (or a node importing itself): cycles. */
function cycles(graph: Map<string, Set<string>>): string[][] {
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	const visit = (node: string) => {
		index.set(node, counter);
		low.set(node, counter);
		counter++;
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node) ?? []) {
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (onStack.has(next)) {
				low.set(node, Math.min(low.get(node)!, index.get(next)!));
			}
		}
		if (low.get(node) === index.get(node)) {
			const group: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				group.push(member);
			} while (member !== node);
			if (group.length > 1 || graph.get(node)?.has(node)) found.push(group.sort());
		}
	};
	for (const node of graph.keys()) if (!index.has(node)) visit(node);
	return found;
}

describe('layers of source/', () => {
	test('every top folder has a layer', () => {
		const unknown = [...new Set(files.map(topFolder))].filter((folder) => !(folder in layers));
		expect(unknown).toEqual([]);
	});

	test('imports point down: ui → services → core → text, i18n', () => {
		const upward: string[] = [];
		for (const [file, targets] of imports) {
			const from = topFolder(file);
			for (const target of targets) {
				const to = topFolder(target);
				if (from === to) continue;
				const a = layers[from]!;
				const b = layers[to]!;
				if (b.rank < a.rank || (b.rank === a.rank && a.sideways)) continue;
				upward.push(`${path.relative(root, file)} → ${path.relative(root, target)}`);
			}
		}
		expect(upward).toEqual([]);
	});

	test('inside ui/: the kit uses no screen, and no screen uses the app', () => {
		const wrong: string[] = [];
		for (const [file, targets] of imports) {
			const from = unit(file);
			for (const target of targets) {
				const to = unit(target);
				const kitReachesUp = from === 'ui/kit' && to.startsWith('ui/') && to !== 'ui/kit';
				const screenReachesApp =
					screens.some((screen) => from === `ui/${screen}`) && (to === 'ui/app' || to === 'ui');
				if (kitReachesUp || screenReachesApp) {
					wrong.push(`${path.relative(root, file)} → ${path.relative(root, target)}`);
				}
			}
		}
		expect(wrong).toEqual([]);
	});

	test('no file imports in a circle', () => {
		// A lazy import() runs after both files have loaded, so it cannot close a load cycle: it is
		// how the command table loads a handler that reads the table. Every import counts for the
		// layers and for the folders.
		const graph = new Map([...importsOf].map(([file, {atLoad}]) => [file, new Set(atLoad)]));
		const named = cycles(graph).map((group) => group.map((file) => path.relative(root, file)));
		expect(named).toEqual([]);
	});

	test('no folder imports in a circle', () => {
		const graph = new Map<string, Set<string>>();
		for (const [file, targets] of imports) {
			const from = unit(file);
			const edges = graph.get(from) ?? new Set<string>();
			for (const target of targets) if (unit(target) !== from) edges.add(unit(target));
			graph.set(from, edges);
		}
		expect(cycles(graph)).toEqual([]);
	});

	test('the check reads imports: it sees the app reach the kit and the kit reach text', () => {
		const app = path.join(root, 'ui/app/App.tsx');
		expect(imports.get(app)?.map(unit)).toContain('ui/kit');
		expect(imports.get(path.join(root, 'ui/kit/segments.ts'))?.map(unit)).toContain('text');
		// Nested folders are folders of their own: the corpus service is services/index, not services.
		expect(unit(path.join(root, 'services/index/corpus.ts'))).toBe('services/index');
		expect(screens).toEqual(expect.arrayContaining(['library', 'reader', 'figures', 'bookmarks']));
	});

	test('the cycle finder finds a circle of folders, and none in a line', () => {
		const graph = (edges: Array<[string, string]>) => {
			const out = new Map<string, Set<string>>();
			for (const [from, to] of edges) {
				out.set(from, (out.get(from) ?? new Set()).add(to));
				if (!out.has(to)) out.set(to, new Set());
			}
			return out;
		};
		expect(
			cycles(
				graph([
					['ui/app', 'ui/kit'],
					['ui/kit', 'text'],
				]),
			),
		).toEqual([]);
		expect(
			cycles(
				graph([
					['services', 'services/index'],
					['services/index', 'corpus'],
					['corpus', 'services'],
					['corpus', 'text'],
				]),
			),
		).toEqual([['corpus', 'services', 'services/index']]);
		expect(cycles(graph([['text', 'text']]))).toEqual([['text']]);
	});
});

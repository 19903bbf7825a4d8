// Lists every export under source/ that no other file imports (source, tests or scripts), so an
// export is either used or private. Run with `npm run dead-exports`; it exits 1 when it finds any,
// and test/architecture/dead-exports.test.ts keeps the count at zero.
//
// It reads import and export syntax with the TypeScript compiler's parser (already a
// devDependency) rather than adding a dead-code tool: the project's imports are plain relative
// ones, so syntax is enough, and the check stays a few dozen lines that run in a second.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Names used from outside TypeScript imports: the build and the scripts load these modules by
 * path (esbuild entry points, or code generated into a string).
 */
const usedByPath = {
	'source/commands/man-page.ts': ['manPage'], // scripts/build.mjs writes baogao.1 with it
	'source/search/index.ts': ['buildIndex', 'search'], // scripts/bench-search.mjs
	'source/figures/extract.ts': ['extractFiguresFromText'], // scripts/eval-import.mjs
	'source/figures/lexicon.ts': ['simplify'], // scripts/eval-import.mjs
};

/** Folders left out of the check (none now). */
const notChecked = [];

const sourceExtensions = /\.(ts|tsx|mts|mjs)$/;

function filesUnder(dir) {
	const out = [];
	const walk = (current) => {
		for (const entry of readdirSync(current, {withFileTypes: true})) {
			const file = path.join(current, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'node_modules' && entry.name !== 'fixtures') walk(file);
			} else if (sourceExtensions.test(entry.name)) out.push(file);
		}
	};
	if (existsSync(dir)) walk(dir);
	return out;
}

/** The file a relative specifier names ('./x.js' is x.ts or x.tsx in the sources). */
function resolve(from, specifier) {
	if (!specifier.startsWith('.')) return undefined;
	const base = path.resolve(path.dirname(from), specifier);
	const stem = base.replace(/\.(js|jsx|mjs)$/, '');
	for (const candidate of [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.mts`, `${stem}.d.mts`]) {
		if (existsSync(candidate) && sourceExtensions.test(candidate)) return candidate;
	}
	return undefined;
}

function parse(file) {
	const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
	return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, kind);
}

const hasExport = (node) =>
	ts.canHaveModifiers(node) &&
	(ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The names a file exports, each with its line. */
function exportsOf(sourceFile) {
	const names = new Map();
	const add = (name, node) =>
		names.set(name, sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1);
	for (const statement of sourceFile.statements) {
		if (ts.isExportDeclaration(statement)) {
			if (statement.moduleSpecifier) continue; // a re-export is a use of the other file
			const clause = statement.exportClause;
			if (clause && ts.isNamedExports(clause))
				for (const element of clause.elements) add(element.name.text, element);
		} else if (ts.isExportAssignment(statement)) add('default', statement);
		else if (hasExport(statement)) {
			const isDefault = (ts.getModifiers(statement) ?? []).some(
				(m) => m.kind === ts.SyntaxKind.DefaultKeyword,
			);
			if (isDefault) add('default', statement);
			else if (ts.isVariableStatement(statement)) {
				for (const declaration of statement.declarationList.declarations) {
					if (ts.isIdentifier(declaration.name)) add(declaration.name.text, declaration);
				}
			} else if (statement.name && ts.isIdentifier(statement.name))
				add(statement.name.text, statement);
		}
	}
	return names;
}

/** Marks, in `used`, every name a file takes from other files ('*' for all of a file). */
function recordImports(sourceFile, used) {
	const mark = (specifier, name) => {
		const target = resolve(sourceFile.fileName, specifier);
		if (!target || target === sourceFile.fileName) return;
		if (!used.has(target)) used.set(target, new Set());
		used.get(target).add(name);
	};
	const namesBound = (pattern) =>
		ts.isObjectBindingPattern(pattern)
			? pattern.elements.map((element) =>
					(element.propertyName ?? element.name).getText(sourceFile),
				)
			: undefined;
	const visit = (node) => {
		if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
			const specifier = node.moduleSpecifier.text;
			const clause = node.importClause;
			if (clause?.name) mark(specifier, 'default');
			const bindings = clause?.namedBindings;
			if (bindings && ts.isNamespaceImport(bindings)) mark(specifier, '*');
			else if (bindings)
				for (const element of bindings.elements)
					mark(specifier, (element.propertyName ?? element.name).text);
		} else if (
			ts.isExportDeclaration(node) &&
			node.moduleSpecifier &&
			ts.isStringLiteral(node.moduleSpecifier)
		) {
			const clause = node.exportClause;
			if (clause && ts.isNamedExports(clause))
				for (const element of clause.elements)
					mark(node.moduleSpecifier.text, (element.propertyName ?? element.name).text);
			else mark(node.moduleSpecifier.text, '*');
		} else if (
			ts.isCallExpression(node) &&
			node.expression.kind === ts.SyntaxKind.ImportKeyword &&
			node.arguments[0] &&
			ts.isStringLiteral(node.arguments[0])
		) {
			// `const {a} = await import('./x.js')` or `(await import('./x.js')).a` uses a; any
			// other dynamic import may use everything.
			const specifier = node.arguments[0].text;
			let outer = node.parent;
			while (outer && (ts.isAwaitExpression(outer) || ts.isParenthesizedExpression(outer)))
				outer = outer.parent;
			const bound = outer && ts.isVariableDeclaration(outer) ? namesBound(outer.name) : undefined;
			if (bound) for (const name of bound) mark(specifier, name);
			else if (outer && ts.isPropertyAccessExpression(outer)) mark(specifier, outer.name.text);
			else mark(specifier, '*');
		} else if (
			ts.isImportTypeNode(node) &&
			ts.isLiteralTypeNode(node.argument) &&
			ts.isStringLiteral(node.argument.literal)
		) {
			const specifier = node.argument.literal.text;
			const first = node.qualifier
				? ts.isIdentifier(node.qualifier)
					? node.qualifier.text
					: node.qualifier.left.getText(sourceFile)
				: '*';
			mark(specifier, first);
		}
		ts.forEachChild(node, visit);
	};
	visit(sourceFile);
}

/** The exports under ROOT/source that no file under ROOT imports. */
export function deadExports(root = projectRoot) {
	const files = ['source', 'test', 'scripts'].flatMap((dir) => filesUnder(path.join(root, dir)));
	const used = new Map();
	const parsed = files.map(parse);
	for (const sourceFile of parsed) recordImports(sourceFile, used);
	for (const [file, names] of Object.entries(usedByPath)) {
		const target = path.join(root, file);
		if (!used.has(target)) used.set(target, new Set());
		for (const name of names) used.get(target).add(name);
	}
	const dead = [];
	for (const sourceFile of parsed) {
		const relative = path.relative(root, sourceFile.fileName);
		if (!relative.startsWith(`source${path.sep}`)) continue;
		if (notChecked.some((folder) => relative.startsWith(folder))) continue;
		const names = used.get(sourceFile.fileName) ?? new Set();
		if (names.has('*')) continue;
		for (const [name, line] of exportsOf(sourceFile)) {
			if (!names.has(name)) dead.push({file: relative, line, name});
		}
	}
	return dead;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const dead = deadExports();
	for (const {file, line, name} of dead) console.log(`${file}:${line}: ${name}`);
	console.log(`${dead.length} export${dead.length === 1 ? '' : 's'} not imported elsewhere`);
	process.exitCode = dead.length > 0 ? 1 : 0;
}

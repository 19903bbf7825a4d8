// The command table itself: one type per flag name across commands (the parser splits words
// before it knows the command), complete declarations, and CSV cells.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import {exitCodeMeanings} from '../../source/commands/exit-code.js';
import {csvCell} from '../../source/commands/output.js';
import {commands, globalFlags} from '../../source/commands/table.js';

test('a flag name means the same kind of flag in every command', () => {
	const seen = new Map<string, string>();
	for (const flag of [...globalFlags, ...commands.flatMap((command) => command.flags)]) {
		const kind = `${flag.type}${flag.multiple ? '[]' : ''}`;
		expect(seen.get(flag.name) ?? kind, flag.name).toBe(kind);
		seen.set(flag.name, kind);
	}
	const shorts = globalFlags.flatMap((flag) => (flag.short ? [flag.short] : []));
	expect(new Set(shorts).size).toBe(shorts.length);
});

test('every command has a summary, examples and exit statuses in both languages', () => {
	for (const command of commands) {
		expect(command.summary.en && command.summary.zh, command.name).toBeTruthy();
		expect(command.examples.length, command.name).toBeGreaterThan(0);
		for (const example of command.examples) expect(example.line).toMatch(/^baogao /);
		for (const code of command.exits) expect(exitCodeMeanings[code]).toBeDefined();
		for (const flag of command.flags) expect(flag.help.en && flag.help.zh, flag.name).toBeTruthy();
		const variadic = command.args.findIndex((arg) => arg.variadic);
		expect(variadic === -1 || variadic === command.args.length - 1, command.name).toBe(true);
	}
});

test('the README lists every exit status', () => {
	const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
	for (const code of Object.keys(exitCodeMeanings))
		expect(readme).toMatch(new RegExp(`\`${code}\` `));
});

test.each([
	['=1+2', "'=1+2"],
	['@SUM(A1)', "'@SUM(A1)"],
	['+cmd', "'+cmd"],
	['-2+3', "'-2+3"],
	['\tx', "'␉x"],
	['\rx', "'␍x"],
	['-5', '-5'],
	['+3.25', '+3.25'],
	['-1e3', '-1e3'],
	[-7, '-7'],
	['a=b', 'a=b'],
	['=x,y', `"'=x,y"`],
	['say "hi"', '"say ""hi"""'],
	['', ''],
	[null, ''],
])('csvCell(%j) is %j', (field, cell) => {
	expect(csvCell(field)).toBe(cell);
});

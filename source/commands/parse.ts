// The one command-line parser: node:util's parseArgs splits the words (meow, named in the
// design, was measured at 50-100 ms to load, on a start-up of about 80 ms; see the README),
// and the command table says what each command takes. Whatever the table does not allow is a
// usage error naming the flag and the command, in the user's language.
import {parseArgs} from 'node:util';
import type {Lang} from '../i18n/lang.js';
import {messages, usage} from './messages.js';
import {
	appCommand,
	type CommandSpec,
	commandNamed,
	commands,
	type FlagSpec,
	globalFlags,
	synopsis,
} from './table.js';

type Values = Record<string, string | boolean | string[]>;

type Parsed =
	| {kind: 'help'; command: CommandSpec}
	| {kind: 'version'}
	| {kind: 'run'; command: CommandSpec; args: string[]; values: Values};

/** Every flag of every command, for splitting the words before the command is known. */
function allFlags(): Map<string, FlagSpec> {
	const all = new Map<string, FlagSpec>();
	for (const flag of [...globalFlags, ...commands.flatMap((command) => command.flags)]) {
		all.set(flag.name, flag);
	}
	return all;
}

/** --lang as given (before anything else is checked, so errors come in that language). */
export function langArgument(argv: readonly string[]): string | undefined {
	for (let index = 0; index < argv.length; index++) {
		const arg = argv[index]!;
		if (arg === '--') return undefined;
		if (arg === '--lang') return argv[index + 1];
		if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
	}
	return undefined;
}

export function parseCommandLine(argv: readonly string[], lang: Lang): Parsed {
	const words = argv.indexOf('--') === -1 ? argv : argv.slice(0, argv.indexOf('--'));
	const help = words.some((word) => word === '--help' || word === '-h');
	const version = words.some((word) => word === '--version' || word === '-v');
	const known = allFlags();
	const {tokens} = parseArgs({
		args: [...argv],
		strict: false,
		allowPositionals: true,
		tokens: true,
		options: Object.fromEntries(
			[...known.values()].map((flag) => [
				flag.name,
				flag.short ? {type: flag.type, short: flag.short} : {type: flag.type},
			]),
		),
	});
	const positionals: string[] = [];
	for (const token of tokens) if (token.kind === 'positional') positionals.push(token.value);
	const [name, ...args] = positionals;
	const command = name === undefined ? appCommand : commandNamed(name);
	if (!command) {
		throw usage(
			messages.unknownCommand(
				name!,
				commands.map((known) => known.name),
			),
		);
	}
	// --help and --version win over anything else on the line.
	if (help) return {kind: 'help', command};
	if (version) return {kind: 'version'};

	const label = command.name || 'baogao';
	const allowed = new Map<string, FlagSpec>();
	for (const flag of [...globalFlags, ...command.flags]) {
		allowed.set(flag.name, flag);
		if (flag.short) allowed.set(flag.short, flag);
	}
	const values: Values = {};
	for (const token of tokens) {
		if (token.kind !== 'option') continue;
		const flag = allowed.get(token.name);
		if (!flag || (token.rawName.startsWith('--') && token.name !== flag.name)) {
			// Named as typed (the whole word, not one letter of -abc).
			const word = token.rawName.startsWith('--') ? token.rawName : argv[token.index]!;
			throw usage(
				!word.startsWith('--') && command.args.length > 0
					? messages.optionLike(word, label)
					: messages.unknownFlag(word, label),
			);
		}
		const shown = `--${flag.name}`;
		if (flag.type === 'boolean') {
			if (token.inlineValue) throw usage(messages.noValue(shown));
			values[flag.name] = true;
			continue;
		}
		const value = token.value;
		// An option-like word after a flag that needs a value is a forgotten value, not the value.
		if (value === undefined || (!token.inlineValue && value.startsWith('-'))) {
			throw usage(messages.missingValue(shown, flag.value?.[lang] ?? 'VALUE'));
		}
		checkValue(flag, shown, value);
		if (flag.multiple) {
			const earlier = values[flag.name];
			values[flag.name] = [...(Array.isArray(earlier) ? earlier : []), value];
		} else {
			values[flag.name] = value;
		}
	}
	for (const [a, b] of command.exclusive ?? []) {
		if (a in values && b in values) throw usage(messages.exclusive(`--${a}`, `--${b}`));
	}
	checkArguments(command, args, lang, label);
	return {kind: 'run', command, args, values};
}

function checkValue(flag: FlagSpec, shown: string, value: string): void {
	if (flag.choices && !flag.choices.includes(value)) {
		throw usage(messages.badChoice(shown, value, flag.choices));
	}
	if (flag.min !== undefined && (!/^\d+$/.test(value) || Number(value) < flag.min)) {
		throw usage(messages.badInteger(shown, flag.min));
	}
}

function checkArguments(command: CommandSpec, args: string[], lang: Lang, label: string): void {
	let at = 0;
	for (const arg of command.args) {
		const given = arg.variadic ? args.slice(at) : args.slice(at, at + 1);
		const blank = given.every((word) => word.trim() === '');
		if (arg.required && blank) {
			throw usage(messages.missingArgument(label, arg.name[lang], synopsis(command, lang)));
		}
		for (const word of given) {
			if (arg.choices && !arg.choices.includes(word)) {
				throw usage(messages.badChoice(arg.name[lang], word, arg.choices));
			}
		}
		at += given.length;
	}
	if (at < args.length) throw usage(messages.extraArgument(label, args[at]!));
}

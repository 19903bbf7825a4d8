// `baogao completion bash|zsh|fish`: scripts made from the command table. Commands, flags and
// fixed choices are written into the script; report ids, region names, metric ids and theme ids
// are asked of baogao itself when completing (`baogao completion --words KIND`), so a user's
// own reports (--reports DIR) are there too.
import type {Lang} from '../i18n/lang.js';
import type {ExitCode} from './context.js';
import {messages, usage} from './messages.js';
import {
	type Call,
	type CommandSpec,
	commands,
	type FlagSpec,
	globalFlags,
	type WordSource,
} from './table.js';

type Kind = 'reports' | 'regions' | 'metrics' | 'themes';

async function completionWords(call: Call, kind: Kind): Promise<string[]> {
	if (kind === 'metrics') return (await import('../compare/catalogue.js')).metrics.map((m) => m.id);
	if (kind === 'themes') return (await import('../compare/themes.js')).themes.map((t) => t.id);
	const {reports} = (await call.context()).corpus;
	const words = reports.map((report) => report.meta.id);
	if (kind === 'regions') {
		for (const report of reports)
			words.push(report.meta.region.zh, report.meta.region.en.toLowerCase());
	}
	// One word a line, and a line break inside a name would split it.
	return [...new Set(words.map((word) => word.replace(/\s+/g, '')))].filter(Boolean);
}

export async function runCompletion(call: Call): Promise<ExitCode> {
	const kind = call.string('words') as Kind | undefined;
	if (kind) {
		const {sanitizeLine} = await import('../text/sanitize.js');
		call.stdout.write(
			(await completionWords(call, kind)).map((word) => `${sanitizeLine(word)}\n`).join(''),
		);
		return 0;
	}
	const shell = call.args[0];
	if (shell === undefined) {
		throw usage(
			messages.missingArgument('completion', 'SHELL (bash, zsh, fish)', 'completion bash|zsh|fish'),
		);
	}
	call.stdout.write(completionScript(shell as 'bash' | 'zsh' | 'fish', call.lang));
	return 0;
}

/** The script; zsh's and fish's descriptions are in the language it is made in (--lang, LANG). */
function completionScript(shell: 'bash' | 'zsh' | 'fish', lang: Lang): string {
	return shell === 'bash' ? bashScript() : shell === 'zsh' ? zshScript(lang) : fishScript(lang);
}

const flagWords = (flags: readonly FlagSpec[]) =>
	flags.flatMap((flag) => [`--${flag.name}`, ...(flag.short ? [`-${flag.short}`] : [])]);

/** Shell words for a value source: a fixed list, a dynamic kind, or files and directories. */
function source(flag: {
	choices?: readonly string[] | undefined;
	words?: WordSource | undefined;
}): {fixed: readonly string[]} | {dynamic: Kind} | {path: 'files' | 'dirs'} | undefined {
	if (flag.choices) return {fixed: flag.choices};
	if (flag.words === 'files' || flag.words === 'dirs') return {path: flag.words};
	if (flag.words) return {dynamic: flag.words};
	return undefined;
}

const names = () => commands.map((command) => command.name);

function bashValue(spec: ReturnType<typeof source>): string {
	if (!spec) return 'return 0';
	if ('fixed' in spec)
		return `COMPREPLY=($(compgen -W "${spec.fixed.join(' ')}" -- "$cur")); return 0`;
	if ('path' in spec)
		return `COMPREPLY=($(compgen ${spec.path === 'dirs' ? '-d' : '-f'} -- "$cur")); return 0`;
	return `COMPREPLY=($(compgen -W "$(_baogao_words ${spec.dynamic})" -- "$cur")); return 0`;
}

function bashScript(): string {
	const valueFlags = (command: CommandSpec | undefined) =>
		[...globalFlags, ...(command?.flags ?? [])].filter((flag) => flag.type === 'string');
	const flagCases = (command: CommandSpec | undefined) =>
		valueFlags(command)
			.map((flag) => `\t\t\t--${flag.name}) ${bashValue(source(flag))} ;;`)
			.join('\n');
	const commandCases = commands
		.map((command) => {
			const arg = command.args[0];
			const flags = flagWords([...command.flags, ...globalFlags]).join(' ');
			return [
				`\t\t${command.name})`,
				`\t\t\tcase "$prev" in`,
				flagCases(command),
				`\t\t\tesac`,
				`\t\t\tif [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "${flags}" -- "$cur")); return 0; fi`,
				command.name === 'help'
					? `\t\t\tCOMPREPLY=($(compgen -W "${names().join(' ')}" -- "$cur"))`
					: `\t\t\t${bashValue(arg && source(arg))}`,
				'\t\t\t;;',
			].join('\n');
		})
		.join('\n');
	return `# bash completion for baogao (made by: baogao completion bash)
_baogao_words() {
	local args=() i
	# Pass on --reports DIR, so the user's own reports are offered too.
	for ((i = 1; i < \${#COMP_WORDS[@]} - 1; i++)); do
		[[ "\${COMP_WORDS[i]}" == --reports ]] && args+=(--reports "\${COMP_WORDS[i+1]}")
	done
	"\${COMP_WORDS[0]}" completion --words "$1" "\${args[@]}" 2>/dev/null
}
_baogao() {
	local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" command="" i
	for ((i = 1; i < COMP_CWORD; i++)); do
		case "\${COMP_WORDS[i]}" in
			--reports|--lang) ((i++)) ;;
			-*) ;;
			*) command="\${COMP_WORDS[i]}"; break ;;
		esac
	done
	case "$command" in
		"")
			case "$prev" in
${flagCases(undefined)}
			esac
			COMPREPLY=($(compgen -W "${[...names(), ...flagWords(globalFlags)].join(' ')}" -- "$cur"))
			;;
${commandCases}
	esac
}
complete -o default -F _baogao baogao
`;
}

function zshQuote(text: string): string {
	return text
		.replaceAll("'", "'\\''")
		.replaceAll(':', '\\:')
		.replaceAll('[', '\\[')
		.replaceAll(']', '\\]');
}

function zshAction(spec: ReturnType<typeof source>): string {
	if (!spec) return ' ';
	if ('fixed' in spec) return `(${spec.fixed.join(' ')})`;
	if ('path' in spec) return spec.path === 'dirs' ? '_files -/' : '_files';
	return `{_baogao_words ${spec.dynamic}}`;
}

function zshFlags(flags: readonly FlagSpec[], lang: Lang): string[] {
	return flags.map((flag) => {
		const help = `[${zshQuote(flag.help[lang])}]`;
		const rest =
			flag.type === 'boolean'
				? help
				: `${help}:${zshQuote(flag.value?.[lang] ?? (lang === 'zh' ? '值' : 'value'))}:${zshAction(source(flag))}`;
		return flag.short
			? `\t\t'(-${flag.short} --${flag.name})'{-${flag.short},--${flag.name}}'${rest}'`
			: `\t\t'${flag.multiple ? '*' : ''}--${flag.name}${rest}'`;
	});
}

function zshScript(lang: Lang): string {
	const commandLines = commands
		.map((command) => `\t\t'${command.name}:${zshQuote(command.summary[lang])}'`)
		.join('\n');
	const cases = commands
		.map((command) => {
			const args = command.args.map((arg) => {
				const action = command.name === 'help' ? `(${names().join(' ')})` : zshAction(source(arg));
				return `\t\t\t\t'${arg.variadic ? '*' : ''}:${zshQuote(arg.name[lang])}:${action}'`;
			});
			return [
				`\t\t${command.name})`,
				'\t\t\t_arguments -s \\',
				...[...zshFlags(command.flags, lang), ...zshFlags(globalFlags, lang)].map(
					(line) => `\t\t${line} \\`,
				),
				...args.map((line) => `${line} \\`),
				'\t\t\t\t&& return 0',
				'\t\t\t;;',
			].join('\n');
		})
		.join('\n');
	return `#compdef baogao
# zsh completion for baogao (made by: baogao completion zsh --lang ${lang})
_baogao_words() {
	local -a words
	words=(\${(f)"$(baogao completion --words $1 2>/dev/null)"})
	compadd -a words
}
_baogao() {
	local -a commands
	commands=(
${commandLines}
	)
	local curcontext="$curcontext" state line
	_arguments -C \\
${zshFlags(globalFlags, lang)
	.map((line) => `${line} \\`)
	.join('\n')}
		'1: :->command' \\
		'*:: :->args'
	case $state in
	command) _describe 'command' commands ;;
	args)
		case $line[1] in
${cases}
		esac
		;;
	esac
}
# Autoloaded from $fpath, this file is _baogao's first call: complete now. Sourced, register.
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
	_baogao "$@"
else
	compdef _baogao baogao
fi
`;
}

function fishQuote(text: string): string {
	return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

function fishArguments(spec: ReturnType<typeof source>): string {
	if (!spec) return '';
	if ('fixed' in spec) return ` -x -a ${fishQuote(spec.fixed.join(' '))}`;
	if ('path' in spec)
		return spec.path === 'dirs' ? " -x -a '(__fish_complete_directories)'" : ' -r -F';
	return ` -x -a '(baogao completion --words ${spec.dynamic} 2>/dev/null)'`;
}

function fishFlag(flag: FlagSpec, condition: string, lang: Lang): string {
	const short = flag.short ? ` -s ${flag.short}` : '';
	const value = flag.type === 'string' ? fishArguments(source(flag)) || ' -r' : '';
	return `complete -c baogao -n ${fishQuote(condition)} -l ${flag.name}${short}${value} -d ${fishQuote(flag.help[lang])}`;
}

function fishScript(lang: Lang): string {
	const all = names().join(' ');
	const lines = [
		`# fish completion for baogao (made by: baogao completion fish --lang ${lang})`,
		'complete -c baogao -f',
		...commands.map(
			(command) =>
				`complete -c baogao -n ${fishQuote(`not __fish_seen_subcommand_from ${all}`)} -a ${command.name} -d ${fishQuote(command.summary[lang])}`,
		),
		...globalFlags.map((flag) => fishFlag(flag, 'true', lang)),
	];
	for (const command of commands) {
		const seen = `__fish_seen_subcommand_from ${command.name}`;
		for (const flag of command.flags) lines.push(fishFlag(flag, seen, lang));
		const arg = command.args[0];
		if (command.name === 'help')
			lines.push(`complete -c baogao -n ${fishQuote(seen)} -a ${fishQuote(all)}`);
		else if (arg) {
			const words = fishArguments(source(arg));
			if (words) lines.push(`complete -c baogao -n ${fishQuote(seen)}${words}`);
		}
	}
	return `${lines.join('\n')}\n`;
}

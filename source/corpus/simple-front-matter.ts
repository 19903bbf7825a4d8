// Front matter as reports write it (`key: value` lines: a double-quoted string without escapes,
// a flow list of such strings, a plain word, or digits joined by hyphens) read without the YAML
// parser. The `yaml` package took 0.6-1.0 s of CPU for the front matter of 1,000 synthetic
// reports (about a tenth of a first build, measured with --cpu-prof); these lines take a few
// ms. Anything else (comments, escapes, blocks, a plain value that YAML could read as a number,
// a boolean or null, a key twice) is left to the parser, so the result is always what YAML says.

/** One line: key, then a quoted string (2), a list of quoted strings (3) or a plain value (4). */
const simpleLine =
	/^([a-z][a-z_]*): (?:"([^"\\\p{Cc}\p{Cs}\uFEFF\uFFFE\uFFFF]*)"|\[((?:"[^"\\\p{Cc}\p{Cs}\uFEFF\uFFFE\uFFFF]*")(?:, "[^"\\\p{Cc}\p{Cs}\uFEFF\uFFFE\uFFFF]*")*)?\]|([A-Za-z][A-Za-z0-9_-]*|[0-9]+(?:-[0-9]+)+))$/u;

/** Plain words YAML 1.2's core schema reads as null or a boolean, not as text. */
const notText = new Set([
	'null',
	'Null',
	'NULL',
	'true',
	'True',
	'TRUE',
	'false',
	'False',
	'FALSE',
]);

/** The front matter's fields when every line is a simple one (see above), else undefined. */
export function simpleFrontMatter(text: string): Record<string, unknown> | undefined {
	const fields: Record<string, unknown> = {};
	const seen = new Set<string>();
	for (const line of text.split('\n')) {
		const match = simpleLine.exec(line);
		if (!match) return undefined;
		const [, key, quoted, list, plain] = match;
		if (seen.has(key!)) return undefined;
		seen.add(key!);
		if (quoted !== undefined) fields[key!] = quoted;
		else if (plain !== undefined) {
			if (notText.has(plain)) return undefined;
			fields[key!] = plain;
		} else fields[key!] = list === undefined ? [] : list.slice(1, -1).split('", "');
	}
	return fields;
}

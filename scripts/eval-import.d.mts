// Types for eval-import.mjs, for the tests.
export const fields: readonly string[];
export function corpusEntries(dir: string): Array<{name: string; input: string; expect: string}>;

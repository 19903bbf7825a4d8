// Types for gen-import-corpus.mjs, for the tests.
export function encodeText(text: string, encoding: string): Buffer;
export function makeDocx(source: string): Buffer;
export const corpusFolders: Array<{sources: string; corpus: string}>;
export function withNewlines(text: string, newlines: string | undefined): string;

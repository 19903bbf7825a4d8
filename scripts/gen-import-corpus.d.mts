// Types for gen-import-corpus.mjs, for the tests.
export function encodeText(text: string, encoding: string): Buffer;
export function makeDocx(source: string): Buffer;

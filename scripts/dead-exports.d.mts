// Types for dead-exports.mjs, for the tests.
export function deadExports(root?: string): Array<{file: string; line: number; name: string}>;

// Types for stats.mjs, for the tests.
export function median(values: number[]): number;
export function percentile(values: number[], p: number): number;
export function formatMs(ms: number): string;
export function formatBytes(bytes: number): string;
export function formatRatio(ratio: number): string;

// Medians and percentiles of samples, and how the bench writes numbers.

export function median(values) {
	return percentile(values, 50);
}

/** Nearest-rank percentile: a value that was measured, never an interpolation. */
export function percentile(values, p) {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function formatMs(ms) {
	if (!Number.isFinite(ms)) return 'n/a';
	return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}

export function formatBytes(bytes) {
	if (!Number.isFinite(bytes)) return 'n/a';
	if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
	if (bytes >= 1024) return `${(bytes / 1024).toFixed(2)} KB`;
	return `${Math.round(bytes)} B`;
}

export function formatRatio(ratio) {
	return Number.isFinite(ratio) ? `${ratio.toFixed(2)}x` : 'n/a';
}

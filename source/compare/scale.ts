// Bar lengths within one metric row. Regions differ by orders of magnitude (a province has
// 1883.5万 members, a district 12.6万), so a linear bar would leave the small ones invisible;
// past a ratio of 100 between the largest and smallest value the row switches to a log scale.

/** The ratio max/min above which a row is drawn on a log scale. */
export const logScaleRatio = 100;

/** Whether a row of values spans enough orders of magnitude to need a log scale. */
export function needsLogScale(values: Array<number | null>): boolean {
	const positive = values.filter((value): value is number => value !== null && value > 0);
	if (positive.length < 2) return false;
	return Math.max(...positive) / Math.min(...positive) > logScaleRatio;
}

/**
 * Bar fractions in 0..1 for a row; null stays null. Linear: value / max. Log: the smallest
 * positive value sits one decade above the bar's origin, so it is short but visible.
 * `log` undefined decides by needsLogScale.
 */
export function scaleRow(
	values: Array<number | null>,
	options: {log?: boolean} = {},
): Array<number | null> {
	const log = options.log ?? needsLogScale(values);
	const positive = values.filter((value): value is number => value !== null && value > 0);
	if (positive.length === 0) return values.map((value) => (value === null ? null : 0));
	const max = Math.max(...positive);
	if (!log) return values.map((value) => (value === null ? null : Math.max(0, value) / max));
	const origin = Math.log10(Math.min(...positive)) - 1;
	const span = Math.log10(max) - origin;
	return values.map((value) => {
		if (value === null) return null;
		if (value <= 0) return 0;
		return (Math.log10(value) - origin) / span;
	});
}

import type {Report} from './types.js';

/**
 * A memo of what a pure function makes from a report and a key (a width, a language…): held
 * weakly by the report, so a report let go of takes its values with it, and at most `limit`
 * keys a report, the oldest dropped first.
 */
export function reportMemo<Value>(
	limit: number,
): (report: Report, key: string, build: () => Value) => Value {
	const byReport = new WeakMap<Report, Map<string, Value>>();
	return (report, key, build) => {
		let byKey = byReport.get(report);
		if (!byKey) {
			byKey = new Map();
			byReport.set(report, byKey);
		}
		if (byKey.has(key)) return byKey.get(key)!;
		if (byKey.size >= limit) byKey.delete(byKey.keys().next().value!);
		const value = build();
		byKey.set(key, value);
		return value;
	};
}

// How every count the interface and the CLI show is written: digits grouped in threes with a
// comma, 10,000 and 213,603. Chinese too: these are exact counts (reports, hits, characters),
// and 万 either rounds them (21.4万 hides the exact number) or splits them unusually (21万3603);
// the comma in threes is what CLDR's zh locale and Chinese software write for exact counts.
//
// Written by hand, not with Intl.NumberFormat: the first number format of a process loads ICU's
// data, 12–88 ms in a fresh Node 24 here (measured with `node -e`), which the library's first
// frame paid for its one column of sizes.

/** A count with its thousands grouped: 10000 → "10,000"; anything not a whole number as is. */
export function formatCount(count: number): string {
	const digits = String(Math.abs(count));
	if (digits.length <= 3 || !/^\d+$/.test(digits)) return String(count);
	const head = digits.length % 3 || 3;
	let grouped = digits.slice(0, head);
	for (let at = head; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
	return count < 0 ? `-${grouped}` : grouped;
}

/** A name that matches none of the known choices (a region, metric or theme). */
export class ChoiceError extends Error {
	override name = 'ChoiceError';
	constructor(
		readonly kind: string,
		readonly given: string,
		readonly choices: string[],
		problem = 'unknown',
	) {
		super(`${problem} ${kind} "${given}"; choose from: ${choices.join(', ')}`);
	}
}

// A report named on the command line (show, search --report, figures), apart from show's
// layout: search and figures need the look-up, not the report lines, line breaking and
// wrapping show prints with (three chunks fewer for every search).
import {ChoiceError} from '../compare/errors.js';
import {idNamedBy, resolveRegions} from '../compare/regions.js';
import type {Library} from '../corpus/report-lookup.js';
import type {Report} from '../corpus/types.js';
import {choiceUsage} from './messages.js';

/**
 * Finds a report the way `compare` finds regions: by id, by region name in either script
 * (whole or part), by English name or by pinyin. An id is looked up without making the
 * library (see Library); only a name needs every report's.
 */
export function findReport(library: Library, query: string): Report {
	const byId = library.firstReportWhere(idNamedBy(query));
	if (byId) return byId;
	const {reports} = library;
	try {
		return resolveRegions([query], reports)[0]!;
	} catch (error) {
		if (!(error instanceof ChoiceError)) throw error;
		const ambiguous = error.message.startsWith('ambiguous');
		throw choiceUsage(
			new ChoiceError(
				'report',
				query,
				ambiguous ? error.choices : reports.map((report) => report.meta.id),
				ambiguous ? 'ambiguous' : 'unknown',
			),
		);
	}
}

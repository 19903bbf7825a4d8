// `baogao compare [REGION...] [--metric ID]... [--theme THEME] [--json|--csv]`: the metric
// table (or one theme's sections) for the chosen regions; all regions when none is named.
import {compareReports, resolveMetrics} from '../compare/compare.js';
import {ChoiceError} from '../compare/errors.js';
import {comparisonCsvRows, comparisonJson} from '../compare/export.js';
import {resolveRegions} from '../compare/regions.js';
import {renderTable, type TableLayout} from '../compare/table.js';
import {renderThemeView} from '../compare/theme-view.js';
import {sectionsForTheme, themeById, themes} from '../compare/themes.js';
import type {Report} from '../corpus/types.js';
import type {Figure} from '../figures/types.js';
import type {CommandContext, ExitCode} from './context.js';
import {choiceUsage, messages, usage} from './messages.js';
import {toCsv, toJson} from './output.js';

type CompareFlags = {
	metric: string[];
	theme?: string | undefined;
	json: boolean;
	csv: boolean;
};

/** Terminal width used when a TTY reports none. */
const defaultColumns = 80;

export function runCompare(
	ctx: CommandContext,
	regionArgs: string[],
	flags: CompareFlags,
	figures?: (report: Report) => Figure[],
): ExitCode {
	if (flags.json && flags.csv) throw usage(messages.exclusive('--json', '--csv'));
	const reports = asUsage(() => resolveRegions(regionArgs, ctx.corpus.reports));
	if (reports.length === 0) {
		ctx.stderr.write(messages.noReportsToCompare[ctx.lang]);
		return 1;
	}
	const layout: TableLayout = {
		lang: ctx.lang,
		fit: ctx.stdout.isTTY,
		columns: ctx.stdout.columns > 0 ? ctx.stdout.columns : defaultColumns,
	};
	if (flags.theme !== undefined) return runTheme(ctx, reports, flags, layout);
	const metrics = asUsage(() => resolveMetrics(flags.metric)).map((metric) => metric.id);
	const comparison = compareReports(reports, figures ? {metrics, figures} : {metrics});
	if (flags.json) ctx.stdout.write(toJson(comparisonJson(comparison)));
	else if (flags.csv) ctx.stdout.write(toCsv(comparisonCsvRows(comparison, ctx.lang)));
	else ctx.stdout.write(renderTable(comparison, layout));
	return 0;
}

function runTheme(
	ctx: CommandContext,
	reports: Report[],
	flags: CompareFlags,
	layout: TableLayout,
): ExitCode {
	const themeId = (flags.theme ?? '').trim().toLowerCase();
	const theme = themeById(themeId);
	if (!theme) {
		throw choiceUsage(
			new ChoiceError(
				'theme',
				flags.theme ?? '',
				themes.map((known) => known.id),
			),
		);
	}
	if (flags.csv) throw usage(messages.exclusive('--theme', '--csv'));
	if (flags.metric.length > 0) throw usage(messages.exclusive('--metric', '--theme'));
	const groups = sectionsForTheme(reports, theme.id);
	if (flags.json) {
		ctx.stdout.write(
			toJson({
				theme: {id: theme.id, label: theme.label},
				regions: groups.map((group) => ({
					report: group.report.meta.id,
					region: group.report.meta.region,
					sections: group.sections.map(({index, section}) => ({
						index,
						title: section.title,
						blocks: section.blocks.map((block) => block.text),
					})),
				})),
			}),
		);
	} else {
		ctx.stdout.write(renderThemeView(groups, theme, layout));
	}
	return groups.some((group) => group.sections.length > 0) ? 0 : 1;
}

/** Turns a bad region or metric name into a usage error that lists the choices. */
function asUsage<T>(work: () => T): T {
	try {
		return work();
	} catch (error) {
		if (error instanceof ChoiceError) throw choiceUsage(error);
		throw error;
	}
}

// Compare: pick regions, then a metrics table (with every match of a cell on its own page) or
// the theme columns.
import type {Lang} from '../../i18n/lang.js';
import type {Cell, Comparison, MetricRow} from '../../compare/types.js';
import type {Figure} from '../../figures/types.js';
import type {Report} from '../../corpus/types.js';
import type {Command} from '../kit/commands.js';
import {clamp, pageStep, scrollWindow, type Size} from '../kit/geometry.js';
import {reportById} from '../../corpus/report-lookup.js';
import {compareGeometry, tableWidths, themeGeometry} from './compare-geometry.js';
import type {AppServices} from '../../services/services.js';
import {strings} from '../../i18n/strings.js';
import {themeColumnLines} from './theme-columns.js';

type ComparePhase = 'pick' | 'table' | 'themes' | 'matches';

export type CompareView = {
	screen: 'compare';
	phase: ComparePhase;
	pickCursor: number;
	/** Chosen report ids, in library order. */
	selected: string[];
	comparison: Comparison | undefined;
	row: number;
	column: number;
	/** First region column shown when they do not all fit. */
	firstColumn: number;
	/** Bar scale: undefined lets each row choose, true/false force log/linear. */
	log: boolean | undefined;
	theme: number;
	themeScroll: number;
	/** On the matches page: the chosen match (0 is the figure the table shows). */
	match: number;
};

export function newCompare(): CompareView {
	return {
		screen: 'compare',
		phase: 'pick',
		pickCursor: 0,
		selected: [],
		comparison: undefined,
		row: 0,
		column: 0,
		firstColumn: 0,
		log: undefined,
		theme: 0,
		themeScroll: 0,
		match: 0,
	};
}

type CompareContext = {
	reports: Report[];
	size: Size;
	lang: Lang;
	services: AppServices;
};

/** A place in a report to open the reader at: a figure, or the start of a section. */
export type CompareTarget = {
	report: string;
	section: number;
	block: number;
	/** The text to mark in the block, [start, end). */
	range?: [number, number];
};

type CompareResult = {
	view: CompareView;
	notice?: string;
	back?: boolean;
	open?: CompareTarget;
};

/** The cell under the table's cursor. */
export function focusedCell(view: CompareView): Cell | null {
	const metric = view.comparison?.metrics[view.row];
	const region = view.comparison?.regions[view.column];
	return (metric && region && metric.cells[region.report]) ?? null;
}

/**
 * What y and Y copy: in the table the focused cell's figure, on its matches page the chosen
 * match; with the metric it was found for.
 */
export function citedMatch(view: CompareView): {figure: Figure; metric: MetricRow} | undefined {
	if (view.phase !== 'table' && view.phase !== 'matches') return undefined;
	const metric = view.comparison?.metrics[view.row];
	const cell = focusedCell(view);
	if (!metric || !cell) return undefined;
	const figure = view.phase === 'matches' ? cellMatches(cell)[view.match] : cell.figure;
	return figure && {figure, metric};
}

/** A cell's matches: the figure the table shows, then the others that also matched. */
export function cellMatches(cell: Cell): Figure[] {
	return [cell.figure, ...cell.alternatives];
}

function figureTarget(figure: Figure): CompareTarget {
	return {
		report: figure.report,
		section: figure.section,
		block: figure.block,
		range: [figure.start, figure.end],
	};
}

export function reduceCompare(
	view: CompareView,
	command: Command,
	context: CompareContext,
): CompareResult {
	switch (view.phase) {
		case 'pick':
			return reducePick(view, command, context);
		case 'table':
			return reduceTable(view, command, context);
		case 'themes':
			return reduceThemes(view, command, context);
		case 'matches':
			return reduceMatches(view, command);
	}
}

function reducePick(view: CompareView, command: Command, context: CompareContext): CompareResult {
	const {reports} = context;
	const last = reports.length - 1;
	switch (command) {
		case 'down':
			return {view: {...view, pickCursor: clamp(view.pickCursor + 1, 0, last)}};
		case 'up':
			return {view: {...view, pickCursor: clamp(view.pickCursor - 1, 0, last)}};
		case 'toggle': {
			const id = reports[view.pickCursor]?.meta.id;
			if (!id) return {view};
			const chosen = new Set(view.selected);
			if (chosen.has(id)) chosen.delete(id);
			else chosen.add(id);
			// Toggling moves on, so Space Space Space picks a run of regions.
			return {
				view: {
					...view,
					selected: inLibraryOrder(reports, chosen),
					pickCursor: clamp(view.pickCursor + 1, 0, last),
				},
			};
		}
		case 'toggleAll': {
			const all = view.selected.length === reports.length;
			return {view: {...view, selected: all ? [] : reports.map((report) => report.meta.id)}};
		}
		case 'continue': {
			if (view.selected.length < 2) {
				return {view, notice: strings[context.lang].pickAtLeastTwo};
			}
			const chosen = chosenReports(view, reports);
			const comparison = context.services.compare(chosen);
			return {
				view: {
					...view,
					phase: 'table',
					comparison,
					row: 0,
					column: 0,
					firstColumn: 0,
					theme: 0,
					themeScroll: 0,
				},
			};
		}
		case 'back':
			return {view, back: true};
		default:
			return {view};
	}
}

function inLibraryOrder(reports: Report[], chosen: Set<string>): string[] {
	return reports.map((report) => report.meta.id).filter((id) => chosen.has(id));
}

function reduceTable(view: CompareView, command: Command, context: CompareContext): CompareResult {
	const comparison = view.comparison;
	if (!comparison) return {view: {...view, phase: 'pick'}};
	const regionCount = comparison.regions.length;
	const geometry = compareGeometry(
		context.size,
		regionCount,
		tableWidths(comparison, context.lang),
	);
	const shown = geometry.columnsShown;
	const toColumn = (column: number): CompareResult => {
		const next = clamp(column, 0, regionCount - 1);
		return {
			view: {
				...view,
				column: next,
				firstColumn: scrollWindow(next, regionCount, shown, view.firstColumn),
			},
		};
	};
	const lastRow = comparison.metrics.length - 1;
	switch (command) {
		case 'down':
			return {view: {...view, row: clamp(view.row + 1, 0, lastRow)}};
		case 'up':
			return {view: {...view, row: clamp(view.row - 1, 0, lastRow)}};
		case 'right':
			return toColumn(view.column + 1);
		case 'left':
			return toColumn(view.column - 1);
		case 'nextColumns':
		case 'previousColumns': {
			const step = command === 'nextColumns' ? shown : -shown;
			const firstColumn = clamp(view.firstColumn + step, 0, regionCount - shown);
			const column = clamp(view.column + (firstColumn - view.firstColumn), 0, regionCount - 1);
			return {view: {...view, firstColumn, column}};
		}
		case 'logScale':
			// Automatic, then all log, then all linear, then automatic again.
			return {view: {...view, log: view.log === undefined ? true : view.log ? false : undefined}};
		case 'switchView':
			return {view: {...view, phase: 'themes', themeScroll: 0}};
		case 'open': {
			// Enter shows the other matches when there are any; else it opens the report.
			const cell = focusedCell(view);
			if (!cell) return {view};
			if (cell.alternatives.length > 0) return {view: {...view, phase: 'matches', match: 0}};
			return {view, open: figureTarget(cell.figure)};
		}
		case 'otherMatches':
			return focusedCell(view) ? {view: {...view, phase: 'matches', match: 0}} : {view};
		case 'back':
			return {view: {...view, phase: 'pick'}};
		default:
			return {view};
	}
}

function reduceMatches(view: CompareView, command: Command): CompareResult {
	const cell = focusedCell(view);
	if (!cell) return {view: {...view, phase: 'table'}};
	const last = cell.alternatives.length;
	switch (command) {
		case 'down':
			return {view: {...view, match: clamp(view.match + 1, 0, last)}};
		case 'up':
			return {view: {...view, match: clamp(view.match - 1, 0, last)}};
		case 'open': {
			const figure = cellMatches(cell)[view.match];
			return figure ? {view, open: figureTarget(figure)} : {view};
		}
		case 'back':
			return {view: {...view, phase: 'table'}};
		default:
			return {view};
	}
}

/** The longest of the visible theme columns, in lines. */
function themeLineCount(view: CompareView, context: CompareContext): number {
	const theme = context.services.themes()[view.theme];
	if (!theme || !view.comparison) return 0;
	const chosen = chosenReports(view, context.reports);
	const geometry = themeGeometry(context.size, chosen.length);
	const columns = context.services.themeSections(chosen, theme.id);
	let longest = 0;
	for (const column of columns.slice(view.firstColumn, view.firstColumn + geometry.columnsShown)) {
		const report = chosen.find((candidate) => candidate.meta.id === column.report);
		if (!report) continue;
		const lines = themeColumnLines(report, column.sections, geometry.columnWidth, context.lang);
		longest = Math.max(longest, lines.length);
	}
	return longest;
}

/**
 * Where Enter in the theme view leads: the focused region's section whose text is at the top of
 * its column (the section heading last scrolled past), or its first section on the theme.
 */
function themeTarget(view: CompareView, context: CompareContext): CompareTarget | undefined {
	const theme = context.services.themes()[view.theme];
	if (!theme) return undefined;
	const chosen = chosenReports(view, context.reports);
	const report = chosen[view.column];
	if (!report) return undefined;
	const sections =
		context.services
			.themeSections([report], theme.id)
			.find((column) => column.report === report.meta.id)?.sections ?? [];
	const geometry = themeGeometry(context.size, chosen.length);
	const lines = themeColumnLines(report, sections, geometry.columnWidth, context.lang);
	let section: number | undefined;
	for (const [index, line] of lines.entries()) {
		if (line.section === undefined) continue;
		if (index > view.themeScroll && section !== undefined) break;
		section = line.section;
	}
	return section === undefined ? undefined : {report: report.meta.id, section, block: 0};
}

/**
 * The chosen reports, in library order (as `selected` keeps them), looked up by id: filtering
 * the library was O(library × chosen) for every frame of the comparison.
 */
export function chosenReports(view: CompareView, reports: readonly Report[]): Report[] {
	return view.selected.flatMap((id) => reportById(reports, id) ?? []);
}

function reduceThemes(view: CompareView, command: Command, context: CompareContext): CompareResult {
	const themeCount = context.services.themes().length;
	const regionCount = view.selected.length;
	const geometry = themeGeometry(context.size, regionCount);
	const maxScroll = Math.max(0, themeLineCount(view, context) - geometry.bodyHeight);
	const scrollTo = (line: number): CompareResult => ({
		view: {...view, themeScroll: clamp(line, 0, maxScroll)},
	});
	const page = pageStep(geometry.bodyHeight);
	switch (command) {
		case 'nextTheme':
		case 'previousTheme': {
			if (themeCount === 0) return {view};
			const step = command === 'nextTheme' ? 1 : -1;
			return {
				view: {...view, theme: (view.theme + step + themeCount) % themeCount, themeScroll: 0},
			};
		}
		case 'down':
			return scrollTo(view.themeScroll + 1);
		case 'up':
			return scrollTo(view.themeScroll - 1);
		case 'pageDown':
			return scrollTo(view.themeScroll + page);
		case 'pageUp':
			return scrollTo(view.themeScroll - page);
		case 'top':
			return scrollTo(0);
		case 'bottom':
			return scrollTo(maxScroll);
		case 'nextRegion':
		case 'previousRegion': {
			const column = clamp(
				view.column + (command === 'nextRegion' ? 1 : -1),
				0,
				Math.max(0, regionCount - 1),
			);
			const firstColumn = scrollWindow(
				column,
				regionCount,
				geometry.columnsShown,
				view.firstColumn,
			);
			// Scrolling is shared by the columns shown: a new set of columns starts at the top.
			const themeScroll = firstColumn === view.firstColumn ? view.themeScroll : 0;
			return {view: {...view, column, firstColumn, themeScroll}};
		}
		case 'open': {
			const target = themeTarget(view, context);
			if (target) return {view, open: target};
			return {view, notice: strings[context.lang].noSectionsForTheme};
		}
		case 'switchView': {
			// The table may show a different number of columns; keep the cursor's column visible.
			if (!view.comparison) return {view: {...view, phase: 'table'}};
			const table = compareGeometry(
				context.size,
				regionCount,
				tableWidths(view.comparison, context.lang),
			);
			const firstColumn = scrollWindow(
				view.column,
				regionCount,
				table.columnsShown,
				view.firstColumn,
			);
			return {view: {...view, phase: 'table', firstColumn}};
		}
		case 'back':
			return {view: {...view, phase: 'pick'}};
		default:
			return {view};
	}
}

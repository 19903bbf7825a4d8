// Finding the hits the reader steps through with n/N: a search, so it runs here, where the app
// calls its services, and the reducer only folds the result in (foldHits).
import {useLayoutEffect} from 'react';
import type {Report} from '../../corpus/types.js';
import type {AppServices} from '../../services/services.js';
import {compareTargets, type HitQuery, type Target, targetOfHit} from './reader-state.js';

/** Every hit of a query in one report, in reading order. */
export function hitsInReport(services: AppServices, wanted: HitQuery, report: Report): Target[] {
	const {query, kind, includes} = wanted;
	const hits = services.search(query, {
		report: report.meta.id,
		limit: 1000,
		...(kind ? {kind} : {}),
	});
	const targets = hits.map((hit) => targetOfHit(hit, report));
	if (includes && !targets.some((known) => compareTargets(known, includes) === 0)) {
		targets.push(includes);
	}
	targets.sort(compareTargets);
	// A figure hit and its paragraph hit may point at the same place; keep one.
	return targets.filter(
		(target, index) => index === 0 || compareTargets(targets[index - 1]!, target) !== 0,
	);
}

/**
 * Finds the hits `wanted` in `report` and hands them to `onHits` as soon as the reader shows
 * them: in the commit that shows the reader, so no key can come before them.
 */
export function useReaderHits(
	report: Report | undefined,
	wanted: HitQuery | undefined,
	services: AppServices,
	onHits: (report: string, wanted: HitQuery, hits: Target[]) => void,
): void {
	useLayoutEffect(() => {
		if (!report || !wanted) return;
		onHits(report.meta.id, wanted, hitsInReport(services, wanted, report));
	}, [report, wanted, services, onHits]);
}

import type { Table } from 'apache-arrow';
import type { RouteData } from '../../layers/route-data.ts';
import { routeLabel } from '../../layers/route-paths.ts';
import { guardRouteFigures, type MapFigures, routeDataKeys } from '../map-figures/guard-map-figures.ts';
import type { CrossingSummary } from './hotspot-view.ts';

/** Key of a crossing's route figure: the route label and crime type the analysis keys it by. */
export function crossingFigureKey(routeKey: string, crimeType: string): string {
  return `${routeKey}\u0000${crimeType}`;
}

/**
 * The guarded persons of each drawn route (`routes`, as the corridor analysis takes them),
 * keyed by crossingFigureKey, from the result of `mapFigureVariantsSql('routes', …)`: the
 * crossings list shows the same figures as the map's table view. Pure.
 */
export function crossingFigures(routes: RouteData, figures: Table, k: number): MapFigures {
  const keys = routeDataKeys(routes);
  const guarded = guardRouteFigures(figures, k, new Set(keys));
  return new Map(
    keys.map((key, i) => [
      crossingFigureKey(routeLabel(routes, i), routes.crimeType[i]!),
      guarded.get(key) ?? null,
    ]),
  );
}

/**
 * The crossings in the order the list shows them: largest shown figure first, hidden or not
 * yet checked ones last (then by route and corridor), so a hidden figure's place in the list
 * does not pin it between two shown ones. Pure.
 */
export function sortCrossingsByFigure(
  crossings: readonly CrossingSummary[],
  figures: MapFigures | null,
): CrossingSummary[] {
  const shown = (c: CrossingSummary) => figures?.get(crossingFigureKey(c.routeKey, c.crimeType)) ?? null;
  return [...crossings].sort((a, b) => {
    const x = shown(a);
    const y = shown(b);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return y - x;
    }
    return a.routeKey.localeCompare(b.routeKey) || a.corridorName.localeCompare(b.corridorName);
  });
}

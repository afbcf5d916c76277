import type { Filters } from '../state/filters.ts';
import { type QuerySource, toSource } from './cube/source.ts';
import { filterPredicate, personsExpr } from './filters.ts';
import { sqlNumber } from './sql.ts';

/** Options of the multi-leg route query. */
export interface RoutesQueryOptions {
  filters: Filters;
  topN: number;
  /** Incidents table or cube to read (default the raw `incidents` table). */
  source?: string | QuerySource;
}

/**
 * Persons per distinct route, crime type and path (origin, transit list, destination), every
 * one of them: the rows {@link routesQuery} ranks and draws, and what the map's figure guard
 * compares between a view and its neighbours (one builder, so both count alike). Persons
 * only, never incidents: see `personsOnly` in cube/needs.ts. Pure.
 */
export function routeTotalsQuery({
  filters,
  source,
}: Pick<RoutesQueryOptions, 'filters' | 'source'>): string {
  const src = toSource(source);
  return `SELECT coalesce(route, '') AS route, crime_type, origin, transit, destination,
    sum(${personsExpr(filters)})::DOUBLE AS persons
  FROM ${src.table}
  WHERE ${filterPredicate(filters)} AND origin IS NOT NULL AND destination IS NOT NULL
  GROUP BY ALL HAVING sum(${personsExpr(filters)}) > 0`;
}

/**
 * Multi-leg routes origin → transit… → destination, one row per distinct path and crime
 * type, the top N by persons in rank order (ties in key order, so the cut is deterministic),
 * with `transit` as `|`-joined ISO3 codes. The paths are drawn in JavaScript from these codes
 * (`toRouteData`, src/geo/route-anchors.ts): assembling them here, with list functions over
 * map lookups of the anchor points, took 40–60 % of this statement's time on DuckDB-WASM
 * (8.3 → 5.1 ms on the raw 100k table, 5.9 → 2.5 ms on a fitted cube, Node). The cut is an
 * `ORDER BY … LIMIT` (a top-N operator), not a ranking window over every route: in the
 * browser that window cost about 1 ms of a 3 ms statement on the app's cubes. Pure.
 */
export function routesQuery({ filters, topN, source }: RoutesQueryOptions): string {
  // Ordinals, because `transit` is the list in `r` and its `|`-joined text in the output.
  return `WITH r AS (
${routeTotalsQuery({ filters, ...(source !== undefined ? { source } : {}) })}
)
SELECT route, crime_type, origin, array_to_string(transit, '|') AS transit, destination, persons
FROM r
ORDER BY 6 DESC, 1, 2, 3, 5, 4
LIMIT ${sqlNumber(topN)}`;
}

import type { Filters } from '../state/filters.ts';
import { incidentCount, type QuerySource, toSource } from './cube/source.ts';
import { filterPredicate, personsExpr } from './filters.ts';
import { pointMapSQL } from './point-map.ts';
import { sqlNumber } from './sql.ts';

/** Options of the multi-leg route query. */
export interface RoutesQueryOptions {
  filters: Filters;
  topN: number;
  /** Country anchor points (iso3, lon, lat). */
  pointsTable?: string;
  /** One crossing point per unordered country pair (a, b with a < b, lon, lat). */
  anchorsTable?: string;
  /** Incidents table or cube to read (default the raw `incidents` table). */
  source?: string | QuerySource;
}

/**
 * Persons and incidents per distinct route, crime type and path (origin, transit list,
 * destination), every one of them: the rows {@link routesQuery} ranks and draws, and what the
 * map's figure guard compares between a view and its neighbours (one builder, so both count
 * alike). Pure.
 */
export function routeTotalsQuery({
  filters,
  source,
}: Pick<RoutesQueryOptions, 'filters' | 'source'>): string {
  const src = toSource(source);
  return `SELECT coalesce(route, '') AS route, crime_type, origin, transit, destination,
    sum(${personsExpr(filters)})::DOUBLE AS persons, ${incidentCount(src)}::DOUBLE AS incidents
  FROM ${src.table}
  WHERE ${filterPredicate(filters)} AND origin IS NOT NULL AND destination IS NOT NULL
  GROUP BY ALL HAVING sum(${personsExpr(filters)}) > 0`;
}

/**
 * Multi-leg routes origin → transit… → destination, one row per distinct path and crime
 * type, top-N by persons. Each path runs through country anchor points and, between two
 * neighbouring countries, through their border crossing when one is known (Darién between
 * Colombia and Panama, for instance); a stop without a known point is skipped, and a path of
 * fewer than two points is not drawn. The points and crossings are read as two maps, built
 * once per statement from the small reference tables, and each of the N paths is assembled
 * with list functions: a third of the time the same assembly took as joins over the unnested
 * stops (measured on DuckDB-WASM, 100k incidents), which were most of this query's cost.
 * `path` is LIST<FLOAT[2]>: the Arrow child buffer is already the interleaved lon/lat array
 * deck.gl's PathLayer takes, and the list offsets are its start indices.
 */
export function routesQuery({
  filters,
  topN,
  pointsTable = 'country_points',
  anchorsTable = 'pair_anchors',
  source,
}: RoutesQueryOptions): string {
  return `WITH r AS (
${routeTotalsQuery({ filters, ...(source !== undefined ? { source } : {}) })}
), top AS (
  SELECT *, row_number() OVER (ORDER BY persons DESC, route, crime_type, origin, destination, array_to_string(transit, '|')) AS rank,
    sum(persons) OVER () AS total_persons
  FROM r QUALIFY rank <= ${sqlNumber(topN)}
), points AS (
  ${pointMapSQL(pointsTable)}
), crossings AS (
  ${pointMapSQL(anchorsTable, "a || '|' || b")}
), stops AS (
  SELECT t.*, list_concat([t.origin], t.transit, [t.destination]) AS stops, points.m AS pm, crossings.m AS cm
  FROM top t, points, crossings
), paths AS (
  SELECT *, list_filter(flatten(list_transform(range(1, len(stops) + 1), i -> [
      map_extract_value(pm, stops[i]),
      CASE WHEN i < len(stops)
        THEN map_extract_value(cm, least(stops[i], stops[i + 1]) || '|' || greatest(stops[i], stops[i + 1])) END
    ])), p -> p IS NOT NULL) AS path
  FROM stops
)
SELECT rank, route, crime_type, origin, array_to_string(transit, '|') AS transit, destination,
  persons, incidents, total_persons, path::FLOAT[2][] AS path
FROM paths
WHERE len(path) >= 2
ORDER BY rank`;
}

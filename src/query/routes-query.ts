import type { Filters } from '../state/filters.ts';
import { incidentCount, type QuerySource, toSource } from './cube/source.ts';
import { filterPredicate, personsExpr } from './filters.ts';
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
 * Colombia and Panama, for instance). `path` is LIST<FLOAT[2]>: the Arrow child buffer is
 * already the interleaved lon/lat array deck.gl's PathLayer takes, and the list offsets are
 * its start indices.
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
), stops AS (
  SELECT rank, unnest(list_concat([origin], transit, [destination])) AS iso3,
    generate_subscripts(list_concat([origin], transit, [destination]), 1) AS idx
  FROM top
), steps AS (
  SELECT s.rank, s.idx * 2 AS ord, p.lon, p.lat FROM stops s JOIN ${pointsTable} p ON p.iso3 = s.iso3
  UNION ALL
  SELECT s.rank, s.idx * 2 + 1 AS ord, a.lon, a.lat
  FROM stops s JOIN stops n ON n.rank = s.rank AND n.idx = s.idx + 1
  JOIN ${anchorsTable} a ON a.a = least(s.iso3, n.iso3) AND a.b = greatest(s.iso3, n.iso3)
), paths AS (
  SELECT rank, list([lon::FLOAT, lat::FLOAT]::FLOAT[2] ORDER BY ord) AS path, count(*) AS points
  FROM steps GROUP BY rank
)
SELECT t.rank, t.route, t.crime_type, t.origin, array_to_string(t.transit, '|') AS transit, t.destination,
  t.persons, t.incidents, t.total_persons, p.path
FROM top t JOIN paths p USING (rank)
WHERE p.points >= 2
ORDER BY t.rank`;
}

import type { Filters } from '../state/filters.ts';
import { incidentCount, type QuerySource, toSource } from './cube/source.ts';
import { filterPredicate, personsExpr } from './filters.ts';
import { sqlNumber } from './sql.ts';

/** How flows are split into coloured sub-flows. */
export type FlowSplit = 'crime_type' | 'sex_age' | 'exploitation';

/** Options of the origin → destination flow query. */
export interface FlowsQueryOptions {
  filters: Filters;
  split: FlowSplit;
  /** Flows kept after ranking by persons; the rest are summed into "other flows". */
  topN: number;
  /** Table of country anchor points (iso3, lon, lat). */
  pointsTable?: string;
  /** Incidents table or cube to read (default the raw `incidents` table). */
  source?: string | QuerySource;
}

/**
 * The category column and measure for a split. Sex/age splits unpivot the five count
 * columns with a parallel unnest; exploitation splits unnest the list (an incident with two
 * forms counts in both, which the legend says).
 */
export function splitColumns(filters: Filters, split: FlowSplit): { category: string; measure: string } {
  if (split === 'sex_age') {
    const cols = filters.sexAge.length
      ? filters.sexAge
      : ['women', 'men', 'girls', 'boys', 'unknown_sex_age'];
    return {
      category: `unnest([${cols.map((c) => `'${c}'`).join(', ')}])`,
      measure: `unnest([${cols.join(', ')}])`,
    };
  }
  if (split === 'exploitation') {
    return {
      category: "unnest(CASE WHEN len(exploitation) = 0 THEN ['none'] ELSE exploitation END)",
      measure: personsExpr(filters),
    };
  }
  return { category: 'crime_type', measure: personsExpr(filters) };
}

/**
 * Origin → destination flows between country anchor points, split by a category, top-N by
 * persons. Returns one row per (origin, destination, category) with `source` and `target`
 * as FLOAT[2] (an Arrow fixed-size list: a ready Float32Array for deck.gl), plus the
 * window total so the caller can show "other flows" without a second query.
 */
export function flowsQuery({
  filters,
  split,
  topN,
  pointsTable = 'country_points',
  source,
}: FlowsQueryOptions): string {
  const { category, measure } = splitColumns(filters, split);
  const src = toSource(source);
  const weight = src.weight === null ? '' : `, ${src.weight}`;
  return `WITH base AS (
  SELECT origin, destination, ${category} AS category, ${measure} AS n${weight}
  FROM ${src.table}
  WHERE ${filterPredicate(filters)} AND origin IS NOT NULL AND destination IS NOT NULL AND origin <> destination
), flows AS (
  SELECT origin, destination, category::VARCHAR AS category, sum(n)::DOUBLE AS persons, ${incidentCount(src)}::DOUBLE AS incidents
  FROM base GROUP BY origin, destination, category HAVING sum(n) > 0
), ranked AS (
  SELECT *, row_number() OVER (ORDER BY persons DESC, origin, destination, category) AS rank,
    sum(persons) OVER () AS total_persons, count(*) OVER () AS total_flows
  FROM flows
)
SELECT r.origin, r.destination, r.category, r.persons, r.incidents, r.rank, r.total_persons, r.total_flows,
  [o.lon::FLOAT, o.lat::FLOAT]::FLOAT[2] AS source,
  [d.lon::FLOAT, d.lat::FLOAT]::FLOAT[2] AS target
FROM ranked r
JOIN ${pointsTable} o ON o.iso3 = r.origin
JOIN ${pointsTable} d ON d.iso3 = r.destination
WHERE r.rank <= ${sqlNumber(topN)}
ORDER BY r.rank`;
}

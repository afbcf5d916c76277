import type { Filters } from '../state/filters.ts';
import { type QuerySource, toSource } from './cube/source.ts';
import { filterPredicate, personsExpr } from './filters.ts';
import { sqlNumber } from './sql.ts';

/** Options of the incident density query. */
export interface IncidentsGridQueryOptions {
  filters: Filters;
  /** Grid cell size in degrees (coarser at low zoom). */
  cellDegrees: number;
  /** Incidents table or cube to read (default the raw `incidents` table). */
  source?: string | QuerySource;
}

/**
 * Incident density on a regular grid, aggregated in DuckDB: one row per cell with persons by
 * crime type and the cell centre as two FLOAT columns `x`, `y` (lon, lat). Raw rows never
 * reach JavaScript; the caller hides cells below the suppression threshold and orders the
 * rest (toGridData). Building a FLOAT[2] per cell and sorting here cost 0.3–0.4 ms of a
 * 2 ms statement in the browser (variants timed on the app's cubes, 100k incidents), for
 * about 100 cells. Persons only, never incidents: see
 * `personsOnly` in cube/needs.ts. Pure.
 */
export function incidentsGridQuery({ filters, cellDegrees, source }: IncidentsGridQueryOptions): string {
  const src = toSource(source);
  const c = sqlNumber(cellDegrees);
  const n = personsExpr(filters);
  return `SELECT
  ((floor(lon / ${c}) + 0.5) * ${c})::FLOAT AS x,
  ((floor(lat / ${c}) + 0.5) * ${c})::FLOAT AS y,
  sum(${n})::DOUBLE AS persons,
  sum(CASE WHEN crime_type = 'trafficking' THEN ${n} ELSE 0 END)::DOUBLE AS trafficking,
  sum(CASE WHEN crime_type = 'smuggling' THEN ${n} ELSE 0 END)::DOUBLE AS smuggling,
  sum(CASE WHEN crime_type = 'both' THEN ${n} ELSE 0 END)::DOUBLE AS both,
  sum(CASE WHEN crime_type = 'unknown' THEN ${n} ELSE 0 END)::DOUBLE AS unknown
FROM ${src.table}
WHERE ${filterPredicate(filters)} AND lat IS NOT NULL AND lon IS NOT NULL
GROUP BY floor(lon / ${c}), floor(lat / ${c})
HAVING sum(${n}) > 0`;
}

import type { FilterKey, Filters } from '../state/filters.ts';
import { filterPredicate, monthLiteral, personsExpr } from './filters.ts';
import { sqlNumber } from './sql.ts';

/** Options of {@link proximityQuery}. */
export interface ProximityQueryOptions {
  filters: Filters;
  /**
   * Months (`YYYY-MM`, inclusive) to read. The corridor analysis needs the previous period as
   * well as the filtered one, so the caller passes the window and the period filter is
   * replaced by it; null reads every month.
   */
  window: readonly [string, string] | null;
  /** Grid the positions are coarsened to, degrees (default 0.01°). */
  cellDegrees?: number;
}

/** Crime-type codes of the result, in the order of CRIME_TYPES (src/schema/incident.ts). */
const CRIME_TYPE_CODE = `CASE crime_type WHEN 'trafficking' THEN 0 WHEN 'smuggling' THEN 1 WHEN 'both' THEN 2 ELSE 3 END`;

/**
 * Incidents aggregated by coarsened position × crime type × month for the corridor analysis:
 * `lon`, `lat` (cell centre on a `cellDegrees` grid), `crime_type_code` (UTINYINT, CRIME_TYPES
 * order), `month_index` (INTEGER months since 1970-01), `persons` (DOUBLE, the filtered
 * sex/age measure) and the five sex/age columns (DOUBLE). Filtered like every view, except
 * that the month range is the analysis window. Rows without coordinates are left out; the
 * result is in a fixed order so equal filters give equal arrays, by position first: the rows
 * of one cell are then adjacent and cells come in the position index's grid order, so the
 * corridor analysis groups them without a sort and reads them in memory order.
 */
export function proximityQuery({ filters, window, cellDegrees = 0.01 }: ProximityQueryOptions): string {
  const c = sqlNumber(cellDegrees);
  const n = personsExpr(filters);
  const exclude: FilterKey[] = ['period'];
  const where = [filterPredicate(filters, exclude), 'lat IS NOT NULL', 'lon IS NOT NULL'];
  if (window) where.push(`month BETWEEN ${monthLiteral(window[0])} AND ${monthLiteral(window[1])}`);
  return `SELECT
  ((floor(lon / ${c}) + 0.5) * ${c})::DOUBLE AS lon,
  ((floor(lat / ${c}) + 0.5) * ${c})::DOUBLE AS lat,
  (${CRIME_TYPE_CODE})::UTINYINT AS crime_type_code,
  ((year(month) - 1970) * 12 + month(month) - 1)::INTEGER AS month_index,
  sum(${n})::DOUBLE AS persons,
  sum(women)::DOUBLE AS women,
  sum(men)::DOUBLE AS men,
  sum(girls)::DOUBLE AS girls,
  sum(boys)::DOUBLE AS boys,
  sum(unknown_sex_age)::DOUBLE AS unknown_sex_age
FROM incidents
WHERE ${where.map((p) => `(${p})`).join(' AND ')}
GROUP BY ALL
HAVING sum(${n}) > 0
ORDER BY lon, lat, month_index, crime_type_code`;
}

/** Months since 1970-01 of a `YYYY-MM` month (the `month_index` of {@link proximityQuery}). */
export function monthIndex(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return ((y ?? 1970) - 1970) * 12 + (m ?? 1) - 1;
}

/** The `YYYY-MM` month of a month index (inverse of {@link monthIndex}). */
export function monthOfIndex(index: number): string {
  const y = Math.floor(index / 12) + 1970;
  const m = index - (y - 1970) * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

import { SEX_AGE } from '../schema/incident.ts';
import type { FilterKey } from '../state/filters.ts';

/**
 * SQL for the protected view cube (src/analytics/disclosure/view-cube.ts): leaf counts by
 * detection country × month × crime type (× sex/age for persons), under the filters that are
 * not dimensions of the cube. The margins are added, and the cube protected, in JS.
 */

/** What the view cube counts. */
export type ViewMeasure = 'persons' | 'incidents';

/**
 * Dimensions of the view cube per measure. Incidents have no sex/age dimension: an incident
 * holds persons of several categories, so its counts by category do not add up to a total.
 */
export const VIEW_CUBE_DIMS: Readonly<Record<ViewMeasure, readonly string[]>> = {
  persons: ['country', 'month', 'crime_type', 'sex_age'],
  incidents: ['country', 'month', 'crime_type'],
};

/**
 * The filters that are dimensions of the cube: views slice them (a period is a run of months,
 * a detection filter a set of countries), so they are never applied before counting. For
 * incidents the sex/age filter ("incidents with persons in these categories") is not a
 * dimension and is applied before counting like the others.
 */
export const CUBE_FILTER_KEYS: Readonly<Record<ViewMeasure, readonly FilterKey[]>> = {
  persons: ['period', 'crimeTypes', 'detection', 'sexAge'],
  incidents: ['period', 'crimeTypes', 'detection'],
};

/**
 * Leaf counts of the view cube. `where` comes from `filterPredicate(filters,
 * CUBE_FILTER_KEYS[measure])`. Columns: `country`, `month` (`YYYY-MM`), `crime_type` (an
 * empty string stands for a missing value) and, for persons, one DOUBLE column per sex/age
 * category; for incidents, `incidents` (DOUBLE).
 */
export function viewCubeCountsQuery(where: string, measure: ViewMeasure): string {
  const counts =
    measure === 'persons'
      ? SEX_AGE.map((c) => `coalesce(sum(${c}), 0)::DOUBLE AS ${c}`).join(', ')
      : 'count(*)::DOUBLE AS incidents';
  return `SELECT coalesce(country, '') AS country,
  coalesce(strftime(month, '%Y-%m'), '') AS month,
  coalesce(crime_type, '') AS crime_type,
  ${counts}
FROM incidents
WHERE (${where})
GROUP BY 1, 2, 3
ORDER BY 1, 2, 3`;
}

import type { FilterKey, Filters } from '../../state/filters.ts';

/**
 * Dimensions a cube can keep. Each is a column of the incidents table, kept under the same
 * name in the cube so the builders' SQL (filters, GROUP BY, unnest) runs unchanged on it.
 * `sex_age` groups by which sex/age counts are non-zero (a 5-bit mask), so the sex/age
 * filter's `women + girls > 0` holds for a whole cube row exactly when it holds for each of
 * its incidents. `cell` groups by grid cells (see {@link CubeSpec.cells}). `admin1` is read by
 * flows with admin-1 ends; the flows cube keeps it while the map shows them (planCubes).
 */
export const CUBE_DIMS = [
  'month',
  'crime_type',
  'origin',
  'destination',
  'transit',
  'route',
  'country',
  'office',
  'exploitation',
  'sex_age',
  'nationality',
  'detection_source',
  'cell',
  'admin1',
] as const;

/** A cube dimension. */
export type CubeDim = (typeof CUBE_DIMS)[number];

/** The dimension each shared filter reads: a cube answers a filter only if it keeps it. */
export const FILTER_DIM: Readonly<Record<FilterKey, CubeDim>> = {
  period: 'month',
  crimeTypes: 'crime_type',
  sexAge: 'sex_age',
  exploitation: 'exploitation',
  origin: 'origin',
  transit: 'transit',
  destination: 'destination',
  detection: 'country',
  routes: 'route',
  offices: 'office',
};

/** Whether a filter value is set: a period, or a list with at least one value. */
export function isFilterSet(value: Filters[FilterKey]): boolean {
  return value !== null && value.length > 0;
}

/** Bitmask of the non-zero sex/age counts of one incident (women 1, men 2, girls 4, boys 8, unknown 16). */
export const SEX_AGE_MASK_SQL =
  '((women > 0)::INTEGER + 2 * (men > 0)::INTEGER + 4 * (girls > 0)::INTEGER + 8 * (boys > 0)::INTEGER + 16 * (unknown_sex_age > 0)::INTEGER)::UTINYINT';

/**
 * The SELECT expression and GROUP BY key of a plain dimension (not `cell`). Lists are grouped
 * as they are: exploitation is not sorted first, since every builder unnests it or tests
 * membership, never its order (`[a, b]` and `[b, a]` may take two rows, which sum the same),
 * and sorting each incident's list took more than half of that cube's build (1M rows, DuckDB-WASM);
 * transit keeps its order, which is the route's path.
 */
export function dimColumn(dim: Exclude<CubeDim, 'cell'>): { select: string; key: string } {
  if (dim === 'sex_age') return { select: `${SEX_AGE_MASK_SQL} AS sex_age_mask`, key: SEX_AGE_MASK_SQL };
  return { select: dim, key: dim };
}

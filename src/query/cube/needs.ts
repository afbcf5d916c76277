import type { FlowEnds, FlowSplit } from '../flows-query.ts';
import type { CubeNeed } from './choose-source.ts';

/**
 * What each view's query reads, for {@link chooseSource}: the columns its builder groups by,
 * unnests or tests, and the filters the view ignores (as its `filterPredicate` call says in
 * src/app), and whether it counts persons only (the map layers: their cubes then answer any
 * sex/age filter without a sex/age dimension). Kept next to the builders' list so a new
 * builder adds one line here.
 */
export const VIEW_NEEDS = {
  /** flowsQuery; the split decides which category column is read, admin-1 ends read `admin1`. */
  flows: (split: FlowSplit, ends: FlowEnds = 'country'): CubeNeed => ({
    personsOnly: true,
    dims: [
      'origin',
      'destination',
      ...(split === 'crime_type' ? (['crime_type'] as const) : []),
      ...(split === 'exploitation' ? (['exploitation'] as const) : []),
      ...(ends === 'admin1' ? (['admin1'] as const) : []),
    ],
  }),
  /** routesQuery. */
  routes: {
    dims: ['route', 'crime_type', 'origin', 'transit', 'destination'],
    personsOnly: true,
  } satisfies CubeNeed,
  /** incidentsGridQuery at a cell size. */
  grid: (cellDegrees: number): CubeNeed => ({ dims: ['cell', 'crime_type'], cellDegrees, personsOnly: true }),
  /** monthlyCrimeSeriesQuery (the time series card ignores the period it brushes). */
  monthlySeries: { dims: ['month', 'crime_type'], exclude: ['period'] } satisfies CubeNeed,
  /** countryMonthlySeriesQuery. */
  countrySeries: { dims: ['month', 'country', 'crime_type'] } satisfies CubeNeed,
  /** sexAgeTotalsQuery, sexAgeByCrimeTypeQuery, womenGirlsShareBySubregionQuery (people card ignores sex/age). */
  people: { dims: ['crime_type', 'country'], exclude: ['sexAge'] } satisfies CubeNeed,
  /** exploitationFormsQuery (ignores its own exploitation selection). */
  exploitation: { dims: ['exploitation'], exclude: ['exploitation'] } satisfies CubeNeed,
  /** topNationalitiesQuery. */
  nationalities: { dims: ['nationality'] } satisfies CubeNeed,
  /** detectionSourceQuery. */
  detection: { dims: ['detection_source'] } satisfies CubeNeed,
  /** alertSeriesQuery (ignores the period). */
  alerts: {
    dims: ['month', 'country', 'route', 'origin', 'destination'],
    exclude: ['period'],
  } satisfies CubeNeed,
} as const;

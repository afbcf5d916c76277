import fc from 'fast-check';
import type { CodedCounts } from '../../../../src/analytics/disclosure/cube.ts';
import { type ProtectedViewCube, protectViewCube } from '../../../../src/analytics/disclosure/view-cube.ts';
import { guardNeighbours, outerFilters } from '../../../../src/app/protected-cube/guard-neighbours.ts';
import type { CrimeType, ExploitationForm } from '../../../../src/schema/incident.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/state/filters.ts';

/**
 * A tiny incident model for property tests of the protected view cube: three countries
 * (two subregions), three months, two crime types, two sex/age categories, two forms of
 * exploitation and two routes, counted in JS the way `viewCubeCountsQuery` counts in SQL (the service test
 * checks that the two agree on the real engine).
 */
export interface ModelIncident {
  country: string;
  month: string;
  crime: CrimeType;
  women: number;
  men: number;
  exploitation: ExploitationForm[];
  route: string | null;
}

export const DIMS = ['country', 'month', 'crime_type', 'sex_age'];
export const LEVELS = {
  country: ['ARG', 'BRA', 'MEX'],
  month: ['2020-01', '2020-02', '2020-03'],
  crime: ['trafficking', 'smuggling'] as CrimeType[],
  sexAge: ['women', 'men'] as const,
  exploitation: ['sexual', 'forced_labour'] as ExploitationForm[],
  routes: ['andina', 'caribe'],
};
const LEVEL_LISTS = [LEVELS.country, LEVELS.month, LEVELS.crime, [...LEVELS.sexAge]];

/** Sparse random incidents: few, small, often zero counts. */
export function incidentsArb(): fc.Arbitrary<ModelIncident[]> {
  const incident = fc.record({
    country: fc.constantFrom(...LEVELS.country),
    month: fc.constantFrom(...LEVELS.month),
    crime: fc.constantFrom(...LEVELS.crime),
    women: fc.integer({ min: 0, max: 3 }),
    men: fc.integer({ min: 0, max: 3 }),
    exploitation: fc.subarray(LEVELS.exploitation),
    route: fc.constantFrom<string | null>(null, ...LEVELS.routes),
  });
  return fc.array(incident, { minLength: 0, maxLength: 40 });
}

/** Whether an incident passes the outer filters (the model has exploitation and routes). */
export function passesOuter(incident: ModelIncident, filters: Filters): boolean {
  const exploitation =
    filters.exploitation.length === 0 || incident.exploitation.some((e) => filters.exploitation.includes(e));
  const route =
    filters.routes.length === 0 || (incident.route !== null && filters.routes.includes(incident.route));
  return exploitation && route;
}

/** Leaf counts (persons by country, month, crime type, sex/age) under the outer filters. */
export function countsFor(incidents: readonly ModelIncident[], filters: Filters): CodedCounts {
  const rows = incidents.filter((i) => passesOuter(i, filters));
  const codes = DIMS.map(() => new Int32Array(rows.length * 2));
  const values = new Float64Array(rows.length * 2);
  rows.forEach((incident, r) => {
    LEVELS.sexAge.forEach((s, j) => {
      const at = r * 2 + j;
      codes[0]![at] = LEVELS.country.indexOf(incident.country);
      codes[1]![at] = LEVELS.month.indexOf(incident.month);
      codes[2]![at] = LEVELS.crime.indexOf(incident.crime);
      codes[3]![at] = j;
      values[at] = incident[s];
    });
  });
  return { codes, values };
}

/**
 * The app's protected view cube for a filter state: counts, guard neighbours, protection.
 * `guard: false` leaves out the neighbours (a mutant: each state protected on its own).
 */
export function protectedCube(
  incidents: readonly ModelIncident[],
  filters: Filters,
  k: number,
  { guard = true }: { guard?: boolean } = {},
): ProtectedViewCube {
  return protectViewCube({
    dims: DIMS,
    levels: LEVEL_LISTS,
    view: countsFor(incidents, outerFilters(filters, 'persons')),
    neighbours: guard ? guardNeighbours(filters, 'persons').map((f) => countsFor(incidents, f)) : [],
    k,
  });
}

/** The true counts as a "cube" with every cell published: what the old SQL views read. */
export function rawCube(incidents: readonly ModelIncident[], filters: Filters): ProtectedViewCube {
  const cube = protectViewCube({
    dims: DIMS,
    levels: LEVEL_LISTS,
    view: countsFor(incidents, outerFilters(filters, 'persons')),
    neighbours: [],
    k: 1,
  });
  return { ...cube, status: new Uint8Array(cube.status.length) };
}

export { EMPTY_FILTERS };

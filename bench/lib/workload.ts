import { detectionSpec, exploitationSpec, nationalitiesSpec } from '../../src/app/charts/breakdown-specs.ts';
import { breakdownVariants } from '../../src/app/charts/guarded-breakdown.ts';
import {
  detectionSourceQuery,
  exploitationFormsQuery,
  topNationalitiesQuery,
} from '../../src/query/category-query.ts';
import {
  sexAgeByCrimeTypeQuery,
  sexAgeTotalsQuery,
  womenGirlsShareBySubregionQuery,
} from '../../src/query/composition-query.ts';
import { type CubeNeed, chooseSource } from '../../src/query/cube/choose-source.ts';
import type { CubeSpec } from '../../src/query/cube/cube-spec.ts';
import { VIEW_NEEDS } from '../../src/query/cube/needs.ts';
import { filterPredicate, personsExpr } from '../../src/query/filters.ts';
import { flowsQuery } from '../../src/query/flows-query.ts';
import { incidentsGridQuery } from '../../src/query/incidents-grid-query.ts';
import { routesQuery } from '../../src/query/routes-query.ts';
import { countryMonthlySeriesQuery, monthlyCrimeSeriesQuery } from '../../src/query/series-query.ts';
import { variantsQuery } from '../../src/query/variants-query.ts';
import type { CrimeType, SexAge } from '../../src/schema/incident.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/state/filters.ts';

/**
 * The workload every engine runs: the same filter changes, playback steps and brushes, and
 * the SQL the app builds for them with src/query. Pure, so the Node runner and the browser
 * page (bench/browser/main.ts) measure exactly the same thing.
 */

/** Months of the generator's default period (2015-01 … 2025-12). */
const FIRST_YEAR = 2015;
const MONTHS = 132;
/** Top-N of the map's flow and route layers, as src/app/map-layers.ts draws them. */
export const TOP_FLOWS = 120;
export const TOP_ROUTES = 60;
/** Grid cell of the default view (zoom 2.2 → 2°, see src/app/grid-cell.ts). */
export const CELL_DEGREES = 2;
/** Suppression threshold of the default view. */
export const K = 5;

/** `YYYY-MM` of month index `i` (0 = 2015-01). */
export function monthAt(i: number): string {
  const m = Math.max(0, Math.min(MONTHS - 1, i));
  return `${FIRST_YEAR + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

const CRIMES: readonly (readonly CrimeType[])[] = [
  [],
  ['trafficking'],
  ['smuggling'],
  ['trafficking', 'both'],
];
const COUNTRIES: readonly (readonly string[])[] = [[], ['MEX', 'GTM'], [], ['COL'], ['ESP', 'BRA'], []];
const SEX_AGE: readonly (readonly SexAge[])[] = [[], [], ['women', 'girls'], []];

/**
 * `n` varied filter states, as a user clicking through the panel produces them: periods of
 * 12–48 months at moving offsets, crime types, countries of detection and sex/age subsets.
 */
export function filterSequence(n: number): Filters[] {
  return Array.from({ length: n }, (_, i) => {
    const length = 12 + ((i * 7) % 37);
    const start = (i * 17) % (MONTHS - length);
    return {
      ...EMPTY_FILTERS,
      period: i % 5 === 4 ? null : [monthAt(start), monthAt(start + length - 1)],
      crimeTypes: CRIMES[i % CRIMES.length]!,
      detection: COUNTRIES[i % COUNTRIES.length]!,
      sexAge: SEX_AGE[i % SEX_AGE.length]!,
    };
  });
}

/** `n` playback steps: a 12-month window that moves one month per step. */
export function playbackSequence(n: number): Filters[] {
  return Array.from({ length: n }, (_, i) => ({
    ...EMPTY_FILTERS,
    period: [monthAt(24 + i), monthAt(35 + i)] as const,
  }));
}

/** `n` time brushes over the series chart, with a crime type selected meanwhile. */
export function brushSequence(n: number): Filters[] {
  return Array.from({ length: n }, (_, i) => {
    const length = 6 + ((i * 5) % 30);
    const start = (i * 11) % (MONTHS - length);
    return {
      ...EMPTY_FILTERS,
      period: [monthAt(start), monthAt(start + length - 1)] as const,
      crimeTypes: CRIMES[i % 2]!,
    };
  });
}

/**
 * The map layers' queries for one filter state, as src/app/map-layers.ts builds them: each on
 * the smallest of `cubes` that answers it exactly, or on the raw table (no cubes: every engine
 * but the browser page, which runs the app's cube service).
 */
export function mapQueries(
  filters: Filters,
  cubes: readonly CubeSpec[] = [],
): { flows: string; routes: string; grid: string } {
  const on = (need: CubeNeed) => chooseSource(filters, need, cubes);
  return {
    flows: flowsQuery({
      filters,
      split: 'crime_type',
      source: on(VIEW_NEEDS.flows('crime_type')),
    }),
    routes: routesQuery({ filters, topN: TOP_ROUTES, source: on(VIEW_NEEDS.routes) }),
    grid: incidentsGridQuery({
      filters,
      cellDegrees: CELL_DEGREES,
      source: on(VIEW_NEEDS.grid(CELL_DEGREES)),
    }),
  };
}

/**
 * The chart queries for one filter state. The series are cross-filtered (not filtered by
 * their own brush, the period); every other chart is. With `cubes`, each query reads the
 * smallest cube that answers it exactly (its need matches the predicate it is given here).
 */
export function chartQueries(filters: Filters, cubes: readonly CubeSpec[] = []): Record<string, string> {
  const where = filterPredicate(filters);
  const series = filterPredicate(filters, ['period']);
  const on = (need: CubeNeed) => chooseSource(filters, need, cubes);
  const people = on({ dims: VIEW_NEEDS.people.dims });
  return {
    series: monthlyCrimeSeriesQuery(series, on(VIEW_NEEDS.monthlySeries)),
    countrySeries: countryMonthlySeriesQuery(series, {
      table: on({ dims: VIEW_NEEDS.countrySeries.dims, exclude: ['period'] }),
    }),
    sexAgeTotals: sexAgeTotalsQuery(where, people),
    sexAgeByCrime: sexAgeByCrimeTypeQuery(where, people),
    womenGirls: womenGirlsShareBySubregionQuery(where, people),
    exploitation: exploitationFormsQuery(where, on({ dims: VIEW_NEEDS.exploitation.dims })),
    nationalities: topNationalitiesQuery(where, 10, on(VIEW_NEEDS.nationalities)),
    detection: detectionSourceQuery(where, on(VIEW_NEEDS.detection)),
  };
}

/** The generator's months, as the app's dataset months (the guard's period neighbours stop there). */
const DATA_MONTHS = [monthAt(0), monthAt(MONTHS - 1)] as const;

/**
 * The statements a time brush runs in the app today (src/app/App.tsx): the three map layers,
 * and the three breakdown charts each with its neighbouring views for the differencing guard
 * (src/app/charts/guarded-breakdown.ts); the other side-panel charts read the protected view
 * cube in JavaScript and run no query on a brush.
 */
export function appBrushQueries(filters: Filters, cubes: readonly CubeSpec[] = []): string[] {
  const map = mapQueries(filters, cubes);
  const breakdowns = [exploitationSpec(cubes), nationalitiesSpec(cubes), detectionSpec(cubes)].map((spec) =>
    variantsQuery(breakdownVariants(spec, filters, DATA_MONTHS), spec.orderBy),
  );
  return [map.flows, map.routes, map.grid, ...breakdowns];
}

/**
 * The GROUP BY month × crime type × country behind the time series and small multiples
 * (issue #4's reference aggregate), over the shared filter predicate.
 */
export function monthCrimeCountryQuery(filters: Filters): string {
  return `SELECT month, crime_type, country, count(*)::DOUBLE AS incidents, sum(${personsExpr(filters)})::DOUBLE AS persons
FROM incidents WHERE ${filterPredicate(filters)} GROUP BY month, crime_type, country`;
}

/**
 * Single queries timed on their own, by operation name (rows of the results table). Each
 * gives the statements one view runs (sex/age composition is two queries: totals and by
 * crime type).
 */
export const SINGLE_QUERIES: Readonly<Record<string, (f: Filters) => readonly string[]>> = {
  'query: month × crime type × country': (f) => [monthCrimeCountryQuery(f)],
  'query: flows (top 120)': (f) => [mapQueries(f).flows],
  'query: routes (top 60)': (f) => [mapQueries(f).routes],
  'query: incidents grid 2°': (f) => [mapQueries(f).grid],
  'query: monthly series': (f) => [chartQueries(f).series!],
  'query: sex/age composition': (f) => [chartQueries(f).sexAgeTotals!, chartQueries(f).sexAgeByCrime!],
};

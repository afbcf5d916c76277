import type { Filters } from '../../state/filters.ts';
import { alertSeriesQuery } from '../alerts-query.ts';
import { detectionSourceQuery, exploitationFormsQuery, topNationalitiesQuery } from '../category-query.ts';
import {
  sexAgeByCrimeTypeQuery,
  sexAgeTotalsQuery,
  womenGirlsShareBySubregionQuery,
} from '../composition-query.ts';
import { filterPredicate } from '../filters.ts';
import { type FlowEnds, type FlowSplit, flowsQuery } from '../flows-query.ts';
import { incidentsGridQuery } from '../incidents-grid-query.ts';
import { routesQuery } from '../routes-query.ts';
import { countryMonthlySeriesQuery, monthlyCrimeSeriesQuery } from '../series-query.ts';
import { type CubeNeed, chooseSource } from './choose-source.ts';
import type { CubeSpec } from './cube-spec.ts';
import { VIEW_NEEDS } from './needs.ts';
import type { QuerySource } from './source.ts';

/** One view's query as the dashboard builds it, runnable on the raw table or a cube. */
export interface ViewQuery {
  /** Stable view id (also the coordinator's view key in a bench). */
  readonly name: string;
  /** What the query reads, for {@link chooseSource}. */
  readonly need: CubeNeed;
  /** The SQL on a given source. */
  readonly sql: (filters: Filters, source: QuerySource) => string;
}

/** Options of {@link viewQueries}: the sizes the app uses (src/app/map-layers.ts, the chart cards). */
export interface ViewQueryOptions {
  cellDegrees: number;
  /** Split of the flow layer (one flows query, as the map shows one split). */
  flowSplit?: FlowSplit;
  /** Where flows end (admin-1 ends fold parts below `k` into the country, as the map does). */
  flowEnds?: FlowEnds;
  /** The threshold the admin-1 fold uses (default 5). */
  k?: number;
  topRoutes?: number;
}

/**
 * Every query a brush re-runs (map layers and chart cards), with the same builder calls and
 * cross-filter exclusions as src/app, so a bench, a test or the app can run them all on the
 * raw table or on the cubes and compare. The alert scan is apart ({@link ALERTS_VIEW}): it
 * ignores the period, so a time brush never re-runs it.
 */
export function viewQueries({
  cellDegrees,
  flowSplit = 'crime_type',
  flowEnds = 'country',
  k = 5,
  topRoutes = 60,
}: ViewQueryOptions): ViewQuery[] {
  return [
    {
      name: flowEnds === 'admin1' ? `flows:${flowSplit}:admin1` : `flows:${flowSplit}`,
      need: VIEW_NEEDS.flows(flowSplit, flowEnds),
      sql: (f, source) => {
        const options = { filters: f, split: flowSplit, source };
        return flowsQuery(flowEnds === 'admin1' ? { ...options, ends: 'admin1', k } : options);
      },
    },
    {
      name: 'routes',
      need: VIEW_NEEDS.routes,
      sql: (f, source) => routesQuery({ filters: f, topN: topRoutes, source }),
    },
    {
      name: 'grid',
      need: VIEW_NEEDS.grid(cellDegrees),
      sql: (f, source) => incidentsGridQuery({ filters: f, cellDegrees, source }),
    },
    {
      name: 'monthlySeries',
      need: VIEW_NEEDS.monthlySeries,
      sql: (f, s) => monthlyCrimeSeriesQuery(filterPredicate(f, ['period']), s),
    },
    {
      name: 'countrySeries',
      need: VIEW_NEEDS.countrySeries,
      sql: (f, s) => countryMonthlySeriesQuery(filterPredicate(f), { table: s, topN: 12 }),
    },
    {
      name: 'sexAgeTotals',
      need: VIEW_NEEDS.people,
      sql: (f, s) => sexAgeTotalsQuery(filterPredicate(f, ['sexAge']), s),
    },
    {
      name: 'sexAgeByCrimeType',
      need: VIEW_NEEDS.people,
      sql: (f, s) => sexAgeByCrimeTypeQuery(filterPredicate(f, ['sexAge']), s),
    },
    {
      name: 'womenGirls',
      need: VIEW_NEEDS.people,
      sql: (f, s) => womenGirlsShareBySubregionQuery(filterPredicate(f, ['sexAge']), s),
    },
    {
      name: 'exploitation',
      need: VIEW_NEEDS.exploitation,
      sql: (f, s) => exploitationFormsQuery(filterPredicate(f, ['exploitation']), s),
    },
    {
      name: 'nationalities',
      need: VIEW_NEEDS.nationalities,
      sql: (f, s) => topNationalitiesQuery(filterPredicate(f), 10, s),
    },
    {
      name: 'detection',
      need: VIEW_NEEDS.detection,
      sql: (f, s) => detectionSourceQuery(filterPredicate(f), s),
    },
  ];
}

/** The alert scan as a view query (not on the brush path). */
export const ALERTS_VIEW: ViewQuery = {
  name: 'alerts',
  need: VIEW_NEEDS.alerts,
  sql: (f, s) => alertSeriesQuery(filterPredicate(f, ['period']), { table: s }),
};

/** The SQL of a view for these filters on the best available cube (or the raw table). */
export function viewSQL(view: ViewQuery, filters: Filters, cubes: readonly CubeSpec[]): string {
  return view.sql(filters, chooseSource(filters, view.need, cubes));
}

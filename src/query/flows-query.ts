import type { Filters } from '../state/filters.ts';
import { type QuerySource, toSource } from './cube/source.ts';
import { filterPredicate, personsExpr } from './filters.ts';
import { sqlNumber } from './sql.ts';

/** How flows are split into coloured sub-flows. */
export type FlowSplit = 'crime_type' | 'sex_age' | 'exploitation';

/** Where a flow ends: the destination country, or the admin-1 unit of detection where the data has it. */
export type FlowEnds = 'country' | 'admin1';

/** Flows that end at destination countries (the default). */
interface CountryEnds {
  ends?: 'country';
}

/**
 * Flows that end at the admin-1 unit where the incident was detected, when the incident has
 * `admin1`, the code is in `admin1Table` and lies in the destination country; at the
 * destination country otherwise. The suppression threshold is needed because an admin-1 part
 * below it is folded back into its country end (see {@link admin1FlowsCTE}).
 */
export interface Admin1Ends {
  ends: 'admin1';
  /** Suppression threshold of the view. */
  k: number;
  /** Table of admin-1 units (code, iso3) the fold joins; default `admin1_points`. The layer draws the ends from src/geo/flow-end-points.ts. */
  admin1Table?: string;
}

/** Options of the origin → destination flow query. */
export type FlowsQueryOptions = {
  filters: Filters;
  split: FlowSplit;
  /**
   * Incidents table or cube to read (default the raw `incidents` table). Admin-1 ends read the
   * `admin1` column: the raw table, or a flows cube planned with admin-1 ends (cube/needs.ts).
   */
  source?: string | QuerySource;
} & (CountryEnds | Admin1Ends);

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
 * The `flows` CTE of admin-1 ends, from `base` (origin, destination, admin1, category, n).
 * Each country flow is cut into parts by the admin-1 anchor of its incidents (no anchor:
 * the country part). Then, per origin, destination and category, the smallest admin-1 parts
 * are folded back into the country part while they are below k or the country part with
 * them is still below k. The fold takes a prefix of the parts sorted by persons, so every
 * admin-1 end drawn has at least k persons and the country end is either empty, at least k,
 * or the whole country flow: switching between country and admin-1 ends never reveals a
 * count in 1..k−1 by subtraction (shared/DISCLOSURE.md, "Differencing").
 */
export function admin1FlowsCTE(options: { k: number; admin1Table: string }): string {
  const k = sqlNumber(options.k);
  return `parts AS (
  SELECT b.origin, b.destination, a.code AS place, b.category::VARCHAR AS category,
    sum(b.n)::DOUBLE AS persons
  FROM base b LEFT JOIN ${options.admin1Table} a ON a.code = b.admin1 AND a.iso3 = b.destination
  GROUP BY b.origin, b.destination, a.code, b.category HAVING sum(b.n) > 0
), marked AS (
  SELECT *,
    sum(CASE WHEN place IS NULL THEN persons ELSE 0 END) OVER (PARTITION BY origin, destination, category) AS rest,
    coalesce(sum(persons) OVER (PARTITION BY origin, destination, category, place IS NULL
      ORDER BY persons, place ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS smaller
  FROM parts
), ended AS (
  SELECT origin, destination, category, persons,
    CASE WHEN place IS NULL OR persons < ${k} OR rest + smaller < ${k} THEN destination ELSE place END AS flow_end
  FROM marked
), flows AS (
  SELECT origin, flow_end AS destination, category, sum(persons)::DOUBLE AS persons
  FROM ended GROUP BY origin, flow_end, category
)`;
}

/**
 * Origin → destination flows, split by a category: one row per (origin, destination,
 * category) with its persons, every flow of the view, unordered. The caller ranks them and
 * keeps the top N (`rankFlows` in src/layers/flow-rank.ts), and sums the rest into "other
 * flows": a ranking window, the totals and a final sort cost about 1 ms of a 3 ms statement
 * in DuckDB-WASM (100k incidents, browser), for a few hundred rows (a few thousand with
 * admin-1 ends or the exploitation split) that JavaScript orders in well under that. The ends are keys (ISO3, or with admin-1 ends an ISO 3166-2 code where the
 * flow ends at an admin-1 unit); `toFlowData` draws them at their points
 * (src/geo/flow-end-points.ts), so the same layer code draws both kinds. It counts persons
 * only, never incidents, so a cube answers it under a sex/age filter without keeping which
 * sex/age counts each incident has (`personsOnly` in cube/needs.ts). Pure.
 */
export function flowsQuery(options: FlowsQueryOptions): string {
  const { filters, split, source } = options;
  const { category, measure } = splitColumns(filters, split);
  const src = toSource(source);
  const admin1 = options.ends === 'admin1' ? options : null;
  const flows = admin1
    ? admin1FlowsCTE({ k: admin1.k, admin1Table: admin1.admin1Table ?? 'admin1_points' })
    : `flows AS (
  SELECT origin, destination, category::VARCHAR AS category, sum(n)::DOUBLE AS persons
  FROM base GROUP BY origin, destination, category HAVING sum(n) > 0
)`;
  return `WITH base AS (
  SELECT origin, destination, ${admin1 ? 'admin1, ' : ''}${category} AS category, ${measure} AS n
  FROM ${src.table}
  WHERE ${filterPredicate(filters)} AND origin IS NOT NULL AND destination IS NOT NULL AND origin <> destination
), ${flows}
${FLOWS_SELECT}`;
}

/**
 * The end of a flows statement, after a `flows` CTE (origin, destination, category, persons):
 * every flow, unranked. Shared by the country, admin-1 and clustered flows, so all three
 * return the same columns.
 */
export const FLOWS_SELECT = 'SELECT origin, destination, category, persons FROM flows';

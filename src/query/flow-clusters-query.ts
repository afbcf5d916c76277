import { filterPredicate } from './filters.ts';
import { FLOWS_SELECT, type FlowsQueryOptions, splitColumns } from './flows-query.ts';
import { sqlNumber } from './sql.ts';

/**
 * Flows between clusters of nearby countries, for continental zoom levels where country
 * arcs would pile on top of each other (the clustering flowmap.gl does by zoom). Countries
 * are grouped by a grid of `cellDegrees` over their anchor points; a cluster's key lists its
 * member ISO3 codes joined by `+` (only countries present in the filtered flows), and
 * `toFlowData` draws it at the mean of its members' points (src/geo/flow-end-points.ts).
 * Flows inside one cluster are left out. Same columns as flowsQuery, so the same layer code
 * draws both. Ends are always countries: at the zooms that cluster countries an admin-1 end
 * would be finer than the map shows, so `ends: 'admin1'` is ignored here.
 */
export function clusteredFlowsQuery(
  options: FlowsQueryOptions & {
    cellDegrees: number;
    /** Table of country anchor points (iso3, lon, lat) the grid groups; default `country_points`. */
    pointsTable?: string;
  },
): string {
  const { filters, split, pointsTable = 'country_points', cellDegrees } = options;
  const { category, measure } = splitColumns(filters, split);
  const c = sqlNumber(cellDegrees);
  return `WITH base AS (
  SELECT origin, destination, ${category} AS category, ${measure} AS n
  FROM incidents
  WHERE ${filterPredicate(filters)} AND origin IS NOT NULL AND destination IS NOT NULL AND origin <> destination
), places AS (
  SELECT iso3, lon, lat, floor(lon / ${c})::INTEGER::VARCHAR || ':' || floor(lat / ${c})::INTEGER::VARCHAR AS cell
  FROM ${pointsTable}
), present AS (
  SELECT origin AS iso3 FROM base UNION SELECT destination FROM base
), clusters AS (
  SELECT p.cell, string_agg(p.iso3, '+' ORDER BY p.iso3) AS members
  FROM places p JOIN present USING (iso3) GROUP BY p.cell
), member AS (
  SELECT p.iso3, c.members FROM places p JOIN clusters c USING (cell)
), flows AS (
  SELECT mo.members AS origin, md.members AS destination, category::VARCHAR AS category,
    sum(n)::DOUBLE AS persons
  FROM base JOIN member mo ON mo.iso3 = base.origin JOIN member md ON md.iso3 = base.destination
  WHERE mo.members <> md.members
  GROUP BY mo.members, md.members, category HAVING sum(n) > 0
)
${FLOWS_SELECT}`;
}

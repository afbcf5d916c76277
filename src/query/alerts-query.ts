import { incidentCount, type QuerySource, toSource } from './cube/source.ts';

/** Key kinds whose series this query builds in SQL. */
export type SqlAlertKeyKind = 'country' | 'route' | 'od';

/**
 * Kinds of key the alert scan watches. Corridor series are built in the browser from the
 * proximity positions (src/analytics/alerts/corridor-series.ts), not by this query.
 */
export type AlertKeyKind = SqlAlertKeyKind | 'corridor';

/** Options of {@link alertSeriesQuery}. */
export interface AlertSeriesOptions {
  /** Key kinds to include; default all. */
  keyKinds?: readonly SqlAlertKeyKind[];
  /** Incidents table or cube to read (default the raw `incidents` table). */
  table?: string | QuerySource;
}

/** Columns that define each key kind, and the SQL expression of its key. */
const GROUPING: Record<SqlAlertKeyKind, { columns: readonly string[]; key: string }> = {
  country: { columns: ['country'], key: 'country' },
  route: { columns: ['route'], key: 'route' },
  od: { columns: ['origin', 'destination'], key: "origin || '→' || destination" },
};

/**
 * One query, one scan of the table, for the monthly series of every country, route label
 * and origin→destination pair (GROUPING SETS), so the standing alert scan costs one pass
 * however many keys there are. Columns: `kind` (country | route | od), `key` (OD keys are
 * `ORIGIN→DESTINATION`), `month`, `incidents`, `persons`, `children` (girls + boys),
 * `women_girls`; ordered by kind, key, month. Months with no incident have no row (the
 * scan fills them with zero). `where` is an SQL predicate from the filter module.
 */
export function alertSeriesQuery(where: string, options: AlertSeriesOptions = {}): string {
  const src = toSource(options.table);
  const kinds = options.keyKinds ?? (['country', 'route', 'od'] as const);
  if (kinds.length === 0) throw new Error('alertSeriesQuery needs at least one key kind');
  const sets = kinds.map((k) => `(${[...GROUPING[k].columns, 'month'].join(', ')})`);
  const kindCase = kinds.map(
    (k) => `WHEN ${GROUPING[k].columns.map((c) => `grouping(${c}) = 0`).join(' AND ')} THEN '${k}'`,
  );
  const keyCase = kinds.map((k) => `WHEN kind_ = '${k}' THEN ${GROUPING[k].key}`);
  const columns = [...new Set(kinds.flatMap((k) => GROUPING[k].columns))];
  const present = kinds.map(
    (k) => `(kind_ = '${k}' AND ${GROUPING[k].columns.map((c) => `${c} IS NOT NULL`).join(' AND ')})`,
  );
  return `WITH grouped AS (
  SELECT
    CASE ${kindCase.join(' ')} END AS kind_,
    ${columns.join(', ')}, month,
    ${incidentCount(src)}::DOUBLE AS incidents,
    sum(persons)::DOUBLE AS persons,
    sum(girls + boys)::DOUBLE AS children,
    sum(women + girls)::DOUBLE AS women_girls
  FROM ${src.table}
  WHERE (${where}) AND month IS NOT NULL
  GROUP BY GROUPING SETS (${sets.join(', ')})
)
SELECT kind_ AS kind, CASE ${keyCase.join(' ')} END AS key, month, incidents, persons, children, women_girls
FROM grouped
WHERE ${present.join(' OR ')}
ORDER BY kind, key, month`;
}

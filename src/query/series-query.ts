import { incidentCount, type QuerySource, RAW_SOURCE, toSource } from './cube/source.ts';

/**
 * SQL for monthly series. Every builder takes `where`, an SQL predicate already built by
 * the filter module (`'TRUE'` for no filter), and returns one SELECT whose counts are
 * DOUBLE (DuckDB's `sum(int)` would be HUGEINT, which Arrow JS cannot use directly).
 */

/** A count measure of the incidents table. */
export type Measure = 'incidents' | 'persons';

function measureSQL(measure: Measure, source: QuerySource): string {
  return measure === 'persons' ? 'sum(persons)::DOUBLE' : `${incidentCount(source)}::DOUBLE`;
}

/**
 * Monthly incidents and persons per crime type. Columns: `month` (DATE), `series`
 * (crime_type), `incidents`, `persons`. Trafficking and smuggling are always separate
 * series (so are `both` and `unknown`): the two crimes are never added together.
 */
export function monthlyCrimeSeriesQuery(where: string, table: string | QuerySource = RAW_SOURCE): string {
  const src = toSource(table);
  return `SELECT month, crime_type AS series, ${incidentCount(src)}::DOUBLE AS incidents, sum(persons)::DOUBLE AS persons
FROM ${src.table}
WHERE (${where}) AND month IS NOT NULL
GROUP BY month, crime_type
ORDER BY series, month`;
}

/** Options of {@link countryMonthlySeriesQuery}. */
export interface CountrySeriesOptions {
  /** What to count; default `incidents`. */
  measure?: Measure;
  /** Keep only the N countries with the largest total (small multiples stay readable); default 12. */
  topN?: number;
  /** Limit to one crime type (the caller passes a constant from CRIME_TYPES); default: all. */
  crimeType?: 'trafficking' | 'smuggling' | 'both' | 'unknown';
  /** Incidents table or cube to read (default the raw `incidents` table). */
  table?: string | QuerySource;
}

/**
 * Monthly series per country for small multiples. Columns: `country`, `month`, `value`,
 * `total` (the country's total, the order of the panels). Countries are ranked by total,
 * ties broken by code, and only the top N are returned.
 */
export function countryMonthlySeriesQuery(where: string, options: CountrySeriesOptions = {}): string {
  const topN = Math.max(1, Math.floor(options.topN ?? 12));
  const src = toSource(options.table);
  const crime = options.crimeType ? ` AND crime_type = '${options.crimeType.replaceAll("'", "''")}'` : '';
  return `WITH monthly AS (
  SELECT country, month, ${measureSQL(options.measure ?? 'incidents', src)} AS value
  FROM ${src.table}
  WHERE (${where}) AND month IS NOT NULL AND country IS NOT NULL${crime}
  GROUP BY country, month
), ranked AS (
  SELECT country, sum(value) AS total, row_number() OVER (ORDER BY sum(value) DESC, country) AS rank
  FROM monthly GROUP BY country
)
SELECT m.country, m.month, m.value, r.total
FROM monthly m JOIN ranked r USING (country)
WHERE r.rank <= ${topN}
ORDER BY r.rank, m.month`;
}

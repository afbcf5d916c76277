import { incidentCount, type QuerySource, RAW_SOURCE, toSource } from './cube/source.ts';

/**
 * SQL for horizontal-bar breakdowns: forms of exploitation, nationalities, detection
 * sources. `where` is an SQL predicate from the filter module; counts are DOUBLE. Every
 * query returns `category`, `incidents`, `persons`, largest first.
 */

/** Code used for rows whose category is missing. */
export const UNKNOWN_CATEGORY = 'unknown';
/** Code of the row that gathers everything past the top N. */
export const OTHER_CATEGORY = '_other';

/**
 * Incidents and persons by form of exploitation, one row per form after unnesting the
 * list: a case with two forms counts in both, so rows do not add up to the total (the
 * chart says so). Cases with an empty list count as `unknown`.
 */
export function exploitationFormsQuery(where: string, table: string | QuerySource = RAW_SOURCE): string {
  const src = toSource(table);
  const weight = src.weight === null ? '' : `, ${src.weight}`;
  return `SELECT category, ${incidentCount(src)}::DOUBLE AS incidents, sum(persons)::DOUBLE AS persons
FROM (
  SELECT unnest(CASE WHEN len(exploitation) = 0 OR exploitation IS NULL THEN ['${UNKNOWN_CATEGORY}'] ELSE exploitation END) AS category, persons${weight}
  FROM ${src.table}
  WHERE (${where})
)
GROUP BY category
ORDER BY persons DESC, category`;
}

/**
 * The N nationalities with most persons, and one `_other` row for the rest (omitted when
 * empty). Missing nationality is `unknown` and competes for the top N like any other value.
 */
export function topNationalitiesQuery(
  where: string,
  n = 10,
  table: string | QuerySource = RAW_SOURCE,
): string {
  const src = toSource(table);
  const top = Math.max(1, Math.floor(n));
  return `WITH g AS (
  SELECT coalesce(nationality, '${UNKNOWN_CATEGORY}') AS category, ${incidentCount(src)}::DOUBLE AS incidents, sum(persons)::DOUBLE AS persons
  FROM ${src.table} WHERE (${where}) GROUP BY 1
), r AS (
  SELECT *, row_number() OVER (ORDER BY persons DESC, category) AS rank FROM g
)
SELECT CASE WHEN rank <= ${top} THEN category ELSE '${OTHER_CATEGORY}' END AS category,
  sum(incidents)::DOUBLE AS incidents, sum(persons)::DOUBLE AS persons, min(rank) AS rank
FROM r GROUP BY 1
ORDER BY rank`;
}

/** Incidents and persons by detection source (missing = `unknown`). */
export function detectionSourceQuery(where: string, table: string | QuerySource = RAW_SOURCE): string {
  const src = toSource(table);
  return `SELECT coalesce(detection_source, '${UNKNOWN_CATEGORY}') AS category, ${incidentCount(src)}::DOUBLE AS incidents, sum(persons)::DOUBLE AS persons
FROM ${src.table}
WHERE (${where})
GROUP BY 1
ORDER BY persons DESC, category`;
}

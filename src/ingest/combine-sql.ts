import { sqlIdent } from './sql-literal.ts';

/**
 * Warning lines for incidents that look the same in two different files: same date,
 * country, crime type, coordinates and the same five counts. Each such incident is
 * listed once per file it is in, naming the other files. Ids are not compared: they are
 * unique only within an office.
 */
export function crossFileDuplicatesQuery(combined: string): string {
  const key = `"date", country, crime_type, lat, lon, women, men, girls, boys, unknown_sex_age`;
  return `SELECT __file AS file, __row::BIGINT AS "row", '(incident)' AS "column",
       concat(id, ' = ', array_to_string(list_filter(files, f -> f <> __file), ', ')) AS "value",
       'duplicate_across_files' AS reason
FROM (SELECT *, list(DISTINCT __file) OVER (PARTITION BY ${key}) AS files FROM ${sqlIdent(combined)})
WHERE len(files) > 1`;
}

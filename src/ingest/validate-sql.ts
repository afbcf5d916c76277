import { FLAT_COLUMNS, SEX_AGE } from '../schema/incident.ts';
import type { CompiledMapping } from './mapping/compile-mapping.ts';
import { sqlIdent, sqlString } from './sql-literal.ts';

/**
 * Pure builders of the validation SQL that runs after the compiled mapping. Each returns
 * one statement; tests run them and EXPLAIN them in DuckDB.
 */

/** Columns of the rejection and warning tables, in report order. */
export const REPORT_COLUMNS = ['file', 'row', 'column', 'value', 'reason'] as const;

/**
 * Unpacks a packed check column (`__rej`/`__warn`, see compileMapping) into report lines:
 * the entry's index picks the source-column label from a list literal.
 */
function unpack(packed: string, labels: readonly string[], file: string, from: string): string {
  const list = labels.length === 0 ? '[]::VARCHAR[]' : `[${labels.map(sqlString).join(', ')}]`;
  return `SELECT ${sqlString(file)} AS file, __row::BIGINT AS "row", ${list}[CAST(e[1] AS INTEGER) + 1] AS "column", NULLIF(e[3], '') AS "value", e[2] AS reason
FROM (SELECT __row, string_split(unnest(string_split(${packed}, chr(30))), chr(31)) AS e FROM ${from} AND ${packed} IS NOT NULL)`;
}

/** Every failed check of every mapped row, one line per (row, problem). */
export function rejectionsQuery(mapped: string, compiled: CompiledMapping, file: string): string {
  return unpack('__rej', compiled.checkColumns, file, `${sqlIdent(mapped)} WHERE true`);
}

/**
 * Rows whose id repeats an earlier kept row's id (the first is kept). Only rows not
 * already rejected take part, so a broken first row does not hide a valid second one.
 */
export function duplicateIdsQuery(
  mapped: string,
  rejections: string,
  idColumn: string,
  file: string,
): string {
  return `SELECT ${sqlString(file)} AS file, __row::BIGINT AS "row", ${sqlString(idColumn)} AS "column", id AS "value", 'id_duplicate' AS reason
FROM (SELECT __row, id, row_number() OVER (PARTITION BY id ORDER BY __row) AS k
      FROM ${sqlIdent(mapped)} m WHERE NOT EXISTS (SELECT 1 FROM ${sqlIdent(rejections)} j WHERE j."row" = m.__row))
WHERE k > 1`;
}

/** Warnings on kept rows only. */
export function warningsQuery(
  mapped: string,
  rejections: string,
  compiled: CompiledMapping,
  file: string,
): string {
  const from = `${sqlIdent(mapped)} m WHERE NOT EXISTS (SELECT 1 FROM ${sqlIdent(rejections)} j WHERE j."row" = m.__row)`;
  return unpack('__warn', compiled.warningColumns, file, from);
}

const FLAT_NAMES = FLAT_COLUMNS.map(([name]) => name);
const COUNT_NAMES: readonly string[] = SEX_AGE;

/**
 * The accepted rows as flat incidents plus `__file` and `__rows` (input rows behind each
 * incident: 1 for incident-level files).
 */
export function acceptedQuery(mapped: string, rejections: string, file: string): string {
  const cols = FLAT_NAMES.map(sqlIdent).join(', ');
  return `SELECT ${cols}, ${sqlString(file)} AS __file, 1::BIGINT AS __rows, __row::BIGINT AS __row
FROM ${sqlIdent(mapped)} m WHERE NOT EXISTS (SELECT 1 FROM ${sqlIdent(rejections)} j WHERE j."row" = m.__row)`;
}

/**
 * Person-level rows (one victim a row) aggregated into incidents: one incident per
 * distinct combination of every non-count field; counts summed; `__rows` is how many input
 * rows it holds. Ids are `<prefix>:<n>`, numbered in key order so they are reproducible.
 */
export function aggregatePersonsQuery(
  mapped: string,
  rejections: string,
  file: string,
  idPrefix: string,
): string {
  const keys = FLAT_NAMES.filter((n) => n !== 'id' && !COUNT_NAMES.includes(n)).map(sqlIdent);
  const sums = COUNT_NAMES.map((n) => `sum(${sqlIdent(n)})::INTEGER AS ${sqlIdent(n)}`);
  const order = keys.map((k) => `${k} NULLS FIRST`).join(', ');
  const cols = FLAT_NAMES.map(sqlIdent).join(', ');
  return `SELECT ${cols}, ${sqlString(file)} AS __file, __rows, __row FROM (
  SELECT concat(${sqlString(idPrefix)}, ':', row_number() OVER (ORDER BY ${order})) AS id, ${keys.join(', ')}, ${sums.join(', ')},
         count(*)::BIGINT AS __rows, min(__row)::BIGINT AS __row
  FROM ${sqlIdent(mapped)} m WHERE NOT EXISTS (SELECT 1 FROM ${sqlIdent(rejections)} j WHERE j."row" = m.__row)
  GROUP BY ${keys.join(', ')})`;
}

/** Per-reason totals of a report table: lines and distinct rows. */
export function reasonCountsQuery(table: string): string {
  return `SELECT reason, count(*)::DOUBLE AS lines, count(DISTINCT "row")::DOUBLE AS "rows" FROM ${sqlIdent(table)} GROUP BY reason ORDER BY reason`;
}

import { FLAT_COLUMNS, incidentsSelectSQL, SEX_AGE } from '../schema/incident.ts';
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
 * Rows whose id repeats an earlier kept row's id (the first is kept). Only rows that passed
 * every check take part, so a broken first row does not hide a valid second one. One
 * aggregate finds the repeated ids and their first row; only rows with those ids are then
 * listed (a window over every row cost twice as much).
 */
export function duplicateIdsQuery(mapped: string, idColumn: string, file: string): string {
  return `SELECT ${sqlString(file)} AS file, m.__row::BIGINT AS "row", ${sqlString(idColumn)} AS "column", m.id AS "value", 'id_duplicate' AS reason
FROM ${sqlIdent(mapped)} m
JOIN (SELECT id, min(__row) AS first FROM ${sqlIdent(mapped)} WHERE __rej IS NULL GROUP BY id HAVING count(*) > 1) d ON m.id = d.id
WHERE m.__rej IS NULL AND m.__row > d.first`;
}

/** Warnings on kept rows only. */
export function warningsQuery(
  mapped: string,
  rejections: string,
  compiled: CompiledMapping,
  file: string,
): string {
  const from = `${sqlIdent(mapped)} m WHERE __warn IS NOT NULL AND __rej IS NULL AND NOT EXISTS (SELECT 1 FROM ${sqlIdent(rejections)} j WHERE j."row" = m.__row)`;
  return unpack('__warn', compiled.warningColumns, file, from);
}

const FLAT_NAMES = FLAT_COLUMNS.map(([name]) => name);
const COUNT_NAMES: readonly string[] = SEX_AGE;

/** Columns the mapped table of an incident-level extract keeps besides the incident columns. */
export const MAPPED_EXTRA_COLUMNS = ['__row', '__rej', '__warn'] as const;

/**
 * The compiled mapping (`compiledSql`) already in the shape of the incidents table (see
 * `incidentsSelectSQL`) plus {@link MAPPED_EXTRA_COLUMNS}: an incident-level extract is
 * written once, and the accepted table is this one with the rejected rows deleted and the
 * extra columns dropped (each a cheap catalog change), not a second copy.
 */
export function mappedIncidentsQuery(compiledSql: string): string {
  return incidentsSelectSQL(`(${compiledSql})`, MAPPED_EXTRA_COLUMNS);
}

/**
 * Deletes from the mapped table every row that failed a check or is listed in `rejections`
 * (duplicate ids), leaving the accepted incidents.
 */
export function deleteRejectedSQL(mapped: string, rejections: string): string {
  return `DELETE FROM ${sqlIdent(mapped)} WHERE __rej IS NOT NULL OR __row IN (SELECT "row" FROM ${sqlIdent(rejections)})`;
}

/**
 * The accepted tables of several extracts (incident columns plus `__row`, same order by
 * construction) as one relation, each row tagged with its file in `__file`.
 */
export function combineAcceptedQuery(accepted: readonly { table: string; file: string }[]): string {
  return accepted
    .map((a) => `SELECT *, ${sqlString(a.file)} AS __file FROM ${sqlIdent(a.table)}`)
    .join('\nUNION ALL\n');
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
  FROM ${sqlIdent(mapped)} m WHERE __rej IS NULL AND NOT EXISTS (SELECT 1 FROM ${sqlIdent(rejections)} j WHERE j."row" = m.__row)
  GROUP BY ${keys.join(', ')})`;
}

/** Per-reason totals of a report table: lines and distinct rows. */
export function reasonCountsQuery(table: string): string {
  return `SELECT reason, count(*)::DOUBLE AS lines, count(DISTINCT "row")::DOUBLE AS "rows" FROM ${sqlIdent(table)} GROUP BY reason ORDER BY reason`;
}

/**
 * One statement string dropping every table of `tables` that exists: cleanup after a cancel
 * is one round trip to the worker, not one per table, so the dialog answers sooner.
 */
export function dropTablesSQL(tables: readonly string[]): string {
  return tables.map((t) => `DROP TABLE IF EXISTS ${sqlIdent(t)};`).join(' ');
}

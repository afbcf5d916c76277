import type { Database } from '../db/database.ts';
import type { IngestResult } from './ingest.ts';
import { englishMessage } from './messages.ts';
import { sqlIdent, sqlString } from './sql-literal.ts';
import { REPORT_COLUMNS } from './validate-sql.ts';

/**
 * The rejection (or warning) report as CSV bytes: file, row, column, value, reason, plus
 * the English text of the reason. Written by DuckDB (`COPY ... TO`), so a large report never
 * becomes JS strings. Cells starting with = + - @ are prefixed with `'` so a spreadsheet
 * shows them as text instead of evaluating them.
 */
export async function reportCsv(
  db: Database,
  table: string,
  messages: (code: string) => string = englishMessage,
): Promise<Uint8Array> {
  const codes = (await db.query(`SELECT DISTINCT reason FROM ${sqlIdent(table)}`))
    .toArray()
    .map((r) => String(r.reason));
  const text =
    codes.length === 0
      ? 'NULL'
      : `CASE reason ${codes.map((c) => `WHEN ${sqlString(c)} THEN ${sqlString(messages(c))}`).join(' ')} END`;
  const safe = (col: string): string =>
    `CASE WHEN regexp_matches(CAST(${col} AS VARCHAR), '^[=+@\\-\t\r]') THEN concat('''', ${col}) ELSE CAST(${col} AS VARCHAR) END`;
  const cols = REPORT_COLUMNS.map((c) => (c === 'row' ? `"row"` : `${safe(sqlIdent(c))} AS ${sqlIdent(c)}`));
  const name = `rutas-report-${Math.random().toString(36).slice(2)}.csv`;
  await db.exec(
    `COPY (SELECT ${cols.join(', ')}, ${text} AS message FROM ${sqlIdent(table)} ORDER BY file, "row", "column") TO ${sqlString(name)} (HEADER, DELIMITER ',')`,
  );
  try {
    return await db.copyFileOut(name);
  } finally {
    await db.dropFile(name);
  }
}

/** Rejection report of a load as CSV bytes. */
export function rejectionsCsv(db: Database, result: IngestResult): Promise<Uint8Array> {
  return reportCsv(db, result.rejections);
}

/** Warning report of a load as CSV bytes. */
export function warningsCsv(db: Database, result: IngestResult): Promise<Uint8Array> {
  return reportCsv(db, result.warnings);
}

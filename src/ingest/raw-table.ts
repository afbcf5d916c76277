import { tableFromIPC, tableToIPC } from 'apache-arrow';
import type { Database } from '../db/database.ts';
import type { DetectedFormat } from './detect-format.ts';
import { type CsvDialect, type CsvOptions, loadCsv } from './formats/csv.ts';
import { jsonToColumns } from './formats/json.ts';
import { type StringColumns, stringColumnsToIPC } from './formats/string-columns.ts';
import { textSelectSQL } from './formats/text-select.ts';
import { decodeWindows1252 } from './formats/windows-1252.ts';
import { errorDetail, IngestError } from './ingest-error.ts';
import type { WarningCode } from './messages.ts';
import { type IngestSource, readAll } from './source.ts';
import { sqlIdent } from './sql-literal.ts';

/** How to read the source; format-specific options are ignored by other formats. */
export interface ReadOptions extends CsvOptions {
  /** XLSX sheet name (default: the first sheet). */
  sheet?: string;
}

/** The raw relation: all columns VARCHAR, `rowid + 1` is the 1-based data row number. */
export interface RawTable {
  table: string;
  columns: string[];
  rows: number;
  /** File-level warnings (encoding, missing header). */
  warnings: WarningCode[];
  /** The CSV dialect used, when the file was CSV. */
  dialect?: CsvDialect;
  /** True when only the first row groups were read ({@link RawTableLimits}): a preview. */
  partial?: boolean;
}

/** How much of a large file to read, for a preview (the mapping dialog) rather than a load. */
export interface RawTableLimits {
  /** Read at most this many Parquet row groups (from the first). */
  parquetRowGroups?: number;
}

async function insertColumns(db: Database, table: string, columns: StringColumns): Promise<void> {
  await db.insertArrowIPC(table, stringColumnsToIPC(columns));
}

/** Arrow IPC (file or stream) → typed table → every column as text ({@link textSelectSQL}). */
async function loadArrow(db: Database, bytes: Uint8Array, table: string, file: string): Promise<void> {
  let stream: Uint8Array;
  try {
    stream = tableToIPC(tableFromIPC(bytes), 'stream');
  } catch (error) {
    throw new IngestError('arrow_unreadable', { file, detail: errorDetail(error) });
  }
  const typed = `${table}__typed`;
  await db.insertArrowIPC(typed, stream);
  const described = await db.query(`DESCRIBE ${sqlIdent(typed)}`);
  const columns = described
    .toArray()
    .map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
  await db.exec(
    `CREATE OR REPLACE TABLE ${sqlIdent(table)} AS SELECT ${textSelectSQL(columns)} FROM ${sqlIdent(typed)}`,
  );
  await db.exec(`DROP TABLE IF EXISTS ${sqlIdent(typed)}`);
}

async function describeColumns(db: Database, table: string): Promise<string[]> {
  const described = await db.query(`DESCRIBE ${sqlIdent(table)}`);
  return described.toArray().map((r) => String(r.column_name));
}

/**
 * Reads any supported source into the raw table `table` (replacing it). CSV is read by
 * DuckDB itself; Parquet is decoded by parquet-wasm row group by row group straight to Arrow
 * (a browser File is read in place, never whole); XLSX, JSON/NDJSON/GeoJSON and Arrow go
 * through a JS parser to Arrow and `insertArrowIPC`. Throws typed {@link IngestError}s;
 * `no_data_rows` when the file has a header but nothing under it. `limits` reads only the
 * start of a large Parquet file (the mapping dialog's preview; `partial` says so).
 */
export async function loadRawTable(
  db: Database,
  source: IngestSource,
  detected: DetectedFormat,
  table: string,
  options: ReadOptions = {},
  limits: RawTableLimits = {},
): Promise<RawTable> {
  const file = source.name;
  const warnings: WarningCode[] = [];
  let dialect: CsvDialect | undefined;
  let partial = false;
  if (detected.format === 'csv') {
    dialect = await loadCsv(db, source, detected, table, options);
    if (!dialect.header) warnings.push('header_missing');
    if (
      detected.encoding === 'latin-1' ||
      detected.encoding === 'windows-1252' ||
      dialect.encoding === 'latin-1'
    ) {
      warnings.push('encoding_latin1');
    }
  } else if (detected.format === 'arrow') {
    await loadArrow(db, await readAll(source), table, file);
  } else if (detected.format === 'parquet') {
    // Readers loaded on demand, so the app's first load does not carry exceljs and parquet-wasm.
    const { loadParquetText } = await import('./formats/parquet.ts');
    const loaded = await loadParquetText(db, source, table, { maxRowGroups: limits.parquetRowGroups });
    if (loaded.rows === 0) throw new IngestError('no_data_rows', { file });
    partial = loaded.partial;
  } else if (detected.format === 'xlsx') {
    const { xlsxToColumns } = await import('./formats/xlsx.ts');
    await insertColumns(db, table, await xlsxToColumns(await readAll(source), file, options.sheet));
  } else {
    const bytes = await readAll(source);
    const utf8 = detected.encoding === 'utf-8';
    if (!utf8) warnings.push('encoding_latin1');
    const text = utf8 ? new TextDecoder('utf-8').decode(bytes) : decodeWindows1252(bytes);
    await insertColumns(db, table, jsonToColumns(text, file, detected.format === 'ndjson'));
  }
  const count = await db.query(`SELECT count(*)::DOUBLE AS n FROM ${sqlIdent(table)}`);
  const rows = Number(count.get(0)?.n ?? 0);
  if (rows === 0) throw new IngestError('no_data_rows', { file });
  return {
    table,
    columns: await describeColumns(db, table),
    rows,
    warnings,
    ...(dialect ? { dialect } : {}),
    ...(partial ? { partial } : {}),
  };
}

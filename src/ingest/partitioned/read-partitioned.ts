import { type FileMetaData, parquetMetadataAsync, parquetRead } from 'hyparquet';
import type { Database } from '../../db/database.ts';
import { sqlIdent, sqlNumber, sqlString } from '../../query/sql.ts';
import { createIncidentsTableSQL, FLAT_COLUMNS, type FlatColumn, SEX_AGE } from '../../schema/incident.ts';
import {
  type ColumnKind,
  columnKind,
  columnsToIPC,
  type DecodedColumn,
  RAW_PARSERS,
} from './arrow-columns.ts';
import { joinPieces, type Piece } from './column-pieces.ts';
import { monthRuns, type PartitionRequest } from './coverage.ts';
import { narrowBuffer } from './narrow-buffer.ts';
import { rangeBufferFromUrl } from './range-buffer.ts';
import { chunkRange, periodDays, rowGroupOverlaps } from './select-partitions.ts';

/** Options of {@link readPartitions}. */
export interface ReadPartitionsOptions {
  db: Database;
  /** URL of the extract's folder (where manifest.json is), ending with `/`. */
  baseUrl: string;
  /** Files and the months of each to load (see `requestsFor`). */
  requests: readonly PartitionRequest[];
  /** Flat columns to read; the rest are NULL. The partition keys come from the paths. */
  columns: readonly FlatColumn[];
  /** An incidents-shaped table ({@link emptyIncidentsTableSQL}) the rows are appended to. */
  table: string;
  /** Footers already read, by file path; filled as files are opened (a later read skips them). */
  footers?: Map<string, FileMetaData>;
  /** fetch to use (tests, a worker); default the global one. */
  fetch?: typeof globalThis.fetch;
  /** Checked between row groups: an abort stops the read with the signal's reason. */
  signal?: AbortSignal;
  /** Called after each row group (read or skipped) with the running report. */
  onProgress?: (report: Readonly<ReadReport>) => void;
  /**
   * A report table ({@link emptyReportTableSQL}) the rows not loaded are listed in, one line per
   * problem (file path, row in the file from 1, column, value, reason); none: only counted.
   */
  rejections?: string;
}

/** What a read touched, for the loading screen and for tests. */
export interface ReadReport {
  /** Paths of the files opened, in order. */
  files: string[];
  filesTotal: number;
  rowGroupsRead: number;
  rowGroupsSkipped: number;
  /** Rows appended to the table. */
  rowsLoaded: number;
  /**
   * Rows of the requested months not loaded: a negative sex/age count (these files are read
   * without the file ingest's checks, and a negative count would make sums wrong). Rows
   * outside the requested months are neither loaded nor rejected.
   */
  rowsRejected: number;
  /** Bytes received over HTTP (footers and column chunks). */
  bytesFetched: number;
}

/** Temporary tables of one row group: its Arrow columns, then its incidents rows. */
const CHUNK = 'partition_chunk';
const CHUNK_ROWS = 'partition_chunk_rows';
const TYPES = new Map<string, string>(FLAT_COLUMNS);

/** SQL creating `table` empty with the incidents table's columns, to append row groups to. */
export function emptyIncidentsTableSQL(table: string): string {
  const nulls = FLAT_COLUMNS.map(([n, t]) => `NULL::${t} AS ${sqlIdent(n)}`).join(', ');
  return createIncidentsTableSQL(`(SELECT ${nulls} WHERE false)`, sqlIdent(table));
}

const COUNTS: ReadonlySet<string> = new Set(SEX_AGE);

/**
 * SQL creating an empty report table with the file ingest's report columns (src/ingest/report.ts
 * writes it as CSV); with `keep`, an existing one is kept as it is.
 */
export function emptyReportTableSQL(table: string, keep = false): string {
  const create = keep ? 'CREATE TABLE IF NOT EXISTS' : 'CREATE OR REPLACE TABLE';
  return `${create} ${sqlIdent(table)} (file VARCHAR, "row" BIGINT, "column" VARCHAR, "value" VARCHAR, reason VARCHAR)`;
}

/** The months' predicate on the chunk's `date`. */
function inDays(days: readonly [string, string][]): string {
  return days
    .map(([a, z]) => `"date"::DATE BETWEEN DATE ${sqlString(a)} AND DATE ${sqlString(z)}`)
    .join(' OR ');
}

/** The count columns read from the files, for the negative-count check. */
function readCounts(read: ReadonlySet<string>): string[] {
  return SEX_AGE.filter((n) => read.has(n));
}

/** A row with a negative sex/age count (NULL reads as 0, so it is never one). */
function negativeSQL(counts: readonly string[]): string {
  return counts.length ? counts.map((n) => `coalesce(${sqlIdent(n)} < 0, false)`).join(' OR ') : 'false';
}

/**
 * Report lines of the chunk's rows with a negative count, in the requested months: one per
 * negative column; `start` is the row group's first row in the file (rows numbered from 1).
 */
function rejectionLinesSQL(
  path: string,
  start: number,
  counts: readonly string[],
  days: readonly [string, string][],
): string {
  return counts
    .map(
      (
        n,
      ) => `SELECT ${sqlString(path)} AS file, (${sqlNumber(start + 1)} + rowid)::BIGINT AS "row", ${sqlString(n)} AS "column",
  ${sqlIdent(n)}::VARCHAR AS "value", 'count_negative' AS reason
FROM ${CHUNK} WHERE (${inDays(days)}) AND ${sqlIdent(n)} < 0`,
    )
    .join('\nUNION ALL\n');
}

/**
 * The flat relation of one row group: read columns, the country from the path, NULL for the
 * rest. An empty sex/age count is 0, as the file ingest reads it (src/ingest/mapping): these
 * files are read as they are, and a NULL count would make the incident's persons NULL and
 * the map cubes' sums differ from the table's. A row with a negative count is left out (and
 * reported by the caller).
 */
function flatSelect(read: ReadonlySet<string>, country: string, days: readonly [string, string][]): string {
  const column = (n: string, t: string): string => {
    if (n === 'country') return `${sqlString(country)} AS country`;
    if (COUNTS.has(n)) return `coalesce(${read.has(n) ? sqlIdent(n) : 'NULL'}, 0)::${t} AS ${sqlIdent(n)}`;
    return read.has(n) ? sqlIdent(n) : `NULL::${t} AS ${sqlIdent(n)}`;
  };
  const list = FLAT_COLUMNS.map(([n, t]) => column(n, t)).join(', ');
  return `(SELECT ${list} FROM ${CHUNK} WHERE (${inDays(days)}) AND NOT (${negativeSQL(readCounts(read))}))`;
}

/** Decodes the `columns` of row group `[rowStart, rowEnd)`, reading only their chunks' bytes. */
async function decodeRowGroup(
  file: Parameters<typeof narrowBuffer>[0],
  metadata: FileMetaData,
  index: number,
  rowStart: number,
  columns: readonly { name: string; kind: ColumnKind }[],
): Promise<DecodedColumn[]> {
  const group = metadata.row_groups[index]!;
  const rowEnd = rowStart + Number(group.num_rows);
  const chunks = columns.map((c) => chunkRange(group, c.name)).filter((r) => r !== null);
  const pieces = new Map<string, Piece[]>(columns.map((c) => [c.name, []]));
  await parquetRead({
    file: narrowBuffer(file, chunks),
    metadata,
    columns: columns.map((c) => c.name),
    rowStart,
    rowEnd,
    parsers: RAW_PARSERS,
    onChunk: (chunk) => pieces.get(chunk.columnName)?.push(chunk),
  });
  return columns.map((c) => ({
    ...c,
    values: joinPieces(pieces.get(c.name) ?? [], rowStart, rowEnd),
  }));
}

/**
 * Appends to `table` the incidents of the requested months of the requested partition files,
 * over HTTP range requests: each file's footer in one request (the manifest gives its
 * length; skipped when `footers` has it), then only the row groups whose date statistics
 * overlap those months, and in them only the chunks of `columns`. Each row group goes to
 * DuckDB as Arrow built by hand from hyparquet's columns (no builders: CSP), is shaped by
 * `createIncidentsTableSQL` and appended, so memory holds one row group, not the extract.
 * Rows outside the requested months are dropped, so no row is loaded twice across reads
 * of disjoint months.
 */
export async function readPartitions(options: ReadPartitionsOptions): Promise<ReadReport> {
  const { db, requests, table } = options;
  const wanted = [...new Set<string>([...options.columns, 'date'])].filter((c) => c !== 'country');
  for (const c of wanted) if (!TYPES.has(c)) throw new Error(`unknown column ${c}`);
  const footers = options.footers ?? new Map<string, FileMetaData>();
  const report: ReadReport = {
    files: [],
    filesTotal: requests.length,
    rowGroupsRead: 0,
    rowGroupsSkipped: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
    bytesFetched: 0,
  };
  const onBytes = (n: number): void => {
    report.bytesFetched += n;
  };
  try {
    for (const { file: part, months } of requests) {
      options.signal?.throwIfAborted();
      report.files.push(part.path);
      const url = new URL(part.path, options.baseUrl).href;
      const file = await rangeBufferFromUrl({ url, byteLength: part.bytes, fetch: options.fetch, onBytes });
      let metadata = footers.get(part.path);
      if (!metadata) {
        metadata = await parquetMetadataAsync(file, { initialFetchSize: part.footerBytes });
        footers.set(part.path, metadata);
      }
      const present = new Map(metadata.schema.slice(1).map((e) => [e.name, e]));
      if (!present.has('date')) throw new Error(`${part.path}: no date column`);
      const columns = wanted.flatMap((name) => {
        const element = present.get(name);
        return element ? [{ name, kind: columnKind(element) }] : [];
      });
      const read = new Set(columns.map((c) => c.name));
      const days = monthRuns(months).map((run) => periodDays(run));
      let rowStart = 0;
      for (const [index, group] of metadata.row_groups.entries()) {
        options.signal?.throwIfAborted();
        const start = rowStart;
        rowStart += Number(group.num_rows);
        if (!days.some((d) => rowGroupOverlaps(group, 'date', d))) {
          report.rowGroupsSkipped++;
          options.onProgress?.(report);
          continue;
        }
        const decoded = await decodeRowGroup(file, metadata, index, start, columns);
        await db.insertArrowIPC(CHUNK, columnsToIPC(decoded));
        await db.exec(createIncidentsTableSQL(flatSelect(read, part.country, days), CHUNK_ROWS));
        await db.exec(`INSERT INTO ${sqlIdent(table)} SELECT * FROM ${CHUNK_ROWS}`);
        // One statement for both counts: the rows of the months loaded (flatSelect's filter)
        // and those left out for a negative count.
        const counts = readCounts(read);
        const bad = negativeSQL(counts);
        const tally = (
          await db.query(`SELECT count(*) FILTER (WHERE NOT (${bad}))::DOUBLE AS loaded,
  count(*) FILTER (WHERE ${bad})::DOUBLE AS rejected
FROM ${CHUNK} WHERE ${inDays(days)}`)
        ).get(0);
        const rejected = Number(tally?.rejected ?? 0);
        report.rowsLoaded += Number(tally?.loaded ?? 0);
        report.rowsRejected += rejected;
        if (rejected > 0 && options.rejections) {
          await db.exec(
            `INSERT INTO ${sqlIdent(options.rejections)} ${rejectionLinesSQL(part.path, start, counts, days)}`,
          );
        }
        report.rowGroupsRead++;
        options.onProgress?.(report);
      }
    }
  } finally {
    await db.exec(`DROP TABLE IF EXISTS ${CHUNK}`);
    await db.exec(`DROP TABLE IF EXISTS ${CHUNK_ROWS}`);
  }
  return report;
}

import type * as ParquetWasm from 'parquet-wasm';
import { sqlIdent } from '../query/sql.ts';
import { type Database, SCRATCH_CATALOG } from './database.ts';

/**
 * The part of parquet-wasm that reads a file row group by row group: the browser build once
 * initialised (src/db/parquet-module.ts) or Node's, which is ready on import. Passed in, so the
 * same loader runs in the app, the CLI and tests.
 */
export type ParquetReaderModule = Pick<typeof ParquetWasm, 'ParquetFile'>;

/** A Parquet file opened for decoding one row group at a time. */
export interface RowGroupReader {
  /** Rows of each row group, from the footer (its length is the number of row groups). */
  readonly groupRows: readonly number[];
  /** Decodes row group `index` to an Arrow IPC stream. */
  read(index: number): Promise<Uint8Array>;
  /** Frees the reader's wasm memory. */
  close(): void;
}

/**
 * Rows per Arrow record batch of a decoded row group. parquet-wasm's default (1024) makes a
 * 100k-row group a stream of ~100 small batches; larger batches decode and insert faster and
 * still stay within one row group.
 */
const BATCH_ROWS = 65_536;

/**
 * Opens a Parquet file (a browser `File` is read in place, by byte ranges) for decoding row
 * group by row group: only the footer is read here. Decoding the whole file at once needs the
 * file, its Arrow form and its IPC copy in parquet-wasm's 4 GB wasm memory together, which
 * fails at 10M rows; one row group at a time keeps memory at one group.
 * @throws whatever parquet-wasm throws for a file whose footer cannot be read
 */
export async function openRowGroupReader(file: Blob, parquet: ParquetReaderModule): Promise<RowGroupReader> {
  const handle = await parquet.ParquetFile.fromFile(file);
  const meta = handle.metadata();
  const groupRows = meta.rowGroups().map((g) => {
    const rows = g.numRows();
    g.free();
    return rows;
  });
  meta.free();
  return {
    groupRows,
    read: async (index) => (await handle.read({ rowGroups: [index], batchSize: BATCH_ROWS })).intoIPCStream(),
    close: () => handle.free(),
  };
}

/** A column of a decoded row group, as DuckDB's `DESCRIBE` names its type. */
export interface DecodedColumn {
  name: string;
  type: string;
}

/** Options of {@link insertRowGroups}. */
export interface InsertRowGroupsOptions {
  /**
   * The SELECT list that turns a decoded group into the table's rows (e.g. casts to text),
   * from the group's columns; default `*` (the file's own types). Trusted: built by code.
   */
  select?: (columns: readonly DecodedColumn[]) => string;
  /** Called after each row group is in the table. */
  onGroup?: (done: number, groups: number) => void;
}

/**
 * Creates (or replaces) `table` from the reader's row groups, decoding and inserting one group
 * at a time, so JS and parquet-wasm hold one group at most, whatever the file's size. With
 * the file's own types each group is appended straight to the table; with a `select` (or an
 * adapter without {@link Database.appendArrowIPC}) each group goes through a staging table
 * (`<table>__group`, in the uncompressed {@link SCRATCH_CATALOG} when the adapter can put it
 * there) and is inserted through the select. Zero-row groups are skipped. Returns the rows
 * inserted; with none, `table` is not created.
 */
export async function insertRowGroups(
  db: Database,
  reader: RowGroupReader,
  table: string,
  options: InsertRowGroupsOptions = {},
): Promise<number> {
  const target = sqlIdent(table);
  const stagingName = `${table}__group`;
  const append = db.appendArrowIPC ? db.appendArrowIPC.bind(db) : null;
  const staging = append ? `${SCRATCH_CATALOG}.main.${sqlIdent(stagingName)}` : sqlIdent(stagingName);
  let select: string | null = null;
  let rows = 0;
  const groups = reader.groupRows.length;
  try {
    for (let g = 0; g < groups; g++) {
      if ((reader.groupRows[g] ?? 0) === 0) continue;
      const ipc = await reader.read(g);
      if (append && !options.select) {
        if (rows === 0) await db.exec(`DROP TABLE IF EXISTS ${target}`);
        await append(table, ipc, { create: rows === 0 });
      } else {
        if (append) {
          await db.exec(`DROP TABLE IF EXISTS ${staging}`);
          await append(stagingName, ipc, { create: true, catalog: SCRATCH_CATALOG });
        } else {
          await db.insertArrowIPC(stagingName, ipc);
        }
        if (select === null) {
          select = options.select ? options.select(await describe(db, staging)) : '*';
          await db.exec(`CREATE OR REPLACE TABLE ${target} AS SELECT ${select} FROM ${staging}`);
        } else {
          await db.exec(`INSERT INTO ${target} SELECT ${select} FROM ${staging}`);
        }
      }
      rows += reader.groupRows[g] ?? 0;
      options.onGroup?.(g + 1, groups);
    }
  } finally {
    await db.exec(`DROP TABLE IF EXISTS ${staging}`);
  }
  return rows;
}

async function describe(db: Database, relation: string): Promise<DecodedColumn[]> {
  const described = await db.query(`DESCRIBE ${relation}`);
  return described.toArray().map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
}

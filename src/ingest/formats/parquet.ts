import type { Database } from '../../db/database.ts';
import { insertRowGroups, openRowGroupReader, type RowGroupReader } from '../../db/parquet-row-groups.ts';
import { parquetReaderModule } from '../../db/parquet-runtime.ts';
import { errorDetail, IngestError } from '../ingest-error.ts';
import type { IngestSource } from '../source.ts';
import { textSelectSQL } from './text-select.ts';

/** The source as a Blob: a browser File as it is (read by byte ranges), bytes wrapped without copying in JS. */
function sourceBlob(source: IngestSource): Blob {
  if (source.file) return source.file;
  return new Blob([(source.bytes ?? new Uint8Array(0)) as Uint8Array<ArrayBuffer>]);
}

/**
 * Loads a Parquet source into the raw table `table` (all text, see {@link textSelectSQL}),
 * decoding it with parquet-wasm one row group at a time straight to Arrow and DuckDB: no cell
 * becomes a JS string, and memory holds one row group, so a 10M-row file loads like a small
 * one. A footer that cannot be read is `parquet_truncated`; a row group that cannot be
 * decoded, `parquet_unreadable`. Returns the rows loaded (0: the table was not created) and
 * whether row groups were left out (`maxRowGroups`, for a preview of a large file).
 * @param reader opens the file's row groups (tests pass a spy; default parquet-wasm)
 */
export async function loadParquetText(
  db: Database,
  source: IngestSource,
  table: string,
  options: {
    maxRowGroups?: number;
    reader?: (file: Blob) => Promise<RowGroupReader>;
  } = {},
): Promise<{ rows: number; partial: boolean }> {
  const file = source.name;
  const open =
    options.reader ?? (async (blob: Blob) => openRowGroupReader(blob, await parquetReaderModule()));
  let opened: RowGroupReader;
  try {
    opened = await open(sourceBlob(source));
  } catch (error) {
    throw new IngestError('parquet_truncated', { file, detail: errorDetail(error) });
  }
  const max = options.maxRowGroups ?? Number.POSITIVE_INFINITY;
  const partial = opened.groupRows.length > max;
  const reading = partial ? { ...opened, groupRows: opened.groupRows.slice(0, max) } : opened;
  try {
    return { rows: await insertRowGroups(db, reading, table, { select: textSelectSQL }), partial };
  } catch (error) {
    throw new IngestError('parquet_unreadable', { file, detail: errorDetail(error) });
  } finally {
    opened.close();
  }
}

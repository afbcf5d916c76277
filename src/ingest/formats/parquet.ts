import { parquetMetadata, parquetRead } from 'hyparquet';
import { errorDetail, IngestError } from '../ingest-error.ts';
import { cellText, type StringColumns, uniqueNames } from './string-columns.ts';

/**
 * Reads a Parquet file into string columns with hyparquet (pure JS, works in the browser
 * and Node, since DuckDB-WASM has no Parquet reader offline). Data arrives column chunk by
 * column chunk; a damaged file becomes `parquet_unreadable`/`parquet_truncated`.
 */
export async function parquetToColumns(bytes: Uint8Array, file: string): Promise<StringColumns> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let names: string[];
  let rows: number;
  try {
    const meta = parquetMetadata(buffer);
    names = meta.schema
      .slice(1)
      .filter((s) => !s.num_children)
      .map((s) => s.name);
    rows = Number(meta.num_rows);
  } catch (error) {
    throw new IngestError('parquet_truncated', { file, detail: errorDetail(error) });
  }
  const values: (string | null)[][] = names.map(() => new Array<string | null>(rows).fill(null));
  try {
    await parquetRead({
      file: buffer,
      onChunk: ({ columnName, columnData, rowStart }) => {
        const column = values[names.indexOf(columnName)];
        if (!column) return;
        for (let i = 0; i < columnData.length; i++) column[rowStart + i] = cellText(columnData[i]);
      },
    });
  } catch (error) {
    throw new IngestError('parquet_unreadable', { file, detail: errorDetail(error) });
  }
  return { names: uniqueNames(names), values };
}

import { parquetMetadata, parquetRead } from 'hyparquet';
import { ParquetFile } from 'parquet-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../src/db/database.ts';
import { openNodeDatabase } from '../../../../src/db/node-database.ts';
import { openRowGroupReader, type RowGroupReader } from '../../../../src/db/parquet-row-groups.ts';
import { loadParquetText } from '../../../../src/ingest/formats/parquet.ts';
import { cellText } from '../../../../src/ingest/formats/string-columns.ts';
import { IngestError } from '../../../../src/ingest/ingest-error.ts';
import { loadRawTable } from '../../../../src/ingest/raw-table.ts';
import { MULTI_GROUP_ROWS, multiGroupParquet } from '../../../helpers/multi-group-parquet.ts';

/**
 * The raw table the app built before row-group loading: hyparquet decoded every cell to a JS
 * value and `cellText` wrote it as text. Kept here as the reference the new path must match.
 */
async function hyparquetCells(bytes: Uint8Array): Promise<(string | null)[][]> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const meta = parquetMetadata(buffer);
  const names = meta.schema.slice(1).map((s) => s.name);
  const rows = Number(meta.num_rows);
  const columns = names.map(() => new Array<string | null>(rows).fill(null));
  await parquetRead({
    file: buffer,
    onChunk: ({ columnName, columnData, rowStart }) => {
      const column = columns[names.indexOf(columnName)]!;
      for (let i = 0; i < columnData.length; i++) column[rowStart + i] = cellText(columnData[i]);
    },
  });
  return Array.from({ length: rows }, (_, r) => columns.map((c) => c[r] ?? null));
}

describe('loadParquetText (Parquet → raw text table, by row group)', () => {
  let db: Database;
  const bytes = multiGroupParquet();
  beforeAll(async () => {
    db = await openNodeDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('gives the same text cells as the former hyparquet path, reading each row group once', async () => {
    const calls: number[] = [];
    const loaded = await loadParquetText(db, { name: 'casos.parquet', bytes }, 'raw', {
      reader: async (file) => {
        const reader = await openRowGroupReader(file, { ParquetFile });
        return {
          ...reader,
          read: (i) => {
            calls.push(i);
            return reader.read(i);
          },
        };
      },
    });
    expect(calls).toEqual([0, 1, 2]);
    expect(loaded).toEqual({ rows: MULTI_GROUP_ROWS, partial: false });
    const t = await db.query('SELECT * FROM raw ORDER BY rowid');
    const types = (await db.query('DESCRIBE raw')).toArray().map((r) => String(r.column_type));
    expect(new Set(types)).toEqual(new Set(['VARCHAR']));
    const cells = t.toArray().map((r) => Object.values(r.toJSON()));
    expect(cells).toEqual(await hyparquetCells(bytes));
    // The values themselves, so a change on both sides cannot pass unnoticed.
    expect(cells[0]).toEqual(['a1', '1', '4.5', '2024-01-05', '2024-01-05', 'COL']);
    expect(cells[1]).toEqual(['a2', '0', '4', '2024-02-01', '2024-01-05T10:30:15', 'BRA']);
    expect(cells[2]?.[0]).toBeNull();
    expect(cells[3]?.[2]).toBeNull();
  });

  it('reads a browser-style File in place', async () => {
    const file = new File([bytes], 'casos.parquet');
    expect((await loadParquetText(db, { name: file.name, file }, 'raw_file')).rows).toBe(MULTI_GROUP_ROWS);
    const n = await db.query("SELECT count(*)::INTEGER AS n FROM raw_file WHERE pais = 'COL'");
    expect(n.get(0)?.n).toBe(2);
  });

  it('reads only the first row groups for a preview, and says so', async () => {
    const source = { name: 'casos.parquet', bytes };
    expect(await loadParquetText(db, source, 'raw_head', { maxRowGroups: 1 })).toEqual({
      rows: 3,
      partial: true,
    });
    const raw = await loadRawTable(
      db,
      source,
      { format: 'parquet', encoding: 'utf-8', bom: false, size: bytes.length },
      'raw_preview',
      {},
      { parquetRowGroups: 2 },
    );
    expect(raw.rows).toBe(6);
    expect(raw.partial).toBe(true);
    const whole = await loadRawTable(
      db,
      source,
      { format: 'parquet', encoding: 'utf-8', bom: false, size: bytes.length },
      'raw_whole',
    );
    expect(whole.rows).toBe(MULTI_GROUP_ROWS);
    expect(whole.partial).toBeUndefined();
  });

  it('a footer that cannot be read is parquet_truncated, a group that cannot be decoded parquet_unreadable', async () => {
    const truncated = loadParquetText(db, { name: 'cut.parquet', bytes: bytes.slice(0, 40) }, 'raw_cut');
    await expect(truncated).rejects.toBeInstanceOf(IngestError);
    await expect(truncated).rejects.toMatchObject({ code: 'parquet_truncated' });
    const broken: RowGroupReader = {
      groupRows: [3],
      read: () => Promise.reject(new Error('bad page header')),
      close: () => {},
    };
    const unreadable = loadParquetText(db, { name: 'bad.parquet', bytes }, 'raw_bad', {
      reader: async () => broken,
    });
    await expect(unreadable).rejects.toMatchObject({ code: 'parquet_unreadable' });
  });
});

import { tableFromIPC } from 'apache-arrow';
import { ParquetFile, readParquet } from 'parquet-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.ts';
import { openNodeDatabase } from '../../../src/db/node-database.ts';
import {
  insertRowGroups,
  openRowGroupReader,
  type RowGroupReader,
} from '../../../src/db/parquet-row-groups.ts';
import { MULTI_GROUP_ROWS, multiGroupParquet } from '../../helpers/multi-group-parquet.ts';

const json = (rows: unknown[]): string =>
  JSON.stringify(rows, (_, v) => (typeof v === 'bigint' ? String(v) : v));

async function rowsOf(db: Database, table: string): Promise<string> {
  const t = await db.query(`SELECT * FROM ${table} ORDER BY rowid`);
  return json(t.toArray().map((r) => r.toJSON()));
}

/** A reader that records which row groups were decoded. */
function spying(reader: RowGroupReader, calls: number[]): RowGroupReader {
  return {
    ...reader,
    read: (index) => {
      calls.push(index);
      return reader.read(index);
    },
  };
}

describe('insertRowGroups', () => {
  let db: Database;
  const bytes = multiGroupParquet();
  beforeAll(async () => {
    db = await openNodeDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('reads the footer only when opening: one entry per row group', async () => {
    const reader = await openRowGroupReader(new Blob([bytes]), { ParquetFile });
    expect(reader.groupRows).toEqual([3, 3, 1]);
    reader.close();
  });

  it('decodes each row group once, in order, and gives the same table as a whole-file decode', async () => {
    await db.insertArrowIPC('whole', readParquet(bytes).intoIPCStream());
    const calls: number[] = [];
    const reader = spying(await openRowGroupReader(new Blob([bytes]), { ParquetFile }), calls);
    const groups: number[] = [];
    const rows = await insertRowGroups(db, reader, 'by_groups', { onGroup: (done) => groups.push(done) });
    reader.close();
    expect(calls).toEqual([0, 1, 2]);
    expect(groups).toEqual([1, 2, 3]);
    expect(rows).toBe(MULTI_GROUP_ROWS);
    expect(await rowsOf(db, 'by_groups')).toBe(await rowsOf(db, 'whole'));
    const types = async (t: string) =>
      json((await db.query(`DESCRIBE ${t}`)).toArray().map((r) => [r.column_name, r.column_type]));
    expect(await types('by_groups')).toBe(await types('whole'));
    const staging = await db.query(
      "SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'by_groups__group'",
    );
    expect(staging.get(0)?.n).toBe(0);
  });

  it('applies the select list to every group and skips a group the footer says is empty', async () => {
    const calls: number[] = [];
    const base = await openRowGroupReader(new Blob([bytes]), { ParquetFile });
    // The footer of this reader claims the last group is empty: it must not be decoded.
    const reader: RowGroupReader = { ...spying(base, calls), groupRows: [3, 3, 0] };
    const rows = await insertRowGroups(db, reader, 'selected', {
      select: (cols) =>
        cols
          .filter((c) => c.name !== 'hora')
          .map((c) => `"${c.name}"`)
          .join(', '),
    });
    base.close();
    expect(calls).toEqual([0, 1]);
    expect(rows).toBe(6);
    const t = await db.query('SELECT * FROM selected ORDER BY rowid');
    expect(t.schema.fields.map((f) => f.name)).toEqual(['id', 'women', 'lat', 'fecha', 'pais']);
    expect(t.numRows).toBe(6);
  });

  it('gives the same table through a staging table on an adapter that cannot append', async () => {
    const { appendArrowIPC: _unused, ...withoutAppend } = db;
    const calls: number[] = [];
    const reader = spying(await openRowGroupReader(new Blob([bytes]), { ParquetFile }), calls);
    await insertRowGroups(withoutAppend, reader, 'staged');
    reader.close();
    expect(calls).toEqual([0, 1, 2]);
    expect(await rowsOf(db, 'staged')).toBe(await rowsOf(db, 'whole'));
    const left = await db.query(
      "SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name LIKE '%__group'",
    );
    expect(left.get(0)?.n).toBe(0);
  });

  it('creates nothing from a file without rows', async () => {
    const reader: RowGroupReader = {
      groupRows: [],
      read: () => Promise.reject(new Error('unused')),
      close: () => {},
    };
    expect(await insertRowGroups(db, reader, 'nothing')).toBe(0);
    const n = await db.query(
      "SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'nothing'",
    );
    expect(n.get(0)?.n).toBe(0);
  });

  it('a whole-file decode of the same file agrees on the row count (fixture sanity)', () => {
    expect(tableFromIPC(readParquet(bytes).intoIPCStream()).numRows).toBe(MULTI_GROUP_ROWS);
  });
});

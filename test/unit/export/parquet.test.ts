import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import * as parquet from 'parquet-wasm';
import { describe, expect, it } from 'vitest';
import { PARQUET_PROVENANCE_KEY, toParquet } from '../../../src/export/parquet.ts';
import { parseProvenance } from '../../../src/export/provenance.ts';
import { FORMULAS, PROVENANCE, TABLE } from './fixtures.ts';

describe('toParquet', () => {
  it('reads back (hyparquet) with the same numbers and text, and the provenance metadata', async () => {
    const bytes = toParquet(TABLE, PROVENANCE, parquet);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const rows = await parquetReadObjects({ file });
    expect(rows).toHaveLength(TABLE.rows.length);
    rows.forEach((row, i) => {
      expect(row.value).toBe(TABLE.rows[i]![2]);
      expect(row.note).toBe(TABLE.rows[i]![3]);
      expect(row.country).toBe(TABLE.rows[i]![0]);
    });
    expect(rows.map((r) => r.note)).toEqual(expect.arrayContaining(FORMULAS));
    const kv = parquetMetadata(file).key_value_metadata ?? [];
    const entry = kv.find((e) => e.key === PARQUET_PROVENANCE_KEY);
    expect(parseProvenance(entry?.value ?? '')).toEqual({ ok: true, provenance: PROVENANCE });
  });
});

// Found by the byte-damage fuzzer: a CSV opening with two byte-order marks kept the second
// one in the first header name; the mapping then referenced a column DuckDB's parser could
// not name ("Binder Error: Referenced column "id" not found"), an internal error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { openNodeDatabase } from '../../src/db/node-database.ts';
import { leadingBoms } from '../../src/ingest/formats/csv.ts';
import { ingestFile } from '../../src/ingest/ingest.ts';

let db: Database;
beforeAll(async () => {
  db = await openNodeDatabase();
});
afterAll(() => db.close());

describe('a CSV with two byte-order marks', () => {
  it('counts leading marks', () => {
    expect(leadingBoms(Uint8Array.of(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61))).toBe(2);
    expect(leadingBoms(Uint8Array.of(0x61))).toBe(0);
  });

  it('loads like the same file with one', async () => {
    const text = '\uFEFF\uFEFFid,fecha,pais,tipo de delito,mujeres\n1,2020-01-01,COL,trata,2\n';
    const result = await ingestFile(db, { name: 'bom.csv', bytes: new TextEncoder().encode(text) });
    expect(result.files[0]?.rowsLoaded).toBe(1);
  });
});

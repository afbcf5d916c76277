import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.ts';
import { openNodeDatabase } from '../../../src/db/node-database.ts';
import { toLookupValues } from '../../../src/ingest/resolve-lookups.ts';

describe('toLookupValues', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openNodeDatabase();
  });
  afterAll(async () => db.close());

  it('reads keys and typed value columns, NULLs kept', async () => {
    const t = await db.query(
      "SELECT * FROM (VALUES ('a', 'A', true), ('b', NULL, false), ('c', 'C', NULL)) v(k, s, f) ORDER BY k",
    );
    const values = toLookupValues(t);
    expect(values).toEqual({
      keys: ['a', 'b', 'c'],
      columns: [
        { type: 'VARCHAR', values: ['A', null, 'C'] },
        { type: 'BOOLEAN', values: [true, false, null] },
      ],
    });
  });

  it('gives up (the lookup stays a join) past the key or character limit', async () => {
    const t = await db.query("SELECT k, upper(k) AS v FROM (VALUES ('ab'), ('cd'), ('ef')) v(k)");
    expect(toLookupValues(t, 2)).toBeUndefined();
    expect(toLookupValues(t, 10, 5)).toBeUndefined();
    expect(toLookupValues(t, 3, 6)?.keys).toHaveLength(3);
  });
});

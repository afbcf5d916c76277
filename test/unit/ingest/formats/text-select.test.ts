import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../src/db/database.ts';
import { openNodeDatabase } from '../../../../src/db/node-database.ts';
import { textSelectSQL } from '../../../../src/ingest/formats/text-select.ts';

describe('textSelectSQL (typed columns → raw text columns)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openNodeDatabase();
    await db.exec(`CREATE TABLE typed AS SELECT * FROM (VALUES
      ('a', 1::INTEGER, 12.0::DOUBLE, 1.5::FLOAT, 3.10::DECIMAL(5,2), DATE '2024-01-05', TIMESTAMP '2024-01-05 00:00:00', TIMESTAMPTZ '2024-01-05 10:30:00+00', ['sexual', 'begging'], true, 9007199254740993::BIGINT),
      ('', NULL, -0.25::DOUBLE, NULL, NULL, NULL, NULL, NULL, []::VARCHAR[], NULL, NULL)
    ) t(s, i, d, f, dec, dt, ts, tz, l, b, big)`);
  });
  afterAll(async () => {
    await db.close();
  });

  it('quotes names and keeps them as the output names', () => {
    const sql = textSelectSQL([{ name: 'país "x"', type: 'VARCHAR' }]);
    expect(sql).toBe(`NULLIF("país ""x""", '') AS "país ""x"""`);
  });

  it('writes every type as a person would, empty strings and lists as missing', async () => {
    const described = (await db.query('DESCRIBE typed')).toArray();
    const columns = described.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
    await db.exec(`CREATE TABLE texts AS SELECT ${textSelectSQL(columns)} FROM typed`);
    const types = (await db.query('DESCRIBE texts')).toArray().map((r) => String(r.column_type));
    expect(new Set(types)).toEqual(new Set(['VARCHAR']));
    const rows = (await db.query('SELECT * FROM texts ORDER BY rowid')).toArray().map((r) => r.toJSON());
    expect(rows[0]).toEqual({
      s: 'a',
      i: '1',
      d: '12',
      f: '1.5',
      dec: '3.1',
      dt: '2024-01-05',
      ts: '2024-01-05',
      tz: '2024-01-05T10:30:00',
      l: 'sexual|begging',
      b: 'true',
      big: '9007199254740993',
    });
    expect(rows[1]).toEqual({
      s: null,
      i: null,
      d: '-0.25',
      f: null,
      dec: null,
      dt: null,
      ts: null,
      tz: null,
      l: null,
      b: null,
      big: null,
    });
  });
});

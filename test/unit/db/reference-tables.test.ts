import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.ts';
import { openNodeDatabase } from '../../../src/db/node-database.ts';
import { ADMIN1_POINTS_TABLE, loadReferenceTables } from '../../../src/db/reference-tables.ts';

// The admin-1 flows join admin1_points by code and the clustered flows group country_points:
// a repeated key would count a flow twice, a missing one would lose it. The layer draws both
// kinds of end from one lookup by key (src/geo/flow-end-points.ts).
let db: Database;
beforeAll(async () => {
  db = await openNodeDatabase();
  await loadReferenceTables(db);
});
afterAll(() => db.close());

async function keys(sql: string): Promise<{ rows: number; distinct: number; nulls: number }> {
  const r = (
    await db.query(
      `SELECT count(*)::INT AS rows, count(DISTINCT k)::INT AS distinct, count(*) FILTER (WHERE k IS NULL)::INT AS nulls FROM (${sql})`,
    )
  ).get(0);
  return { rows: Number(r?.rows), distinct: Number(r?.distinct), nulls: Number(r?.nulls) };
}

describe('reference tables keyed once', () => {
  it('keys every point and admin-1 point once', async () => {
    for (const sql of [
      'SELECT iso3 AS k FROM country_points',
      `SELECT code AS k FROM ${ADMIN1_POINTS_TABLE}`,
      // Flows with admin-1 ends name both kinds of end; one key space.
      `SELECT iso3 AS k FROM country_points UNION ALL SELECT code FROM ${ADMIN1_POINTS_TABLE}`,
    ]) {
      const got = await keys(sql);
      expect(got.rows, sql).toBeGreaterThan(0);
      expect(got.nulls, sql).toBe(0);
      expect(got.distinct, sql).toBe(got.rows);
    }
  });
});

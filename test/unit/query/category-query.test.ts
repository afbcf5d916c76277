import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCategoryColumns } from '../../../src/charts/columns.ts';
import type { Database } from '../../../src/db/database.ts';
import { openNodeDatabase } from '../../../src/db/node-database.ts';
import {
  detectionSourceQuery,
  exploitationFormsQuery,
  topNationalitiesQuery,
} from '../../../src/query/category-query.ts';
import { loadIncidents } from './incident-fixture.ts';

let db: Database;

beforeAll(async () => {
  db = await openNodeDatabase();
  await loadIncidents(db, [
    { exploitation: 'sexual|forced_labour', nationality: 'VEN', women: 3, detection_source: 'police' },
    { exploitation: 'sexual', nationality: 'VEN', women: 1, detection_source: 'police' },
    { exploitation: '', nationality: 'COL', men: 2, detection_source: 'ngo' },
    { exploitation: 'begging', nationality: 'HTI', boys: 1 },
    { exploitation: 'forced_labour', nationality: null, men: 1 },
  ]);
});
afterAll(async () => db.close());

const rows = async (sql: string) => {
  expect((await db.query(`EXPLAIN ${sql}`)).numRows).toBeGreaterThan(0);
  return (await db.query(sql)).toArray().map((r) => r.toJSON());
};

describe('category queries', () => {
  it('unnests forms of exploitation; an empty list is unknown', async () => {
    const r = await rows(exploitationFormsQuery('TRUE'));
    expect(r.map((x) => [x.category, x.incidents, x.persons])).toEqual([
      ['forced_labour', 2, 4],
      ['sexual', 2, 4],
      ['unknown', 1, 2],
      ['begging', 1, 1],
    ]);
  });

  it('top N nationalities with an _other row', async () => {
    const sql = topNationalitiesQuery('TRUE', 2);
    const r = await rows(sql);
    expect(r.map((x) => [x.category, x.persons])).toEqual([
      ['VEN', 4],
      ['COL', 2],
      ['_other', 2],
    ]);
    const cols = toCategoryColumns(await db.query(sql), 'persons');
    expect(cols).toEqual({ category: ['VEN', 'COL', '_other'], value: [4, 2, 2] });
  });

  it('detection source with unknown for missing', async () => {
    const r = await rows(detectionSourceQuery('TRUE'));
    expect(r.map((x) => [x.category, x.incidents, x.persons])).toEqual([
      ['police', 2, 4],
      ['ngo', 1, 2],
      ['unknown', 2, 2],
    ]);
  });
});

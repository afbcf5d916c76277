import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.ts';
import { openNodeDatabase } from '../../../src/db/node-database.ts';
import {
  sexAgeByCrimeTypeQuery,
  sexAgeTotalsQuery,
  womenGirlsShareBySubregionQuery,
} from '../../../src/query/composition-query.ts';
import { loadIncidents } from './incident-fixture.ts';

let db: Database;

beforeAll(async () => {
  db = await openNodeDatabase();
  await loadIncidents(db, [
    { crime_type: 'trafficking', country: 'COL', women: 3, girls: 1, men: 4 },
    { crime_type: 'trafficking', country: 'ESP', women: 2, men: 2 },
    { crime_type: 'smuggling', country: 'PAN', men: 5, boys: 2, unknown_sex_age: 3, women: 9 },
  ]);
});
afterAll(async () => db.close());

const rows = async (sql: string) => {
  expect((await db.query(`EXPLAIN ${sql}`)).numRows).toBeGreaterThan(0);
  return (await db.query(sql)).toArray().map((r) => r.toJSON());
};

describe('composition queries', () => {
  it('sex/age totals with shares, in UNODC order', async () => {
    const r = await rows(sexAgeTotalsQuery('TRUE'));
    expect(r.map((x) => x.category)).toEqual(['women', 'men', 'girls', 'boys', 'unknown_sex_age']);
    expect(r.map((x) => x.persons)).toEqual([14, 11, 1, 2, 3]);
    expect(r[0]?.share).toBeCloseTo(14 / 31, 10);
  });

  it('sex/age totals of an empty selection have NULL shares, not NaN', async () => {
    const r = await rows(sexAgeTotalsQuery('FALSE'));
    expect(r.map((x) => x.persons)).toEqual([0, 0, 0, 0, 0]);
    expect(r[0]?.share).toBeNull();
  });

  it('sex/age by crime type', async () => {
    const r = await rows(sexAgeByCrimeTypeQuery('TRUE'));
    expect(r.map((x) => [x.crime_type, x.women, x.men, x.persons])).toEqual([
      ['trafficking', 5, 6, 12],
      ['smuggling', 9, 5, 19],
    ]);
  });

  it('share of women and girls by subregion counts trafficking only, with its base', async () => {
    const r = await rows(womenGirlsShareBySubregionQuery('TRUE'));
    expect(r).toEqual([
      { subregion: 'south_america', women_girls: 4, persons: 8, share: 0.5 },
      { subregion: 'iberia', women_girls: 2, persons: 4, share: 0.5 },
    ]);
  });
});

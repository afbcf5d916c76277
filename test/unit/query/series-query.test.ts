import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toSeriesColumns } from '../../../src/charts/columns.ts';
import type { Database } from '../../../src/db/database.ts';
import { openNodeDatabase } from '../../../src/db/node-database.ts';
import { countryMonthlySeriesQuery, monthlyCrimeSeriesQuery } from '../../../src/query/series-query.ts';
import { loadIncidents } from './incident-fixture.ts';

let db: Database;

beforeAll(async () => {
  db = await openNodeDatabase();
  await loadIncidents(db, [
    { date: '2020-01-05', crime_type: 'trafficking', country: 'COL', women: 2, girls: 1 },
    { date: '2020-01-20', crime_type: 'trafficking', country: 'COL', men: 1 },
    { date: '2020-01-21', crime_type: 'smuggling', country: 'PAN', men: 4 },
    { date: '2020-02-11', crime_type: 'smuggling', country: 'PAN', men: 2, boys: 1 },
    { date: '2020-02-12', crime_type: 'both', country: 'MEX', women: 1 },
    { date: '2020-03-01', crime_type: 'trafficking', country: 'MEX', women: 1 },
  ]);
});
afterAll(async () => db.close());

async function explains(sql: string) {
  const plan = await db.query(`EXPLAIN ${sql}`);
  expect(plan.numRows).toBeGreaterThan(0);
}

describe('monthlyCrimeSeriesQuery', () => {
  it('keeps trafficking and smuggling apart and counts incidents and persons', async () => {
    const sql = monthlyCrimeSeriesQuery('TRUE');
    await explains(sql);
    const t = await db.query(sql);
    const rows = t.toArray().map((r) => r.toJSON());
    expect(rows).toEqual([
      { month: Date.UTC(2020, 1, 1), series: 'both', incidents: 1, persons: 1 },
      { month: Date.UTC(2020, 0, 1), series: 'smuggling', incidents: 1, persons: 4 },
      { month: Date.UTC(2020, 1, 1), series: 'smuggling', incidents: 1, persons: 3 },
      { month: Date.UTC(2020, 0, 1), series: 'trafficking', incidents: 2, persons: 4 },
      { month: Date.UTC(2020, 2, 1), series: 'trafficking', incidents: 1, persons: 1 },
    ]);
    const cols = toSeriesColumns(t, 'persons');
    expect(cols.month).toBeInstanceOf(Float64Array);
    expect(Array.from(cols.value)).toEqual([1, 4, 3, 4, 1]);
    expect(cols.series[0]).toBe('both');
  });

  it('applies the filter predicate', async () => {
    const t = await db.query(monthlyCrimeSeriesQuery("country = 'PAN'"));
    expect(t.numRows).toBe(2);
  });
});

describe('countryMonthlySeriesQuery', () => {
  it('returns the top N countries by total, largest first', async () => {
    const sql = countryMonthlySeriesQuery('TRUE', { measure: 'persons', topN: 2 });
    await explains(sql);
    const rows = (await db.query(sql)).toArray().map((r) => r.toJSON());
    expect(rows.map((r) => [r.country, r.value, r.total])).toEqual([
      ['PAN', 4, 7],
      ['PAN', 3, 7],
      ['COL', 4, 4],
    ]);
  });

  it('filters by crime type', async () => {
    const sql = countryMonthlySeriesQuery('TRUE', { crimeType: 'trafficking' });
    await explains(sql);
    const rows = (await db.query(sql)).toArray().map((r) => r.toJSON());
    expect(new Set(rows.map((r) => r.country))).toEqual(new Set(['COL', 'MEX']));
  });
});

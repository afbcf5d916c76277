import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toKeyedSeries } from '../../../src/analytics/alerts/keyed-series.ts';
import { scanAlerts } from '../../../src/analytics/alerts/scan-alerts.ts';
import type { Database } from '../../../src/db/database.ts';
import { openNodeDatabase } from '../../../src/db/node-database.ts';
import { alertSeriesQuery } from '../../../src/query/alerts-query.ts';
import { loadIncidents } from './incident-fixture.ts';
import { createSyntheticIncidents, plantRouteSurge } from './synthetic-incidents.ts';

let db: Database;
beforeAll(async () => {
  db = await openNodeDatabase();
});
afterAll(async () => db.close());

describe('alertSeriesQuery', () => {
  it('returns monthly series for countries, routes and OD pairs in one query', async () => {
    await loadIncidents(db, [
      {
        date: '2020-01-05',
        country: 'PAN',
        route: 'Darién',
        origin: 'COL',
        destination: 'USA',
        girls: 2,
        women: 1,
      },
      { date: '2020-01-09', country: 'PAN', route: "O'Brien", origin: 'COL', destination: 'USA', boys: 1 },
      { date: '2020-02-01', country: 'MEX', route: null, origin: 'HND', destination: null, men: 3 },
    ]);
    const sql = alertSeriesQuery('TRUE');
    expect((await db.query(`EXPLAIN ${sql}`)).numRows).toBeGreaterThan(0);
    const rows = (await db.query(sql)).toArray().map((r) => r.toJSON());
    expect(
      rows.map((r) => [r.kind, r.key, r.month, r.incidents, r.persons, r.children, r.women_girls]),
    ).toEqual([
      ['country', 'MEX', Date.UTC(2020, 1, 1), 1, 3, 0, 0],
      ['country', 'PAN', Date.UTC(2020, 0, 1), 2, 4, 3, 3],
      ['od', 'COL→USA', Date.UTC(2020, 0, 1), 2, 4, 3, 3],
      ['route', 'Darién', Date.UTC(2020, 0, 1), 1, 3, 2, 3],
      ['route', "O'Brien", Date.UTC(2020, 0, 1), 1, 1, 1, 0],
    ]);
  });

  it('can restrict the key kinds', async () => {
    const sql = alertSeriesQuery("country = 'PAN'", { keyKinds: ['route'] });
    expect((await db.query(`EXPLAIN ${sql}`)).numRows).toBeGreaterThan(0);
    const rows = (await db.query(sql)).toArray().map((r) => r.toJSON());
    expect(rows.map((r) => r.key)).toEqual(['Darién', "O'Brien"]);
    expect(() => alertSeriesQuery('TRUE', { keyKinds: [] })).toThrow();
  });
});

describe('alert scan on synthetic incidents', () => {
  // Speed of the full scan at 1M incidents is measured by bench/alerts.bench.ts, not here.
  it('ranks a planted route surge (×3 in one month) first', async () => {
    await createSyntheticIncidents(db, 200_000);
    await plantRouteSurge(db, 'R7', '2023-06-01', 3);
    const series = toKeyedSeries(await db.query(alertSeriesQuery('TRUE')));
    const alerts = scanAlerts(series);
    expect(series.keys.length).toBe(5 + 40 + 10);
    const top = alerts[0];
    expect(top).toMatchObject({ kind: 'spike', keyKind: 'route', key: 'R7', month: Date.UTC(2023, 5, 1) });
    expect(top?.observed).toBeGreaterThan(2.5 * (top?.expected ?? 0));
  });
});

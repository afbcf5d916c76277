import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toAggregatedPositions } from '../../../src/app/corridors/aggregated-positions.ts';
import type { Database } from '../../../src/db/database.ts';
import { monthIndex, monthOfIndex, proximityQuery } from '../../../src/query/proximity-query.ts';
import { EMPTY_FILTERS, type Filters } from '../../../src/state/filters.ts';
import { fixtureDatabase, incident } from '../../helpers/incidents-fixture.ts';

// Two incidents in the same 0.01° cell (-77.403, 8.004 and -77.407, 8.001), same month and
// crime type; one trafficking in another cell; one smuggling a month later; one without
// coordinates (left out); one in 2019 (outside the window below).
const rows = [
  incident({ id: 'a', date: '2021-03-02', lon: -77.403, lat: 8.004, men: 2, women: 1 }),
  incident({ id: 'b', date: '2021-03-20', lon: -77.407, lat: 8.001, men: 3, girls: 1 }),
  incident({
    id: 'c',
    date: '2021-03-05',
    lon: -79.5,
    lat: 9.0,
    crime_type: 'trafficking',
    men: 0,
    women: 4,
  }),
  incident({ id: 'd', date: '2021-04-01', lon: -77.403, lat: 8.004, men: 1 }),
  incident({ id: 'e', date: '2021-03-01', men: 7 }),
  incident({ id: 'f', date: '2019-06-01', lon: -77.403, lat: 8.004, men: 9 }),
];

let db: Database;
beforeAll(async () => {
  db = await fixtureDatabase(rows);
});
afterAll(() => db.close());

const window: [string, string] = ['2021-01', '2021-12'];

describe('proximityQuery', () => {
  it('is valid SQL (EXPLAIN) with and without a window and with filters', async () => {
    const filtered: Filters = {
      ...EMPTY_FILTERS,
      crimeTypes: ['smuggling'],
      sexAge: ['men'],
      period: ['2021-03', '2021-03'],
    };
    for (const sql of [
      proximityQuery({ filters: EMPTY_FILTERS, window: null }),
      proximityQuery({ filters: filtered, window }),
      proximityQuery({ filters: EMPTY_FILTERS, window, cellDegrees: 0.5 }),
    ]) {
      const plan = await db.query(`EXPLAIN ${sql}`);
      expect(plan.numRows).toBeGreaterThan(0);
    }
  });

  it('aggregates by 0.01° cell × crime type × month, with persons by sex/age', async () => {
    const p = toAggregatedPositions(await db.query(proximityQuery({ filters: EMPTY_FILTERS, window })));
    const march = monthIndex('2021-03');
    expect(Array.from(p.month)).toEqual([march, march, march + 1]);
    expect(Array.from(p.crimeType)).toEqual([0, 1, 1]);
    expect(Array.from(p.weight)).toEqual([4, 7, 1]);
    expect(p.lon[1]).toBeCloseTo(-77.405, 9);
    expect(p.lat[1]).toBeCloseTo(8.005, 9);
    expect(p.lon[2]).toBeCloseTo(-77.405, 9);
    expect(Array.from(p.sexAge!.subarray(5, 10))).toEqual([1, 5, 1, 0, 0]);
    expect(Array.from(p.sexAge!.subarray(0, 5))).toEqual([4, 0, 0, 0, 0]);
  });

  it('reads the window instead of the period filter, and applies the other filters', async () => {
    const filters: Filters = { ...EMPTY_FILTERS, period: ['2021-04', '2021-04'], crimeTypes: ['smuggling'] };
    const p = toAggregatedPositions(await db.query(proximityQuery({ filters, window })));
    expect(Array.from(p.weight)).toEqual([7, 1]);
    const all = toAggregatedPositions(await db.query(proximityQuery({ filters, window: null })));
    expect(Array.from(all.weight)).toEqual([9, 7, 1]);
  });

  it('weights by the selected sex/age categories only', async () => {
    const filters: Filters = { ...EMPTY_FILTERS, sexAge: ['women'] };
    const p = toAggregatedPositions(await db.query(proximityQuery({ filters, window })));
    expect(Array.from(p.weight)).toEqual([4, 1]);
  });

  it('escapes filter values (no injection through a route name)', async () => {
    const filters: Filters = { ...EMPTY_FILTERS, routes: ["x'); DROP TABLE incidents; --"] };
    const p = toAggregatedPositions(await db.query(proximityQuery({ filters, window })));
    expect(p.weight.length).toBe(0);
    expect((await db.query('SELECT count(*)::INT AS n FROM incidents')).get(0)?.n).toBe(6);
  });
});

describe('month indices', () => {
  it('round-trips YYYY-MM through months since 1970-01', () => {
    expect(monthIndex('1970-01')).toBe(0);
    expect(monthIndex('2021-03')).toBe(614);
    for (const m of ['1999-12', '2000-01', '2025-07']) expect(monthOfIndex(monthIndex(m))).toBe(m);
  });
});

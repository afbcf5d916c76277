import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.ts';
import { openNodeDatabase } from '../../../src/db/node-database.ts';
import { ADMIN1_POINTS_TABLE, loadReferenceTables } from '../../../src/db/reference-tables.ts';
import { ADMIN1_UNITS } from '../../../src/geo/admin1.ts';
import { toFloat64, toStrings } from '../../../src/layers/arrow-to-binary.ts';
import { toFlowData } from '../../../src/layers/flow-data.ts';
import { rankFlows } from '../../../src/layers/flow-rank.ts';
import { chooseSource } from '../../../src/query/cube/choose-source.ts';
import { VIEW_NEEDS } from '../../../src/query/cube/needs.ts';
import { planCubes } from '../../../src/query/cube/plan-cubes.ts';
import { RAW_SOURCE } from '../../../src/query/cube/source.ts';
import { flowsQuery } from '../../../src/query/flows-query.ts';
import { EMPTY_FILTERS } from '../../../src/state/filters.ts';
import {
  fixtureDatabase,
  fixtureEndPoints,
  incident,
  loadIncidents,
} from '../../helpers/incidents-fixture.ts';

const K = 5;

/** Admin-1 anchors of the hand-checked world (country points: tests/helpers/incidents-fixture.ts). */
const ADMIN1_FIXTURE = [
  ['CO-ANT', 'COL', -75.5, 7.0],
  ['CO-DC', 'COL', -74.1, 4.6],
  ['MX-CHP', 'MEX', -92.5, 16.5],
  ['PA-8', 'PAN', -79.5, 9.0],
] as const;

/** The world's flow end points: its countries and these admin-1 units. */
const ends = fixtureEndPoints(
  [],
  ADMIN1_FIXTURE.map(([code, , lon, lat]) => [code, [lon, lat]] as const),
);

async function loadAdmin1Points(db: Database): Promise<void> {
  const values = ADMIN1_FIXTURE.map(([code, iso3, lon, lat]) => `('${code}', '${iso3}', ${lon}, ${lat})`);
  await db.exec(
    `CREATE OR REPLACE TABLE admin1_points AS SELECT * FROM (VALUES ${values.join(', ')}) t(code, iso3, lon, lat)`,
  );
}

// k = 5. By hand, with admin-1 ends:
//  VEN→COL: CO-ANT 6 stays an admin-1 end; CO-DC 2 is below k and folds into the country
//           end, which holds the 7 persons without admin1: COL 9.
//  VEN→PAN: admin1 CO-ANT lies in Colombia, not in the destination: country end PAN 8.
//  VEN→MEX: MX-CHP 3 (trafficking) is below k: folds into MEX 3, hidden as today.
//  COL→PAN: PA-8 6 is ≥ k, but the country end would keep only PA-9's 2 (a code missing from
//           the table): PA-8 folds too, PAN 8; otherwise PAN − PA-8 would reveal the 2.
const rows = [
  incident({ id: 'a', origin: 'VEN', destination: 'COL', admin1: 'CO-ANT', men: 6 }),
  incident({ id: 'b', origin: 'VEN', destination: 'COL', admin1: null, men: 7 }),
  incident({ id: 'c', origin: 'VEN', destination: 'COL', admin1: 'CO-DC', men: 2 }),
  incident({ id: 'd', origin: 'VEN', destination: 'PAN', admin1: 'CO-ANT', men: 8 }),
  incident({
    id: 'e',
    origin: 'VEN',
    destination: 'MEX',
    admin1: 'MX-CHP',
    crime_type: 'trafficking',
    men: 0,
    women: 3,
  }),
  incident({ id: 'f', origin: 'COL', destination: 'PAN', admin1: 'PA-8', men: 6 }),
  incident({ id: 'g', origin: 'COL', destination: 'PAN', admin1: 'PA-9', men: 2 }),
];

let db: Database;
beforeAll(async () => {
  db = await fixtureDatabase(rows);
  await loadAdmin1Points(db);
});
afterAll(() => db.close());

/** The statement's flows in the map's rank order (rankFlows): keys, persons, categories. */
const ranked = (t: Awaited<ReturnType<Database['query']>>) => {
  const persons = toFloat64(t, 'persons');
  const origin = toStrings(t, 'origin');
  const destination = toStrings(t, 'destination');
  const category = toStrings(t, 'category');
  const order = rankFlows(persons, origin, destination, category);
  return {
    keys: order.map((i) => `${origin[i]}>${destination[i]}`),
    persons: order.map((i) => persons[i]!),
    category: order.map((i) => category[i]!),
    total: persons.reduce((sum, v) => sum + v, 0),
  };
};

describe('flowsQuery with admin-1 ends', () => {
  const admin1Sql = flowsQuery({
    filters: EMPTY_FILTERS,
    split: 'crime_type',
    ends: 'admin1',
    k: K,
  });

  it('ends at the admin-1 anchor only where admin1 lies in the destination, at the country otherwise', async () => {
    const t = await db.query(admin1Sql);
    const flows = ranked(t);
    expect(flows.keys).toEqual(['VEN>COL', 'COL>PAN', 'VEN>PAN', 'VEN>CO-ANT', 'VEN>MEX']);
    expect(flows.persons).toEqual([9, 8, 8, 6, 3]);
    const drawn = toFlowData(t, 1, { topN: 10, ends });
    expect(Array.from(drawn.target)).toEqual(
      [-73, 4, -80, 8.5, -80, 8.5, -75.5, 7, -102, 23].map(Math.fround),
    );
    expect(Array.from(drawn.source.subarray(6, 8))).toEqual([-66, 7].map(Math.fround));
    expect(flows.category).toEqual(['smuggling', 'smuggling', 'smuggling', 'smuggling', 'trafficking']);
  });

  it('keeps the country totals of country ends (the same persons, redistributed)', async () => {
    const country = ranked(await db.query(flowsQuery({ filters: EMPTY_FILTERS, split: 'crime_type' })));
    expect(country.keys).toEqual(['VEN>COL', 'COL>PAN', 'VEN>PAN', 'VEN>MEX']);
    expect(country.persons).toEqual([15, 8, 8, 3]);
    const admin1 = ranked(await db.query(admin1Sql));
    expect(admin1.total).toBe(34);
    expect(country.total).toBe(34);
  });

  it('leaves a flow below the threshold to the layer, which hides it as today', async () => {
    const admin1 = toFlowData(await db.query(admin1Sql), K, { topN: 10, ends });
    const country = toFlowData(
      await db.query(flowsQuery({ filters: EMPTY_FILTERS, split: 'crime_type' })),
      K,
      {
        topN: 10,
        ends,
      },
    );
    expect(admin1.destination).toEqual(['COL', 'PAN', 'PAN', 'CO-ANT']);
    expect(admin1.otherPersons).toBe(3);
    expect(country.otherPersons).toBe(3);
    expect(Math.min(...admin1.persons)).toBeGreaterThanOrEqual(K);
  });

  it('caps at top-N after the admin-1 split', async () => {
    const drawn = toFlowData(await db.query(admin1Sql), 1, { topN: 2, ends });
    expect(drawn.origin.map((o, i) => `${o}>${drawn.destination[i]}`)).toEqual(['VEN>COL', 'COL>PAN']);
    expect(drawn.otherFlows).toBe(3);
    expect(drawn.otherPersons).toBe(34 - 9 - 8);
  });

  it('is valid SQL for EXPLAIN, with every split', async () => {
    for (const split of ['crime_type', 'sex_age', 'exploitation'] as const) {
      const sql = flowsQuery({ filters: EMPTY_FILTERS, split, ends: 'admin1', k: K });
      await expect(db.query(`EXPLAIN ${sql}`)).resolves.toBeDefined();
    }
  });

  it('leaves the country-ends SQL as it was (no admin1 column, no admin-1 table)', () => {
    const sql = flowsQuery({ filters: EMPTY_FILTERS, split: 'crime_type' });
    expect(sql).not.toContain('admin1');
    // No point table either: the layer builder draws the ends (src/geo/flow-end-points.ts).
    expect(sql).not.toContain('points');
  });
});

describe('admin-1 fold never leaves a difference in 1..k−1', () => {
  const codes = [null, 'CO-ANT', 'CO-DC', 'MX-CHP', 'CO-XYZ'] as const;
  const incidents = fc.array(
    fc.record({ admin1: fc.constantFrom(...codes), men: fc.integer({ min: 1, max: 9 }) }),
    { minLength: 1, maxLength: 8 },
  );

  it('every admin-1 end has ≥ k persons; the country end is 0, ≥ k or the whole flow', async () => {
    const scratch = await openNodeDatabase();
    try {
      await loadAdmin1Points(scratch);
      await fc.assert(
        fc.asyncProperty(incidents, async (parts) => {
          await loadIncidents(
            scratch,
            parts.map((p, i) => incident({ id: `x${i}`, origin: 'VEN', destination: 'COL', ...p })),
          );
          const t = await scratch.query(
            flowsQuery({ filters: EMPTY_FILTERS, split: 'crime_type', ends: 'admin1', k: K }),
          );
          const ends = toStrings(t, 'destination');
          const persons = Array.from(toFloat64(t, 'persons'));
          const total = parts.reduce((s, p) => s + p.men, 0);
          expect(persons.reduce((s, v) => s + v, 0)).toBe(total);
          const country = persons[ends.indexOf('COL')] ?? 0;
          ends.forEach((end, i) => {
            if (end !== 'COL') expect(persons[i]).toBeGreaterThanOrEqual(K);
          });
          expect(country === 0 || country >= K || country === total).toBe(true);
        }),
        { numRuns: 30 },
      );
    } finally {
      await scratch.close();
    }
  });
});

describe('admin-1 reference table and cube choice', () => {
  it('loads admin1_points from src/geo/admin1-points.json with the country of each code', async () => {
    const ref = await openNodeDatabase();
    try {
      await loadReferenceTables(ref);
      const t = await ref.query(
        `SELECT count(*)::DOUBLE AS n, max(CASE WHEN code = 'CO-ANT' THEN iso3 END) AS iso3,
           max(CASE WHEN code = 'CO-ANT' THEN lon END)::DOUBLE AS lon FROM ${ADMIN1_POINTS_TABLE}`,
      );
      expect(toFloat64(t, 'n')[0]).toBe(Object.keys(ADMIN1_UNITS).length);
      expect(toStrings(t, 'iso3')[0]).toBe('COL');
      expect(toFloat64(t, 'lon')[0]).toBeCloseTo(ADMIN1_UNITS['CO-ANT']!.point[0], 6);
    } finally {
      await ref.close();
    }
  });

  it('reads the raw table for admin-1 ends (no cube keeps admin1), a cube for country ends', () => {
    const cubes = planCubes(EMPTY_FILTERS, { cellDegrees: 1 });
    expect(chooseSource(EMPTY_FILTERS, VIEW_NEEDS.flows('crime_type', 'admin1'), cubes)).toEqual(RAW_SOURCE);
    expect(chooseSource(EMPTY_FILTERS, VIEW_NEEDS.flows('crime_type'), cubes)).not.toEqual(RAW_SOURCE);
  });
});

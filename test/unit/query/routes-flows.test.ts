import type { Table } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.ts';
import { toFloat64, toStrings } from '../../../src/layers/arrow-to-binary.ts';
import { toFlowData } from '../../../src/layers/flow-data.ts';
import { rankFlows } from '../../../src/layers/flow-rank.ts';
import { toRouteData } from '../../../src/layers/route-data.ts';
import { clusteredFlowsQuery } from '../../../src/query/flow-clusters-query.ts';
import { flowsQuery } from '../../../src/query/flows-query.ts';
import { routesQuery } from '../../../src/query/routes-query.ts';
import { EMPTY_FILTERS } from '../../../src/state/filters.ts';
import {
  fixtureAnchors,
  fixtureDatabase,
  fixtureEndPoints,
  incident,
} from '../../helpers/incidents-fixture.ts';

// Hand-checkable world: 3 smuggling incidents VEN→USA via COL, PAN (2+3+4 = 9 men),
// 1 trafficking incident VEN→MEX via COL (2 women + 1 girl = 3: below k = 5),
// 1 smuggling COL→PAN with no transit (6 men).
const rows = [
  incident({ id: 'a', origin: 'VEN', transit: 'COL|PAN', destination: 'USA', men: 2, route: 'Darién' }),
  incident({ id: 'b', origin: 'VEN', transit: 'COL|PAN', destination: 'USA', men: 3, route: 'Darién' }),
  incident({ id: 'c', origin: 'VEN', transit: 'COL|PAN', destination: 'USA', men: 4, route: 'Darién' }),
  incident({
    id: 'd',
    origin: 'VEN',
    transit: 'COL',
    destination: 'MEX',
    crime_type: 'trafficking',
    men: 0,
    women: 2,
    girls: 1,
    exploitation: 'sexual',
  }),
  incident({ id: 'e', origin: 'COL', destination: 'PAN', men: 6 }),
];

let db: Database;
beforeAll(async () => {
  db = await fixtureDatabase(rows);
});
afterAll(() => db.close());

describe('routesQuery', () => {
  let table: Table;
  beforeAll(async () => {
    table = await db.query(routesQuery({ filters: EMPTY_FILTERS, topN: 10 }));
  });

  it('groups identical paths and ranks them by persons', () => {
    expect(toStrings(table, 'transit')).toEqual(['COL|PAN', '', 'COL']);
    expect(Array.from(toFloat64(table, 'persons'))).toEqual([9, 6, 3]);
  });

  it('keeps the top N only, ties in key order: route, crime type, origin, destination, transit', async () => {
    const top = await db.query(routesQuery({ filters: EMPTY_FILTERS, topN: 2 }));
    expect(Array.from(toFloat64(top, 'persons'))).toEqual([9, 6]);
    // Six routes of 4 persons each, equal but for one key at a time, in scrambled order.
    const tied = await fixtureDatabase([
      incident({ id: '1', origin: 'VEN', transit: 'PAN', destination: 'USA', men: 4, route: 'b' }),
      incident({ id: '2', origin: 'VEN', transit: 'COL', destination: 'USA', men: 4, route: 'a' }),
      incident({ id: '3', origin: 'VEN', transit: 'COL', destination: 'MEX', men: 4, route: 'a' }),
      incident({ id: '4', origin: 'COL', transit: 'PAN', destination: 'USA', men: 4, route: 'a' }),
      incident({
        id: '5',
        origin: 'VEN',
        transit: 'COL',
        destination: 'USA',
        men: 4,
        route: 'a',
        crime_type: 'trafficking',
      }),
      incident({ id: '6', origin: 'VEN', transit: 'CRI', destination: 'MEX', men: 4, route: 'a' }),
    ]);
    try {
      const t = await tied.query(routesQuery({ filters: EMPTY_FILTERS, topN: 5 }));
      const keys = toStrings(t, 'route').map(
        (r, i) =>
          `${r} ${toStrings(t, 'crime_type')[i]} ${toStrings(t, 'origin')[i]} ${toStrings(t, 'destination')[i]} ${toStrings(t, 'transit')[i]}`,
      );
      expect(keys).toEqual([
        'a smuggling COL USA PAN',
        'a smuggling VEN MEX COL',
        'a smuggling VEN MEX CRI',
        'a smuggling VEN USA COL',
        'a trafficking VEN USA COL',
      ]);
    } finally {
      await tied.close();
    }
  });

  it('runs a route through two transit countries and the Colombia–Panama crossing', () => {
    const { positions, startIndices, length } = toRouteData(table, 1, fixtureAnchors());
    expect(length).toBe(3);
    // VEN, COL, crossing COL–PAN, PAN, USA = 5 vertices; COL, crossing, PAN = 3; VEN, COL, MEX = 3.
    expect(Array.from(startIndices)).toEqual([0, 5, 8, 11]);
    expect(Array.from(positions.subarray(0, 10))).toEqual(
      [-66, 7, -73, 4, -77.4, 8, -80, 8.5, -100, 40].map(Math.fround),
    );
  });

  it('skips a stop without a known point and draws no path of fewer than two points', () => {
    // Darién without Colombia: VEN, crossing COL–PAN, PAN, USA.
    const noCol = toRouteData(table, 1, fixtureAnchors(['COL']));
    expect(Array.from(noCol.positions.subarray(0, 8))).toEqual(
      [-66, 7, -77.4, 8, -80, 8.5, -100, 40].map(Math.fround),
    );
    expect(noCol.startIndices[1]).toBe(4);
    // Only USA has a point: Darién keeps two vertices (the crossing and USA); COL → PAN has
    // the crossing alone and VEN → COL → MEX nothing, so neither is drawn.
    const usa = toRouteData(table, 1, fixtureAnchors(['VEN', 'COL', 'PAN', 'CRI', 'MEX']));
    expect(usa.transit).toEqual(['COL|PAN']);
    expect(Array.from(usa.startIndices)).toEqual([0, 2]);
    expect(Array.from(usa.persons)).toEqual([9]);
  });

  it('respects the crime type filter', async () => {
    const t = await db.query(
      routesQuery({ filters: { ...EMPTY_FILTERS, crimeTypes: ['trafficking'] }, topN: 10 }),
    );
    expect(t.numRows).toBe(1);
    expect(toStrings(t, 'destination')).toEqual(['MEX']);
  });

  it('is valid SQL for EXPLAIN', async () => {
    await expect(
      db.query(`EXPLAIN ${routesQuery({ filters: EMPTY_FILTERS, topN: 3 })}`),
    ).resolves.toBeDefined();
  });
});

/** A flows result as `origin>destination:persons`, in the map's rank order (rankFlows). */
function flowRows(t: Table): string[] {
  const persons = toFloat64(t, 'persons');
  const origin = toStrings(t, 'origin');
  const destination = toStrings(t, 'destination');
  return rankFlows(persons, origin, destination, toStrings(t, 'category')).map(
    (i) => `${origin[i]}>${destination[i]}:${persons[i]}`,
  );
}

describe('flowsQuery', () => {
  it('aggregates origin → destination by crime type: every flow, which the layer ranks', async () => {
    const t = await db.query(flowsQuery({ filters: EMPTY_FILTERS, split: 'crime_type' }));
    const flows = flowRows(t);
    expect(flows).toEqual(['VEN>USA:9', 'COL>PAN:6', 'VEN>MEX:3']);
    // Ends are keys, and the statement neither ranks nor totals: the layer builder does both.
    expect(t.schema.fields.map((f) => f.name)).toEqual(['origin', 'destination', 'category', 'persons']);
    const drawn = toFlowData(t, 5, { topN: 10, ends: fixtureEndPoints() });
    expect(Array.from(drawn.source)).toEqual([-66, 7, -73, 4].map(Math.fround));
    expect(Array.from(drawn.target)).toEqual([-100, 40, -80, 8.5].map(Math.fround));
    expect(drawn.otherPersons).toBe(3);
    expect(drawn.otherFlows).toBe(1);
  });

  it('draws no flow whose end has no known point, and counts it among the other flows', async () => {
    const t = await db.query(flowsQuery({ filters: EMPTY_FILTERS, split: 'crime_type' }));
    const drawn = toFlowData(t, 1, { topN: 10, ends: fixtureEndPoints(['MEX']) });
    expect(drawn.destination).toEqual(['USA', 'PAN']);
    expect(Array.from(drawn.target)).toEqual([-100, 40, -80, 8.5].map(Math.fround));
    // The totals still count every flow, drawn or not.
    expect(drawn.otherPersons).toBe(3);
    expect(drawn.otherFlows).toBe(1);
    // Without the first flow's end, the others keep their own points (no shift).
    const noUsa = toFlowData(t, 1, { topN: 10, ends: fixtureEndPoints(['USA']) });
    expect(noUsa.destination).toEqual(['PAN', 'MEX']);
    expect(Array.from(noUsa.source)).toEqual([-73, 4, -66, 7].map(Math.fround));
    expect(Array.from(noUsa.target)).toEqual([-80, 8.5, -102, 23].map(Math.fround));
    expect(Array.from(noUsa.persons)).toEqual([6, 3]);
  });

  it('keeps the flow below the threshold as a row the caller must hide', async () => {
    const t = await db.query(flowsQuery({ filters: EMPTY_FILTERS, split: 'crime_type' }));
    const persons = Array.from(toFloat64(t, 'persons'));
    expect(persons.filter((p) => p < 5)).toEqual([3]);
  });

  it('splits by sex/age with the five count columns unpivoted', async () => {
    const t = await db.query(flowsQuery({ filters: EMPTY_FILTERS, split: 'sex_age' }));
    const cats = toStrings(t, 'category');
    const persons = toFloat64(t, 'persons');
    const byCat = Object.fromEntries(
      cats.map((c, i) => [`${toStrings(t, 'destination')[i]}:${c}`, persons[i]]),
    );
    expect(byCat).toEqual({ 'USA:men': 9, 'PAN:men': 6, 'MEX:women': 2, 'MEX:girls': 1 });
  });

  it('draws the top N and counts every other flow in "other flows"', async () => {
    const t = await db.query(flowsQuery({ filters: EMPTY_FILTERS, split: 'crime_type' }));
    const drawn = toFlowData(t, 1, { topN: 1, ends: fixtureEndPoints() });
    expect(drawn.destination).toEqual(['USA']);
    expect(drawn.otherPersons).toBe(6 + 3);
    expect(drawn.otherFlows).toBe(2);
    expect(toFlowData(t, 1, { topN: 0, ends: fixtureEndPoints() }).otherPersons).toBe(18);
  });

  it('splits by exploitation form and filters by sex/age', async () => {
    const t = await db.query(
      flowsQuery({ filters: { ...EMPTY_FILTERS, sexAge: ['girls'] }, split: 'exploitation' }),
    );
    expect(toStrings(t, 'category')).toEqual(['sexual']);
    expect(Array.from(toFloat64(t, 'persons'))).toEqual([1]);
  });
});

describe('clusteredFlowsQuery', () => {
  it('merges nearby countries into one cluster and drops flows inside a cluster', async () => {
    // A 15° grid puts COL (-73, 4) and VEN (-66, 7) in one cell; PAN (-80, 8.5), MEX, USA apart.
    const t = await db.query(
      clusteredFlowsQuery({ filters: EMPTY_FILTERS, split: 'crime_type', cellDegrees: 15 }),
    );
    expect(flowRows(t)).toEqual(['COL+VEN>USA:9', 'COL+VEN>PAN:6', 'COL+VEN>MEX:3']);
    // The cluster is drawn at the mean of its members' points.
    const drawn = toFlowData(t, 1, { topN: 10, ends: fixtureEndPoints() });
    expect(Array.from(drawn.source.subarray(0, 2))).toEqual([-69.5, 5.5].map(Math.fround));
    // A cluster with a member that has no point is not drawn.
    expect(toFlowData(t, 1, { topN: 10, ends: fixtureEndPoints(['COL']) }).length).toBe(0);
  });

  it('is valid SQL for EXPLAIN', async () => {
    const sql = clusteredFlowsQuery({ filters: EMPTY_FILTERS, split: 'sex_age', cellDegrees: 10 });
    await expect(db.query(`EXPLAIN ${sql}`)).resolves.toBeDefined();
  });
});

describe('empty results', () => {
  // Regression: after loading an extract with no route legs, an empty result (a batch without
  // child data) crashed the app when its positions were read.
  it('convert to empty typed arrays', async () => {
    const t = await db.query(routesQuery({ filters: { ...EMPTY_FILTERS, routes: ['none such'] }, topN: 10 }));
    expect(t.numRows).toBe(0);
    const routes = toRouteData(t, 5);
    expect(routes.length).toBe(0);
    expect(routes.positions).toEqual(new Float32Array(0));
    expect(routes.startIndices).toEqual(Uint32Array.of(0));
    const f = await db.query(
      flowsQuery({ filters: { ...EMPTY_FILTERS, routes: ['none such'] }, split: 'crime_type' }),
    );
    expect(f.numRows).toBe(0);
    const none = toFlowData(f, 5, { topN: 5 });
    expect(none.source).toEqual(new Float32Array(0));
    expect([none.otherFlows, none.otherPersons]).toEqual([0, 0]);
  });
});

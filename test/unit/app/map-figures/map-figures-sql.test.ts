import { tableFromArrays } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  flowFigureKey,
  gridFigureKey,
  guardFlowFigures,
  guardGridFigures,
  guardRouteFigures,
  OTHER_FLOWS_KEY,
  routeFigureKey,
} from '../../../../src/app/map-figures/guard-map-figures.ts';
import { mapFigureVariantsSql } from '../../../../src/app/map-figures/map-figure-queries.ts';
import { flowsLayerSql, gridLayerSql, routesLayerSql, TOP_FLOWS } from '../../../../src/app/map-layer-sql.ts';
import type { Database } from '../../../../src/db/database.ts';
import { openNodeDatabase } from '../../../../src/db/node-database.ts';
import { loadReferenceTables } from '../../../../src/db/reference-tables.ts';
import { COUNTRIES } from '../../../../src/geo/countries.ts';
import { flowEndPoints } from '../../../../src/geo/flow-end-points.ts';
import { toFlowData } from '../../../../src/layers/flow-data.ts';
import { toGridData } from '../../../../src/layers/grid-data.ts';
import { toRouteData } from '../../../../src/layers/route-data.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/state/filters.ts';
import { layerInput } from '../../../helpers/layer-input.ts';
import { sampleDatabase } from '../../../helpers/sample-database.ts';
import { loadIncidents } from '../../query/incident-fixture.ts';

const K = 5;
const MONTHS = ['2020-01', '2020-04'] as const;

const input = (filters: Filters) => layerInput(filters, K);

describe('map figures over the real queries, on a crafted extract', () => {
  let db: Database;
  /**
   * VEN → COL, trafficking, route "andina" through ECU, detected in one 2° cell: women by
   * month 3, 4, 4, 6. Over Feb–Mar the flow holds 8 persons, and 11 with January added: 3
   * apart, so the narrower view must hide it. Over Jan–Mar it holds 11 and 17 with April
   * added: it is shown. HTI → DOM, smuggling, 10 persons each month, is shown everywhere.
   */
  beforeAll(async () => {
    db = await openNodeDatabase();
    await loadReferenceTables(db);
    const months = ['01', '02', '03', '04'];
    const ven = [3, 4, 4, 6].map((women, i) => ({
      date: `2020-${months[i]}-10`,
      origin: 'VEN',
      destination: 'COL',
      transit: 'ECU',
      route: 'andina',
      lat: 4.6,
      lon: -74.1,
      women,
    }));
    const hti = months.map((m) => ({
      date: `2020-${m}-10`,
      crime_type: 'smuggling' as const,
      origin: 'HTI',
      destination: 'DOM',
      route: 'caribe',
      country: 'DOM',
      lat: 18.5,
      lon: -69.9,
      men: 10,
    }));
    await loadIncidents(db, [...ven, ...hti]);
  });
  afterAll(async () => db.close());

  const figures = async (layer: 'flows' | 'routes' | 'grid', filters: Filters) =>
    db.query(mapFigureVariantsSql(layer, input(filters), MONTHS));

  it('hides a flow that a month more would change by fewer than k, and shows it in the wider view', async () => {
    const narrow: Filters = { ...EMPTY_FILTERS, period: ['2020-02', '2020-03'] };
    const wide: Filters = { ...EMPTY_FILTERS, period: ['2020-01', '2020-03'] };
    const ven = flowFigureKey('VEN', 'COL', 'trafficking');
    const hti = flowFigureKey('HTI', 'DOM', 'smuggling');
    const a = guardFlowFigures(await figures('flows', narrow), K);
    expect(a.get(ven)).toBeNull();
    expect(a.get(hti)).toBe(20);
    const b = guardFlowFigures(await figures('flows', wide), K);
    expect(b.get(ven)).toBe(11);
    expect(b.get(hti)).toBe(30);
    // Both flows are drawn: no "other flows".
    expect(b.get(OTHER_FLOWS_KEY)).toBe(0);
  });

  it('guards routes and grid cells the same way, a cell total together with its crime types', async () => {
    const narrow: Filters = { ...EMPTY_FILTERS, period: ['2020-02', '2020-03'] };
    const routes = toRouteData(await db.query(routesLayerSql(input(narrow))), K);
    const shown = new Set(
      routes.route.map((r, i) =>
        routeFigureKey(
          r,
          routes.origin[i]!,
          routes.transit[i]!,
          routes.destination[i]!,
          routes.crimeType[i]!,
        ),
      ),
    );
    expect(shown.size).toBe(2);
    const r = guardRouteFigures(await figures('routes', narrow), K, shown);
    expect(r.get(routeFigureKey('andina', 'VEN', 'ECU', 'COL', 'trafficking'))).toBeNull();
    expect(r.get(routeFigureKey('caribe', 'HTI', '', 'DOM', 'smuggling'))).toBe(20);

    const grid = toGridData(await db.query(gridLayerSql(input(narrow))), K);
    expect(grid.length).toBe(2);
    const g = guardGridFigures(await figures('grid', narrow), K);
    const at = (i: number, part: string) =>
      gridFigureKey(grid.positions[i * 2]!, grid.positions[i * 2 + 1]!, part);
    const cells = [0, 1].map((i) => [
      g.get(at(i, 'total')),
      g.get(at(i, 'trafficking')),
      g.get(at(i, 'smuggling')),
    ]);
    // The Colombian cell (8, 3 apart from Jan–Mar) hides its total and every part; the other
    // shows (a crime type with no one in the cell has no figure: the tooltip lists none).
    expect(cells).toContainEqual([null, null, null]);
    expect(cells).toContainEqual([20, undefined, 20]);
  });
});

describe('map figures on the bundled sample', () => {
  let db: Database;
  beforeAll(async () => {
    db = await sampleDatabase();
  });
  afterAll(async () => db.close());

  it('shows every drawn flow of the whole period as the layer counts it (no view is wider)', async () => {
    const sql = mapFigureVariantsSql('flows', input(EMPTY_FILTERS), ['2015-01', '2025-12']);
    const figures = guardFlowFigures(await db.query(sql), K);
    const drawn = toFlowData(await db.query(flowsLayerSql(input(EMPTY_FILTERS))), K, { topN: TOP_FLOWS });
    expect(drawn.length).toBeGreaterThan(50);
    const shown = drawn.origin.map((o, i) =>
      figures.get(flowFigureKey(o, drawn.destination[i]!, drawn.category[i]!)),
    );
    // Only the line rule hides any (a flow's small category beside it); the rest match exactly.
    const hidden = shown.filter((v) => v === null).length;
    expect(hidden).toBeLessThan(drawn.length / 10);
    shown.forEach((v, i) => {
      expect(v === null || v === drawn.persons[i]).toBe(true);
    });
    expect(figures.get(OTHER_FLOWS_KEY)).toBe(drawn.otherPersons);
  });

  it('hides more in a single year, and never a figure the flows layer does not draw', async () => {
    const year: Filters = { ...EMPTY_FILTERS, period: ['2020-01', '2020-12'] };
    const figures = guardFlowFigures(
      await db.query(mapFigureVariantsSql('flows', input(year), ['2015-01', '2025-12'])),
      K,
    );
    const drawn = toFlowData(await db.query(flowsLayerSql(input(year))), K, { topN: TOP_FLOWS });
    const keys = new Set(
      drawn.origin.map((o, i) => flowFigureKey(o, drawn.destination[i]!, drawn.category[i]!)),
    );
    expect(new Set([...figures.keys()].filter((k) => k !== OTHER_FLOWS_KEY))).toEqual(keys);
    expect([...figures.values()].filter((v) => v === null).length).toBeGreaterThan(0);
  });
});

describe('flows whose end has no point', () => {
  it('are neither drawn nor shown, and both count them among the other flows alike', async () => {
    const db = await sampleDatabase();
    try {
      const sql = mapFigureVariantsSql('flows', input(EMPTY_FILTERS), ['2015-01', '2025-12']);
      const layer = await db.query(flowsLayerSql(input(EMPTY_FILTERS)));
      const table = await db.query(sql);
      const all = toFlowData(layer, K, { topN: TOP_FLOWS });
      // A world without the largest flow's destination, then without its origin (as a mapping
      // dictionary could make a code up): only the other end of those flows has a point.
      for (const gone of [all.destination[0]!, all.origin[0]!]) {
        const without = flowEndPoints(
          COUNTRIES.filter((c) => c.iso3 !== gone).map((c) => [c.iso3, c.centroid] as const),
        );
        const drawn = toFlowData(layer, K, { topN: TOP_FLOWS, ends: without });
        expect([...drawn.origin, ...drawn.destination]).not.toContain(gone);
        const figures = guardFlowFigures(table, K, { ends: without });
        expect([...figures.keys()].some((key) => key.includes(gone))).toBe(false);
        expect(drawn.otherPersons).toBeGreaterThan(all.otherPersons);
        expect(figures.get(OTHER_FLOWS_KEY)).toBe(drawn.otherPersons);
      }
    } finally {
      await db.close();
    }
  });
});

describe('flow keys that change with the filters', () => {
  it('hides a clustered or admin-1 flow a neighbour lacks, and takes it as zero for country flows', () => {
    // The view has the cluster GMB+SEN → ESP; the neighbour has GIN+GMB+SEN → ESP instead.
    const table = tableFromArrays({
      variant: Float64Array.from([0, 1]),
      origin: ['GMB+SEN', 'GIN+GMB+SEN'],
      destination: ['ESP', 'ESP'],
      category: ['smuggling', 'smuggling'],
      persons: Float64Array.from([40, 43]),
    });
    const key = flowFigureKey('GMB+SEN', 'ESP', 'smuggling');
    expect(guardFlowFigures(table, K).get(key)).toBe(40);
    expect(guardFlowFigures(table, K, { stableKeys: false }).get(key)).toBeNull();
  });

  it('on the sample: clustered flows hide more than country flows under the same filters', async () => {
    const db = await sampleDatabase();
    try {
      const filters: Filters = { ...EMPTY_FILTERS, detection: ['ESP'] };
      const months = ['2015-01', '2025-12'] as const;
      const clustered = { ...input(filters), clustered: true };
      const figures = guardFlowFigures(await db.query(mapFigureVariantsSql('flows', clustered, months)), K, {
        stableKeys: false,
      });
      const stable = guardFlowFigures(await db.query(mapFigureVariantsSql('flows', clustered, months)), K);
      const hidden = (m: Map<string, number | null>) => [...m.values()].filter((v) => v === null).length;
      expect(hidden(figures)).toBeGreaterThan(hidden(stable));
    } finally {
      await db.close();
    }
  });
});

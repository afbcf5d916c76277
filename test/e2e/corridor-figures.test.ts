import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardHotspots } from '../../src/analytics/corridors/guard-hotspots.ts';
import { prepareCorridors } from '../../src/analytics/corridors/prepare-corridors.ts';
import { previousPeriod } from '../../src/analytics/corridors/proximity.ts';
import type { CorridorCollection, MonthRange } from '../../src/analytics/corridors/types.ts';
import { toAggregatedPositions } from '../../src/app/corridors/aggregated-positions.ts';
import { analyseCorridors } from '../../src/app/corridors/corridor-analysis.ts';
import { DEFAULT_DISTANCE_KM } from '../../src/app/corridors/corridor-state.ts';
import { crossingFigureKey, crossingFigures } from '../../src/app/corridors/crossing-figures.ts';
import { summariseCrossings } from '../../src/app/corridors/hotspot-view.ts';
import { analysedPeriod } from '../../src/app/corridors/use-corridor-analysis.ts';
import { mapFigureVariantsSql } from '../../src/app/map-figures/map-figure-queries.ts';
import type { Database } from '../../src/db/database.ts';
import { toRouteData } from '../../src/layers/route-data.ts';
import { toRoutePaths } from '../../src/layers/route-paths.ts';
import { monthOfIndex, proximityQuery } from '../../src/query/proximity-query.ts';
import { routesQuery } from '../../src/query/routes-query.ts';
import { CRIME_TYPES } from '../../src/schema/incident.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/state/filters.ts';
import { viewNeighbours } from '../../src/state/view-neighbours.ts';
import { layerInput } from '../helpers/layer-input.ts';
import { sampleDatabase } from '../helpers/sample-database.ts';
import { type BrowserSession, openApp, openBrowser, serveDist, waitForIdle, waitUntil } from './harness.ts';

// The corridor panel's hotspot table shows counts guarded against the filter states one click
// away; the same analysis and guard run in Node must give the same figures, hidden ones too.
let server: Awaited<ReturnType<typeof serveDist>>;
let session: BrowserSession;
let db: Database;
const MONTHS = ['2015-01', '2025-12'] as const;
const K = 5;

beforeAll(async () => {
  [server, db] = await Promise.all([serveDist(), sampleDatabase()]);
  session = await openBrowser();
  await openApp(session, `${server.url}#v=1&p=2020-01~2020-12&k=${K}`);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  await db?.close();
});

/**
 * Node's guarded hotspot rows for `filters` (corridor, segment, persons; "—" when hidden) and
 * crossings (route, crime type, corridor, persons).
 */
async function nodeFigures(filters: Filters): Promise<{ hotspots: string[]; crossings: string[] }> {
  const collection = JSON.parse(
    readFileSync(resolve('public/sample/corridors-illustrative.geojson'), 'utf8'),
  ) as CorridorCollection;
  const positionsFor = async (f: Filters, p: MonthRange) =>
    toAggregatedPositions(
      await db.query(
        proximityQuery({ filters: f, window: [monthOfIndex(previousPeriod(p).from), monthOfIndex(p.to)] }),
      ),
    );
  const period = analysedPeriod(filters.period, MONTHS)!;
  const neighbours = [];
  for (const f of viewNeighbours(filters, { months: MONTHS })) {
    const p = analysedPeriod(f.period, MONTHS)!;
    neighbours.push({ period: p, positions: await positionsFor(f, p) });
  }
  const routeData = toRouteData(await db.query(routesQuery({ filters, topN: 60 })), K);
  const analysis = analyseCorridors({
    prepared: prepareCorridors(collection),
    positions: await positionsFor(filters, period),
    routes: toRoutePaths(routeData),
    period,
    distanceKm: DEFAULT_DISTANCE_KM,
    neighbours,
  });
  const hotspots = guardHotspots(
    analysis.hotspots,
    analysis.figures,
    analysis.neighbourFigures,
    CRIME_TYPES.length,
    K,
  )
    .map((g) => `${g.row.corridorName} ${g.row.segmentId} ${g.weight === null ? '—' : g.weight}`)
    .sort();
  const input = layerInput(filters, K);
  const figures = crossingFigures(
    routeData,
    await db.query(mapFigureVariantsSql('routes', input, MONTHS)),
    K,
  );
  const crossings = summariseCrossings(analysis.crossings)
    .map((c) => {
      const v = figures.get(crossingFigureKey(c.routeKey, c.crimeType));
      return `${c.routeKey} ${c.crimeType} ${c.corridorName} ${v === null || v === undefined ? '—' : v}`;
    })
    .sort();
  return { hotspots, crossings };
}

describe('the hotspot table', () => {
  it('shows the hotspot and crossing figures Node guards for 2020, hidden ones as —', async () => {
    const node = await nodeFigures({ ...EMPTY_FILTERS, period: ['2020-01', '2020-12'] });
    const expected = node.hotspots;
    expect(expected.length).toBeGreaterThan(3);
    // Both kinds of figure occur, or the comparison proves little.
    expect(expected.some((r) => r.endsWith('—'))).toBe(true);
    expect(expected.some((r) => !r.endsWith('—'))).toBe(true);
    const page = session.page;
    await page.getByTestId('side-tab-corridors').click();
    await page.getByTestId('corridors-panel').waitFor({ timeout: 60_000 });
    await waitForIdle(page, '.busy, .busy-corridors', { timeout: 90_000 });
    const read = () =>
      page.$$eval('[data-testid="hotspot-table"] tbody tr', (rows) =>
        rows
          .map((tr) => {
            const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
            const persons = (cells[2] ?? '').trim();
            return `${tr.getAttribute('data-corridor')} ${tr.getAttribute('data-segment')} ${persons === '—' ? '—' : persons.replace(/\D/g, '')}`;
          })
          .sort(),
      );
    const shown = await waitUntil(
      'the hotspot table to show the figures Node computes',
      read,
      (now) => JSON.stringify(now) === JSON.stringify(expected),
      90_000,
    ).catch(() => read());
    expect(shown).toEqual(expected);

    expect(node.crossings.length).toBeGreaterThan(0);
    const crossings = () =>
      page.$$eval('[data-testid="crossings-table"] tbody tr', (rows) =>
        rows
          .map((tr) => {
            const route = tr.getAttribute('data-route') ?? '';
            const cells = [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim());
            const persons = cells[2] ?? '';
            return `${route} ${cells[0]} ${persons === '—' ? '—' : persons.replace(/\D/g, '')}`;
          })
          .sort(),
      );
    const listed = await waitUntil(
      'the crossings list to show the route figures Node computes',
      crossings,
      (now) => JSON.stringify(now) === JSON.stringify(node.crossings),
      60_000,
    ).catch(() => crossings());
    expect(listed).toEqual(node.crossings);
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corridorKeyedSeries } from '../../src/analytics/alerts/corridor-series.ts';
import { guardAlerts } from '../../src/analytics/alerts/guard-alerts.ts';
import { type KeyedSeries, toKeyedSeries } from '../../src/analytics/alerts/keyed-series.ts';
import { scanAlerts } from '../../src/analytics/alerts/scan-alerts.ts';
import { prepareCorridors } from '../../src/analytics/corridors/prepare-corridors.ts';
import type { CorridorCollection } from '../../src/analytics/corridors/types.ts';
import { alertVariantsSql } from '../../src/app/alerts/alert-variants.ts';
import { toAggregatedPositions } from '../../src/app/corridors/aggregated-positions.ts';
import { DEFAULT_DISTANCE_KM } from '../../src/app/corridors/corridor-state.ts';
import type { Database } from '../../src/db/database.ts';
import { splitVariants } from '../../src/db/split-variants.ts';
import { proximityQuery } from '../../src/query/proximity-query.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/state/filters.ts';
import { viewNeighbours } from '../../src/state/view-neighbours.ts';
import { sampleDatabase } from '../helpers/sample-database.ts';
import { type BrowserSession, openApp, openBrowser, serveDist, waitForIdle, waitUntil } from './harness.ts';

// The alerts panel hides an alert's figures where the same scan one filter value away differs
// by 1..k−1; the same scan and guard in Node must hide the same ones.
let server: Awaited<ReturnType<typeof serveDist>>;
let session: BrowserSession;
let db: Database;
const K = 5;
const FILTERS: Filters = { ...EMPTY_FILTERS, crimeTypes: ['trafficking'] };

beforeAll(async () => {
  [server, db] = await Promise.all([serveDist(), sampleDatabase()]);
  session = await openBrowser();
  await openApp(session, `${server.url}#v=1&ct=trafficking&k=${K}`);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  await db?.close();
});

describe('the alerts panel', () => {
  it('hides the figures Node’s guard hides, alert by alert', async () => {
    const { sql, variants } = alertVariantsSql(FILTERS, []);
    const series = splitVariants(await db.query(sql), variants).map(toKeyedSeries);
    // The sample's illustrative corridors are loaded at start: their series too, per variant.
    const prepared = prepareCorridors(
      JSON.parse(
        readFileSync(resolve('public/sample/corridors-illustrative.geojson'), 'utf8'),
      ) as CorridorCollection,
    );
    const corridors: KeyedSeries[] = [];
    for (const f of [FILTERS, ...viewNeighbours(FILTERS, { ignore: ['period'] })]) {
      const positions = toAggregatedPositions(await db.query(proximityQuery({ filters: f, window: null })));
      corridors.push(corridorKeyedSeries(prepared, positions, { distanceKm: DEFAULT_DISTANCE_KM }));
    }
    const expected = new Map<string, string>();
    for (const [alerts, all] of [
      [scanAlerts(series[0]!), series],
      [scanAlerts(corridors[0]!), corridors],
    ] as const) {
      const guards = guardAlerts(alerts, all[0]!, all.slice(1), K);
      alerts.forEach((a, i) => {
        const hidden = (['observed', 'expected', 'persons'] as const).filter((f) => guards[i]![f]);
        expected.set(`${a.explanationCode}|${a.keyKind}|${a.key}|${a.month}`, hidden.join(','));
      });
    }
    // The comparison proves something only if the guard hides some figures and not others.
    expect([...expected.values()].some((g) => g !== '')).toBe(true);
    expect([...expected.values()].some((g) => g === '')).toBe(true);

    const page = session.page;
    await page.getByTestId('side-tab-alerts').click();
    await page.getByTestId('alerts-panel').waitFor({ timeout: 60_000 });
    await waitForIdle(page, '[data-testid="alerts-panel"][aria-busy="true"]', { timeout: 90_000 });
    const read = () =>
      page.$$eval('[data-testid="alerts-panel"] li[data-alert]', (items) =>
        items.map(
          (li) => [li.getAttribute('data-alert') ?? '', li.getAttribute('data-guarded') ?? ''] as const,
        ),
      );
    const shown = await waitUntil(
      'the alerts to be listed with their guard',
      read,
      (now) => now.length > 0 && now.every(([, g]) => g !== 'pending'),
      90_000,
    );
    let compared = 0;
    for (const [id, guarded] of shown) {
      expect(expected.has(id)).toBe(true);
      expect(guarded).toBe(expected.get(id));
      compared++;
    }
    expect(compared).toBeGreaterThan(5);
  });
});

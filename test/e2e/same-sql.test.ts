import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridFigureKey, guardGridFigures } from '../../src/app/map-figures/guard-map-figures.ts';
import { mapFigureVariantsSql } from '../../src/app/map-figures/map-figure-queries.ts';
import { gridLayerSql } from '../../src/app/map-layer-sql.ts';
import type { Database } from '../../src/db/database.ts';
import { toGridData } from '../../src/layers/grid-data.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/state/filters.ts';
import { layerInput } from '../helpers/layer-input.ts';
import { sampleDatabase } from '../helpers/sample-database.ts';
import { nodeFlowFigures, shownFlowFigures } from './flow-figures.ts';
import { type BrowserSession, openApp, openBrowser, serveDist, waitUntil } from './harness.ts';

// The same flows query and figure guard run in the browser (DuckDB-WASM in a worker, behind
// the app) and in Node (DuckDB-WASM's blocking build); the app's table view must show exactly
// Node's figures, hidden ones included.
let server: Awaited<ReturnType<typeof serveDist>>;
let session: BrowserSession;
let db: Database;
/** The sample's first and last month (the app's dataset months). */
const SAMPLE_MONTHS = ['2015-01', '2025-12'] as const;

beforeAll(async () => {
  [server, db] = await Promise.all([serveDist(), sampleDatabase()]);
  session = await openBrowser();
  await openApp(session, server.url);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  await db?.close();
});

describe('one SQL, two engines', () => {
  it('the browser shows the flows Node computes from the same sample, each figure guarded alike', async () => {
    await session.page.getByTestId('show-table').click();
    await session.page
      .locator('[data-testid="map-table"] tr[data-flow]')
      .first()
      .waitFor({ timeout: 60_000 });
    const hiddenIn: number[] = [];
    for (const [hash, filters] of [
      [null, EMPTY_FILTERS],
      ['#v=1&p=2020-01~2020-12', { ...EMPTY_FILTERS, period: ['2020-01', '2020-12'] }],
    ] as const) {
      const expected = await nodeFlowFigures(db, filters, SAMPLE_MONTHS);
      expect(expected.length).toBeGreaterThan(20);
      if (hash) await session.page.evaluate((h) => (location.hash = h), hash);
      // The map may first show flows of an earlier camera or period, and "…" while the guard
      // runs: wait for the table to settle on Node's numbers, then compare them.
      const shown = await waitUntil(
        `the table to show the ${expected.length - 1} flows Node computes for ${hash ?? 'the whole period'}`,
        () => shownFlowFigures(session.page),
        (now) => JSON.stringify(now) === JSON.stringify(expected),
      ).catch(() => shownFlowFigures(session.page));
      expect(shown).toEqual(expected);
      hiddenIn.push(expected.filter(([, v]) => v === null).length);
    }
    // The whole period has no wider view: only the line rule hides (a flow beside a small
    // category of its own); a single year also hides what its neighbouring months change by
    // fewer than k persons.
    expect(hiddenIn[0]).toBeLessThan(20);
    expect(hiddenIn[1]).toBeGreaterThan(hiddenIn[0]! + 10);
  });

  it('the tooltip of a grid cell shows the cell figures Node guards, hidden ones as —', async () => {
    const page = session.page;
    const year: Filters = { ...EMPTY_FILTERS, period: ['2020-01', '2020-12'] };
    const input = layerInput(year, 5);
    const grid = toGridData(await db.query(gridLayerSql(input)), 5);
    const figures = guardGridFigures(await db.query(mapFigureVariantsSql('grid', input, SAMPLE_MONTHS)), 5);
    // A drawn cell whose total is hidden and one whose total is shown, if the year has both.
    const cells = Array.from({ length: grid.length }, (_, i) => {
      const [lon, lat] = [grid.positions[i * 2]!, grid.positions[i * 2 + 1]!];
      return { lon, lat, total: figures.get(gridFigureKey(lon, lat, 'total')) };
    });
    const picks = [cells.find((c) => c.total === null), cells.find((c) => typeof c.total === 'number')];
    expect(picks[1]).toBeDefined();
    // Back from the table view to the map.
    await page.getByRole('button', { name: /^Mapa$/ }).click();
    for (const cell of picks) {
      if (!cell) continue;
      // Only the grid layer, centred on the cell at a zoom of 2° cells: the centre of the map
      // is over the cell's disc.
      await page.evaluate(
        (h) => (location.hash = h),
        `#v=1&p=2020-01~2020-12&ly=i&cam=${cell.lon},${cell.lat},2.6&k=5`,
      );
      const map = page.locator('.map-wrap canvas').first();
      const box = await map.boundingBox();
      if (!box) throw new Error('map not laid out');
      const expected = cell.total === null ? '—' : String(cell.total);
      const title = await waitUntil(
        `the tooltip over the cell at ${cell.lon},${cell.lat} to read ${expected} persons`,
        async () => {
          await page.mouse.move(box.x + box.width / 2 + 3, box.y + box.height / 2 + 1);
          await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
          const tip = page.getByTestId('map-tooltip');
          return (await tip.count()) ? ((await tip.locator('strong').textContent()) ?? '') : '';
        },
        (text) => text.replace(/[.,\s]/g, '').startsWith(expected),
      );
      expect(title.replace(/[.,\s]/g, '')).toMatch(new RegExp(`^${expected}`));
      // Never a number where Node hides the figure, never "…" once the guard has answered.
      expect(title).not.toContain('…');
    }
    await page.mouse.move(0, 0);
  });
});

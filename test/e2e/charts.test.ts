import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openApp, openBrowser, serveDist } from './harness.ts';
import { pixelStats } from './pixels.ts';

/** Screenshots for a human to look at; outside the repository. */
const SHOTS = process.env.RUTAS_SHOTS ?? join(tmpdir(), 'rutas-e2e-shots');

let server: Awaited<ReturnType<typeof serveDist>>;
let session: BrowserSession;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDist();
  session = await openBrowser({ width: 1440, height: 900 });
  await openApp(session, server.url);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Waits until no chart or map query is running, then a little for React to paint. */
async function settle() {
  const page = session.page;
  await page.waitForFunction(
    () => !document.querySelector('.busy') && !document.querySelector('.chart-card[aria-busy="true"]'),
    undefined,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(400);
}

/** Text of every row of the map's flows table. */
async function flowRows(): Promise<string[]> {
  return session.page.$$eval('[data-testid="map-table"] table:first-of-type tbody tr', (rows) =>
    rows.map((r) => r.textContent ?? ''),
  );
}

describe('the linked charts panel', () => {
  it('draws the monthly series per crime type with both crimes as separate lines', async () => {
    const page = session.page;
    await page.getByTestId('charts-panel').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="time-series-svg"] svg path').first().waitFor({ timeout: 60_000 });
    await settle();
    const strokes = await page.$$eval('[data-testid="time-series-svg"] svg path', (paths) =>
      paths.map((p) => p.getAttribute('stroke')),
    );
    expect(strokes).toContain('#D55E00');
    expect(strokes).toContain('#0072B2');
    const stats = pixelStats(await page.getByTestId('time-series-svg').screenshot());
    expect(stats.red).toBeGreaterThan(100);
    expect(stats.blue).toBeGreaterThan(100);
    await expect(page.getByTestId('trend-summary').textContent()).resolves.toMatch(/Trata de personas/);
  });

  it('brushing the time series sets the period and changes the flows on the map', async () => {
    const page = session.page;
    await settle();
    const label = page.getByTestId('period-label');
    const periodBefore = await label.textContent();
    await page.getByTestId('show-table').click();
    await page.getByTestId('map-table').waitFor();
    await settle();
    const rowsBefore = await flowRows();
    expect(rowsBefore.length).toBeGreaterThan(0);

    const box = await page.locator('[data-testid="time-series-svg"] svg').boundingBox();
    if (!box) throw new Error('time series not laid out');
    const y = box.y + box.height * 0.55;
    await page.mouse.move(box.x + box.width * 0.35, y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + box.width * (0.35 + 0.03 * i), y);
    await page.mouse.up();

    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="period-label"]')?.textContent !== text,
      periodBefore,
      { timeout: 10_000 },
    );
    await settle();
    const rowsAfter = await flowRows();
    expect(rowsAfter.length).toBeGreaterThan(0);
    expect(rowsAfter.join('\n')).not.toBe(rowsBefore.join('\n'));
    // The brushed range is drawn on the chart, which is not filtered by its own brush.
    const overlay = await page.$$eval(
      '[data-testid="time-series-svg"] svg rect[stroke-dasharray]',
      (r) => r.length,
    );
    expect(overlay).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'charts-brushed-1440x900.png') });
  });

  it('a single click on the chart clears the brush', async () => {
    const page = session.page;
    const label = page.getByTestId('period-label');
    const brushed = await label.textContent();
    const box = await page.locator('[data-testid="time-series-svg"] svg').boundingBox();
    if (!box) throw new Error('time series not laid out');
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.55);
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="period-label"]')?.textContent !== text,
      brushed,
      { timeout: 10_000 },
    );
    const overlay = await page.$$eval(
      '[data-testid="time-series-svg"] svg rect[stroke-dasharray]',
      (r) => r.length,
    );
    expect(overlay).toBe(0);
  });

  it('clicking a sex/age segment toggles that filter', async () => {
    const page = session.page;
    await page.getByTestId('charts-tab-people').click();
    const women = page.locator('[data-testid="chart-sex-age"] svg rect.clickable[fill="#CC79A7"]').first();
    await women.waitFor({ timeout: 60_000 });
    await settle();
    await women.click();
    await page.locator('[data-testid="chart-sex-age"] .chip').waitFor();
    const dimmed = await page.$$eval('[data-testid="chart-sex-age"] svg rect[opacity]', (r) => r.length);
    expect(dimmed).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'charts-people-1440x900.png') });
    await page.locator('[data-testid="chart-sex-age"] .chip').click();
    await expect(page.locator('[data-testid="chart-sex-age"] .chip').count()).resolves.toBe(0);
  });

  it('looks calm at 1920×1080 too, every tab with real chart pixels', async () => {
    const page = session.page;
    await page.setViewportSize({ width: 1920, height: 1080 });
    for (const tab of ['time', 'people', 'breakdowns', 'countries']) {
      await page.getByTestId(`charts-tab-${tab}`).click();
      await page.locator('[data-testid="charts-panel"] .svg-chart svg').first().waitFor({ timeout: 60_000 });
      await settle();
      const stats = pixelStats(await page.getByTestId('charts-panel').screenshot());
      expect(stats.distinct, tab).toBeGreaterThan(20);
      await page.screenshot({ path: join(SHOTS, `charts-${tab}-1920x1080.png`) });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByTestId('charts-tab-time').click();
  });

  it('made no request outside its own origin', () => {
    const origin = new URL(server.url).origin;
    const outside = session.requests.filter(
      (u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'),
    );
    expect(outside).toEqual([]);
  });
});

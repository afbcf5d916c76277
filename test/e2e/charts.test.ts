import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserSession,
  closeOverlays,
  openApp,
  openBrowser,
  serveDist,
  waitForCount,
  waitForIdle,
  waitForText,
  waitUntil,
} from './harness.ts';
import { waitForPixels } from './pixels.ts';

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

afterEach(async () => {
  await closeOverlays(session.page);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Waits until no chart or map query has run for a moment. */
async function settle() {
  await waitForIdle(session.page, '.busy, .chart-card[aria-busy="true"]');
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
    const strokes = await waitUntil(
      'a trafficking (#D55E00) and a smuggling (#0072B2) line in the time series',
      () =>
        page.$$eval('[data-testid="time-series-svg"] svg path', (paths) =>
          paths.map((p) => p.getAttribute('stroke')),
        ),
      (s) => s.includes('#D55E00') && s.includes('#0072B2'),
    );
    expect(strokes).toContain('#D55E00');
    expect(strokes).toContain('#0072B2');
    const stats = await waitForPixels(
      page.getByTestId('time-series-svg'),
      '> 100 red and > 100 blue pixels in the time series',
      (s) => s.red > 100 && s.blue > 100,
    );
    expect(stats.red).toBeGreaterThan(100);
    expect(stats.blue).toBeGreaterThan(100);
    await waitForText(page.getByTestId('trend-summary'), /Trata de personas/);
    // The event month is written in the interface language (es), not the browser's.
    const event = page.getByTestId('event-month');
    expect(await event.getAttribute('data-value')).toBe('2020-03');
    expect(await event.locator('select').first().locator('option:checked').textContent()).toBe('marzo');
  });

  it('brushing the time series sets the period and changes the flows on the map', async () => {
    const page = session.page;
    await settle();
    const label = page.getByTestId('period-label');
    const periodBefore = await label.textContent();
    await page.getByTestId('show-table').click();
    await page.getByTestId('map-table').waitFor();
    await settle();
    const rowsBefore = await waitUntil('rows in the flows table', flowRows, (rows) => rows.length > 0);
    expect(rowsBefore.length).toBeGreaterThan(0);

    const box = await page.locator('[data-testid="time-series-svg"] svg').boundingBox();
    if (!box) throw new Error('time series not laid out');
    const y = box.y + box.height * 0.55;
    await page.mouse.move(box.x + box.width * 0.35, y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + box.width * (0.35 + 0.03 * i), y);
    await page.mouse.up();

    await waitUntil(
      `the period label to leave ${periodBefore}`,
      async () => (await label.textContent()) ?? '',
      (text) => text !== periodBefore,
    );
    await settle();
    const rowsAfter = await waitUntil(
      'the flows table to show other rows for the brushed period',
      flowRows,
      (rows) => rows.length > 0 && rows.join('\n') !== rowsBefore.join('\n'),
    );
    expect(rowsAfter.length).toBeGreaterThan(0);
    expect(rowsAfter.join('\n')).not.toBe(rowsBefore.join('\n'));
    // The brushed range is drawn on the chart, which is not filtered by its own brush.
    const overlay = page.locator('[data-testid="time-series-svg"] svg rect[stroke-dasharray]');
    expect(await waitForCount(overlay, 1)).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'charts-brushed-1440x900.png') });
  });

  it('a single click on the chart clears the brush', async () => {
    const page = session.page;
    const label = page.getByTestId('period-label');
    const brushed = await label.textContent();
    const box = await page.locator('[data-testid="time-series-svg"] svg').boundingBox();
    if (!box) throw new Error('time series not laid out');
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.55);
    await waitUntil(
      `the period label to leave ${brushed}`,
      async () => (await label.textContent()) ?? '',
      (text) => text !== brushed,
    );
    const overlay = page.locator('[data-testid="time-series-svg"] svg rect[stroke-dasharray]');
    expect(await waitForCount(overlay, 0)).toBe(0);
  });

  it('clicking a sex/age segment toggles that filter', async () => {
    const page = session.page;
    await page.getByTestId('charts-tab-people').click();
    const women = page.locator('[data-testid="chart-sex-age"] svg rect.clickable[fill="#CC79A7"]').first();
    await women.waitFor({ timeout: 60_000 });
    await settle();
    await women.click();
    const chip = page.locator('[data-testid="chart-sex-age"] .chip');
    await chip.waitFor();
    const dimmed = await waitForCount(
      page.locator('[data-testid="chart-sex-age"] svg rect[opacity]'),
      (n) => n > 0,
    );
    expect(dimmed).toBeGreaterThan(0);
    await settle();
    await page.screenshot({ path: join(SHOTS, 'charts-people-1440x900.png') });
    await chip.click();
    expect(await waitForCount(chip, 0)).toBe(0);
  });

  it('looks calm at 1920×1080 too, every tab with real chart pixels', async () => {
    const page = session.page;
    await page.setViewportSize({ width: 1920, height: 1080 });
    for (const tab of ['time', 'people', 'breakdowns', 'countries']) {
      await page.getByTestId(`charts-tab-${tab}`).click();
      await page.locator('[data-testid="charts-panel"] .svg-chart svg').first().waitFor({ timeout: 60_000 });
      await settle();
      const stats = await waitForPixels(
        page.getByTestId('charts-panel'),
        `> 20 colours in the ${tab} tab`,
        (s) => s.distinct > 20,
      );
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

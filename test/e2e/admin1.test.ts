import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { settle } from './deck-steps.ts';
import { appSessionForFile, closeOverlays, waitForCount, waitUntil } from './harness.ts';

// The admin-1 borders are compared on the same camera with and without their file: a second
// page gets an empty FeatureCollection for public/basemap/admin1-region.geojson, so the only
// difference between the two pictures is the admin-1 layer. Data layers are switched off
// through the view in the URL (`ly=`), so only the base map and the country names draw.

const app = appSessionForFile({ beforeAll, afterAll });

afterEach(async () => {
  await closeOverlays(app.session.page);
});

/** Colombia's Andean interior around Bogotá: many department borders, no coast, no country border. */
const INTERIOR = '-74.5,5';
const EMPTY = JSON.stringify({ type: 'FeatureCollection', features: [] });

/** Opens a view by its URL hash on a page that already runs the app (a `hashchange`). */
async function showView(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await waitUntil(
    `the view ${hash} to be applied`,
    () => page.evaluate(() => location.hash),
    (h) => h.includes(hash.split('&cam=')[1]!.split('&')[0]!),
  );
  await settle(page);
}

/** The middle 300 × 300 px of the map. */
async function centreShot(page: Page): Promise<PNG> {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('map not visible');
  const clip = { x: box.x + box.width / 2 - 150, y: box.y + box.height / 2 - 150, width: 300, height: 300 };
  return PNG.sync.read(await page.screenshot({ clip }));
}

/** Share of pixels within a few levels of a colour (the palette's land or sea). */
function share(png: PNG, [r, g, b]: readonly [number, number, number]): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (Math.abs(png.data[i]! - r) + Math.abs(png.data[i + 1]! - g) + Math.abs(png.data[i + 2]! - b) < 12)
      n++;
  return n / (png.width * png.height);
}

const LAND: readonly [number, number, number] = [0xfb, 0xfa, 0xf7];
const SEA: readonly [number, number, number] = [0xdf, 0xe6, 0xec];

/** Pixels that differ by more than a rounding step, and how much darker `a` is than `b` there on average. */
function difference(a: PNG, b: PNG): { pixels: number; darker: number } {
  let pixels = 0;
  let darker = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const la = a.data[i]! + a.data[i + 1]! + a.data[i + 2]!;
    const lb = b.data[i]! + b.data[i + 1]! + b.data[i + 2]!;
    if (Math.abs(la - lb) > 24) {
      pixels++;
      darker += lb - la;
    }
  }
  return { pixels, darker: pixels ? darker / pixels : 0 };
}

/**
 * The middle of the map for a view on a fresh page whose admin-1 file is empty, once the base
 * map is drawn (`drawn` accepts the picture) and two shots in a row agree.
 */
async function withoutAdmin1(hash: string, drawn: (png: PNG) => boolean): Promise<PNG> {
  const page = await app.session.context.newPage();
  try {
    await page.route('**/basemap/admin1-region.geojson', (route) =>
      route.fulfill({ status: 200, contentType: 'application/geo+json', body: EMPTY }),
    );
    await page.goto(`${app.url}#${hash}`);
    await page.getByTestId('incident-count').waitFor({ timeout: 120_000 });
    await settle(page);
    let previous: Buffer | null = null;
    const shot = await waitUntil(
      `the base map of ${hash} drawn, without admin-1 borders`,
      async () => {
        const png = await centreShot(page);
        const bytes = PNG.sync.write(png);
        const same = previous?.equals(bytes) ?? false;
        previous = bytes;
        return { same, png };
      },
      (r) => r.same && drawn(r.png),
    );
    return shot.png;
  } finally {
    await page.close();
  }
}

describe('admin-1 borders on the base map', () => {
  const zoomedIn = `v=1&ly=&fs=crime_type&cam=${INTERIOR},6&k=5`;
  const zoomedOut = `v=1&ly=&fs=crime_type&cam=${INTERIOR},4&k=5`;

  it('draws department borders over Colombia when zoomed in', async () => {
    // Andean interior at zoom 6: nearly all land, the country name, nothing else.
    const plain = await withoutAdmin1(zoomedIn, (png) => share(png, LAND) > 0.9);
    await showView(app.session.page, zoomedIn);
    // Dashed lines 0.5–1 px wide across ~3° of the Andes: thousands of pixels, darker than land.
    const lines = await waitUntil(
      'admin-1 borders drawn over the plain base map',
      async () => difference(await centreShot(app.session.page), plain),
      (d) => d.pixels > 1000 && d.darker > 20,
    );
    expect(lines.pixels).toBeGreaterThan(1000);
  });

  it("draws none below the layer's minimum zoom", async () => {
    // Zoom 4: Colombia with the Caribbean and the Pacific in the picture.
    const plain = await withoutAdmin1(zoomedOut, (png) => share(png, LAND) > 0.3 && share(png, SEA) > 0.05);
    await showView(app.session.page, zoomedOut);
    // Only text antialiasing of the country names may differ (tens of pixels, not thousands).
    const same = await waitUntil(
      'the same picture with or without the admin-1 file',
      async () => difference(await centreShot(app.session.page), plain),
      (d) => d.pixels < 300,
    );
    expect(same.pixels).toBeLessThan(300);
  });

  it('loads the admin-1 file from the app itself, nothing from elsewhere', () => {
    expect(app.session.requests.some((u) => u.startsWith(`${app.url}basemap/admin1-region.geojson`))).toBe(
      true,
    );
    expect(app.session.requests.filter((u) => !u.startsWith(app.url) && !u.startsWith('data:'))).toEqual([]);
  });
});

describe('flows ending at admin-1 units', () => {
  it('choosing Admin-1 ends flows at departments and states, named in the chosen language, and goes into the URL', async () => {
    const page = app.session.page;
    await showView(page, 'v=1&ly=f&fs=crime_type&cam=-70,5,3&k=5');
    await page.getByTestId('show-table').click();
    const rows = page.locator('[data-testid="map-table"] tr[data-flow]');
    await waitForCount(rows, (n) => n > 10);
    const endsAtAdmin1 = async () =>
      (await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-flow') ?? ''))).filter((f) =>
        /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(f.split('>')[1] ?? ''),
      );
    expect(await endsAtAdmin1()).toEqual([]);
    const countryFlows = await rows.count();

    await page.getByTestId('flow-ends').selectOption('admin1');
    await settle(page);
    const admin1 = await waitUntil('flows ending at admin-1 units', endsAtAdmin1, (f) => f.length > 5);
    expect(admin1.length).toBeGreaterThan(5);
    expect(await rows.count()).toBeGreaterThanOrEqual(Math.min(countryFlows, 10));
    // The table (like the tooltip) names the unit and its country, never the raw code.
    const flow = admin1[0]!;
    const cells = await page
      .locator(`[data-testid="map-table"] tr[data-flow="${flow}"] td`)
      .allTextContents();
    expect(cells[1]).toMatch(/^.+ \(.+\)$/);
    expect(cells[1]).not.toContain(flow.split('>')[1]);
    await waitUntil(
      'fe=admin1 in the URL',
      () => page.evaluate(() => location.hash),
      (h) => h.includes('fe=admin1'),
    );

    await page.getByTestId('flow-ends').selectOption('country');
    await settle(page);
    await waitUntil('country ends again', endsAtAdmin1, (f) => f.length === 0);
    await page.getByRole('button', { name: /^Mapa$/ }).click();
  });
});

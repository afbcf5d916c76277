import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserSession,
  closeOverlays,
  openApp,
  openBrowser,
  serveDist,
  waitForCount,
  waitForIdle,
  waitForNumber,
  waitForTextContaining,
} from './harness.ts';

// Needs the corridors panel mounted in App.tsx and MapView's `onMapClick` prop wired to
// useCorridorMapClick (see src/app/corridors). The map starts at the default camera of
// the URL hash (`cam=`); pixels of a lon/lat are computed with MapLibre's Web Mercator
// (512 px tiles), relative to the centre of the map element.

let server: Awaited<ReturnType<typeof serveDist>>;
let session: BrowserSession;

beforeAll(async () => {
  server = await serveDist();
  session = await openBrowser();
  await openApp(session, server.url);
});

afterEach(async () => {
  await closeOverlays(session.page);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

function mercator(lon: number, lat: number, zoom: number): [number, number] {
  const world = 512 * 2 ** zoom;
  const x = ((lon + 180) / 360) * world;
  const y = ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) * world;
  return [x, y];
}

/** The camera the app is showing, read from the view it writes into the URL (`cam=lon,lat,zoom`). */
async function currentCamera(): Promise<{ longitude: number; latitude: number; zoom: number }> {
  await session.page.waitForFunction(() => /[#&]cam=/.test(location.hash), undefined, { timeout: 10_000 });
  const hash = await session.page.evaluate(() => location.hash);
  const [longitude, latitude, zoom] = (/[#&]cam=([^&]+)/.exec(hash)?.[1] ?? '').split(',').map(Number);
  return { longitude: longitude!, latitude: latitude!, zoom: zoom! };
}

async function clickLngLat(lon: number, lat: number): Promise<void> {
  const box = await session.page.getByTestId('map').boundingBox();
  if (!box) throw new Error('map not visible');
  const camera = await currentCamera();
  const [cx, cy] = mercator(camera.longitude, camera.latitude, camera.zoom);
  const [x, y] = mercator(lon, lat, camera.zoom);
  await session.page.mouse.click(box.x + box.width / 2 + (x - cx), box.y + box.height / 2 + (y - cy));
}

async function settle(): Promise<void> {
  await waitForIdle(session.page, '.busy, .busy-corridors', { timeout: 90_000 });
}

describe('corridors in the app', () => {
  it('shows hotspots of the illustrative corridors', async () => {
    await session.page.getByTestId('side-tab-corridors').click();
    await session.page.getByTestId('corridors-panel').waitFor({ timeout: 60_000 });
    await settle();
    const rows = session.page.locator('[data-testid="hotspot-table"] tbody tr');
    expect(await waitForCount(rows, (n) => n > 0, 90_000)).toBeGreaterThan(0);
  });

  it('draws a corridor across the Darién, finishes it with Enter, and gets hotspot rows for it', async () => {
    const page = session.page;
    await page.getByTestId('draw-line').click();
    await page.getByTestId('draft-name').fill('Darién e2e');
    await page.getByTestId('draft-kind').selectOption('arms');
    // From the Caribbean coast of Panama across the isthmus to the Colombian Pacific.
    const points = [
      [-79.5, 10.5],
      [-77.8, 8.3],
      [-76.5, 6.0],
    ] as const;
    for (const [i, [lon, lat]] of points.entries()) {
      await clickLngLat(lon, lat);
      // Each click must land as a vertex before the next one is placed.
      await waitForNumber(page.getByTestId('draft-points'), i + 1);
    }
    expect(await waitForNumber(page.getByTestId('draft-points'), 3)).toBe(3);
    await page.getByTestId('draft-name').press('Enter');
    await page.getByTestId('corridor-draft').waitFor({ state: 'detached', timeout: 10_000 });
    await settle();
    const mine = page.locator('[data-testid="hotspot-table"] tbody tr[data-corridor="Darién e2e"]');
    expect(await waitForCount(mine, (n) => n > 0, 90_000)).toBeGreaterThan(0);
    const cells = await mine.first().locator('td').allTextContents();
    expect(cells.join(' ')).not.toMatch(/NaN|undefined/);
  });

  it('lists a bad corridor file’s errors as plain text naming file and feature', async () => {
    const page = session.page;
    const bad = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [-70, 5],
              [-69, 6],
            ],
          },
          properties: { kind: 'bananas', name: '<img src=x onerror="window.__pwned=1">' },
        },
      ],
    };
    await page.getByTestId('corridor-file-input').setInputFiles({
      name: 'bad-corridors.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const alert = page.locator('.corridor-issues[role="alert"]').first();
    const text = await waitForTextContaining(alert, ['bad-corridors.geojson', '<img src=x', 'bananas']);
    expect(text).toContain('bad-corridors.geojson');
    expect(text).toContain('<img src=x');
    expect(text).toContain('bananas');
    expect(await page.locator('.corridors-panel img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('made no request outside its own origin', () => {
    const outside = session.requests.filter((u) => !u.startsWith(server.url) && !/^(blob|data):/.test(u));
    expect(outside).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  appSessionForFile,
  closeOverlays,
  numberIn,
  UPDATE_TIMEOUT,
  waitForCount,
  waitForIdle,
  waitForNumber,
  waitUntil,
} from './harness.ts';

// Editing a corridor on the map: draw one, then drag a vertex with the mouse (MapView's
// onObjectDrag wired to useCorridorVertexDrag), save and see its hotspot rows change; then
// remove a vertex with the keyboard only and find the edited geometry in the saved GeoJSON.
// Pixels of a lon/lat come from MapLibre's Web Mercator (512 px tiles) around the map centre.

const app = appSessionForFile({ beforeAll, afterAll });

afterEach(async () => {
  await closeOverlays(app.session.page);
  // An edit a failed test left open would hide the corridor list from the next one.
  const cancel = app.session.page.getByTestId('edit-cancel');
  if (await cancel.count()) await cancel.click();
});

const NAME = 'Darién edit e2e';

function mercator(lon: number, lat: number, zoom: number): [number, number] {
  const world = 512 * 2 ** zoom;
  const x = ((lon + 180) / 360) * world;
  const y = ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) * world;
  return [x, y];
}

/** Page pixel of a lon/lat at the camera the app writes into the URL (`cam=lon,lat,zoom`). */
async function pixelOf(lon: number, lat: number): Promise<[number, number]> {
  const page = app.session.page;
  await page.waitForFunction(() => /[#&]cam=/.test(location.hash), undefined, { timeout: 10_000 });
  const hash = await page.evaluate(() => location.hash);
  const [cl, ca, zoom] = (/[#&]cam=([^&]+)/.exec(hash)?.[1] ?? '').split(',').map(Number);
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('map not visible');
  const [cx, cy] = mercator(cl!, ca!, zoom!);
  const [x, y] = mercator(lon, lat, zoom!);
  return [box.x + box.width / 2 + (x - cx), box.y + box.height / 2 + (y - cy)];
}

async function settle(): Promise<void> {
  await waitForIdle(app.session.page, '.busy, .busy-corridors', { timeout: 90_000 });
}

/** Text of the hotspot rows of the test corridor (all cells), once there are some. */
async function myRows(): Promise<string> {
  const rows = app.session.page.locator(`[data-testid="hotspot-table"] tbody tr[data-corridor="${NAME}"]`);
  await waitForCount(rows, (n) => n > 0, 90_000);
  return (await rows.allTextContents()).join(' | ');
}

async function beginEdit(): Promise<void> {
  const page = app.session.page;
  await page.locator('[data-testid="corridor-list"] li', { hasText: NAME }).getByRole('button').click();
  await page.getByTestId('corridor-editing').waitFor({ timeout: 10_000 });
}

/** Lon/lat of the listed vertices ("Vertex n: lon, lat" in any language). */
async function listedVertices(): Promise<[number, number][]> {
  const texts = await app.session.page
    .locator('[data-testid="vertex-list"] [role="option"]')
    .allTextContents();
  return texts.map((t) => {
    const [, lon, lat] = /:\s*(-?[\d.]+),\s*(-?[\d.]+)/.exec(t) ?? [];
    return [Number(lon), Number(lat)];
  });
}

describe('editing a corridor on the map', () => {
  it('draws a corridor to edit and gets hotspot rows for it', async () => {
    const page = app.session.page;
    await page.getByTestId('side-tab-corridors').click();
    await page.getByTestId('corridors-panel').waitFor({ timeout: 60_000 });
    await settle();
    await page.getByTestId('draw-line').click();
    await page.getByTestId('draft-name').fill(NAME);
    const points = [
      [-79.5, 10.5],
      [-77.8, 8.3],
      [-76.5, 6.0],
    ] as const;
    for (const [i, [lon, lat]] of points.entries()) {
      const [x, y] = await pixelOf(lon, lat);
      await page.mouse.click(x, y);
      await waitForNumber(page.getByTestId('draft-points'), i + 1);
    }
    await page.getByTestId('draft-finish').click();
    await page.getByTestId('corridor-draft').waitFor({ state: 'detached', timeout: 10_000 });
    await settle();
    expect(await myRows()).not.toMatch(/NaN|undefined/);
  });

  it('drags a vertex with the mouse, saves, and the hotspot table changes', async () => {
    const page = app.session.page;
    const before = await myRows();
    await beginEdit();
    expect(await page.locator('[data-testid="vertex-list"] [role="option"]').count()).toBe(3);
    const camera = await page.evaluate(() => location.hash);
    const [x0, y0] = await pixelOf(-77.8, 8.3);
    const [x1, y1] = await pixelOf(-74.5, 7.0);
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    for (let s = 1; s <= 10; s++) await page.mouse.move(x0 + ((x1 - x0) * s) / 10, y0 + ((y1 - y0) * s) / 10);
    await page.mouse.up();
    // The map did not pan while the handle was dragged.
    expect(await page.evaluate(() => location.hash)).toBe(camera);
    const moved = await waitUntil(
      'the middle vertex to follow the mouse',
      async () => (await listedVertices())[1]!,
      (v) => Math.abs(v[0] - -74.5) < 0.2 && Math.abs(v[1] - 7.0) < 0.2,
      UPDATE_TIMEOUT,
    );
    expect(moved[0]).toBeCloseTo(-74.5, 0);
    await page.getByTestId('edit-undo').waitFor();
    expect(await page.getByTestId('edit-undo').isEnabled()).toBe(true);
    await page.getByTestId('edit-save').click();
    await page.getByTestId('corridor-editing').waitFor({ state: 'detached', timeout: 10_000 });
    await page.getByTestId('edit-saved').waitFor({ timeout: 10_000 });
    await settle();
    const after = await waitUntil('the hotspot rows to change', myRows, (t) => t !== before, 90_000);
    expect(after).not.toBe(before);
    expect(after).not.toMatch(/NaN|undefined/);
  });

  it('removes a vertex with the keyboard only and saves the edited geometry as GeoJSON', async () => {
    const page = app.session.page;
    await beginEdit();
    const list = page.getByTestId('vertex-list');
    await list.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await list.locator('[aria-selected="true"]').count()).toBe(1);
    const selected = await list.getAttribute('aria-activedescendant');
    expect(selected).toBe('corridor-vertex-0-1');
    const [, lat0] = (await listedVertices())[1]!;
    await page.keyboard.press('Shift+ArrowUp');
    const nudged = await waitUntil(
      'Shift+ArrowUp to move the vertex north',
      async () => (await listedVertices())[1]!,
      (v) => v[1] > lat0,
      UPDATE_TIMEOUT,
    );
    expect(nudged[1]).toBeGreaterThan(lat0);
    await page.keyboard.press('Delete');
    expect(await waitForNumber(page.getByTestId('edit-points'), 2)).toBe(2);
    await page.keyboard.press('Enter');
    await page.getByTestId('corridor-editing').waitFor({ state: 'detached', timeout: 10_000 });
    await settle();
    const download = page.waitForEvent('download');
    await page.getByTestId('save-corridors').click();
    const file = await (await download).path();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as {
      features: { properties: { name: string }; geometry: { coordinates: number[][] } }[];
    };
    const mine = saved.features.find((f) => f.properties.name === NAME);
    expect(mine).toBeDefined();
    expect(mine!.geometry.coordinates).toHaveLength(2);
    expect(mine!.geometry.coordinates[0]![0]).toBeCloseTo(-79.5, 0);
    expect(mine!.geometry.coordinates[1]![0]).toBeCloseTo(-76.5, 0);
  });

  it('refuses to remove a vertex a line needs, with a message', async () => {
    const page = app.session.page;
    await beginEdit();
    await page.getByTestId('vertex-list').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Delete');
    await page.locator('[data-testid="corridor-edit"] [role="alert"]').waitFor({ timeout: 10_000 });
    expect(await waitForNumber(page.getByTestId('edit-points'), 2)).toBe(2);
    await page.keyboard.press('Escape');
    await page.getByTestId('corridor-editing').waitFor({ state: 'detached', timeout: 10_000 });
  });

  it('inserts a vertex at a midpoint handle, refuses a polygon that crosses itself, and Cancel restores it', async () => {
    const page = app.session.page;
    const area = 'Área e2e';
    await page.getByTestId('draw-polygon').click();
    await page.getByTestId('draft-name').fill(area);
    // Large enough that at the start zoom a midpoint handle is well clear of the vertex handles.
    const square = [
      [-78, 2],
      [-70, 2],
      [-70, 10],
      [-78, 10],
    ] as const;
    for (const [i, [lon, lat]] of square.entries()) {
      const [x, y] = await pixelOf(lon, lat);
      await page.mouse.click(x, y);
      await waitForNumber(page.getByTestId('draft-points'), i + 1);
    }
    await page.getByTestId('draft-finish').click();
    await page.getByTestId('corridor-draft').waitFor({ state: 'detached', timeout: 10_000 });
    await page.locator('[data-testid="corridor-list"] li', { hasText: area }).getByRole('button').click();
    await page.getByTestId('corridor-editing').waitFor({ timeout: 10_000 });
    expect(await waitForNumber(page.getByTestId('edit-points'), 4)).toBe(4);
    // A click on the handle halfway along the bottom edge adds a vertex there.
    // The handles are picked from what deck.gl last drew: a click before they are drawn misses,
    // so click again (only while the vertex is still missing) until it lands.
    const [mx, my] = await pixelOf(-74, 2);
    const points = async () => numberIn((await page.getByTestId('edit-points').textContent()) ?? '');
    const inserted = await waitUntil(
      'a vertex inserted at the midpoint handle of the bottom edge',
      async () => {
        if ((await points()) === 4) await page.mouse.click(mx, my);
        await page.waitForTimeout(400);
        return points();
      },
      (n) => n !== 4,
    );
    expect(inserted).toBe(5);
    // Drag the top-right corner below the bottom edge: the ring now crosses itself.
    const [x0, y0] = await pixelOf(-70, 10);
    const [x1, y1] = await pixelOf(-76, -1);
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    for (let s = 1; s <= 8; s++) await page.mouse.move(x0 + ((x1 - x0) * s) / 8, y0 + ((y1 - y0) * s) / 8);
    await page.mouse.up();
    await page.getByTestId('edit-save').click();
    const alert = page.locator('[data-testid="corridor-edit"] .corridor-issues[role="alert"]');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toMatch(/se cruza a sí mismo/);
    // Still editing; Cancel leaves the corridor as it was drawn.
    await page.getByTestId('edit-cancel').click();
    await page.getByTestId('corridor-editing').waitFor({ state: 'detached', timeout: 10_000 });
    await page.locator('[data-testid="corridor-list"] li', { hasText: area }).getByRole('button').click();
    expect(await waitForNumber(page.getByTestId('edit-points'), 4)).toBe(4);
    await page.getByTestId('edit-cancel').click();
  });

  it('offers the corridor of a chosen hotspot row for editing', async () => {
    const page = app.session.page;
    await settle();
    const row = page.locator(`[data-testid="hotspot-table"] tbody tr[data-corridor="${NAME}"]`).first();
    await row.click();
    const offer = page.getByTestId('edit-picked');
    await offer.waitFor({ timeout: 10_000 });
    await offer.click();
    await page.getByTestId('corridor-editing').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('corridor-editing').textContent()).toContain(NAME);
    await page.keyboard.press('Escape');
    await page.getByTestId('corridor-editing').waitFor({ state: 'detached', timeout: 10_000 });
  });

  it('made no request outside its own origin', () => {
    const outside = app.session.requests.filter((u) => !u.startsWith(app.url) && !/^(blob|data):/.test(u));
    expect(outside).toEqual([]);
  });
});

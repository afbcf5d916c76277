import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fitCamera, type MapSize } from '../../src/state/fit-camera.ts';
import type { Camera } from '../../src/state/view-config.ts';
import { saveView, settle } from './deck-steps.ts';
import {
  type BrowserSession,
  closeOverlays,
  openApp,
  openBrowser,
  serveDist,
  waitForCount,
  waitForText,
} from './harness.ts';
import { stablePixels, waitForPixels } from './pixels.ts';

let server: Awaited<ReturnType<typeof serveDist>>;
const sessions: BrowserSession[] = [];
const dir = mkdtempSync(join(tmpdir(), 'rutas-deck-'));
const deckPath = join(dir, 'deck.json');
const SHOTS = process.env.RUTAS_SHOTS;

beforeAll(async () => {
  server = await serveDist();
});

afterEach(async () => {
  for (const s of sessions) await closeOverlays(s.page);
});

afterAll(async () => {
  for (const s of sessions) await s.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface DeckJson {
  format: string;
  slides: {
    title: string;
    caption: string;
    snapshot: Record<string, { persons?: number[] } | number | null>;
    view: { camera: Camera };
    mapSize?: MapSize;
  }[];
}

describe('decks: save, export, present without the data', () => {
  it('saves two views with different filters and exports them as one deck file', async () => {
    const a = await openBrowser();
    sessions.push(a);
    await openApp(a, server.url);
    await settle(a.page);
    await saveView(a.page, 'Todos los flujos', 'Periodo completo, todos los delitos');
    await a.page
      .getByRole('checkbox', { name: /Trata de personas/ })
      .first()
      .check();
    await saveView(a.page, 'Solo trata', 'Casos de trata detectados');
    expect(await waitForCount(a.page.getByTestId('saved-list').locator('li'), 2)).toBe(2);
    const [download] = await Promise.all([
      a.page.waitForEvent('download'),
      a.page.getByTestId('export-deck').click(),
    ]);
    await download.saveAs(deckPath);
    const deck = JSON.parse(readFileSync(deckPath, 'utf8')) as DeckJson;
    expect(deck.format).toBe('rutas-deck');
    // Each slide records the size of the map it was saved from, to be framed alike elsewhere.
    const mapSize = await a.page.getByTestId('map').evaluate((e) => [e.clientWidth, e.clientHeight]);
    expect(deck.slides.map((s) => s.mapSize)).toEqual([mapSize, mapSize]);
    expect(deck.slides.map((s) => s.title)).toEqual(['Todos los flujos', 'Solo trata']);
    for (const slide of deck.slides) {
      const k = slide.snapshot.k as number;
      for (const layer of ['flows', 'routes', 'grid']) {
        const persons = (slide.snapshot[layer] as { persons?: number[] } | null)?.persons ?? [];
        expect(persons.every((p) => p >= k)).toBe(true);
      }
    }
    expect(JSON.stringify(deck)).not.toMatch(/"(date|lat|lon|nationality|women|men)":/);
    await a.close();
    sessions.splice(sessions.indexOf(a), 1);
  });

  it('presents the deck in a fresh browser whose database never starts', async () => {
    // A larger screen than the one the deck was saved on, as a projector is.
    const b = await openBrowser({ width: 1920, height: 1080 });
    sessions.push(b);
    const { page } = b;
    // The engine's wasm never arrives and the sample is refused: only the deck file is there.
    await page.route(/\.wasm(\?|$)/, () => undefined);
    await page.route(/\.parquet(\?|$)/, (route) => route.abort());
    await page.goto(server.url);
    await page.getByTestId('open-deck-input').setInputFiles(deckPath);
    await page.getByTestId('presentation').waitFor();
    const title = page.getByTestId('slide-title');
    const caption = page.getByTestId('slide-caption');
    await waitForText(title, 'Todos los flujos');
    await waitForText(caption, 'Periodo completo, todos los delitos');
    await waitForText(page.getByTestId('slide-counter'), /1\s*\/\s*2/);
    await waitForText(page.getByTestId('present-footer'), /SINTÉTICOS.*no prevalencia.*5/s);
    expect(await page.getByTestId('incident-count').count()).toBe(0);

    const map = page.getByTestId('presentation').getByTestId('map');
    await waitForPixels(
      map,
      'the first slide drawn: base map (> 50 colours) and flows (> 300 red or blue pixels)',
      (s) => s.distinct > 50 && s.red + s.blue > 300,
    );
    // The finished picture: the second slide's blue is compared with it.
    const stats = await stablePixels(map);
    expect(stats.distinct).toBeGreaterThan(50);
    expect(stats.red + stats.blue).toBeGreaterThan(300);
    // The slide shows the area it showed in the app: its zoom is framed to this larger map.
    const saved = (JSON.parse(readFileSync(deckPath, 'utf8')) as DeckJson).slides[0]!;
    const [width, height, zoom] = await map.evaluate((e) => [
      e.clientWidth,
      e.clientHeight,
      Number(e.dataset.zoom),
    ]);
    const framed = fitCamera(saved.view.camera, saved.mapSize!, [width!, height!]).zoom;
    expect(framed - saved.view.camera.zoom).toBeGreaterThan(0.1);
    expect(zoom).toBeCloseTo(framed, 2);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'present-1920.png') });

    await page.keyboard.press('ArrowRight');
    await waitForText(title, 'Solo trata');
    await waitForText(caption, 'Casos de trata detectados');
    await waitForText(page.getByTestId('slide-counter'), /2\s*\/\s*2/);
    await page.keyboard.press('PageDown');
    await waitForText(title, 'Solo trata');
    await page.keyboard.press('Home');
    await waitForText(title, 'Todos los flujos');
    await page.keyboard.press('End');
    await waitForText(title, 'Solo trata');
    const blueLimit = Math.max(stats.blue * 0.5, 50);
    const second = await waitForPixels(
      map,
      `the second slide drawn: > 100 red pixels and fewer than ${blueLimit} blue ones`,
      (s) => s.red > 100 && s.blue < blueLimit,
    );
    expect(second.red).toBeGreaterThan(100);
    expect(second.blue).toBeLessThan(blueLimit);
    await page.keyboard.press('ArrowLeft');
    await waitForText(title, 'Todos los flujos');
    // A smaller screen (a laptop on the projector's cable): the slide is framed again.
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect
      .poll(
        async () => {
          const [w, h, z] = await map.evaluate((e) => [
            e.clientWidth,
            e.clientHeight,
            Number(e.dataset.zoom),
          ]);
          return (
            w! < width! && Math.abs(z! - fitCamera(saved.view.camera, saved.mapSize!, [w!, h!]).zoom) < 0.005
          );
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('presentation').waitFor({ state: 'detached' });
  });
});

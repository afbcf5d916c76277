import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { settle } from './deck-steps.ts';
import {
  type BrowserSession,
  closeOverlays,
  openApp,
  openBrowser,
  serveDist,
  waitForAttribute,
  waitForNumber,
  waitForText,
  waitUntil,
} from './harness.ts';
import { stablePixels, waitForPixels } from './pixels.ts';

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

describe('the app with the bundled sample', () => {
  it('shows the sample incident count and the SYNTHETIC badge', async () => {
    const n = await waitForNumber(session.page.getByTestId('incident-count'), (c) => c > 40_000);
    expect(n).toBeGreaterThan(40_000);
    await waitForText(session.page.getByTestId('synthetic-badge'), /SINTÉTIC/i);
  });

  it('fits its header in a 1280 px laptop window, badge and count visible', async () => {
    const page = session.page;
    await page.setViewportSize({ width: 1280, height: 800 });
    try {
      const fits = async () =>
        page.evaluate(() => {
          const header = document.querySelector('header.header') as HTMLElement;
          const right = Math.max(...[...header.children].map((c) => c.getBoundingClientRect().right));
          return header.scrollWidth <= header.clientWidth && right <= window.innerWidth;
        });
      expect(await waitUntil('the header fits in 1280 px', fits, (ok) => ok)).toBe(true);
      expect(await page.getByTestId('synthetic-badge').isVisible()).toBe(true);
      expect(await page.getByTestId('incident-count').isVisible()).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it('draws the base map and flows with real pixels over the Americas', async () => {
    await settle(session.page);
    const stats = await waitForPixels(
      session.page.getByTestId('map'),
      'the base map (> 50 colours) and flows (> 500 red or blue pixels)',
      (s) => s.distinct > 50 && s.blue + s.red > 500,
    );
    expect(stats.distinct).toBeGreaterThan(50);
    expect(stats.blue + stats.red).toBeGreaterThan(500);
  });

  it('a crime-type filter changes the flows drawn', async () => {
    const map = session.page.getByTestId('map');
    await settle(session.page);
    await waitForPixels(map, 'flows drawn (> 500 red or blue pixels)', (s) => s.blue + s.red > 500);
    const before = await stablePixels(map);
    const crime = session.page.getByRole('checkbox', { name: /Trata de personas/ }).first();
    await crime.check();
    await settle(session.page);
    const after = await waitForPixels(
      map,
      `fewer than half the blue pixels (${before.blue}) and > 100 red ones`,
      (s) => s.blue < before.blue * 0.5 && s.red > 100,
    );
    expect(after.blue).toBeLessThan(before.blue * 0.5);
    expect(after.red).toBeGreaterThan(100);
    await crime.uncheck();
    await settle(session.page);
  });

  it('playback advances the period label', async () => {
    const label = session.page.getByTestId('period-label');
    const text = async () => (await label.textContent()) ?? '';
    const start = await text();
    await session.page.getByTestId('play').click();
    const first = await waitUntil(`the period label to leave ${start}`, text, (t) => t !== start);
    await waitUntil(`the period label to leave ${first}`, text, (t) => t !== first);
    await session.page.getByTestId('play').click();
    await waitForAttribute(session.page.getByTestId('play'), 'aria-pressed', 'false');
    expect(await text()).not.toBe(start);
  });

  it('made no request outside its own origin', () => {
    const origin = new URL(server.url).origin;
    const outside = session.requests.filter(
      (u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'),
    );
    expect(outside).toEqual([]);
  });
});

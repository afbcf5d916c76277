import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openApp, openBrowser, serveDist } from './harness.ts';
import { pixelStats } from './pixels.ts';

let server: Awaited<ReturnType<typeof serveDist>>;
let session: BrowserSession;

beforeAll(async () => {
  server = await serveDist();
  session = await openBrowser();
  await openApp(session, server.url);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function mapPixels() {
  const map = session.page.getByTestId('map');
  return pixelStats(await map.screenshot());
}

async function settle() {
  await session.page.waitForFunction(() => !document.querySelector('.busy'), undefined, { timeout: 60_000 });
  await session.page.waitForTimeout(600);
}

describe('the app with the bundled sample', () => {
  it('shows the sample incident count and the SYNTHETIC badge', async () => {
    const count = await session.page.getByTestId('incident-count').textContent();
    const n = Number((count ?? '').replace(/\D/g, ''));
    expect(n).toBeGreaterThan(40_000);
    await expect(session.page.getByTestId('synthetic-badge').textContent()).resolves.toMatch(/SINTÉTIC/i);
  });

  it('draws the base map and flows with real pixels over the Americas', async () => {
    await settle();
    const stats = await mapPixels();
    expect(stats.distinct).toBeGreaterThan(50);
    expect(stats.blue + stats.red).toBeGreaterThan(500);
  });

  it('a crime-type filter changes the flows drawn', async () => {
    await settle();
    const before = await mapPixels();
    await session.page
      .getByRole('checkbox', { name: /Trata de personas/ })
      .first()
      .check();
    await settle();
    const after = await mapPixels();
    expect(after.blue).toBeLessThan(before.blue * 0.5);
    expect(after.red).toBeGreaterThan(100);
    await session.page
      .getByRole('checkbox', { name: /Trata de personas/ })
      .first()
      .uncheck();
  });

  it('playback advances the period label', async () => {
    const label = session.page.getByTestId('period-label');
    const start = await label.textContent();
    await session.page.getByTestId('play').click();
    await session.page.waitForFunction(
      (text) => document.querySelector('[data-testid="period-label"]')?.textContent !== text,
      start,
      { timeout: 10_000 },
    );
    const first = await label.textContent();
    await session.page.waitForFunction(
      (text) => document.querySelector('[data-testid="period-label"]')?.textContent !== text,
      first,
      { timeout: 10_000 },
    );
    await session.page.getByTestId('play').click();
    expect(await label.textContent()).not.toBe(start);
  });

  it('made no request outside its own origin', () => {
    const origin = new URL(server.url).origin;
    const outside = session.requests.filter(
      (u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'),
    );
    expect(outside).toEqual([]);
  });
});

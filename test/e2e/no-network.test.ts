/**
 * Nothing leaves the machine: a full session (start, sample, filter, play, table, every tab,
 * an export, save + present a deck, a dropped file) makes no request outside the app's own
 * origin (blob: and data: allowed), and the Content-Security-Policy is active: the built
 * index.html carries it and a fetch to another origin is blocked with a violation event.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config.ts';
import { saveView, settle } from './deck-steps.ts';
import { appSessionForFile, closeOverlays, waitForIdle, waitUntil } from './harness.ts';
import { waitForPixels } from './pixels.ts';

const dir = mkdtempSync(join(tmpdir(), 'rutas-nonet-'));

const app = appSessionForFile({ beforeAll, afterAll });

afterEach(async () => {
  await closeOverlays(app.session.page);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('no network outside the origin', () => {
  it('ships the CSP in the built index.html', () => {
    // The build under test (serveDist reads the same folder).
    const html = readFileSync(resolve(process.env.RUTAS_DIST ?? 'dist', 'index.html'), 'utf8').replaceAll(
      '&#39;',
      "'",
    );
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).toContain(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'self'/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/(^|\s)'unsafe-eval'|\*|https?:/);
  });

  it('blocks a fetch to another origin, with a securitypolicyviolation event', async () => {
    const outcome = await app.session.page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.blockedURI));
      const fetched = await fetch('https://example.org/').then(
        () => 'resolved',
        (e: unknown) => `rejected: ${String(e)}`,
      );
      await new Promise((ok) => setTimeout(ok, 200));
      return { fetched, violations };
    });
    expect(outcome.fetched).toMatch(/^rejected/);
    expect(outcome.violations.join(' ')).toContain('example.org');
  });

  it('runs a full session', async () => {
    const { page } = app.session;
    await settle(page);
    const crime = page.getByRole('checkbox', { name: /Trata de personas/ }).first();
    await crime.check();
    await settle(page);
    const label = page.getByTestId('period-label');
    const period = async () => (await label.textContent()) ?? '';
    const start = await period();
    await page.getByTestId('play').click();
    const first = await waitUntil(`playback to leave ${start}`, period, (p) => p !== start);
    await waitUntil(`playback to leave ${first}`, period, (p) => p !== first);
    await page.getByTestId('play').click();
    await page.getByTestId('show-table').click();
    await page.getByTestId('map-table').waitFor({ timeout: 30_000 });
    await crime.uncheck();
    for (const tab of ['charts', 'alerts', 'corridors']) {
      await page.getByTestId(`side-tab-${tab}`).click();
      await page.getByTestId(`${tab}-panel`).waitFor({ timeout: 60_000 });
    }
    await waitForIdle(page, '.busy-corridors', { timeout: 90_000 });
    const exportButton = page.getByTestId('hotspots-csv');
    await exportButton.waitFor({ timeout: 90_000 });
    const [csv] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    expect(csv.url()).toMatch(/^blob:/);
    // A dropped file: the data menu when it is mounted, else the corridor file input.
    const dataInput = page.getByTestId('data-file-input');
    if ((await dataInput.count()) > 0) {
      await dataInput.setInputFiles(resolve('test/fixtures/hostile/extract.csv'));
      await page.getByTestId('ingest-dialog').waitFor({ timeout: 60_000 });
      await page.keyboard.press('Escape');
      await page.getByTestId('ingest-dialog').waitFor({ state: 'hidden', timeout: 30_000 });
    } else {
      await page
        .getByTestId('corridor-file-input')
        .setInputFiles(resolve('test/fixtures/corridors/corridors.csv'));
      await page
        .getByText(/corridors\.csv/)
        .first()
        .waitFor({ timeout: 30_000 });
    }
    await saveView(page, 'Sin red', 'Sesión completa');
    const deckPath = join(dir, 'deck.json');
    const [deck] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-deck').click(),
    ]);
    await deck.saveAs(deckPath);
    await page.getByTestId('open-deck-input').first().setInputFiles(deckPath);
    await page.getByTestId('presentation').waitFor({ timeout: 30_000 });
    // The slide's map has loaded what it draws (base map, flows) before the requests are judged.
    await waitForPixels(
      page.getByTestId('presentation').getByTestId('map'),
      'the slide map drawn (> 50 colours)',
      (s) => s.distinct > 50,
    );
    await page.keyboard.press('Escape');
    await page.getByTestId('presentation').waitFor({ state: 'detached' });
  });

  it('made every request to its own origin, blob: or data:', () => {
    const origin = new URL(app.url).origin;
    const outside = app.session.requests.filter(
      (u) => !u.startsWith(`${origin}/`) && !u.startsWith('blob:') && !u.startsWith('data:'),
    );
    // The deliberate fetch of the CSP test is the only allowed exception (it was blocked).
    expect(outside.filter((u) => !u.startsWith('https://example.org/'))).toEqual([]);
    expect(app.session.requests.length).toBeGreaterThan(10);
  });
});

/**
 * Hostile content never becomes markup: corridor names and sources, a file name, saved-view
 * titles and captions (and, when the data menu is mounted, an extract's text fields) carry
 * HTML, script, `javascript:`, formula, bidi and very long payloads. After visiting every view
 * (map, table, charts, alerts, corridors, presentation) no payload ran (`window.__pwned`), no
 * element or handler was created from one, the presentation shows the caption as plain
 * text, and the hotspot CSV export keeps formulas inert.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import payloads from '../fixtures/hostile/payloads.json' with { type: 'json' };
import { saveView, settle } from './deck-steps.ts';
import { ANY_VIEW_BUSY, appSessionForFile, closeOverlays, waitForIdle, waitForText } from './harness.ts';
import { waitForPixels } from './pixels.ts';

const IMG = payloads[0] ?? '';
const SCRIPT = payloads[1] ?? '';
const HOSTILE_FILE = '<img src=x onerror="window.__pwned=1">.geojson';
const dir = mkdtempSync(join(tmpdir(), 'rutas-hostile-'));

const app = appSessionForFile({ beforeAll, afterAll });

afterEach(async () => {
  await closeOverlays(app.session.page);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Elements or attributes that only a payload could have created. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) found.push('window.__pwned set');
    for (const el of document.querySelectorAll('img[src="x"], script:not([src]), iframe, object, embed'))
      found.push(`element ${el.outerHTML.slice(0, 80)}`);
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`handler ${a.name} on ${el.tagName}`);
        if (/^(href|src|xlink:href|action)$/i.test(a.name) && /^\s*javascript:/i.test(a.value))
          found.push(`javascript: URL on ${el.tagName}`);
      }
    }
    return found;
  });
}

describe('hostile content stays text', () => {
  it('loads a corridor file with hostile names, sources and file name', async () => {
    const { page } = app.session;
    await page.getByTestId('side-tab-corridors').click();
    await page.getByTestId('corridors-panel').waitFor({ timeout: 60_000 });
    await page.getByTestId('corridor-file-input').setInputFiles({
      name: HOSTILE_FILE,
      mimeType: 'application/geo+json',
      buffer: readFileSync(resolve('test/fixtures/hostile/corridors.geojson')),
    });
    // The file name is shown as text in the result line.
    await page.getByText(HOSTILE_FILE, { exact: false }).first().waitFor({ timeout: 30_000 });
    await waitForIdle(page, '.busy-corridors', { timeout: 90_000 });
    expect(await injected(page)).toEqual([]);
  });

  it('loads a hostile extract through the data menu when it is mounted', async () => {
    const { page } = app.session;
    const input = page.getByTestId('data-file-input');
    if ((await input.count()) === 0) {
      // Not mounted in this build yet: the corridor and deck paths carry the payloads instead.
      expect(await page.getByTestId('load-data').count()).toBe(0);
      return;
    }
    await input.setInputFiles(resolve('test/fixtures/hostile/extract.csv'));
    await page.getByTestId('ingest-dialog').waitFor({ timeout: 60_000 });
    // Whether Load is enabled is known once the file is read and mapped.
    await page.getByTestId('mapping-fields').waitFor({ timeout: 60_000 });
    const load = page.getByTestId('ingest-load');
    if (await load.isEnabled()) {
      await load.click();
      await page
        .locator('[data-testid="ingest-result"], [data-testid="ingest-error"]')
        .first()
        .waitFor({ timeout: 60_000 });
    }
    expect(await injected(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('ingest-dialog').waitFor({ state: 'hidden', timeout: 30_000 });
  });

  it('visits map, table, charts, alerts and the hotspot export without running a payload', async () => {
    const { page } = app.session;
    await settle(page);
    await page.getByTestId('show-table').click();
    await page.getByTestId('map-table').waitFor({ timeout: 30_000 });
    const box = await page.getByTestId('map').boundingBox();
    if (box)
      for (let i = 1; i < 6; i++) await page.mouse.move(box.x + (box.width * i) / 6, box.y + box.height / 2);
    for (const tab of ['charts', 'alerts', 'corridors']) {
      await page.getByTestId(`side-tab-${tab}`).click();
      await page.getByTestId(`${tab}-panel`).waitFor({ timeout: 60_000 });
      // Let the panel draw what it shows (where a payload would run).
      await waitForIdle(page, ANY_VIEW_BUSY, { timeout: 90_000 });
    }
    await page.getByTestId('hotspots-csv').waitFor({ timeout: 90_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('hotspots-csv').click(),
    ]);
    const path = join(dir, 'hotspots.csv');
    await download.saveAs(path);
    const csv = readFileSync(path, 'utf8');
    const cells = csv.split(/\r\n/).map((line) => line.split(',')[0] ?? '');
    for (const cell of cells) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
    expect(await injected(page)).toEqual([]);
  });

  it('presents a deck whose title and caption are payloads, as plain text', async () => {
    const { page } = app.session;
    await saveView(page, IMG, SCRIPT);
    const deckPath = join(dir, 'deck.json');
    const [deck] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-deck').click(),
    ]);
    await deck.saveAs(deckPath);
    await page.getByTestId('open-deck-input').first().setInputFiles(deckPath);
    await page.getByTestId('presentation').waitFor({ timeout: 30_000 });
    await waitForText(page.getByTestId('slide-title'), IMG);
    await waitForText(page.getByTestId('slide-caption'), SCRIPT);
    // The slide is fully drawn (its map too) before looking for injected markup.
    await waitForPixels(
      page.getByTestId('presentation').getByTestId('map'),
      'the slide map drawn (> 50 colours)',
      (s) => s.distinct > 50,
    );
    expect(await injected(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('presentation').waitFor({ state: 'detached' });
  });
});

/**
 * Chart images exported from the panel read the protected view cube (issue #7 follow-up).
 * Before, the export menu drew the time series and the small multiples from their own SQL
 * with primary-only suppression, so an exported figure could show a month the screen hid to
 * protect a small one, and the two could be subtracted. A crafted extract with one small
 * trafficking month (3 persons in April) is loaded; the exported time series must hide the
 * same months as the screen (April and at least one complementary month) and draw the same
 * points, the exported small multiples must print the screen's panel maxima, no hidden cell
 * may read "<5", and the file's provenance must name the protected cube and the slice.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Provenance, parseProvenance } from '../../src/export/provenance.ts';
import { readSvgMetadata } from '../../src/export/svg-metadata.ts';
import {
  ANY_VIEW_BUSY,
  appSessionForFile,
  closeOverlays,
  loadThroughDialog,
  waitForIdle,
  waitUntil,
} from './harness.ts';
import { protectedExtractCsv } from './protected-extract.ts';

const app = appSessionForFile({ beforeAll, afterAll });

const TRAFFICKING = '#D55E00';
const HIDDEN_LEGEND = 'Oculto (cifra pequeña o para proteger una)';

const csv = protectedExtractCsv;

/** What a time series SVG draws for one line: its points and its hatched (hidden) months. */
async function lineOf(svgSelector: string, color: string): Promise<{ points: number; hidden: number }> {
  return app.session.page.evaluate(
    ({ svgSelector, color }) => {
      const svg = document.querySelector(svgSelector);
      const d = svg?.querySelector(`path[stroke="${color}"][fill="none"]`)?.getAttribute('d') ?? '';
      return {
        points: (d.match(/[ML]/g) ?? []).length,
        hidden: svg?.querySelectorAll(`rect[fill^="url(#"][stroke="${color}"]`).length ?? 0,
      };
    },
    { svgSelector, color },
  );
}

async function texts(svgSelector: string): Promise<string[]> {
  return app.session.page.$$eval(`${svgSelector} text`, (nodes) => nodes.map((n) => n.textContent ?? ''));
}

async function settle(): Promise<void> {
  await waitForIdle(app.session.page, ANY_VIEW_BUSY, { quietMs: 700 });
}

const PREVIEW = '[data-testid="export-chart-preview"] svg';

/** Opens the chart export dialog on `figure` and waits until its figure can be downloaded. */
async function exportDialog(figure: string, title: RegExp): Promise<void> {
  const page = app.session.page;
  if ((await page.getByTestId('export-charts-dialog').count()) === 0) {
    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-item-charts').click();
    await page.getByTestId('export-charts-dialog').waitFor();
  }
  await page.getByTestId('export-chart-figure').selectOption(figure);
  await waitUntil(
    `the ${figure} preview`,
    async () => ({
      title: await page.locator(`${PREVIEW} title`).textContent(),
      ready: await page.getByTestId('export-chart-svg').isEnabled(),
    }),
    (s) => s.ready && title.test(s.title ?? ''),
  );
}

describe('exported chart figures equal the protected screen', () => {
  it('loads the crafted extract through the ingest dialog', async () => {
    const page = app.session.page;
    await loadThroughDialog(
      page,
      { name: 'pequeno.csv', mimeType: 'text/csv', buffer: Buffer.from(csv()) },
      60_000,
    );
    await expect(page.getByTestId('incident-count').textContent()).resolves.toMatch(/24/);
  });

  it('the exported time series hides the very months the screen hides', async () => {
    const page = app.session.page;
    await page.getByTestId('charts-tab-time').click();
    await page.locator('[data-testid="time-series-svg"] svg path').first().waitFor({ timeout: 60_000 });
    await settle();
    const screen = await lineOf('[data-testid="time-series-svg"] svg', TRAFFICKING);
    // April (3 persons) and at least one complementary month are hidden on screen.
    expect(screen.hidden).toBeGreaterThanOrEqual(2);

    await exportDialog('time-series', /^Casos detectados por mes/);
    expect(await lineOf(PREVIEW, TRAFFICKING)).toEqual(screen);
    const shown = await texts(PREVIEW);
    expect(shown).toContain(HIDDEN_LEGEND);
    expect(shown.filter((t) => t.includes('<'))).toEqual([]);

    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('export-chart-svg').click(),
    ]);
    const svg = readFileSync(await file.path(), 'utf8');
    expect(svg).not.toContain('&lt;5');
    const parsed = parseProvenance(readSvgMetadata(svg) ?? '');
    if (!parsed.ok) throw new Error(`bad provenance: ${parsed.errors.join(', ')}`);
    const provenance: Provenance = parsed.provenance;
    expect(provenance.sql).toContain('FROM incidents');
    expect(provenance.sql).toContain('crime_type');
    expect(provenance.filters).toMatchObject({
      figure: 'time-series',
      measure: 'persons',
      source: { kind: 'protected-view-cube', slice: { each: ['crime_type', 'month'] } },
    });
    await closeOverlays(page);
  });

  it('the exported small multiples print the maxima of the screen panels', async () => {
    const page = app.session.page;
    await page.getByTestId('charts-tab-countries').click();
    const panels = '[data-testid="chart-countries"] svg';
    await page
      .locator(`${panels} text`, { hasText: /^máx\./ })
      .first()
      .waitFor({ timeout: 60_000 });
    await settle();
    const maxima = (all: string[]) => all.filter((t) => t.startsWith('máx.'));
    const screen = maxima(await texts(panels));
    expect(screen.length).toBe(3);

    await exportDialog('countries-trafficking', /^Por país: trata/);
    expect(maxima(await texts(PREVIEW))).toEqual(screen);
    expect((await texts(PREVIEW)).filter((t) => t.includes('<'))).toEqual([]);
    await closeOverlays(page);
    expect(app.session.errors.filter((e) => /protect|view cube/i.test(e))).toEqual([]);
  });
});

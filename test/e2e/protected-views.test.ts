/**
 * The side-panel charts read the protected view cube (issue #7): a crafted extract with one
 * small month of trafficking (3 persons in April) and two small sex/age counts (2 girls, 7
 * boys, with 7 only hidden to protect the 2) is loaded through the ingest dialog. The time
 * series must hide April and at least one more trafficking month (complementary
 * suppression: April alone could be read as the total minus the other months), the sex/age
 * bars must show neither 2 nor 7, and toggling the crime-type filter must leave every figure
 * of the trafficking series and bars as it was, so no hidden count can be read as a
 * difference between the two states.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANY_VIEW_BUSY, appSessionForFile, waitForCount, waitForIdle } from './harness.ts';
import { protectedExtractCsv } from './protected-extract.ts';

const app = appSessionForFile({ beforeAll, afterAll });

const TRAFFICKING = '#D55E00';
const SMUGGLING = '#0072B2';

const csv = protectedExtractCsv;

/** Hatched month marks of one series in the time series (suppressed months). */
function hiddenMonths(color: string) {
  return app.session.page.locator(
    `[data-testid="time-series-svg"] svg rect[fill^="url(#"][stroke="${color}"]`,
  );
}

/** The numbers written on the sex/age bars (segment labels "count · share" and totals). */
async function sexAgeTexts(): Promise<string[]> {
  return app.session.page.$$eval('[data-testid="chart-sex-age"] svg text', (nodes) =>
    nodes.map((n) => n.textContent ?? ''),
  );
}

/** The counts written on a chart: segment labels ("183 · 40 %") and row totals ("n = 183"). */
function countsIn(texts: readonly string[]): number[] {
  return texts.flatMap((t) => {
    const m = /^(?:n = )?(\d[\d.]*)(?: ·|$)/.exec(t);
    return m ? [Number(m[1]!.replace(/\./g, ''))] : [];
  });
}

async function settle(): Promise<void> {
  await waitForIdle(app.session.page, ANY_VIEW_BUSY, { quietMs: 700 });
}

describe('protected views of a small extract', () => {
  it('loads the crafted extract through the ingest dialog', async () => {
    const page = app.session.page;
    await page
      .getByTestId('data-file-input')
      .setInputFiles([{ name: 'pequeno.csv', mimeType: 'text/csv', buffer: Buffer.from(csv()) }]);
    const dialog = page.getByTestId('ingest-dialog');
    await dialog.getByTestId('mapping-fields').waitFor({ timeout: 60_000 });
    const load = dialog.getByTestId('ingest-load');
    await page.waitForFunction(
      () => !(document.querySelector('[data-testid="ingest-load"]') as HTMLButtonElement | null)?.disabled,
      undefined,
      { timeout: 30_000 },
    );
    await load.click();
    await dialog.getByTestId('ingest-result').waitFor({ timeout: 60_000 });
    await expect(dialog.getByTestId('result-equation').textContent()).resolves.toMatch(/24 cargadas/);
    await dialog.getByRole('button', { name: 'Cerrar' }).last().click();
    await dialog.waitFor({ state: 'detached' });
    await expect(page.getByTestId('incident-count').textContent()).resolves.toMatch(/24/);
  });

  it('the time series hides the small month and a complementary one, never a number', async () => {
    const page = app.session.page;
    await page.getByTestId('charts-tab-time').click();
    await page.locator('[data-testid="time-series-svg"] svg path').first().waitFor({ timeout: 60_000 });
    await settle();
    // Only April (3 persons) is below k; hiding it alone would leave it as total minus
    // the other months, so at least one more month must be hidden.
    expect(await hiddenMonths(TRAFFICKING).count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('chart-protecting').count()).toBe(0);
  });

  it('the sex/age bars show neither the 2 girls nor the 7 boys hidden to protect them', async () => {
    const page = app.session.page;
    await page.getByTestId('charts-tab-people').click();
    await page.locator('[data-testid="chart-sex-age"] svg').first().waitFor({ timeout: 60_000 });
    await settle();
    const texts = await sexAgeTexts();
    const numbers = countsIn(texts);
    expect(numbers.length, texts.join(' | ')).toBeGreaterThan(0);
    expect(numbers).not.toContain(2);
    expect(numbers).not.toContain(7);
    for (const n of numbers) expect(n === 0 || n >= 5).toBe(true);
    // Hidden cells are hatched: girls and boys at least (the legend has one more hatch).
    const hatched = page.locator('[data-testid="chart-sex-age"] svg rect[fill^="url(#"]');
    expect(await hatched.count()).toBeGreaterThanOrEqual(3);
  });

  it('toggling a crime type changes no trafficking figure, so nothing hidden can be read as a difference', async () => {
    const page = app.session.page;
    const crimeFilter = page.locator('fieldset.checkbox-group').filter({ hasText: 'Tipo de delito' });
    const before = await sexAgeTexts();
    // The trafficking row: its label, its segment labels, up to its total "n = …".
    const trafficking = (texts: string[]) => {
      const from = texts.indexOf('Trata de personas');
      const to = texts.findIndex((t, i) => i > from && t.startsWith('n ='));
      expect(from).toBeGreaterThanOrEqual(0);
      return texts.slice(from, to + 1);
    };
    await crimeFilter
      .locator('label')
      .filter({ hasText: /^Trata de personas$/ })
      .locator('input')
      .check();
    await settle();
    await waitForCount(
      page.locator('[data-testid="chart-sex-age"] svg text', { hasText: /Tráfico ilícito/ }),
      0,
    );
    const only = await sexAgeTexts();
    // Same hidden cells, same total; a segment label shows only where it fits, and the bars
    // are wider with one row label less, so every count shown before is shown again.
    const hidden = (texts: string[]) => texts.filter((t) => t === '—').length;
    const total = (texts: string[]) => texts.find((t) => t.startsWith('n ='));
    const counts = (texts: string[]) => texts.flatMap((t) => t.match(/^\d[\d.]*(?= ·)/) ?? []);
    expect(hidden(trafficking(only))).toBe(hidden(trafficking(before)));
    expect(hidden(trafficking(only))).toBeGreaterThanOrEqual(2);
    expect(total(trafficking(only))).toBe(total(trafficking(before)));
    for (const c of counts(trafficking(before))) expect(counts(trafficking(only))).toContain(c);

    await page.getByTestId('charts-tab-time').click();
    await page.locator('[data-testid="time-series-svg"] svg path').first().waitFor({ timeout: 60_000 });
    await settle();
    const hiddenWithFilter = await hiddenMonths(TRAFFICKING).count();
    expect(await hiddenMonths(SMUGGLING).count()).toBe(0);
    // Trafficking and smuggling selected = every crime type: the same cells as no filter.
    await crimeFilter
      .locator('label')
      .filter({ hasText: /^Tráfico ilícito de migrantes$/ })
      .locator('input')
      .check();
    await settle();
    await waitForCount(page.locator(`[data-testid="time-series-svg"] svg path[stroke="${SMUGGLING}"]`), 1);
    expect(await hiddenMonths(TRAFFICKING).count()).toBe(hiddenWithFilter);
    await crimeFilter
      .locator('label')
      .filter({ hasText: /^Trata de personas$/ })
      .locator('input')
      .uncheck();
    await settle();
    expect(await hiddenMonths(TRAFFICKING).count()).toBe(0);
    await page.getByTestId('charts-tab-people').click();
    await page.locator('[data-testid="chart-sex-age"] svg').first().waitFor({ timeout: 60_000 });
    await settle();
    const smugglingOnly = await sexAgeTexts();
    for (const n of countsIn(smugglingOnly)) expect(n === 0 || n >= 5).toBe(true);
    expect(app.session.errors.filter((e) => /protect|view cube/i.test(e))).toEqual([]);
  });

  it('the detection-source bars hide what "all crimes minus smuggling" would reveal', async () => {
    const page = app.session.page;
    const crimeFilter = page.locator('fieldset.checkbox-group').filter({ hasText: 'Tipo de delito' });
    const texts = () =>
      page.$$eval('[data-testid="chart-detection-source"] svg text', (nodes) =>
        nodes.map((n) => n.textContent ?? ''),
      );
    await page.getByTestId('charts-tab-breakdowns').click();
    await page.locator('[data-testid="chart-detection-source"] svg').first().waitFor({ timeout: 60_000 });
    await settle();
    // Smuggling only (left so by the test above): NGO 140 beside 143 for all crimes would give
    // the 3 persons of the small April month; it is hidden, and police (280) with it, since
    // the bars add up to the persons total.
    const smuggling = await texts();
    expect(smuggling).not.toContain('140');
    expect(smuggling).not.toContain('280');
    expect(smuggling.filter((t) => t === '—').length).toBeGreaterThanOrEqual(2);
    await crimeFilter
      .locator('label')
      .filter({ hasText: /^Tráfico ilícito de migrantes$/ })
      .locator('input')
      .uncheck();
    await settle();
    // All crimes: no view one click away differs by a small count, so both bars are shown.
    await waitForCount(
      page.locator('[data-testid="chart-detection-source"] svg text', { hasText: /^143$/ }),
      1,
    );
    expect(await texts()).toContain('604');
  });
});

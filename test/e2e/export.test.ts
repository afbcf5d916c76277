import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIGURE_PROVENANCE_KEY } from '../../src/export/chart-figure.ts';
import { PARQUET_PROVENANCE_KEY } from '../../src/export/parquet.ts';
import { readPngText } from '../../src/export/png-text.ts';
import { type Provenance, parseProvenance } from '../../src/export/provenance.ts';
import { readSvgMetadata } from '../../src/export/svg-metadata.ts';
import {
  type BrowserSession,
  closeOverlays,
  openApp,
  openBrowser,
  serveDist,
  waitForAttribute,
  waitForText,
  waitUntil,
} from './harness.ts';

/** `RUTAS_DIST` lets the test run against another build (e.g. a scratch build before mounting). */
const DIST = process.env.RUTAS_DIST ? resolve(process.env.RUTAS_DIST) : undefined;

/** Downloaded figures kept for a human to look at; outside the repository. */
const SHOTS = process.env.RUTAS_SHOTS ?? join(tmpdir(), 'rutas-e2e-shots');

let server: Awaited<ReturnType<typeof serveDist>>;
let session: BrowserSession;
/** First 12 hex characters of the data fingerprint, as the header shows them. */
let shownFingerprint = '';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDist(DIST);
  session = await openBrowser({ width: 1440, height: 900 });
  await openApp(session, server.url);
  const text = await waitForText(session.page.getByTestId('dataset').locator('.fingerprint'), /[0-9a-f]{12}/);
  shownFingerprint = /[0-9a-f]{12}/.exec(text)?.[0] ?? '';
});

afterEach(async () => {
  // a failed step must not leave a modal or the menu open over the next test
  await closeOverlays(session.page);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** One preview row: the dimension codes and the value (null = hidden, shown as "<k"). */
interface Row {
  keys: string[];
  value: number | null;
}

async function openMenuItem(item: string): Promise<void> {
  const page = session.page;
  await page.getByTestId('export-menu').click();
  await page.getByTestId(`export-item-${item}`).click();
}

async function closeDialog(): Promise<void> {
  await session.page.keyboard.press('Escape');
  await session.page.waitForFunction(() => !document.querySelector('dialog.export-dialog[open]'));
}

async function download(testId: string): Promise<{ bytes: Uint8Array; name: string }> {
  const page = session.page;
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId(testId).click(),
  ]);
  const path = await file.path();
  return { bytes: new Uint8Array(readFileSync(path)), name: file.suggestedFilename() };
}

/** The focused element's test id. */
const focusedTestId = () =>
  session.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

/** Rows of the preview table, with the hidden cells' text checked to be "<k". */
async function previewRows(dims: number): Promise<{ rows: Row[]; hiddenText: string[] }> {
  const cells = await session.page.$$eval('[data-testid="export-preview"] tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => [td.textContent ?? '', td.dataset.value])),
  );
  const hiddenText: string[] = [];
  const rows = cells.map((tds) => {
    const valueCell = tds[dims]!;
    if (valueCell[1] === '') hiddenText.push(valueCell[0] ?? '');
    return {
      keys: tds.slice(0, dims).map((c) => c[0] ?? ''),
      value: valueCell[1] === '' ? null : Number(valueCell[1]),
    };
  });
  return { rows, hiddenText };
}

/** Serious and critical axe violations inside `include`, one line each. */
async function seriousViolations(include: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page: session.page }).include(include).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`));
}

function expectProvenance(text: string | undefined | null): Provenance {
  const parsed = parseProvenance(text ?? '');
  if (!parsed.ok) throw new Error(`bad provenance: ${parsed.errors.join(', ')}`);
  expect(parsed.provenance.fingerprint.slice(0, 12)).toBe(shownFingerprint);
  return parsed.provenance;
}

const asRows = (records: Record<string, unknown>[], dims: string[]): Row[] =>
  records.map((r) => ({
    keys: dims.map((d) => String(r[d])),
    value: r.value === null || r.value === undefined || r.value === '' ? null : Number(r.value),
  }));

describe('exports from the real app', () => {
  it('downloads the aggregation as CSV, XLSX, Parquet and JSON with the numbers of the preview', async () => {
    const page = session.page;
    expect(shownFingerprint).toMatch(/^[0-9a-f]{12}$/);
    await openMenuItem('aggregate');
    await page.getByTestId('export-aggregate-dialog').waitFor();
    await waitForText(page.getByTestId('export-k'), /k = 5/);
    const dims = ['country', 'year'];
    const { rows: preview, hiddenText } = await waitUntil(
      'more than 10 rows in the export preview',
      () => previewRows(dims.length),
      (p) => p.rows.length > 10,
    );
    expect(preview.length).toBeGreaterThan(10);
    expect(hiddenText.every((t) => t === '<5')).toBe(true);
    for (const r of preview) if (r.value !== null) expect(r.value === 0 || r.value >= 5).toBe(true);
    const n = preview.length;
    expect(await seriousViolations('[data-testid="export-aggregate-dialog"]')).toEqual([]);

    const csv = await download('export-download-csv');
    expect(csv.name).toMatch(new RegExp(`^rutas-table-${shownFingerprint}-.*\\.csv$`));
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('country,year,value,status');
    const csvRows = lines.slice(1).map((l) => {
      const f = l.split(',');
      return { keys: [f[0]!, f[1]!], value: f[2] === '' ? null : Number(f[2]) };
    });
    expect(csvRows.slice(0, n)).toEqual(preview);
    for (const r of csvRows) if (r.value !== null) expect(r.value === 0 || r.value >= 5).toBe(true);

    const sidecar = await download('export-download-provenance');
    const provenance = expectProvenance(new TextDecoder().decode(sidecar.bytes));
    expect([provenance.k, provenance.roundBase]).toEqual([5, 1]);
    expect(provenance.sql).toContain('GROUP BY 1, 2');

    const xlsx = await download('export-download-xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('data')!;
    const xlsxRecords: Record<string, unknown>[] = [];
    sheet.eachRow((row, i) => {
      if (i > 1)
        xlsxRecords.push({
          country: row.getCell(1).value,
          year: row.getCell(2).value,
          value: row.getCell(3).value,
        });
    });
    expect(asRows(xlsxRecords, dims)).toEqual(csvRows);
    expectProvenance(workbook.description);

    const pq = await download('export-download-parquet');
    const file = pq.bytes.buffer.slice(
      pq.bytes.byteOffset,
      pq.bytes.byteOffset + pq.bytes.byteLength,
    ) as ArrayBuffer;
    expect(asRows(await parquetReadObjects({ file }), dims)).toEqual(csvRows);
    const kv = parquetMetadata(file).key_value_metadata ?? [];
    expectProvenance(kv.find((e) => e.key === PARQUET_PROVENANCE_KEY)?.value);

    const json = await download('export-download-json');
    const doc = JSON.parse(new TextDecoder().decode(json.bytes)) as {
      rows: Record<string, unknown>[];
      provenance: unknown;
    };
    expect(asRows(doc.rows, dims)).toEqual(csvRows);
    expectProvenance(JSON.stringify(doc.provenance));
    await closeDialog();

    await openMenuItem('restore');
    await page.getByTestId('export-restore-file').setInputFiles({
      name: 'table.provenance.json',
      mimeType: 'application/json',
      buffer: Buffer.from(sidecar.bytes),
    });
    await page.getByTestId('export-aggregate-dialog').waitFor();
    // the fingerprint matched: the notice is the "ok" one, and says so in the interface language (es)
    await waitForAttribute(page.getByTestId('export-restore-message'), 'class', 'export-ok');
    await waitForText(page.getByTestId('export-restore-message'), /^La huella de los datos coincide/);
    const restored = await waitUntil(
      'the restored export preview to show the rows exported before',
      () => previewRows(dims.length),
      (p) => JSON.stringify(p.rows) === JSON.stringify(preview),
    );
    expect(restored.rows).toEqual(preview);
    await closeDialog();
  });

  it('downloads the map as a PNG of the chosen size with provenance in a text chunk', async () => {
    const page = session.page;
    await page.locator('[data-testid="map"] canvas').first().waitFor({ timeout: 60_000 });
    await openMenuItem('map');
    await page.getByTestId('export-map-dialog').waitFor();
    const png = await download('export-map-download');
    writeFileSync(join(SHOTS, 'export-map.png'), png.bytes);
    const view = new DataView(png.bytes.buffer, png.bytes.byteOffset, png.bytes.byteLength);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1920, 1080]);
    const provenance = expectProvenance(readPngText(png.bytes).get(FIGURE_PROVENANCE_KEY));
    expect(provenance.k).toBe(5);
    await closeDialog();
  });

  it('downloads a chart re-rendered at print size as SVG with provenance metadata', async () => {
    const page = session.page;
    await openMenuItem('charts');
    await page.getByTestId('export-charts-dialog').waitFor();
    await page.locator('[data-testid="export-chart-preview"] svg').waitFor({ timeout: 60_000 });
    const svg = await download('export-chart-svg');
    const text = new TextDecoder().decode(svg.bytes);
    expect(text).toMatch(/<svg[^>]*width="1200"/);
    expect(text).toContain('#D55E00');
    const provenance = expectProvenance(readSvgMetadata(text));
    expect(provenance.sql).toContain('FROM incidents');
    const png = await download('export-chart-png');
    writeFileSync(join(SHOTS, 'export-chart.png'), png.bytes);
    const ihdr = new DataView(png.bytes.buffer, png.bytes.byteOffset, png.bytes.byteLength);
    expect(ihdr.getUint32(16)).toBe(3600);
    expect(expectProvenance(readPngText(png.bytes).get(FIGURE_PROVENANCE_KEY)).sql).toBe(provenance.sql);
    await closeDialog();
  });

  it('is keyboard operable: the menu opens with Enter, arrows move, Escape closes', async () => {
    const page = session.page;
    await page.getByTestId('export-menu').focus();
    await page.keyboard.press('Enter');
    await waitForAttribute(page.getByTestId('export-menu'), 'aria-expanded', 'true');
    const first = await waitUntil(
      'focus on a menu item',
      focusedTestId,
      (id) => !!id?.startsWith('export-item-'),
    );
    expect(await seriousViolations('.export-menu')).toEqual([]);
    await page.keyboard.press('ArrowDown');
    await waitUntil(
      `focus to move from ${first} to export-item-aggregate`,
      focusedTestId,
      (id) => id === 'export-item-aggregate',
    );
    await page.keyboard.press('Escape');
    await waitForAttribute(page.getByTestId('export-menu'), 'aria-expanded', 'false');
    await waitUntil('focus back on the menu button', focusedTestId, (id) => id === 'export-menu');
  });

  it('made no request outside the app and threw no page error', () => {
    const origin = new URL(server.url).origin;
    expect(
      session.requests.filter(
        (u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'),
      ),
    ).toEqual([]);
    expect(session.errors.filter((e) => /export|Function|eval/i.test(e))).toEqual([]);
  });
});

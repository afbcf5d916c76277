/**
 * Loading real extracts in the built app (CSP on): a Spanish CSV that needs one mapping fix,
 * the live preview, the privacy guard, the result equation and the header update; an empty
 * file that fails clearly while the data stays; an XLSX parsed in the browser.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserSession,
  closeOverlays,
  numberIn,
  openApp,
  openBrowser,
  serveDist,
  waitForCount,
  waitForNumber,
  waitForText,
  waitForTextContaining,
  waitUntil,
} from './harness.ts';

let server: Awaited<ReturnType<typeof serveDist>>;
let session: BrowserSession;
const SHOTS = resolve('test/e2e/screenshots');

const CSV = [
  'ID caso;Fecha de registro;País;Tipo de delito;Mujeres;Hombres;Niñas;Niños;Latitud;Longitud;Ruta;Nombre de la víctima',
  'C-001;15/03/2024;Perú;Trata;2;0;1;0;-12.04641;-77.04281;Andina;Ana Pérez',
  'C-002;02/04/2024;Perú;Trata;1;0;0;0;-12.05;-77.03;Andina;Luz Díaz',
  'C-003;20/05/2024;Colombia;Tráfico de migrantes;0;3;0;1;4.711;-74.0721;Caribe;Rosa Gil',
  'C-004;32/13/2024;Perú;Trata;1;0;0;0;;;Andina;Eva Ruiz',
  'C-005;11/06/2024;Narnia;Trata;1;0;0;0;;;Andina;Sol Vega',
  'C-006;01/07/2024;Ecuador;Trata;0;0;2;0;-0.18;-78.47;=1+1;Mar Gil',
  'C-007;15/08/2024;Bolivia;Tráfico de migrantes;0;2;0;0;-16.5;-68.15;<img src=x onerror=window.__xss=1>;Ada Paz',
  '',
].join('\n');

async function incidentCount(): Promise<number> {
  return numberIn((await session.page.getByTestId('incident-count').textContent()) ?? '');
}

/** Waits until the header shows `expected` incidents (it updates after the data swap). */
function waitForIncidents(expected: number | ((n: number) => boolean)): Promise<number> {
  return waitForNumber(session.page.getByTestId('incident-count'), expected);
}

/** The three numbers of a result equation: loaded + rejected = rows (thousands separators dropped). */
function equationNumbers(text: string): { loaded: number; rejected: number; rows: number } {
  const [loaded, rejected, rows] = (text.replace(/[.,\s](?=\d{3}\b)/g, '').match(/\d+/g) ?? []).map(Number);
  return { loaded: loaded ?? Number.NaN, rejected: rejected ?? Number.NaN, rows: rows ?? Number.NaN };
}

async function chooseFiles(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  // The afterEach hook closes a dialog a failed test left open; one still open here is a bug.
  expect(await session.page.getByTestId('ingest-dialog').count()).toBe(0);
  await session.page.getByTestId('data-file-input').setInputFiles(files);
  await session.page.getByTestId('ingest-dialog').waitFor({ state: 'visible' });
}

async function closeDialog(): Promise<void> {
  await session.page.getByTestId('ingest-dialog').getByRole('button', { name: 'Cerrar' }).last().click();
  await session.page.getByTestId('ingest-dialog').waitFor({ state: 'detached' });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDist();
  session = await openBrowser();
  await openApp(session, server.url);
});

afterEach(async () => {
  // A dialog left open by a failed test would make every later test fail too.
  await closeOverlays(session.page);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('loading extracts', () => {
  it('maps, previews and loads a Spanish CSV; the header shows the real data', async () => {
    const page = session.page;
    expect(await waitForIncidents((n) => n > 40_000)).toBeGreaterThan(40_000);
    await chooseFiles([{ name: 'casos-lima.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) }]);
    const dialog = page.getByTestId('ingest-dialog');
    await dialog.getByTestId('mapping-fields').waitFor();
    const load = dialog.getByTestId('ingest-load');
    await waitForText(dialog.getByTestId('ingest-blockers'), /Fecha/);
    expect(await load.isDisabled()).toBe(true);
    await waitForText(dialog.getByTestId('privacy-guard'), /Nombre de la víctima/);
    // Once the source rows are shown, the victim's name must not be among them.
    const sourceText = await waitForTextContaining(dialog.getByTestId('source-table'), [
      '=1+1',
      '<img src=x onerror=window.__xss=1>',
    ]);
    expect(sourceText).not.toMatch(/Ana Pérez/);
    expect(sourceText).toContain('=1+1');
    expect(sourceText).toContain('<img src=x onerror=window.__xss=1>');
    expect(await dialog.locator('img').count()).toBe(0);

    await dialog.getByTestId('map-date').selectOption('Fecha de registro');
    await dialog.getByRole('checkbox', { name: /Nombre de la víctima/ }).check();
    // The preview re-runs after each change: wait for the one that has the date column.
    await page.waitForFunction(
      () => {
        const cells = [...document.querySelectorAll('[data-testid="preview-problems"]')];
        const section = document
          .querySelector('[data-testid="mapped-preview"]')
          ?.closest('section[aria-busy]');
        return (
          cells.length === 7 &&
          cells[0]?.textContent === 'correcta' &&
          section?.getAttribute('aria-busy') === 'false'
        );
      },
      undefined,
      { timeout: 30_000 },
    );
    const problems = await dialog.getByTestId('preview-problems').allTextContents();
    expect(problems[0]).toBe('correcta');
    expect(problems[3]).toMatch(/fecha no reconocida/);
    expect(problems[4]).toMatch(/país no reconocido/);
    await waitUntil(
      'Load to be enabled',
      () => load.isDisabled(),
      (disabled) => !disabled,
    );
    expect(await load.isDisabled()).toBe(false);
    const focusInDialog = await page.evaluate(() => {
      const dialog = document.querySelector('[data-testid="ingest-dialog"]');
      return dialog instanceof HTMLDialogElement && dialog.open && dialog.contains(document.activeElement);
    });
    expect(focusInDialog).toBe(true);
    const { violations } = await new AxeBuilder({ page }).include('[data-testid="ingest-dialog"]').analyze();
    expect(
      violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes[0]?.target}`),
    ).toEqual([]);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/ingest-dialog-1440.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/ingest-dialog-1920.png` });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.evaluate(() => {
      const body = document.querySelector('.ingest-body');
      if (body) body.scrollTop = body.scrollHeight;
    });
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${SHOTS}/ingest-preview-1440.png` });

    await load.click();
    await dialog.getByTestId('ingest-result').waitFor({ timeout: 60_000 });
    const equation = await waitForText(dialog.getByTestId('result-equation'), /\d+\D+\d+\D+\d+/);
    const { loaded, rejected, rows } = equationNumbers(equation);
    expect({ loaded, rejected, rows }).toEqual({ loaded: 5, rejected: 2, rows: 7 });
    expect(loaded + rejected).toBe(rows);
    await waitForText(dialog.getByTestId('report-reasons'), /32\/13\/2024/);
    await page.screenshot({ path: `${SHOTS}/ingest-result-1440.png` });
    const download = page.waitForEvent('download');
    await dialog.getByTestId('download-rejections').click();
    expect((await download).suggestedFilename()).toBe('casos-lima.rejections.csv');
    // The report's rows are read from DuckDB after the result appears: wait for the line.
    await waitForText(dialog.getByTestId('report-warnings'), /=1\+1/);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await closeDialog();
    expect(await waitForIncidents(5)).toBe(5);
    expect(await waitForCount(page.getByTestId('synthetic-badge'), 0)).toBe(0);
    await waitForText(page.getByTestId('dataset'), /casos-lima\.csv/);
  });

  it('an empty file fails with a plain message and the data stays', async () => {
    await chooseFiles([{ name: 'vacio.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) }]);
    const error = session.page.getByTestId('ingest-error');
    await waitForText(error, /vacio\.csv está vacío/);
    expect(await session.page.getByTestId('ingest-load').isDisabled()).toBe(true);
    await session.page.keyboard.press('Escape');
    await session.page.getByTestId('ingest-dialog').waitFor({ state: 'detached' });
    expect(await incidentCount()).toBe(5);
  });

  it('loads an XLSX workbook in the browser under the CSP', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('casos');
    sheet.addRow(['ID caso', 'Fecha', 'País', 'Tipo de delito', 'Mujeres', 'Niños']);
    sheet.addRow(['X-1', '2023-05-01', 'Chile', 'Trata', 3, 1]);
    sheet.addRow(['X-2', '2023-06-01', 'Argentina', 'Trata', 1, 0]);
    sheet.addRow(['X-3', '2023-07-01', 'Uruguay', 'Tráfico de migrantes', 0, 2]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await chooseFiles([
      {
        name: 'casos-santiago.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer,
      },
    ]);
    const dialog = session.page.getByTestId('ingest-dialog');
    await dialog.getByTestId('mapping-fields').waitFor({ timeout: 30_000 });
    await dialog.getByTestId('ingest-load').click();
    await dialog.getByTestId('ingest-result').waitFor({ timeout: 60_000 });
    await waitForText(dialog.getByTestId('result-equation'), /3 cargadas \+ 0 rechazadas = 3/);
    await closeDialog();
    expect(await waitForIncidents(3)).toBe(3);
    await waitForText(session.page.getByTestId('dataset'), /casos-santiago\.xlsx/);
  });

  it('reads Parquet and GeoJSON points in the browser', async () => {
    const parquet = readFileSync(resolve('public/sample/incidents-sample.parquet'));
    await chooseFiles([{ name: 'muestra.parquet', mimeType: 'application/octet-stream', buffer: parquet }]);
    let dialog = session.page.getByTestId('ingest-dialog');
    await dialog.getByTestId('mapping-fields').waitFor({ timeout: 60_000 });
    await dialog.getByTestId('ingest-load').click();
    await dialog.getByTestId('ingest-result').waitFor({ timeout: 120_000 });
    const equation = await waitForText(dialog.getByTestId('result-equation'), /\d+\D+\d+\D+\d+/);
    const { loaded, rejected, rows } = equationNumbers(equation);
    expect(rows).toBeGreaterThan(40_000);
    expect(loaded + rejected).toBe(rows);
    await closeDialog();

    const geojson = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [-58.38, -34.6] },
          properties: { fecha: '2020-02-02', pais: 'Argentina', delito: 'Trata', mujeres: 1 },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [-70.65, -33.45] },
          properties: { fecha: '2020-03-03', pais: 'CHL', delito: 'Trata', mujeres: 2 },
        },
      ],
    };
    await chooseFiles([
      {
        name: 'puntos.geojson',
        mimeType: 'application/geo+json',
        buffer: Buffer.from(JSON.stringify(geojson)),
      },
    ]);
    dialog = session.page.getByTestId('ingest-dialog');
    await dialog.getByTestId('mapping-fields').waitFor({ timeout: 30_000 });
    await dialog.getByTestId('ingest-load').click();
    await dialog.getByTestId('ingest-result').waitFor({ timeout: 60_000 });
    await waitForText(dialog.getByTestId('result-equation'), /2 cargadas \+ 0 rechazadas = 2/);
    await closeDialog();
    expect(await waitForIncidents(2)).toBe(2);
  });

  it('loads two files with their offices and reports an incident found in both', async () => {
    const header = 'ID caso,Fecha,País,Tipo de delito,Mujeres\n';
    const a = `${header}A-1,2022-01-10,Perú,Trata,2\nA-2,2022-02-11,Chile,Trata,1\n`;
    const b = `${header}B-1,2022-01-10,Perú,Trata,2\nB-2,2022-03-12,Bolivia,Trata,4\n`;
    await chooseFiles([
      { name: 'fiscalia-lima.csv', mimeType: 'text/csv', buffer: Buffer.from(a) },
      { name: 'policia-lima.csv', mimeType: 'text/csv', buffer: Buffer.from(b) },
    ]);
    const dialog = session.page.getByTestId('ingest-dialog');
    await dialog.getByTestId('mapping-fields').waitFor();
    await waitForText(dialog.getByTestId('ingest-blockers'), /oficina/);
    await dialog.getByTestId('ingest-office').fill('Fiscalía');
    await dialog.getByRole('tab', { name: 'policia-lima.csv' }).click();
    await dialog.getByTestId('ingest-office').fill('Policía');
    await dialog.getByTestId('ingest-load').click();
    await dialog.getByTestId('ingest-result').waitFor({ timeout: 60_000 });
    expect(await waitForCount(dialog.getByTestId('result-equation'), 2)).toBe(2);
    const equations = await dialog.getByTestId('result-equation').allTextContents();
    expect(equations).toHaveLength(2);
    expect(equations.join(' ')).toMatch(/Fiscalía/);
    // The report's rows are read from DuckDB after the result appears: wait for the line.
    await dialog
      .getByTestId('report-warnings')
      .locator('tr', { hasText: 'otro archivo' })
      .first()
      .waitFor({ timeout: 30_000 });
    await closeDialog();
    expect(await waitForIncidents(4)).toBe(4);
  });

  it('shows phase progress on a large file and cancelling keeps the data', async () => {
    const before = await incidentCount();
    const lines = ['ID caso,Fecha,País,Tipo de delito,Mujeres,Latitud,Longitud'];
    for (let i = 0; i < 400_000; i++)
      lines.push(`L-${i},2021-0${(i % 9) + 1}-15,Perú,Trata,${i % 7},-12.${i % 97},-77.${i % 89}`);
    const buffer = Buffer.from(`${lines.join('\n')}\n`);
    await chooseFiles([{ name: 'grande.csv', mimeType: 'text/csv', buffer }]);
    const dialog = session.page.getByTestId('ingest-dialog');
    await dialog.getByTestId('mapping-fields').waitFor({ timeout: 60_000 });
    await waitForText(dialog, /Archivo grande/);
    await dialog.getByTestId('ingest-load').click();
    const progress = dialog.getByTestId('ingest-progress');
    await progress.waitFor();
    await waitForText(progress, /grande\.csv|Reemplazando/);
    await progress.getByRole('button').click();
    await waitForText(dialog.getByTestId('ingest-error'), /cancel/i);
    await closeDialog();
    expect(await incidentCount()).toBe(before);
  });

  it('broke no CSP rule and made no request outside its own origin', () => {
    const origin = new URL(server.url).origin;
    expect(
      session.requests.filter(
        (u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'),
      ),
    ).toEqual([]);
    expect(session.errors.filter((e) => /Content Security Policy|unsafe-eval|EvalError/i.test(e))).toEqual(
      [],
    );
  });
});

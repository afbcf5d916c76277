/**
 * Cancelling a load in the middle of a phase, in the built app: the click interrupts the
 * DuckDB statement that is running (reading the CSV, the mapping), the dialog says the load
 * was cancelled, the data shown before is still there, and the engine is left able to load
 * the next file. The time from the click to the message is printed (the goal is under a
 * second; timings are not asserted, this machine is shared).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSessionForFile, waitForNumber, waitForText } from './harness.ts';

const app = appSessionForFile({ beforeAll, afterAll });
let dir = '';
let big = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rutas-cancel-'));
  big = join(dir, 'enorme.csv');
  // About 1.2M rows (≈ 60 MB): each phase lasts long enough to click in its middle.
  const lines = ['ID caso,Fecha,País,Tipo de delito,Mujeres,Latitud,Longitud'];
  for (let i = 0; i < 1_200_000; i++)
    lines.push(`E-${i},2022-0${(i % 9) + 1}-1${i % 10},Perú,Trata,${i % 7},-12.${i % 97},-77.${i % 89}`);
  writeFileSync(big, `${lines.join('\n')}\n`);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  // For diagnosis when a wait times out: what the page logged as errors.
  if (app.session?.errors.length) console.log(`page errors: ${app.session.errors.join(' | ')}`);
});

async function incidentCount(): Promise<number> {
  return waitForNumber(app.session.page.getByTestId('incident-count'), (n) => n > 0);
}

async function openDialog(files: string | { name: string; mimeType: string; buffer: Buffer }[]) {
  const page = app.session.page;
  expect(await page.getByTestId('ingest-dialog').count()).toBe(0);
  await page.getByTestId('data-file-input').setInputFiles(files);
  const dialog = page.getByTestId('ingest-dialog');
  await dialog.getByTestId('mapping-fields').waitFor({ timeout: 120_000 });
  return dialog;
}

async function closeDialog(): Promise<void> {
  const dialog = app.session.page.getByTestId('ingest-dialog');
  await dialog.getByRole('button', { name: 'Cerrar' }).last().click();
  await dialog.waitFor({ state: 'detached' });
}

/**
 * Starts loading the big file, waits until the progress names `phase` and `delayMs` more,
 * clicks cancel; returns the milliseconds until the cancelled message showed.
 */
async function cancelDuring(phase: RegExp, delayMs: number): Promise<number> {
  const dialog = await openDialog(big);
  await dialog.getByTestId('ingest-load').click();
  const progress = dialog.getByTestId('ingest-progress');
  await waitForText(progress.locator('#ingest-progress-label'), phase, 120_000);
  await new Promise((done) => setTimeout(done, delayMs));
  // Still in that phase: the click lands in the middle of its statement.
  expect(await progress.locator('#ingest-progress-label').textContent()).toMatch(phase);
  const clicked = Date.now();
  await progress.getByRole('button').click();
  const error = dialog.getByTestId('ingest-error');
  await error.waitFor({ timeout: 60_000 });
  const ms = Date.now() - clicked;
  await expect(error.textContent()).resolves.toMatch(/cancel/i);
  await closeDialog();
  return ms;
}

describe('cancelling a load mid-phase', () => {
  it('stops while the CSV is being read and keeps the data', async () => {
    const before = await incidentCount();
    const ms = await cancelDuring(/Leyendo enorme\.csv/, 400);
    console.log(`cancel during read: message ${ms} ms after the click`);
    expect(await incidentCount()).toBe(before);
  });

  it('stops while the mapping runs and keeps the data', async () => {
    const before = await incidentCount();
    const ms = await cancelDuring(/Aplicando la correspondencia a enorme\.csv/, 700);
    console.log(`cancel during map: message ${ms} ms after the click`);
    expect(await incidentCount()).toBe(before);
  });

  it('leaves the engine able to load the next file', async () => {
    const csv = [
      'ID caso,Fecha,País,Tipo de delito,Mujeres,Latitud,Longitud',
      'S-1,2023-01-05,Perú,Trata,1,-12.05,-77.04',
      'S-2,2023-02-07,Colombia,Trata,2,4.71,-74.07',
      'S-3,2023-03-09,Ecuador,Trata,1,-0.18,-78.47',
      '',
    ].join('\n');
    const dialog = await openDialog([
      { name: 'pequeno.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
    ]);
    await dialog.getByTestId('ingest-load').click();
    const outcome = dialog.locator('[data-testid="ingest-result"], [data-testid="ingest-error"]');
    await outcome.first().waitFor({ timeout: 60_000 });
    expect(
      await dialog.getByTestId('ingest-error').count(),
      (await outcome.first().textContent()) ?? '',
    ).toBe(0);
    await closeDialog();
    await waitForNumber(app.session.page.getByTestId('incident-count'), 3);
  });
});

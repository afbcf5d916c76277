/**
 * A Parquet extract in several row groups, dropped in the built app (CSP on): parquet-wasm
 * reads the File in place and decodes it row group by row group straight to DuckDB
 * (src/db/parquet-row-groups.ts), the flat columns are auto-mapped, and every row is
 * accounted for (loaded + rejected = rows) and reaches the header's incident count.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateIncidents } from '../../src/synth/generate-incidents.ts';
import { writeParquet } from '../../src/synth/write-parquet.ts';
import {
  appSessionForFile,
  closeOverlays,
  equationNumbers,
  numberIn,
  waitForNumber,
  waitForText,
} from './harness.ts';

const ROWS = 24_000;
const ROW_GROUP = 5_000;

/** The generator's flat extract as Parquet in ⌈ROWS / ROW_GROUP⌉ = 5 row groups. */
async function multiGroupExtract(): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  await writeParquet(
    generateIncidents({ seed: 7, rows: ROWS, chunkSize: ROW_GROUP }),
    async (bytes) => {
      parts.push(bytes);
    },
    { metadata: new Map(), rowGroupSize: ROW_GROUP },
  );
  return Buffer.concat(parts);
}

const app = appSessionForFile({ beforeAll, afterAll });

afterEach(async () => {
  await closeOverlays(app.session.page);
});

describe('Parquet ingest by row groups', () => {
  it('loads every row of a multi-row-group file and shows them as incidents', async () => {
    const { page } = app.session;
    const buffer = await multiGroupExtract();
    await page
      .getByTestId('data-file-input')
      .setInputFiles([{ name: 'extracto.parquet', mimeType: 'application/octet-stream', buffer }]);
    const dialog = page.getByTestId('ingest-dialog');
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByTestId('mapping-fields').waitFor({ timeout: 60_000 });
    await dialog.getByTestId('ingest-load').click();
    await dialog.getByTestId('ingest-result').waitFor({ timeout: 120_000 });
    const equation = await waitForText(dialog.getByTestId('result-equation'), /\d+\D+\d+\D+\d+/);
    const [loaded, rejected, rows] = equationNumbers(equation);
    expect(rows).toBe(ROWS);
    expect((loaded ?? 0) + (rejected ?? 0)).toBe(ROWS);
    expect(loaded).toBeGreaterThan(ROWS * 0.95);
    await dialog.getByRole('button', { name: 'Cerrar' }).last().click();
    await dialog.waitFor({ state: 'detached' });
    expect(await waitForNumber(page.getByTestId('incident-count'), loaded ?? -1)).toBe(loaded);
    await waitForText(page.getByTestId('dataset'), /extracto\.parquet/);
    expect(numberIn((await page.getByTestId('incident-count').textContent()) ?? '')).toBe(loaded);
  });
});

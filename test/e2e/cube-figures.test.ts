/**
 * The app's pre-aggregated cubes in the real browser: an extract above CUBE_MIN_INCIDENTS is
 * dropped in the app, which builds its cubes in the background (src/app/cube-service.ts). The
 * map table must then read the flows from the fitted cube, and show exactly the figures Node
 * computes from the raw incidents table of the same file, hidden ones included; after the
 * recently changed filter changes again, first from the wide cube, then from the refitted one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUBE_MIN_INCIDENTS } from '../../src/app/cube-service.ts';
import type { Database } from '../../src/db/database.ts';
import { openNodeDatabase } from '../../src/db/node-database.ts';
import { loadReferenceTables } from '../../src/db/reference-tables.ts';
import { ingestFile } from '../../src/ingest/ingest.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/state/filters.ts';
import { generateIncidents } from '../../src/synth/generate-incidents.ts';
import { writeParquet } from '../../src/synth/write-parquet.ts';
import { type FlowFigures, nodeFlowFigures, shownFlowFigures } from './flow-figures.ts';
import {
  appSessionForFile,
  equationNumbers,
  loadThroughDialog,
  UPDATE_TIMEOUT,
  waitUntil,
} from './harness.ts';

const ROWS = CUBE_MIN_INCIDENTS + 20_000;
const MONTHS = ['2015-01', '2025-12'] as const;
let bytes: Buffer;
let db: Database;

const app = appSessionForFile({ beforeAll, afterAll });

beforeAll(async () => {
  const parts: Uint8Array[] = [];
  await writeParquet(
    generateIncidents({ seed: 17, rows: ROWS, chunkSize: 40_000 }),
    async (b) => {
      parts.push(b);
    },
    { metadata: new Map(), rowGroupSize: 40_000 },
  );
  bytes = Buffer.concat(parts);
  db = await openNodeDatabase();
  await loadReferenceTables(db);
  await ingestFile(db, { name: 'extracto.parquet', bytes: new Uint8Array(bytes) });
}, 240_000);
afterAll(async () => db?.close());

/** The table's flows and where they were read from, once the figures match `expected`. */
async function settledTable(
  expected: FlowFigures,
  source: RegExp,
): Promise<{ shown: FlowFigures; from: string }> {
  const page = app.session.page;
  const read = async () => ({
    shown: await shownFlowFigures(page),
    from: (await page.getByTestId('map-table').getAttribute('data-source')) ?? '',
  });
  return waitUntil(
    `the table to read ${source} and show Node's ${expected.length - 1} flows`,
    read,
    (now) => source.test(now.from) && JSON.stringify(now.shown) === JSON.stringify(expected),
    UPDATE_TIMEOUT * 2,
  ).catch(() => read());
}

describe('the cubes in the browser answer like the raw table', () => {
  it('loads an extract large enough for cubes', async () => {
    const equation = await loadThroughDialog(app.session.page, {
      name: 'extracto.parquet',
      mimeType: 'application/octet-stream',
      buffer: bytes,
    });
    const [loaded] = equationNumbers(equation);
    const node = Number((await db.query('SELECT count(*)::DOUBLE AS n FROM incidents')).get(0)?.n);
    expect(loaded).toBe(node);
    expect(node).toBeGreaterThanOrEqual(CUBE_MIN_INCIDENTS);
  }, 240_000);

  it('reads the flows from the fitted cube, then the wide one, with the figures Node computes', async () => {
    const page = app.session.page;
    const two: Filters = {
      ...EMPTY_FILTERS,
      period: ['2019-01', '2020-12'],
      detection: ['COL', 'GTM', 'MEX'],
    };
    await page.evaluate((h) => (location.hash = h), '#v=1&p=2019-01~2020-12&dt=COL,GTM,MEX&k=5');
    await page.getByTestId('show-table').click();
    const expected = await nodeFlowFigures(db, two, MONTHS);
    expect(expected.length).toBeGreaterThan(20);
    // The fitted cube bakes the three countries in; the figures' guard compares with the
    // views one click away, which read the wide cube or the raw table.
    const fitted = await settledTable(expected, /^"cube_flows_fit"$/);
    expect(fitted.from).toBe('"cube_flows_fit"');
    expect(fitted.shown).toEqual(expected);
    expect(fitted.shown.some(([, v]) => v === null)).toBe(true);

    // The same filter changed again: the wide cube keeps it free and answers at once, while
    // the fitted one is withdrawn and refitted; the figures are Node's throughout.
    const one: Filters = { ...two, detection: ['COL', 'MEX'] };
    await page.evaluate((h) => (location.hash = h), '#v=1&p=2019-01~2020-12&dt=COL,MEX&k=5');
    const next = await nodeFlowFigures(db, one, MONTHS);
    const wide = await settledTable(next, /^"cube_flows(_fit)?"$/);
    expect(wide.shown).toEqual(next);
    const refitted = await settledTable(next, /^"cube_flows_fit"$/);
    expect(refitted.from).toBe('"cube_flows_fit"');
    expect(refitted.shown).toEqual(next);
  }, 300_000);
});

/**
 * A Hive-partitioned extract larger than what the view needs, opened in the built app (CSP on)
 * from a folder on the app's own static server: the dialog starts from the view's period and
 * detection countries, and the server's log shows that only the manifest, the footers of the
 * needed partitions and the needed column chunks of row groups in the period were read, by
 * byte ranges. The incidents loaded equal a native DuckDB count over the same partitions;
 * widening the period offers to load the missing months and reads only those; an address on
 * another origin is refused; nothing leaves the origin. One incident per country in April and
 * one in June 2021 have a negative count: they are not loaded, and the dialog (first load) or
 * the header (more months) says so, with the rows listed in a CSV report.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetMetadata } from 'hyparquet';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partitionExtract } from '../../scripts/partition-extract.ts';
import { generateToFile, parseGenerateArgs } from '../../src/cli/generate.ts';
import { DASHBOARD_COLUMNS } from '../../src/ingest/partitioned/dashboard-columns.ts';
import type { PartitionManifest } from '../../src/ingest/partitioned/manifest.ts';
import { chunkRange, periodDays, rowGroupOverlaps } from '../../src/ingest/partitioned/select-partitions.ts';
import { sqlString } from '../../src/query/sql.ts';
import {
  type BrowserSession,
  closeOverlays,
  numberIn,
  openApp,
  openBrowser,
  type ServedRequest,
  serveDist,
  UPDATE_TIMEOUT,
  waitForNumber,
  waitUntil,
} from './harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'rutas-e2e-partitioned-'));
const DATA = join(dir, 'site', 'data', 'extract');
const READ = DASHBOARD_COLUMNS.filter((c) => c !== 'country');
let manifest: PartitionManifest;
let countries: string[];
let server: Awaited<ReturnType<typeof serveDist>>;
let session: BrowserSession;
const log: ServedRequest[] = [];

beforeAll(async () => {
  const single = join(dir, 'incidents.parquet');
  const args = parseGenerateArgs([
    '--rows',
    '40000',
    '--seed',
    '11',
    '--from',
    '2019-01',
    '--to',
    '2022-12',
    '--out',
    single,
  ]);
  if (!args) throw new Error('generator arguments rejected');
  await generateToFile(args);
  // A broken count: the first April and the first June 2021 incident of each country with men
  // get −1 men (April is in the first load, June in the load of more months), and so does every
  // incident of December 2022 (a load of that month alone loads nothing).
  const broken = join(dir, 'broken.parquet');
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  await conn.run(`COPY (SELECT * REPLACE (CASE WHEN id IN (
      SELECT min_by(id, "date") FROM read_parquet(${sqlString(single)})
      WHERE men > 0 AND year("date"::DATE) = 2021 AND month("date"::DATE) IN (4, 6) GROUP BY country, month("date"::DATE)
    ) OR strftime("date"::DATE, '%Y-%m') = '2022-12' THEN -1 ELSE men END AS men) FROM read_parquet(${sqlString(single)}))
    TO ${sqlString(broken)} (FORMAT parquet, KV_METADATA {'rutas:synthetic': 'true'})`);
  conn.closeSync();
  mkdirSync(DATA, { recursive: true });
  manifest = await partitionExtract(broken, DATA, { rowGroupSize: 1024 });
  countries = manifest.files
    .filter((f) => f.year === 2021)
    .sort((a, b) => b.rows - a.rows)
    .slice(0, 2)
    .map((f) => f.country)
    .sort();
  // The app and the extract on one origin, as the CSP requires: the build linked in, plus data/.
  const dist = resolve(process.env.RUTAS_DIST ?? 'dist');
  for (const entry of readdirSync(dist)) symlinkSync(join(dist, entry), join(dir, 'site', entry));
  server = await serveDist(join(dir, 'site'), (r) => log.push(r));
  session = await openBrowser();
  await openApp(session, `${server.url}#v=1&p=2021-03~2021-05&dt=${countries.join(',')}`);
}, 300_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Requests for the extract's files (not the app's), in order. */
const dataRequests = (): ServedRequest[] => log.filter((r) => r.path.startsWith('/data/'));

/** Byte intervals a read may touch: the file's footer (if asked) and the read columns of groups in `period`. */
function allowed(
  path: string,
  periods: readonly (readonly [string, string])[],
  footer: boolean,
): [number, number][] {
  const bytes = readFileSync(join(DATA, path));
  const meta = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const entry = manifest.files.find((f) => f.path === path)!;
  const out: [number, number][] = footer ? [[bytes.length - entry.footerBytes, bytes.length]] : [];
  for (const group of meta.row_groups) {
    if (!periods.some((p) => rowGroupOverlaps(group, 'date', periodDays(p)))) continue;
    for (const c of READ) out.push(chunkRange(group, c)!);
  }
  return out;
}

/** Asserts every byte of every ranged request lies in `allowedOf(path)`. */
function expectOnlyAllowed(requests: ServedRequest[], allowedOf: (path: string) => [number, number][]): void {
  for (const r of requests) {
    expect(r.range, `${r.path} was fetched whole`).not.toBeNull();
    const ok = allowedOf(r.path);
    const [s, e] = r.range!;
    for (let b = s; b < e; b = ok.find(([a, z]) => a <= b && b < z)?.[1] ?? e + 1) {
      expect(
        ok.some(([a, z]) => a <= b && b < z),
        `${r.path} byte ${b}`,
      ).toBe(true);
    }
  }
}

/** Opens the dialog from the data menu's "from URL" popover. */
async function openPartitionedDialog(): Promise<void> {
  await session.page.locator('.data-url > summary').click();
  await session.page.getByTestId('open-partitioned').click();
}

/** Native DuckDB's count of incidents in `period` over the partitions of `countries`: every row, and those with a negative count. */
async function nativeCount(period: readonly [string, string]): Promise<{ rows: number; negative: number }> {
  const files = manifest.files.filter((f) => countries.includes(f.country)).map((f) => join(DATA, f.path));
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  const days = periodDays(period);
  const result = await conn.runAndReadAll(`SELECT count(*)::BIGINT,
  count(*) FILTER (WHERE least(women, men, girls, boys, unknown_sex_age) < 0)::BIGINT
FROM read_parquet([${files.map(sqlString).join(', ')}])
WHERE "date"::DATE BETWEEN DATE ${sqlString(days[0])} AND DATE ${sqlString(days[1])}`);
  conn.closeSync();
  const [rows, negative] = result.getRows()[0] ?? [];
  return { rows: Number(rows), negative: Number(negative) };
}

/**
 * Checks that `scope` says `rows` rows were not loaded, downloads the rejection report from
 * there and returns its lines.
 */
async function rejectedReport(scope: Locator, rows: number): Promise<string[]> {
  expect(await scope.getByTestId('partitioned-rejected').textContent()).toMatch(
    new RegExp(`^${rows} filas de estos meses no se cargaron`),
  );
  const download = session.page.waitForEvent('download');
  await scope.getByTestId('download-partitioned-rejections').click();
  return readFileSync(await (await download).path(), 'utf8')
    .trim()
    .split('\n');
}

/** `men` of row `row` (from 1) of a partition file, as native DuckDB reads the file. */
async function menAt(file: string, row: number): Promise<number> {
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  const result = await conn.runAndReadAll(
    `SELECT men FROM read_parquet(${sqlString(join(DATA, file))}, file_row_number = true) WHERE file_row_number = ${row - 1}`,
  );
  conn.closeSync();
  return Number(result.getRows()[0]?.[0]);
}

describe('a partitioned extract over HTTP range requests', () => {
  it('loads only the partitions, row groups and columns the view needs', async () => {
    const { page } = session;
    log.length = 0;
    await openPartitionedDialog();
    const dialog = page.getByTestId('partitioned-dialog');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.getByTestId('partitioned-same-origin').textContent()).toMatch(/seguridad/);
    await dialog.getByTestId('partitioned-address').fill('data/extract/');
    await dialog.getByRole('button', { name: 'Leer el manifiesto' }).click();
    await dialog.getByTestId('partitioned-manifest').waitFor();
    // The manifest says synthetic: the dialog labels it, as the header will.
    await dialog.getByTestId('partitioned-synthetic').waitFor();
    // The proposal is the view's period and countries.
    expect(await dialog.getByTestId('partitioned-from').getAttribute('data-value')).toBe('2021-03');
    expect(await dialog.getByTestId('partitioned-to').getAttribute('data-value')).toBe('2021-05');
    const checked = await dialog
      .getByTestId('partitioned-countries')
      .locator('input[type="checkbox"]')
      .evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).checked).length);
    expect(checked).toBe(2);
    const { violations } = await new AxeBuilder({ page })
      .include('[data-testid="partitioned-dialog"]')
      .analyze();
    expect(
      violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes[0]?.target}`),
    ).toEqual([]);
    await dialog.getByTestId('partitioned-load').click();
    await dialog.getByTestId('partitioned-result').waitFor({ timeout: UPDATE_TIMEOUT });
    // The planted negative counts: not loaded, counted and listed.
    const native = await nativeCount(['2021-03', '2021-05']);
    expect(native.negative).toBe(2);
    const report = await rejectedReport(dialog, 2);
    expect(report[0]).toBe('file,row,column,value,reason,message');
    expect(report.slice(1).map((l) => l.split(',').slice(2).join(','))).toEqual([
      "men,'-1,count_negative,conteo negativo",
      "men,'-1,count_negative,conteo negativo",
    ]);
    // Each line names the partition file and the row in it that holds the negative count.
    for (const line of report.slice(1)) {
      const [file, row] = line.split(',');
      expect(await menAt(file!, Number(row))).toBe(-1);
    }
    await dialog.getByTestId('partitioned-finish').click();
    await dialog.waitFor({ state: 'detached' });

    const expected = native.rows - native.negative;
    expect(expected).toBeGreaterThan(100);
    expect(await waitForNumber(page.getByTestId('incident-count'), expected)).toBe(expected);
    await page.getByTestId('synthetic-badge').waitFor();
    const status = (await page.getByTestId('partitioned-loaded').textContent()) ?? '';
    expect(status).toContain(`2 de ${new Set(manifest.files.map((f) => f.country)).size} países`);

    const requests = dataRequests();
    expect(requests[0]).toEqual({ path: '/data/extract/manifest.json', range: null });
    const parquet = requests.slice(1);
    const wanted = countries.map((c) => `/data/extract/year=2021/country=${c}/part-0.parquet`).sort();
    expect([...new Set(parquet.map((r) => r.path))].sort()).toEqual(wanted);
    const rel = (p: string) => p.replace('/data/extract/', '');
    expectOnlyAllowed(
      parquet.map((r) => ({ ...r, path: rel(r.path) })),
      (path) => allowed(path, [['2021-03', '2021-05']], true),
    );
    for (const path of wanted.map(rel)) {
      const bytes = readFileSync(join(DATA, path));
      const meta = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
      const ids = meta.row_groups.map((g) => chunkRange(g, 'id')!);
      const mine = parquet.filter((r) => rel(r.path) === path);
      // never a byte of the id column, which no view queries
      for (const r of mine) for (const [a, z] of ids) expect(r.range![1] <= a || r.range![0] >= z).toBe(true);
      const fetched = mine.reduce((n, r) => n + r.range![1] - r.range![0], 0);
      expect(fetched).toBeLessThan(manifest.files.find((f) => f.path === path)!.bytes);
    }
  });

  it('offers to load the months a wider period adds, and reads only those', async () => {
    const { page } = session;
    const before = numberIn((await page.getByTestId('incident-count').textContent()) ?? '');
    await page.evaluate(
      (hash) => {
        window.location.hash = hash;
      },
      `#v=1&p=2021-01~2021-06&dt=${countries.join(',')}`,
    );
    const more = page.getByTestId('partitioned-load-more');
    await more.waitFor({ timeout: UPDATE_TIMEOUT });
    log.length = 0;
    await more.click();
    await more.waitFor({ state: 'detached', timeout: UPDATE_TIMEOUT });
    const wider = await nativeCount(['2021-01', '2021-06']);
    // The April rows stay out, and so do June's, which the header reports.
    expect(wider.negative).toBe(4);
    const report = await rejectedReport(page.getByTestId('partitioned-status'), 2);
    // The extract's report: the first load's two rows and these two.
    expect(report.length).toBe(5);
    const expected = wider.rows - wider.negative;
    expect(expected).toBeGreaterThan(before);
    expect(await waitForNumber(page.getByTestId('incident-count'), expected)).toBe(expected);
    const requests = dataRequests();
    expect(requests.length).toBeGreaterThan(0);
    // Footers are kept from the first load, and March–May is not read again.
    expectOnlyAllowed(
      requests.map((r) => ({ ...r, path: r.path.replace('/data/extract/', '') })),
      (path) =>
        allowed(
          path,
          [
            ['2021-01', '2021-02'],
            ['2021-06', '2021-06'],
          ],
          false,
        ),
    );
  });

  it('loads nothing from months whose every row is rejected, keeps the data, and lists every row', async () => {
    const { page } = session;
    const status = await page.getByTestId('partitioned-loaded').textContent();
    await page.evaluate(
      (hash) => {
        window.location.hash = hash;
      },
      `#v=1&p=2022-12~2022-12&dt=${countries.join(',')}`,
    );
    await openPartitionedDialog();
    const dialog = page.getByTestId('partitioned-dialog');
    await dialog.getByTestId('partitioned-address').fill('data/extract/');
    await dialog.getByRole('button', { name: 'Leer el manifiesto' }).click();
    await dialog.getByTestId('partitioned-manifest').waitFor();
    expect(await dialog.getByTestId('partitioned-from').getAttribute('data-value')).toBe('2022-12');
    await dialog.getByTestId('partitioned-load').click();
    const error = dialog.getByTestId('partitioned-error');
    await error.waitFor({ timeout: UPDATE_TIMEOUT });
    const december = await nativeCount(['2022-12', '2022-12']);
    expect(december.rows).toBeGreaterThan(10);
    expect(december.negative).toBe(december.rows);
    expect(await error.textContent()).toContain(`ninguna de las ${december.rows} filas`);
    // Every row read is in the report, though none was loaded and the extract's own report stays.
    const download = page.waitForEvent('download');
    await error.getByTestId('download-partitioned-rejections').click();
    expect((await download).suggestedFilename()).toMatch(/^partitioned-failed\./);
    const lines = readFileSync(await (await download).path(), 'utf8')
      .trim()
      .split('\n');
    expect(lines.length).toBe(december.rows + 1);
    for (const line of [lines[1]!, lines.at(-1)!]) {
      const [file, row] = line.split(',');
      expect(file).toMatch(/^year=2022\//);
      expect(await menAt(file!, Number(row))).toBe(-1);
    }
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('partitioned-loaded').textContent()).toBe(status);
  });

  it('refuses a folder on another origin and says why', async () => {
    const { page } = session;
    await openPartitionedDialog();
    const dialog = page.getByTestId('partitioned-dialog');
    await dialog.getByTestId('partitioned-address').fill('https://example.org/extract/');
    await dialog.getByRole('button', { name: 'Leer el manifiesto' }).click();
    const error = await waitUntil(
      'the origin error',
      async () => (await dialog.getByTestId('partitioned-error').textContent({ timeout: 2_000 })) ?? '',
      (t) => t.includes('example.org'),
    );
    expect(error).toMatch(/otro sitio/);
    await closeOverlays(page);
  });

  it('made no request outside the app origin', () => {
    const origin = new URL(server.url).origin;
    const outside = session.requests.filter(
      (u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'),
    );
    expect(outside).toEqual([]);
    expect(session.errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  });
});

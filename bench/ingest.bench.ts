/**
 * Benchmark (not a test) of the whole ingest on a large flat extract, CSV and Parquet, in
 * DuckDB-WASM's Node build and in headless chromium (the app's worker, the File given to
 * the page through a file input as a user's drop would), each beside a bare load of the
 * same file, so the cost of mapping and validation is visible. Writes its section of
 * bench/RESULTS.md between the ingest markers (see bench/lib/ingest-block.ts). Usage:
 *   npx tsx bench/ingest.bench.ts [--csv F] [--parquet F] [--where node,chromium] [--no-write]
 * Files default to bench/out/data/incidents-1000000-s1.{csv,parquet} (generated if absent,
 * the same bytes as `node scripts/rutas.mjs generate --rows 1000000 --seed 1`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readParquet } from 'parquet-wasm';
import { build } from 'vite';
import { openNodeDatabase } from '../src/db/node-database.ts';
import { parseMapping } from '../src/ingest/mapping/validate-mapping.ts';
import { openBrowser, serveDist } from '../test/e2e/harness.ts';
import type { IngestBenchApi } from './ingest-page/main.ts';
import { ensureDataset } from './lib/dataset.ts';
import { renderIngestBlock, withIngestBlock } from './lib/ingest-block.ts';
import { type IngestTiming, measureIngest } from './lib/ingest-run.ts';

const { values } = parseArgs({
  options: {
    csv: { type: 'string' },
    parquet: { type: 'string' },
    where: { type: 'string', default: 'node,chromium' },
    'no-write': { type: 'boolean', default: false },
    note: { type: 'string', multiple: true, default: [] },
  },
});
const log = (s: string): void => {
  process.stderr.write(`${s}\n`);
};
const data = values.csv && values.parquet ? null : await ensureDataset(1_000_000, 1, log);
const csv = resolve(values.csv ?? data?.csv ?? '');
const parquet = resolve(values.parquet ?? data?.parquet ?? '');
const where = values.where.split(',').map((w) => w.trim());
const mapping = parseMapping(readFileSync(resolve('test/fixtures/mappings/rutas-flat.mapping.json'), 'utf8'));

async function inNode(path: string, format: 'csv' | 'parquet'): Promise<IngestTiming> {
  const bytes = new Uint8Array(readFileSync(path));
  const bareDb = await openNodeDatabase();
  const bare =
    format === 'csv'
      ? {
          what: 'read_csv(all_varchar=true) of the registered buffer into a table',
          run: async () => {
            await bareDb.registerBuffer('bare.csv', bytes);
            await bareDb.exec(`CREATE TABLE bare AS SELECT * FROM read_csv('bare.csv', all_varchar=true)`);
          },
        }
      : {
          what: 'parquet-wasm decode → Arrow IPC → insert (typed columns)',
          run: async () => bareDb.insertArrowIPC('bare', readParquet(bytes).intoIPCStream()),
        };
  const typed =
    format === 'csv'
      ? {
          what: 'read_csv() with DuckDB defaults (dialect and types sniffed) of the registered buffer into a table',
          run: async () => {
            await bareDb.registerBuffer('typed.csv', bytes);
            await bareDb.exec(`CREATE TABLE typed AS SELECT * FROM read_csv('typed.csv')`);
          },
        }
      : undefined;
  const db = await openNodeDatabase();
  try {
    return await measureIngest(
      db,
      { name: basename(path), bytes },
      mapping,
      bare,
      { format, where: 'node' },
      {},
      typed,
    );
  } finally {
    await bareDb.close();
    await db.close();
  }
}

async function inChromium(paths: readonly string[]): Promise<IngestTiming[]> {
  await build({ configFile: resolve('bench/ingest-page/vite.config.ts'), logLevel: 'warn' });
  const server = await serveDist(resolve('bench/out/ingest-page-dist'));
  const session = await openBrowser();
  const out: IngestTiming[] = [];
  try {
    const { page } = session;
    page.setDefaultTimeout(15 * 60_000);
    await page.goto(server.url);
    await page.waitForFunction(() => 'ingestBench' in window);
    type W = { ingestBench: IngestBenchApi };
    const start = await page.evaluate(() => (window as unknown as W).ingestBench.start());
    log(`chromium: engine start ${(start / 1000).toFixed(2)} s`);
    for (const path of paths) {
      await page.setInputFiles('#file', path);
      out.push(await page.evaluate(() => (window as unknown as W).ingestBench.run()));
      log(`chromium ${basename(path)}: ${JSON.stringify(out.at(-1))}`);
    }
  } finally {
    if (session.errors.length) log(`chromium errors: ${session.errors.join(' | ')}`);
    await session.close();
    await server.close();
  }
  return out;
}

const timings: IngestTiming[] = [];
if (where.includes('node')) {
  for (const [path, format] of [
    [csv, 'csv'],
    [parquet, 'parquet'],
  ] as const) {
    timings.push(await inNode(path, format));
    log(`node ${format}: ${JSON.stringify(timings.at(-1))}`);
  }
}
if (where.includes('chromium')) timings.push(...(await inChromium([csv, parquet])));

const block = renderIngestBlock({
  date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  command: `npx tsx bench/ingest.bench.ts${process.argv.length > 2 ? ` ${process.argv.slice(2).join(' ')}` : ''}`,
  file: `${basename(csv)} / ${basename(parquet)} (1,000,000 rows, seed 1)`,
  machine: `${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}`,
  timings,
  notes: values.note,
});
process.stdout.write(`${block}\n`);
if (!values['no-write']) {
  const file = resolve('bench/RESULTS.md');
  writeFileSync(file, withIngestBlock(readFileSync(file, 'utf8'), block));
  log('wrote the ingest section of bench/RESULTS.md');
}

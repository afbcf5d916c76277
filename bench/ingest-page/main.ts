/**
 * The browser side of bench/ingest.bench.ts: the app's DuckDB-WASM worker and the real
 * `ingestFile`, on the File the driver puts into `#file` with playwright's `setInputFiles`
 * (so a 126 MB CSV is read in place, as when a user drops it, not copied through JS).
 */
import { type BrowserDatabase, openBrowserDatabase } from '../../src/db/browser-database.ts';
import { parquetToIPC } from '../../src/db/parquet-browser.ts';
import { parseMapping } from '../../src/ingest/mapping/validate-mapping.ts';
import flatMapping from '../../test/fixtures/mappings/rutas-flat.mapping.json?raw';
import { type IngestTiming, measureIngest } from '../lib/ingest-run.ts';

/** What the page offers the driver. */
export interface IngestBenchApi {
  /** Opens the engine; returns the start time in ms. */
  start(): Promise<number>;
  /** Measures the file currently in `#file`. */
  run(): Promise<IngestTiming>;
}

let db: BrowserDatabase | null = null;

function selectedFile(): File {
  const input = document.querySelector<HTMLInputElement>('#file');
  const file = input?.files?.[0];
  if (!file) throw new Error('no file in #file');
  return file;
}

const api: IngestBenchApi = {
  async start() {
    const t = performance.now();
    db = await openBrowserDatabase();
    return performance.now() - t;
  },
  async run() {
    const d = db;
    if (!d) throw new Error('call ingestBench.start() first');
    const file = selectedFile();
    const parquet = file.name.endsWith('.parquet');
    const bare = parquet
      ? {
          what: 'parquet-wasm decode → Arrow IPC → insert (typed columns)',
          run: async () => {
            await d.insertArrowIPC('bare', await parquetToIPC(new Uint8Array(await file.arrayBuffer())));
            await d.exec('DROP TABLE bare');
          },
        }
      : {
          what: 'read_csv(all_varchar=true) of the registered File into a table',
          run: async () => {
            await d.registerFile('bare.csv', file);
            await d.exec(`CREATE TABLE bare AS SELECT * FROM read_csv('bare.csv', all_varchar=true)`);
            await d.exec('DROP TABLE bare');
            await d.dropFile('bare.csv');
          },
        };
    const typed = parquet
      ? undefined
      : {
          what: 'read_csv() with DuckDB defaults (dialect and types sniffed) of the registered File into a table',
          run: async () => {
            await d.registerFile('typed.csv', file);
            await d.exec(`CREATE TABLE typed AS SELECT * FROM read_csv('typed.csv')`);
            await d.exec('DROP TABLE typed');
            await d.dropFile('typed.csv');
          },
        };
    const mapping = parseMapping(flatMapping);
    return measureIngest(
      d,
      { name: file.name, file },
      mapping,
      bare,
      { format: parquet ? 'parquet' : 'csv', where: 'chromium' },
      {},
      typed,
    );
  },
};

(window as unknown as { ingestBench: IngestBenchApi }).ingestBench = api;

/**
 * Benchmark (not a test): a large flat CSV through the whole ingest (read, privacy scan,
 * mapping, validation, staging, swap) against a bare `read_csv` into a table, both in
 * DuckDB-WASM's Node build. Usage:
 *   node scripts/rutas.mjs generate --rows 1000000 --seed 1 --out /tmp/x.csv
 *   npx tsx test/ingest/bench/ingest-1m.bench.ts /tmp/x.csv
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openNodeDatabase } from '../../../src/db/node-database.ts';
import { ingestFile } from '../../../src/ingest/ingest.ts';
import { parseMapping } from '../../../src/ingest/mapping/validate-mapping.ts';
import type { IngestPhase } from '../../../src/ingest/prepare-extract.ts';

const path = process.argv[2] ?? '/tmp/x.csv';
const bytes = new Uint8Array(readFileSync(path));
const mapping = parseMapping(
  readFileSync(resolve(process.cwd(), 'test/fixtures/mappings/rutas-flat.mapping.json'), 'utf8'),
);

const raw = await openNodeDatabase();
await raw.registerBuffer('x.csv', bytes);
let t = performance.now();
await raw.exec(`CREATE TABLE t AS SELECT * FROM read_csv('x.csv', all_varchar=true)`);
const rawSeconds = (performance.now() - t) / 1000;
await raw.close();

const db = await openNodeDatabase();
const phases: [IngestPhase, number][] = [];
t = performance.now();
const result = await ingestFile(db, { name: 'x.csv', bytes }, mapping, {
  onProgress: (phase) => {
    phases.push([phase, performance.now()]);
    console.error(`phase ${phase} ${((performance.now() - t) / 1000).toFixed(1)}s`);
  },
});
const total = (performance.now() - t) / 1000;
const f = result.files[0];
const steps = phases.map(
  ([p, at], i) => `${p} ${(((phases[i + 1]?.[1] ?? t + total * 1000) - at) / 1000).toFixed(2)}s`,
);
console.log(`file ${path}: ${(bytes.byteLength / 1e6).toFixed(0)} MB, ${f?.rowsRead} rows`);
console.log(`raw read_csv (all_varchar) into a table: ${rawSeconds.toFixed(2)} s`);
console.log(`full ingest: ${total.toFixed(2)} s (${steps.join(', ')})`);
console.log(`loaded ${f?.rowsLoaded}, rejected ${f?.rowsRejected}, warnings ${JSON.stringify(f?.warnings)}`);
await db.close();

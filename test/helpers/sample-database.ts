import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readParquet } from 'parquet-wasm';
import type { Database } from '../../src/db/database.ts';
import { openNodeDatabase } from '../../src/db/node-database.ts';
import { loadReferenceTables } from '../../src/db/reference-tables.ts';
import { createIncidentsTableSQL } from '../../src/schema/incident.ts';

/** The bundled sample, as the app serves it. */
export const SAMPLE_PATH = resolve('public/sample/incidents-sample.parquet');

/** A Node database holding the bundled sample, loaded the way the app loads it. */
export async function sampleDatabase(): Promise<Database> {
  const db = await openNodeDatabase();
  await loadReferenceTables(db);
  const ipc = readParquet(new Uint8Array(readFileSync(SAMPLE_PATH))).intoIPCStream();
  await db.insertArrowIPC('sample_flat', ipc);
  await db.exec(createIncidentsTableSQL('sample_flat'));
  return db;
}

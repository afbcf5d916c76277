import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readParquet } from 'parquet-wasm';
import type { Database } from '../db/database.ts';
import { sha256Hex } from '../db/fingerprint.ts';
import { openNodeDatabase } from '../db/node-database.ts';
import { loadReferenceTables } from '../db/reference-tables.ts';
import { type IngestResult, ingestFile } from '../ingest/ingest.ts';
import { parseMapping } from '../ingest/mapping/validate-mapping.ts';
import { createIncidentsTableSQL } from '../schema/incident.ts';

/** The project root, found from this file, so notebooks work from any working directory. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The `exportedAt` every notebook stamps into provenance. Fixed on purpose: committed
 * outputs must not change between runs, and a real export passes the actual time instead.
 */
export const NOTEBOOK_EXPORTED_AT = '2026-01-01T00:00:00.000Z';

/** A path inside the project (e.g. `public/sample/incidents-sample.parquet`). */
export function projectPath(relative: string): string {
  return fileURLToPath(new URL(relative, new URL('../../', import.meta.url)));
}

/** A path inside the shared real-data folder beside the project (`../shared/data/…`). */
export function sharedDataPath(relative: string): string {
  return projectPath(`../shared/data/${relative}`);
}

/** A database with incidents loaded, and the fingerprint provenance needs. */
export interface LoadedData {
  db: Database;
  /** SHA-256 (hex) of the loaded file's bytes, as the app stamps on exports. */
  fingerprint: string;
}

/**
 * Opens a Node DuckDB (the app's engine) with the bundled synthetic sample loaded exactly as
 * the app boots: reference tables, then the Parquet decoded to Arrow and turned into the
 * `incidents` table by the schema's SQL. Synthetic data, not real cases.
 */
export async function openSampleDatabase(): Promise<LoadedData> {
  const bytes = new Uint8Array(await readFile(projectPath('public/sample/incidents-sample.parquet')));
  const db = await openNodeDatabase();
  await loadReferenceTables(db);
  await db.insertArrowIPC('sample_flat', readParquet(bytes).intoIPCStream());
  await db.exec(createIncidentsTableSQL('sample_flat'));
  await db.exec('DROP TABLE sample_flat');
  return { db, fingerprint: await sha256Hex(bytes) };
}

/**
 * Opens a Node DuckDB and loads one extract through the app's ingest (`ingestFile`) with a
 * column mapping file (as saved by the app or committed in test/fixtures/mappings), so the
 * rows loaded and rejected are exactly those the app would report.
 */
export async function openExtractDatabase(
  file: string,
  mappingFile?: string,
): Promise<LoadedData & { ingest: IngestResult }> {
  const bytes = new Uint8Array(await readFile(file));
  const mapping = mappingFile ? parseMapping(await readFile(mappingFile, 'utf8')) : undefined;
  const db = await openNodeDatabase();
  await loadReferenceTables(db);
  const ingest = await ingestFile(db, { name: basename(file), bytes }, mapping);
  return { db, ingest, fingerprint: await sha256Hex(bytes) };
}

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Table } from 'apache-arrow';
import { readParquet } from 'parquet-wasm';
import { generateToFile, parseGenerateArgs } from '../../../../src/cli/generate.ts';
import type { Database } from '../../../../src/db/database.ts';
import { openNodeDatabase } from '../../../../src/db/node-database.ts';
import { loadReferenceTables } from '../../../../src/db/reference-tables.ts';
import { createIncidentsTableSQL } from '../../../../src/schema/incident.ts';

/** Test helper: writes a seeded synthetic extract with the project's generator; returns its path. */
export async function generateExtract(rows: number, seed: number, dir?: string): Promise<string> {
  const out = join(dir ?? mkdtempSync(join(tmpdir(), 'rutas-cube-')), `incidents-${rows}-s${seed}.parquet`);
  const parsed = parseGenerateArgs(['--rows', String(rows), '--seed', String(seed), '--out', out]);
  if (!parsed) throw new Error('generator arguments rejected');
  await generateToFile(parsed);
  return out;
}

/** Test helper: a DuckDB-WASM (Node) database with the extract loaded as the app loads it. */
export async function loadedDatabase(parquetPath: string): Promise<Database> {
  const db = await openNodeDatabase();
  await loadReferenceTables(db);
  await db.insertArrowIPC('flat', readParquet(new Uint8Array(readFileSync(parquetPath))).intoIPCStream());
  await db.exec(createIncidentsTableSQL('flat'));
  await db.exec('DROP TABLE flat');
  return db;
}

function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value !== null && typeof value === 'object' && 'toArray' in value) {
    return Array.from((value as { toArray(): ArrayLike<unknown> }).toArray(), plain);
  }
  return value;
}

/** Test helper: an Arrow result as sorted JSON lines, so two results compare as multisets of rows. */
export function rowSet(table: Table): string[] {
  return table
    .toArray()
    .map((row: Record<string, unknown>) => {
      const json = (row as { toJSON(): Record<string, unknown> }).toJSON();
      return JSON.stringify(Object.entries(json).map(([k, v]) => [k, plain(v)]));
    })
    .sort();
}

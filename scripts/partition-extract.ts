/**
 * Writes an incident extract (Parquet or CSV) as Hive-partitioned Parquet with native DuckDB,
 * `year=YYYY/country=XXX/part-0.parquet`, rows sorted by date inside each file so row-group
 * date statistics let a reader skip months, plus manifest.json (files, sizes, footer lengths,
 * rows) for readers that cannot list a folder (a static HTTP server).
 *
 *   npx tsx scripts/partition-extract.ts --in extract.parquet --out dir/ [--row-group-size 122880]
 */
import { open, readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  MANIFEST_NAME,
  type PartitionFile,
  type PartitionManifest,
} from '../src/ingest/partitioned/manifest.ts';
import { sqlNumber, sqlString } from '../src/query/sql.ts';

/** Options of {@link partitionExtract}. */
export interface PartitionOptions {
  /** Rows per row group (smaller groups: finer skipping, more requests). Default 122880 (DuckDB's). */
  rowGroupSize?: number;
}

async function footerBytes(path: string, size: number): Promise<number> {
  const handle = await open(path, 'r');
  try {
    const tail = Buffer.alloc(8);
    await handle.read(tail, 0, 8, size - 8);
    if (tail.toString('latin1', 4) !== 'PAR1') throw new Error(`${path}: not a Parquet file`);
    return tail.readUInt32LE(0) + 8;
  } finally {
    await handle.close();
  }
}

async function listParquet(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.parquet'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Partitions `input` into `outDir` and writes the manifest; returns it. */
export async function partitionExtract(
  input: string,
  outDir: string,
  options: PartitionOptions = {},
): Promise<PartitionManifest> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const reader = input.toLowerCase().endsWith('.csv') ? 'read_csv' : 'read_parquet';
  const rowGroup = sqlNumber(options.rowGroupSize ?? 122_880);
  await conn.run(`COPY (
  SELECT *, year("date"::DATE) AS year FROM ${reader}(${sqlString(input)}) ORDER BY year, country, "date", id
) TO ${sqlString(outDir)} (FORMAT parquet, PARTITION_BY (year, country), FILENAME_PATTERN 'part-{i}',
  ROW_GROUP_SIZE ${rowGroup}, OVERWRITE_OR_IGNORE true)`);
  const files: PartitionFile[] = [];
  for (const path of await listParquet(outDir)) {
    const rel = relative(outDir, path).split(sep).join('/');
    const m = /^year=(\d{4})\/country=([^/]+)\//.exec(rel);
    if (!m) continue;
    const bytes = (await stat(path)).size;
    const rows = await conn.runAndReadAll(`SELECT count(*)::BIGINT FROM read_parquet(${sqlString(path)})`);
    files.push({
      path: rel,
      year: Number(m[1]),
      country: m[2]!,
      bytes,
      footerBytes: await footerBytes(path, bytes),
      rows: Number(rows.getRows()[0]?.[0] ?? 0),
    });
  }
  // The generator labels its files `rutas:synthetic`; COPY does not carry that footer over.
  const synthetic =
    reader === 'read_parquet' &&
    (
      await conn.runAndReadAll(
        `SELECT 1 FROM parquet_kv_metadata(${sqlString(input)}) WHERE decode(key) = 'rutas:synthetic' AND decode(value) = 'true'`,
      )
    ).getRows().length > 0;
  conn.closeSync();
  const manifest: PartitionManifest = {
    version: 1,
    partitionBy: ['year', 'country'],
    files,
    ...(synthetic ? { synthetic: true } : {}),
  };
  await writeFile(join(outDir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

const invokedDirectly = process.argv[1]?.endsWith('partition-extract.ts');
if (invokedDirectly) {
  const { values } = parseArgs({
    options: { in: { type: 'string' }, out: { type: 'string' }, 'row-group-size': { type: 'string' } },
  });
  if (!values.in || !values.out) {
    process.stderr.write('usage: tsx scripts/partition-extract.ts --in extract.parquet --out dir/\n');
    process.exitCode = 2;
  } else {
    const size = values['row-group-size'] ? Number(values['row-group-size']) : undefined;
    const m = await partitionExtract(values.in, values.out, { rowGroupSize: size });
    const total = m.files.reduce((s, f) => s + f.bytes, 0);
    process.stdout.write(`${m.files.length} files, ${total} bytes, ${MANIFEST_NAME} written\n`);
  }
}

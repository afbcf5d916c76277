import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateToFile, parseGenerateArgs } from '../../src/cli/generate.ts';

/** Where generated datasets are cached (gitignored through bench/out/). */
export const DATA_DIR = resolve('bench/out/data');

/** A generated dataset: its two files and their sizes. */
export interface Dataset {
  rows: number;
  seed: number;
  parquet: string;
  csv: string;
  parquetBytes: number;
  csvBytes: number;
}

/**
 * Generates the seeded synthetic extract with the project's generator (`rutas generate`),
 * as Parquet and CSV, unless files for this size and seed already exist: the generator is
 * deterministic, so a cached file is the file it would write.
 */
export async function ensureDataset(rows: number, seed: number, log: (s: string) => void): Promise<Dataset> {
  mkdirSync(DATA_DIR, { recursive: true });
  const files = { parquet: '', csv: '' };
  for (const ext of ['parquet', 'csv'] as const) {
    const out = join(DATA_DIR, `incidents-${rows}-s${seed}.${ext}`);
    files[ext] = out;
    if (existsSync(out)) continue;
    const t0 = performance.now();
    const parsed = parseGenerateArgs(['--rows', String(rows), '--seed', String(seed), '--out', out]);
    if (!parsed) throw new Error('generator arguments rejected');
    await generateToFile(parsed);
    log(`  generated ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return {
    rows,
    seed,
    ...files,
    parquetBytes: statSync(files.parquet).size,
    csvBytes: statSync(files.csv).size,
  };
}

/** Parses a size like `100k`, `1m`, `10M` or `250000`. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!m) throw new Error(`not a size: ${text} (use e.g. 100k, 1m, 10m)`);
  const factor = { '': 1, k: 1_000, m: 1_000_000 }[m[2]!.toLowerCase() as '' | 'k' | 'm'];
  return Math.round(Number(m[1]) * factor);
}

/** A row count as the report labels it (100k, 1M, 10M). */
export function sizeLabel(rows: number): string {
  if (rows >= 1_000_000 && rows % 1_000_000 === 0) return `${rows / 1_000_000}M`;
  if (rows >= 1_000 && rows % 1_000 === 0) return `${rows / 1_000}k`;
  return String(rows);
}

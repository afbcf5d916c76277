/**
 * One ingest measurement, shared by the Node side of bench/ingest.bench.ts and the browser
 * page bench/ingest-page: a bare load of the file into a table (the floor any ingest pays),
 * then the real `ingestFile` with the time spent in each of its phases. Runs anywhere the
 * {@link Database} interface does; no Node imports.
 */
import type { Database } from '../../src/db/database.ts';
import { type IngestOptions, ingestFile } from '../../src/ingest/ingest.ts';
import type { ColumnMapping } from '../../src/ingest/mapping/types.ts';
import type { IngestPhase } from '../../src/ingest/prepare-extract.ts';
import type { IngestSource } from '../../src/ingest/source.ts';

/** Timings of one file, in milliseconds. */
export interface IngestTiming {
  /** File format measured (`csv` or `parquet`). */
  format: string;
  /** Where it ran (`node` or `chromium`). */
  where: string;
  /** The bare load: `read_csv(all_varchar)` into a table, or Parquet decoded to Arrow and inserted. */
  rawMs: number;
  /** What the bare load did, for the report. */
  rawWhat: string;
  /**
   * CSV only: DuckDB's plain `read_csv` (dialect and column types sniffed, typed columns) into
   * a table, the "raw read_csv" an analyst would run by hand, beside the all-VARCHAR floor.
   */
  typedMs?: number;
  /** What the typed load did, for the report. */
  typedWhat?: string;
  /** The whole `ingestFile` call. */
  totalMs: number;
  /** Time from the start of each phase to the start of the next (the last runs to the end). */
  phases: Partial<Record<IngestPhase, number>>;
  rows: number;
  loaded: number;
  rejected: number;
}

/** Per-phase durations from `onProgress` marks: each phase lasts until the next one starts. */
export function phaseDurations(
  marks: readonly [IngestPhase, number][],
  end: number,
): Partial<Record<IngestPhase, number>> {
  const out: Partial<Record<IngestPhase, number>> = {};
  marks.forEach(([phase, at], i) => {
    out[phase] = (out[phase] ?? 0) + ((marks[i + 1]?.[1] ?? end) - at);
  });
  return out;
}

/** A baseline load: what it does, for the report, and how to run it. */
export interface BaselineLoad {
  what: string;
  run: () => Promise<void>;
}

/**
 * Times `bare` (the all-VARCHAR floor), then `typed` when given (plain `read_csv`), then
 * `ingestFile` of `source` with `mapping` on `db`. The baselines must leave `db` clean of
 * what they created.
 */
export async function measureIngest(
  db: Database,
  source: IngestSource,
  mapping: ColumnMapping,
  bare: BaselineLoad,
  labels: { format: string; where: string },
  options: IngestOptions = {},
  typed?: BaselineLoad,
): Promise<IngestTiming> {
  let t = performance.now();
  await bare.run();
  const rawMs = performance.now() - t;
  let typedMs: number | undefined;
  if (typed) {
    t = performance.now();
    await typed.run();
    typedMs = performance.now() - t;
  }
  const marks: [IngestPhase, number][] = [];
  t = performance.now();
  const result = await ingestFile(db, source, mapping, {
    ...options,
    onProgress: (phase) => marks.push([phase, performance.now()]),
  });
  const end = performance.now();
  const file = result.files[0];
  return {
    ...labels,
    rawMs,
    rawWhat: bare.what,
    ...(typed && typedMs !== undefined ? { typedMs, typedWhat: typed.what } : {}),
    totalMs: end - t,
    phases: phaseDurations(marks, end),
    rows: file?.rowsRead ?? 0,
    loaded: file?.rowsLoaded ?? 0,
    rejected: file?.rowsRejected ?? 0,
  };
}

import { INGEST_PHASES, type IngestPhase } from '../../ingest/prepare-extract.ts';

/**
 * Rough share of one file's time each phase takes: reading the file and the mapping pass
 * (which now also writes the incidents table) take about half each; validation only splits
 * that table (a 1M-row CSV in headless chromium, tmp/notes/ingest-speed.md).
 */
const WEIGHTS: Readonly<Record<IngestPhase, number>> = {
  detect: 0.01,
  read: 0.45,
  privacy: 0.02,
  map: 0.45,
  validate: 0.05,
  load: 0.02,
};

/**
 * Fraction done (0..1) when `phase` of file `index` (0-based) of `count` starts. Phase-based,
 * because DuckDB reports no progress for one statement: the bar moves at phase boundaries.
 * `load` is the final combining step of the whole set, so it sits at the end. Pure.
 */
export function progressFraction(phase: IngestPhase, index: number, count: number): number {
  const n = Math.max(1, count);
  const before = INGEST_PHASES.slice(0, INGEST_PHASES.indexOf(phase)).reduce((s, p) => s + WEIGHTS[p], 0);
  if (phase === 'load') return 1 - WEIGHTS.load;
  const perFile = 1 - WEIGHTS.load;
  return Math.min(1, ((Math.min(index, n - 1) + before / perFile) / n) * perFile);
}

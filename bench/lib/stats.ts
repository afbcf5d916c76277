/**
 * Timing primitives shared by every bench engine (Node and the browser page), so all columns
 * of bench/RESULTS.md are measured the same way.
 */

/** One measured operation: milliseconds at the median and 95th percentile over `n` runs. */
export interface Sample {
  p50: number;
  p95: number;
  n: number;
}

/** Results of one engine for one dataset: operation → sample, plus memory figures in bytes. */
export interface EngineResult {
  engine: string;
  ops: Record<string, Sample>;
  memory: Record<string, number>;
  /** Notes worth printing under the table (skipped steps, failures). */
  notes: string[];
}

/** The value at quantile `q` (0–1) of `values`, nearest-rank; NaN for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

/** Summarises run times (ms) as a {@link Sample}. */
export function toSample(times: readonly number[]): Sample {
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), n: times.length };
}

/** Times one async call in milliseconds (performance.now exists in Node and browsers). */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/** Times `fn` once per input and summarises the times. */
export async function sampleOver<I>(inputs: readonly I[], fn: (input: I) => Promise<unknown>): Promise<Sample> {
  const times: number[] = [];
  for (const input of inputs) times.push((await timed(() => fn(input))).ms);
  return toSample(times);
}

/** A single timing as a one-run sample. */
export function once(ms: number): Sample {
  return { p50: ms, p95: ms, n: 1 };
}

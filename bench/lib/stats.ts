/**
 * Timing primitives shared by every bench engine (Node and the browser page), so all columns
 * of bench/RESULTS.md are measured the same way.
 */

/** One measured operation: milliseconds at the median and 95th percentile over `n` runs. */
export interface Sample {
  p50: number;
  p95: number;
  n: number;
  /**
   * Median CPU time of the process (all its threads) in ms, where the platform reports it
   * (Node). Unlike wall time it barely moves when other jobs share the cores.
   */
  cpu50?: number;
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

/** Summarises run times (ms), and CPU times when known, as a {@link Sample}. */
export function toSample(times: readonly number[], cpu: readonly number[] = []): Sample {
  const sample: Sample = { p50: quantile(times, 0.5), p95: quantile(times, 0.95), n: times.length };
  if (cpu.length === times.length && cpu.length > 0) sample.cpu50 = quantile(cpu, 0.5);
  return sample;
}

type CpuUsage = () => { user: number; system: number };

/** Process CPU time in ms, or NaN where there is no `process.cpuUsage` (browsers). */
function cpuNow(): number {
  const usage = (globalThis as { process?: { cpuUsage?: CpuUsage } }).process?.cpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : Number.NaN;
}

/** Times one async call: wall ms (performance.now, Node and browsers) and process CPU ms. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; cpu: number; value: T }> {
  const c0 = cpuNow();
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, cpu: cpuNow() - c0, value };
}

/** Times `fn` once per input and summarises the times. */
export async function sampleOver<I>(
  inputs: readonly I[],
  fn: (input: I) => Promise<unknown>,
): Promise<Sample> {
  const times: number[] = [];
  const cpu: number[] = [];
  for (const input of inputs) {
    const t = await timed(() => fn(input));
    times.push(t.ms);
    if (Number.isFinite(t.cpu)) cpu.push(t.cpu);
  }
  return toSample(times, cpu);
}

/** A single timing as a one-run sample. */
export function once(t: { ms: number; cpu?: number }): Sample {
  const sample: Sample = { p50: t.ms, p95: t.ms, n: 1 };
  if (t.cpu !== undefined && Number.isFinite(t.cpu)) sample.cpu50 = t.cpu;
  return sample;
}

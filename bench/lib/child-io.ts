import { parseArgs } from 'node:util';
import type { EngineResult } from './stats.ts';

/** Arguments every engine process receives from bench/run.ts. */
export interface EngineArgs {
  parquet: string;
  csv: string;
  runs: number;
}

/** Marks the stdout line that carries an engine's JSON result. */
export const RESULT_PREFIX = 'BENCH_RESULT ';

/** Parses `--parquet FILE --csv FILE --runs N` from an engine process's argv. */
export function engineArgs(argv: readonly string[] = process.argv.slice(2)): EngineArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      parquet: { type: 'string' },
      csv: { type: 'string' },
      runs: { type: 'string' },
    },
  });
  if (!values.parquet || !values.csv) throw new Error('engine needs --parquet FILE --csv FILE');
  return {
    parquet: values.parquet,
    csv: values.csv,
    runs: Number(values.runs ?? 20),
  };
}

/** Prints the result for the parent process (one line, prefixed). */
export function emitResult(result: EngineResult): void {
  process.stdout.write(`\n${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

/** JS heap and RSS after a full GC when the process was started with --expose-gc. */
export function nodeMemory(): { heap: number; rss: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, rss: m.rss };
}

/** Reads the prefixed result line from an engine process's stdout; null when absent. */
export function parseResult(stdout: string): EngineResult | null {
  const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  return line ? (JSON.parse(line.slice(RESULT_PREFIX.length)) as EngineResult) : null;
}

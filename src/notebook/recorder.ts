import { format } from 'node:util';
import { CELL_HOOK } from './assemble.ts';
import { type DisplaySink, type MimeBundle, SINK_KEY } from './display.ts';

/** What one code cell produced, in order. */
export type RecordedOutput =
  | { kind: 'stream'; name: 'stdout' | 'stderr'; text: string }
  | { kind: 'display'; bundle: MimeBundle };

/** An error thrown while the notebook ran. */
export interface RecordedError {
  /** Code cell (0-based, code cells only) that was running; null when the module failed to load. */
  cell: number | null;
  name: string;
  message: string;
  stack: string;
}

/** Everything a run produced: outputs per code cell and the first error, if any. */
export interface RunRecord {
  cells: RecordedOutput[][];
  error: RecordedError | null;
}

/**
 * Installs the run's recorder on `globalThis`: the cell hook the assembled module calls, the
 * sink {@link display} writes to, and console methods that become stream outputs of the
 * running cell. Mutates globals (it runs only in the runner's child process).
 */
export function installRecorder(): { record: RunRecord; fail: (error: unknown) => void } {
  const record: RunRecord = { cells: [], error: null };
  let current = -1;
  const push = (output: RecordedOutput): void => {
    if (current < 0) return;
    const outputs = record.cells[current] ?? [];
    record.cells[current] = outputs;
    const last = outputs.at(-1);
    if (output.kind === 'stream' && last?.kind === 'stream' && last.name === output.name) {
      last.text += output.text;
    } else outputs.push(output);
  };
  const g = globalThis as Record<string, unknown>;
  g[CELL_HOOK] = (i: number) => {
    current = i;
    record.cells[i] ??= [];
  };
  const sink: DisplaySink = { display: (bundle) => push({ kind: 'display', bundle }) };
  g[SINK_KEY] = sink;
  const stream =
    (name: 'stdout' | 'stderr') =>
    (...args: unknown[]): void =>
      push({ kind: 'stream', name, text: `${format(...args)}\n` });
  console.log = stream('stdout');
  console.info = stream('stdout');
  console.warn = stream('stderr');
  console.error = stream('stderr');
  const fail = (error: unknown): void => {
    if (record.error) return;
    const e = error instanceof Error ? error : new Error(String(error));
    record.error = {
      cell: current < 0 ? null : current,
      name: e.name,
      message: e.message,
      stack: e.stack ?? '',
    };
  };
  return { record, fail };
}

import type { Database } from './database.ts';

/**
 * Why the engine is thought to be gone:
 * - `worker_error`: the worker raised an uncaught error (duckdb-wasm then drops every pending
 *   request, so their promises never settle);
 * - `wasm_trap`: a query died with a WebAssembly trap (`RuntimeError: memory access out of
 *   bounds`, `unreachable`, `Aborted()`); after one, every later query fails the same way;
 * - `out_of_memory`: the wasm heap could not grow (the engine may or may not survive);
 * - `unresponsive`: a probe query got no answer in time.
 */
export type EngineFailure = 'worker_error' | 'wasm_trap' | 'out_of_memory' | 'unresponsive';

const TRAP =
  /RuntimeError|memory access out of bounds|unreachable|Aborted\(|call stack size exceeded|table index is out of bounds|null function|worker (has been )?terminated/i;
const OUT_OF_MEMORY =
  /out of memory|could not allocate|failed to allocate|Cannot enlarge memory|memory limit/i;

function errorText(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message };
  if (typeof error === 'object' && error !== null && 'message' in error)
    return { name: '', message: String((error as { message: unknown }).message) };
  return { name: '', message: String(error) };
}

/**
 * Classifies a query error: the failure it may mean, or null for an ordinary SQL error (a
 * typo, a bad cast, DuckDB's own recoverable `Out of Memory Error` under `memory_limit`
 * still answers `out_of_memory`: only a probe tells whether the engine survived). Pure, so
 * the patterns are unit-tested against the texts duckdb-wasm really produces.
 */
export function classifyEngineError(error: unknown): EngineFailure | null {
  const { name, message } = errorText(error);
  const text = `${name}: ${message}`;
  if (name === 'RuntimeError' || TRAP.test(text)) return 'wasm_trap';
  if (OUT_OF_MEMORY.test(text)) return 'out_of_memory';
  return null;
}

/** True when an error may mean the engine died (worth a {@link probeDatabase}). */
export function isSuspectedEngineFailure(error: unknown): boolean {
  return classifyEngineError(error) !== null;
}

/**
 * Asks the engine `SELECT 1` and waits at most `timeoutMs`. False when the query fails or
 * never answers (a dead worker leaves requests pending forever), true when the engine still
 * works, e.g. after DuckDB refused one query for its memory limit but stayed healthy.
 */
export async function probeDatabase(db: Pick<Database, 'query'>, timeoutMs = 5000): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answer = db.query('SELECT 1 AS alive').then(
    (t) => Number(t.get(0)?.alive) === 1,
    () => false,
  );
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The part of a Worker the watcher needs (an EventTarget), so tests can use a plain EventTarget. */
export type WatchedWorker = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/**
 * Calls `onFailure('worker_error', detail)` when the worker raises an uncaught `error` or a
 * message it cannot deserialize (`messageerror`). Returns the function that stops watching.
 */
export function watchWorker(
  worker: WatchedWorker,
  onFailure: (failure: EngineFailure, detail: string) => void,
): () => void {
  const onError = (event: Event): void => {
    const message = (event as ErrorEvent).message;
    onFailure('worker_error', typeof message === 'string' && message ? message : event.type);
  };
  worker.addEventListener('error', onError);
  worker.addEventListener('messageerror', onError);
  return () => {
    worker.removeEventListener('error', onError);
    worker.removeEventListener('messageerror', onError);
  };
}

/** The worker behind a database, when it has one (the browser adapter does; Node's does not). */
export function workerOf(db: Database): WatchedWorker | null {
  const worker = (db as Partial<{ worker: unknown }>).worker;
  return typeof worker === 'object' && worker !== null && 'addEventListener' in worker
    ? (worker as WatchedWorker)
    : null;
}

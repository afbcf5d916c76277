import { abortError } from './database.ts';

/** How a task shares the connection with the tasks around it. */
export type QueueMode = 'exclusive' | 'shared';

/**
 * Orders the tasks of one DuckDB-WASM connection. Most tasks are **exclusive**: they start
 * only after every earlier task has settled, and nothing starts until they have. The browser
 * adapter needs that because a cancellable statement runs as a series of polls (see
 * cancellable-send.ts): another statement sent on the same connection between two polls would
 * replace the pending one in DuckDB-WASM, and file registration is a conversation of its own.
 *
 * A plain `conn.query` is one message that the worker answers in one synchronous step, and
 * the worker takes its messages in the order they were posted (DuckDB-WASM 1.32 as
 * browser-database.ts opens it: without OPFS file handling, which would make a query wait on
 * file registration first). So **shared** tasks (plain queries) wait only for the exclusive
 * tasks before them, and start together: the worker runs the second statement while the page
 * decodes the first one's Arrow result, which saves a message hop per statement when the
 * map's three layers ask at once. Order is kept: a shared task never starts before an earlier
 * exclusive one has settled, and an exclusive task waits for every shared task before it.
 *
 * A task whose signal fires while it waits rejects at once with an `AbortError` and never
 * starts.
 */
export class StatementQueue {
  /** Settles when every task queued so far has settled. */
  private everything: Promise<void> = Promise.resolve();
  /** Settles when the last exclusive task queued so far has settled. */
  private lastExclusive: Promise<void> = Promise.resolve();

  /** Runs `task` when its mode allows (exclusive by default); see the class comment. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal, mode: QueueMode = 'exclusive'): Promise<T> {
    const after = mode === 'shared' ? this.lastExclusive : this.everything;
    const result = new Promise<T>((resolve, reject) => {
      let settled = false;
      const onAbort = (): void => {
        if (settled) return;
        settled = true;
        reject(abortError());
      };
      if (signal?.aborted) {
        onAbort();
        return;
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      const start = async (): Promise<void> => {
        if (settled) return;
        signal?.removeEventListener('abort', onAbort);
        settled = true;
        try {
          resolve(await task());
        } catch (error) {
          reject(error);
        }
      };
      const done = after.then(start);
      if (mode === 'exclusive') this.lastExclusive = done;
      this.everything = mode === 'exclusive' ? done : Promise.all([this.everything, done]).then(noop);
    });
    return result;
  }
}

function noop(): void {}

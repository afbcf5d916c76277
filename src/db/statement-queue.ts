import { abortError } from './database.ts';

/**
 * Runs tasks one at a time, in call order. The browser adapter needs it because a
 * cancellable statement runs as a series of polls (see cancellable-send.ts): another
 * statement sent on the same connection between two polls would replace the pending one in
 * DuckDB-WASM, so nothing else may start until it has finished. A task whose signal fires
 * while it waits rejects at once with an `AbortError` and never starts.
 */
export class StatementQueue {
  private tail: Promise<void> = Promise.resolve();

  /** Runs `task` after every earlier task has settled. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
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
      this.tail = this.tail.then(start);
    });
  }
}

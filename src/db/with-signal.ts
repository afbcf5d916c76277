import { type AppendArrowOptions, abortError, type Database } from './database.ts';

/**
 * The same database with every statement bound to `signal`: `query` and `exec` pass it on
 * (so the adapter can interrupt a running statement), and the calls that take no options
 * refuse to start once it fired. Code that knows nothing of cancellation (the format
 * readers, the privacy scan) thereby becomes cancellable by being handed this instead of
 * the database. Other members (a browser database's `registerFile`, `worker`) are passed
 * through unchanged. Cleanup after a cancel must use the bare database, which still works.
 */
export function withSignal<D extends Database>(db: D, signal: AbortSignal): D {
  const guard = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => {
    return async (...args: A): Promise<R> => {
      if (signal.aborted) throw abortError();
      return fn(...args);
    };
  };
  const both = (other: AbortSignal | undefined): AbortSignal =>
    other && other !== signal ? AbortSignal.any([signal, other]) : signal;
  const overrides: Partial<Database> = {
    query: (sql, options) => db.query(sql, { ...options, signal: both(options?.signal) }),
    exec: (sql, options) => db.exec(sql, { ...options, signal: both(options?.signal) }),
    registerBuffer: guard((name: string, bytes: Uint8Array) => db.registerBuffer(name, bytes)),
    insertArrowIPC: guard((name: string, ipc: Uint8Array) => db.insertArrowIPC(name, ipc)),
    ...(db.appendArrowIPC
      ? {
          appendArrowIPC: guard((name: string, ipc: Uint8Array, options?: AppendArrowOptions) =>
            db.appendArrowIPC!(name, ipc, options),
          ),
        }
      : {}),
  };
  return new Proxy(db, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key in overrides) return overrides[key as keyof Database];
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

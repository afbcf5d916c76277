import type { Coordinator } from '../../db/coordinator.ts';
import type { Database } from '../../db/database.ts';
import {
  classifyEngineError,
  type EngineFailure,
  probeDatabase,
  watchWorker,
  workerOf,
} from '../../db/worker-health.ts';

/** Where recovery stands, for the notice. */
export type RecoveryStatus =
  /** The engine works (or recovered long ago). */
  | { phase: 'ok' }
  /** The engine stopped; a new one is starting and the data is being reloaded. */
  | { phase: 'restarting'; failure: EngineFailure; attempt: number }
  /** A new engine runs with the last good data; views were refreshed. */
  | { phase: 'restored'; failure: EngineFailure }
  /** Restarting failed `attempts` times; the page must be reloaded (saved views are kept). */
  | { phase: 'failed'; failure: EngineFailure; detail: string };

/** Loads the reference tables and the last good data into a fresh database. */
export type DataReloader = (db: Database) => Promise<void>;

/** What {@link DatabaseRecovery} needs. */
export interface RecoveryOptions {
  coordinator: Coordinator;
  /** Opens a fresh engine (the app passes `openBrowserDatabase`). */
  open: () => Promise<Database>;
  /** Puts the data back: boot's sample or the user's last loaded files. */
  reload: DataReloader;
  /** Called after a new database was swapped in, so views re-run their queries. */
  onRestored?: () => void;
  /** Restart attempts per failure before giving up (default 2). */
  maxAttempts?: number;
  /** How long a probe waits for `SELECT 1` (default 5 s). */
  probeTimeoutMs?: number;
}

/** Releases a dead engine without waiting on it (a crashed worker never answers `close`). */
function discard(db: Database): void {
  const terminate = (db as Partial<{ terminate: () => void }>).terminate;
  if (typeof terminate === 'function') {
    try {
      terminate.call(db);
    } catch {
      // already gone
    }
    return;
  }
  db.close().catch(() => undefined);
}

/**
 * Watches the engine behind the coordinator and restarts it when it dies: a worker `error`
 * restarts at once; a query failing like a crash (wasm trap, out of memory) is followed by a
 * probe, and only an engine that no longer answers is replaced, so DuckDB's ordinary
 * refusals (its memory limit) do not throw the data away. Saved views, decks and mappings
 * live in localStorage and are never touched here. Framework-free; {@link useDatabaseRecovery}
 * wraps it for React.
 */
export class DatabaseRecovery {
  readonly #options: RecoveryOptions;
  readonly #listeners = new Set<() => void>();
  #status: RecoveryStatus = { phase: 'ok' };
  #stopWorker: (() => void) | null = null;
  #stopErrors: (() => void) | null = null;
  #running: Promise<void> | null = null;

  constructor(options: RecoveryOptions) {
    this.#options = options;
  }

  /** The current status. */
  get status(): RecoveryStatus {
    return this.#status;
  }

  /** Subscribes to status changes (useSyncExternalStore-compatible). */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Starts watching the current database's worker and the coordinator's query errors. */
  start(): void {
    this.stop();
    this.#stopErrors = this.#options.coordinator.onQueryError((error) => {
      void this.check(error);
    });
    this.#watch(this.#options.coordinator.db);
  }

  /** Stops watching. */
  stop(): void {
    this.#stopErrors?.();
    this.#stopErrors = null;
    this.#stopWorker?.();
    this.#stopWorker = null;
  }

  /** Forgets a `restored` or `failed` status (the user closed the notice). */
  dismiss(): void {
    if (this.#status.phase !== 'restarting') this.#set({ phase: 'ok' });
  }

  /**
   * Looks at a failed query: when it looks like a crash and the engine no longer answers a
   * probe, restarts it. Resolves once any recovery it started has finished.
   */
  async check(error: unknown): Promise<void> {
    const failure = classifyEngineError(error);
    if (failure === null || this.#status.phase === 'failed') return;
    if (this.#running) return this.#running;
    const db = this.#options.coordinator.db;
    const alive = await probeDatabase(db, this.#options.probeTimeoutMs ?? 5000);
    if (alive || db !== this.#options.coordinator.db) return;
    return this.recover(failure);
  }

  /** Restarts the engine and reloads the data now (one run at a time; later calls join it). */
  recover(failure: EngineFailure): Promise<void> {
    if (this.#status.phase === 'failed' && !this.#running) this.#set({ phase: 'ok' });
    this.#running ??= this.#restart(failure).finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #restart(failure: EngineFailure): Promise<void> {
    const { coordinator, open, reload } = this.#options;
    const attempts = this.#options.maxAttempts ?? 2;
    this.#stopWorker?.();
    this.#stopWorker = null;
    discard(coordinator.db);
    let detail = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      this.#set({ phase: 'restarting', failure, attempt });
      let fresh: Database | null = null;
      try {
        fresh = await open();
        await reload(fresh);
        coordinator.replaceDatabase(fresh);
        this.#watch(fresh);
        this.#set({ phase: 'restored', failure });
        this.#options.onRestored?.();
        return;
      } catch (error) {
        detail = error instanceof Error ? error.message : String(error);
        if (fresh) discard(fresh);
      }
    }
    this.#set({ phase: 'failed', failure, detail: detail.split('\n')[0]?.slice(0, 300) ?? '' });
  }

  #watch(db: Database): void {
    const worker = workerOf(db);
    if (!worker) return;
    this.#stopWorker = watchWorker(worker, (f) => {
      if (this.#options.coordinator.db === db) void this.recover(f);
    });
  }

  #set(status: RecoveryStatus): void {
    this.#status = status;
    for (const listener of this.#listeners) listener();
  }
}

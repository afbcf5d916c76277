import type { Table } from 'apache-arrow';
import type { Database } from './database.ts';

/** Thrown to a caller whose request was superseded by a newer one for the same view. */
export class SupersededError extends Error {
  constructor() {
    super('superseded');
    this.name = 'SupersededError';
  }
}

/**
 * Owns all query traffic between views and the database: caches results by SQL text (so
 * switching back to a filter is instant), and for each view keeps only its latest request,
 * so a slow result for an old filter never overwrites a newer one.
 */
export class Coordinator {
  #db: Database;
  readonly #cache = new Map<string, Promise<Table>>();
  readonly #latest = new Map<string, number>();
  readonly #errorListeners = new Set<(error: unknown, sql: string) => void>();
  readonly #capacity: number;
  #ticket = 0;
  #generation = 0;

  constructor(db: Database, capacity = 256) {
    this.#db = db;
    this.#capacity = capacity;
  }

  /** The database behind the coordinator (for ingest and exports, which are not views). */
  get db(): Database {
    return this.#db;
  }

  /** Bumped whenever the data changes; views key their effects on it. */
  get generation(): number {
    return this.#generation;
  }

  /** Runs `sql` (or returns the cached result); rejects with SupersededError if `view` asked again meanwhile. */
  async request(view: string, sql: string): Promise<Table> {
    const ticket = ++this.#ticket;
    this.#latest.set(view, ticket);
    const result = await this.query(sql);
    if (this.#latest.get(view) !== ticket) throw new SupersededError();
    return result;
  }

  /** Runs `sql` through the cache, without superseding. */
  query(sql: string): Promise<Table> {
    const hit = this.#cache.get(sql);
    if (hit) {
      this.#cache.delete(sql);
      this.#cache.set(sql, hit);
      return hit;
    }
    const pending = this.#db.query(sql);
    this.#cache.set(sql, pending);
    pending.catch((error: unknown) => {
      if (this.#cache.get(sql) === pending) this.#cache.delete(sql);
      for (const listener of this.#errorListeners) listener(error, sql);
    });
    while (this.#cache.size > this.#capacity) {
      const oldest = this.#cache.keys().next().value;
      if (oldest === undefined) break;
      this.#cache.delete(oldest);
    }
    return pending;
  }

  /** Forgets every cached result: call after the incidents table changes. */
  invalidate(): void {
    this.#cache.clear();
    this.#generation++;
  }

  /**
   * Swaps in a new database (after the engine crashed and was restarted with the data
   * reloaded) and invalidates: results of the old engine, including requests that will never
   * settle because its worker died, are forgotten, and views re-run on the new generation.
   * Returns the database that was replaced, for the caller to close.
   */
  replaceDatabase(db: Database): Database {
    const previous = this.#db;
    this.#db = db;
    this.#latest.clear();
    this.invalidate();
    return previous;
  }

  /**
   * Calls `listener` with every failed query (views see the same error): the recovery
   * watcher uses it to notice a crashed engine. Returns the unsubscribe function.
   */
  onQueryError(listener: (error: unknown, sql: string) => void): () => void {
    this.#errorListeners.add(listener);
    return () => this.#errorListeners.delete(listener);
  }
}

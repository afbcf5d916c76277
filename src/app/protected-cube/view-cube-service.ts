import type { Table } from 'apache-arrow';
import type { ProtectedViewCube } from '../../analytics/disclosure/view-cube.ts';
import { SupersededError } from '../../db/coordinator.ts';
import { filterPredicate } from '../../query/filters.ts';
import { CUBE_FILTER_KEYS, type ViewMeasure, viewCubeCountsQuery } from '../../query/view-cube-query.ts';
import type { Filters } from '../../state/filters.ts';
import { guardNeighbours, outerFilters, viewCubeKey } from './guard-neighbours.ts';
import { toViewCubeInput } from './view-cube-input.ts';
import { ViewCubeRunner } from './view-cube-runner.ts';

/** Protected cubes kept per service (toggling back to a recent filter is instant). */
const CACHE_SIZE = 8;

/** What the service needs from the app: a cached query and, optionally, its own runners. */
export interface ViewCubeServiceOptions {
  /** Runs one SELECT (the coordinator's cached `query`). */
  query: (sql: string) => Promise<Table>;
  /** One runner per measure (default: a worker each), so both cubes can be protected at once. */
  runner?: (measure: ViewMeasure) => Pick<ViewCubeRunner, 'run' | 'dispose'>;
}

/** The SQL of a view cube and of its guard neighbours, for a filter state. Pure. */
export function viewCubeQueries(
  filters: Filters,
  measure: ViewMeasure,
): { view: string; neighbours: string[] } {
  const inner = CUBE_FILTER_KEYS[measure];
  const sql = (f: Filters) => viewCubeCountsQuery(filterPredicate(f, inner), measure);
  return {
    view: sql(outerFilters(filters, measure)),
    neighbours: guardNeighbours(filters, measure).map(sql),
  };
}

/**
 * Keeps the protected view cubes of the side-panel charts: counts the view and its guard
 * neighbours in DuckDB, protects them off the main thread, and caches the result per data
 * generation, measure, k and outer filters. Changing a filter that is a cube dimension
 * (period, crime type, detection country, sex/age for persons) needs no new cube.
 * Only the latest request per measure completes; an older one rejects with SupersededError.
 */
export class ViewCubeService {
  readonly #query: (sql: string) => Promise<Table>;
  readonly #runnerFor: (measure: ViewMeasure) => Pick<ViewCubeRunner, 'run' | 'dispose'>;
  readonly #runners = new Map<ViewMeasure, Pick<ViewCubeRunner, 'run' | 'dispose'>>();
  readonly #cache = new Map<string, Promise<ProtectedViewCube>>();
  readonly #done = new Map<string, ProtectedViewCube>();
  readonly #latest = new Map<ViewMeasure, string>();

  constructor(options: ViewCubeServiceOptions) {
    this.#query = options.query;
    this.#runnerFor = options.runner ?? (() => new ViewCubeRunner());
  }

  /** The cache key of a request. */
  static key(filters: Filters, measure: ViewMeasure, k: number, generation: number): string {
    return `${generation}|${viewCubeKey(filters, measure, k)}`;
  }

  /** The protected cube if it is ready now (no "protecting" flash when switching back). */
  peek(filters: Filters, measure: ViewMeasure, k: number, generation: number): ProtectedViewCube | null {
    return this.#done.get(ViewCubeService.key(filters, measure, k, generation)) ?? null;
  }

  /** The protected cube for this state, computed once. */
  get(filters: Filters, measure: ViewMeasure, k: number, generation: number): Promise<ProtectedViewCube> {
    const key = ViewCubeService.key(filters, measure, k, generation);
    this.#latest.set(measure, key);
    const hit = this.#cache.get(key);
    if (hit) {
      this.#cache.delete(key);
      this.#cache.set(key, hit);
      return hit;
    }
    const pending = this.#compute(filters, measure, k, key);
    this.#cache.set(key, pending);
    pending.then(
      (cube) => {
        if (this.#cache.get(key) === pending) this.#done.set(key, cube);
      },
      () => {
        if (this.#cache.get(key) === pending) this.#cache.delete(key);
      },
    );
    while (this.#cache.size > CACHE_SIZE) {
      const oldest = this.#cache.keys().next().value;
      if (oldest === undefined) break;
      this.#cache.delete(oldest);
      this.#done.delete(oldest);
    }
    return pending;
  }

  async #compute(filters: Filters, measure: ViewMeasure, k: number, key: string): Promise<ProtectedViewCube> {
    const { view, neighbours } = viewCubeQueries(filters, measure);
    const tables = await Promise.all([view, ...neighbours].map((sql) => this.#query(sql)));
    if (this.#latest.get(measure) !== key) throw new SupersededError();
    const input = toViewCubeInput(measure, tables[0]!, tables.slice(1), k);
    let runner = this.#runners.get(measure);
    if (!runner) {
      runner = this.#runnerFor(measure);
      this.#runners.set(measure, runner);
    }
    return runner.run(input);
  }

  /** Stops the workers and forgets every cube. */
  dispose(): void {
    for (const r of this.#runners.values()) r.dispose();
    this.#runners.clear();
    this.#cache.clear();
    this.#done.clear();
  }
}

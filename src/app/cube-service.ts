import type { Database } from '../db/database.ts';
import { nextActive } from '../query/cube/active.ts';
import type { CubeSpec } from '../query/cube/cube-spec.ts';
import { cubeTableSQL } from '../query/cube/cube-spec.ts';
import { buildPlan, cubeFromParentSQL } from '../query/cube/derive.ts';
import { planCubes } from '../query/cube/plan-cubes.ts';
import type { FlowEnds, FlowSplit } from '../query/flows-query.ts';
import type { FilterKey, Filters } from '../state/filters.ts';
import type { Store } from '../state/store.ts';
import { cellDegreesForZoom } from './grid-cell.ts';
import { type Services, useServices, useStoreValue } from './services.ts';

/**
 * From this many incidents the app answers views from cubes. Below it a raw scan is already
 * interactive (the 50k sample: tens of ms) and a rebuild would only add work. At 100k the
 * cubes already pay in the browser: filter change, playback step, and a brush as the app runs
 * it take 11 / 9 / 23 ms p50 on cubes against 15 / 12 / 44 ms on the raw table, for a rebuild
 * of ≈ 50 ms (2026-11-29, `npm run bench -- --sizes 100k --engines browser --runs 60`, with and
 * without `BENCH_CUBES=0`, quiet machine).
 */
export const CUBE_MIN_INCIDENTS = 100_000;

/** Quiet time after a filter change before cubes are rebuilt, so the views' own queries go first. */
export const CUBE_REBUILD_DELAY_MS = 300;

/** What the cube plan depends on: the view state and the data loaded. */
export interface CubeInputs {
  filters: Filters;
  flowSplit: FlowSplit;
  /** Where flows end (admin-1 ends keep `admin1` in the flows cube). */
  flowEnds: FlowEnds;
  cellDegrees: number;
  /** Incidents loaded (cubes only from {@link CUBE_MIN_INCIDENTS}). */
  incidents: number;
  /** The coordinator's data generation: a new one means every cube table is stale. */
  generation: number;
}

/** Options of {@link CubeService}. */
export interface CubeServiceOptions {
  /** The database the cubes are built in, read at each statement (it changes after a crash). */
  db: () => Database;
  /** Where the usable cubes are published (the views read it through {@link useCubes}). */
  store: Store<readonly CubeSpec[]>;
  /** The data generation now; a statement that finishes on another one is not recorded. */
  currentGeneration: () => number;
  minIncidents?: number;
  delayMs?: number;
  /** A cube that failed to build (its views stay on the raw table). */
  onError?: (error: unknown, spec: CubeSpec) => void;
}

/** Which generation each published list was built on (see {@link usableCubes}). */
const BUILT_ON = new WeakMap<readonly CubeSpec[], number>();

/**
 * The published cubes if they were built on `generation`, else none: between the engine's data
 * changing and the service hearing of it, a view must not read a cube of the old data.
 */
export function usableCubes(list: readonly CubeSpec[], generation: number): readonly CubeSpec[] {
  return list.length === 0 || BUILT_ON.get(list) === generation ? list : [];
}

/** True when nothing the plan reads changed (the camera panned, say): identity of the filters object. */
function sameInputs(a: CubeInputs | null, b: CubeInputs): boolean {
  return (
    a !== null &&
    a.filters === b.filters &&
    a.flowSplit === b.flowSplit &&
    a.flowEnds === b.flowEnds &&
    a.cellDegrees === b.cellDegrees &&
    a.incidents === b.incidents &&
    a.generation === b.generation
  );
}

const specKey = (s: CubeSpec): string => JSON.stringify(s);
const wait = (ms: number): Promise<void> => new Promise((ok) => setTimeout(ok, ms));

/**
 * Keeps the cube tables in step with the view state, framework-free (the app drives it from
 * its stores; the bench and tests call it directly). On each change it plans the cubes
 * ({@link planCubes}); a cube whose spec changed is withdrawn from the store at once (so no
 * view reads a table while it is replaced), rebuilt after {@link CUBE_REBUILD_DELAY_MS}, and
 * published again as soon as its table is ready. A newer change supersedes a rebuild between
 * statements; new data (generation) withdraws every cube. Rebuilds run one at a time.
 */
export class CubeService {
  readonly #o: Required<Omit<CubeServiceOptions, 'onError'>> & Pick<CubeServiceOptions, 'onError'>;
  /** Spec each table holds now (on {@link #generation}); absent = unknown or being replaced. */
  readonly #built = new Map<string, CubeSpec>();
  #generation: number | null = null;
  #plan: string | null = null;
  #prev: Filters | null = null;
  #active: readonly FilterKey[] = ['period'];
  #token = 0;
  #last: CubeInputs | null = null;
  #chain: Promise<void> = Promise.resolve();
  #disposed = false;

  constructor(options: CubeServiceOptions) {
    this.#o = { minIncidents: CUBE_MIN_INCIDENTS, delayMs: CUBE_REBUILD_DELAY_MS, ...options };
  }

  /**
   * Takes the new view state and data: withdraws now every published cube the new plan does
   * not keep, and schedules the rebuild. Returns how many cubes that rebuild will make.
   */
  update(inputs: CubeInputs): number {
    if (this.#disposed || sameInputs(this.#last, inputs)) return 0;
    this.#last = inputs;
    if (inputs.generation !== this.#generation) {
      this.#generation = inputs.generation;
      this.#built.clear();
      this.#reset();
    }
    if (inputs.incidents < this.#o.minIncidents) {
      this.#reset();
      return 0;
    }
    this.#active = nextActive(this.#prev, inputs.filters, this.#active);
    this.#prev = inputs.filters;
    const plan = planCubes(inputs.filters, {
      cellDegrees: inputs.cellDegrees,
      flowSplit: inputs.flowSplit,
      flowEnds: inputs.flowEnds,
      active: this.#active,
    });
    const planKey = JSON.stringify(plan);
    if (planKey === this.#plan) return 0;
    this.#plan = planKey;
    const wanted = new Set(plan.map(specKey));
    const published = this.#o.store.get();
    const kept = published.filter((s) => wanted.has(specKey(s)));
    if (kept.length !== published.length) this.#publish(kept);
    const keptNames = new Set(kept.map((s) => s.name));
    const todo = plan.filter((s) => !keptNames.has(s.name));
    const token = ++this.#token;
    const generation = inputs.generation;
    this.#chain = Promise.all([this.#chain, wait(this.#o.delayMs)]).then(() =>
      this.#rebuild(token, generation, todo),
    );
    return todo.length;
  }

  /** Settles when the latest scheduled rebuild has finished or been superseded. */
  idle(): Promise<void> {
    return this.#chain;
  }

  /** Stops: no more statements, nothing published. */
  dispose(): void {
    this.#disposed = true;
    this.#token++;
  }

  #reset(): void {
    this.#token++;
    this.#plan = null;
    this.#prev = null;
    this.#active = ['period'];
    if (this.#o.store.get().length > 0) this.#publish([]);
  }

  #current(token: number, generation: number): boolean {
    return (
      !this.#disposed &&
      token === this.#token &&
      generation === this.#generation &&
      generation === this.#o.currentGeneration()
    );
  }

  async #rebuild(token: number, generation: number, specs: readonly CubeSpec[]): Promise<void> {
    // A cube that can be summed from a larger one reads that cube, not every incident; tables
    // about to be replaced are no parents.
    const replaced = new Set(specs.map((s) => s.name));
    const kept = [...this.#built.values()].filter((s) => !replaced.has(s.name));
    const failed = new Set<string>();
    for (const { spec, parent } of buildPlan(specs, kept)) {
      if (!this.#current(token, generation)) return;
      const built = this.#built.get(spec.name);
      if (built === undefined || specKey(built) !== specKey(spec)) {
        this.#built.delete(spec.name);
        const db = this.#o.db();
        const from = parent && !failed.has(parent.name) ? parent : null;
        try {
          await db.exec(from ? cubeFromParentSQL(spec, from) : cubeTableSQL(spec));
        } catch (error) {
          failed.add(spec.name);
          if (this.#current(token, generation)) this.#o.onError?.(error, spec);
          continue;
        }
        // The table holds this spec whatever happened meanwhile, unless the data changed.
        if (generation !== this.#generation || generation !== this.#o.currentGeneration()) return;
        if (db !== this.#o.db()) return;
        this.#built.set(spec.name, spec);
      }
      if (!this.#current(token, generation)) return;
      this.#publish([...this.#o.store.get().filter((s) => s.name !== spec.name), spec]);
    }
  }

  #publish(list: readonly CubeSpec[]): void {
    BUILT_ON.set(list, this.#generation ?? -1);
    this.#o.store.set(list);
  }
}

/**
 * Starts the app's cube service: it follows the view store (filters, flow split, zoom → grid
 * cell) and the dataset store (new data), and publishes into `services.cubes`. Returns the
 * stop function. Started once at boot, for the app's lifetime.
 */
export function startCubeService(services: Services): () => void {
  const { coordinator, view, dataset, cubes } = services;
  const service = new CubeService({
    db: () => coordinator.db,
    store: cubes,
    currentGeneration: () => coordinator.generation,
    onError: (error, spec) => console.warn(`cube ${spec.name} not built`, error),
  });
  const update = (): void => {
    const v = view.get();
    service.update({
      filters: v.filters,
      flowSplit: v.flowSplit,
      flowEnds: v.flowEnds,
      cellDegrees: cellDegreesForZoom(v.camera.zoom),
      incidents: dataset.get().incidents,
      generation: coordinator.generation,
    });
  };
  const stopView = view.subscribe(update);
  const stopData = dataset.subscribe(update);
  update();
  return () => {
    stopView();
    stopData();
    service.dispose();
  };
}

/** The cubes a view may read now (none on a small dataset, during a rebuild or after new data). */
export function useCubes(): readonly CubeSpec[] {
  const { coordinator, dataset, cubes } = useServices();
  const generation = useStoreValue(dataset, () => coordinator.generation);
  const list = useStoreValue(cubes, (c) => c);
  return usableCubes(list, generation);
}

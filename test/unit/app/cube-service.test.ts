import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CubeInputs,
  CubeService,
  type CubeServiceOptions,
  usableCubes,
} from '../../../src/app/cube-service.ts';
import type { Database } from '../../../src/db/database.ts';
import { nextActive } from '../../../src/query/cube/active.ts';
import { chooseSource } from '../../../src/query/cube/choose-source.ts';
import type { CubeSpec } from '../../../src/query/cube/cube-spec.ts';
import { VIEW_NEEDS } from '../../../src/query/cube/needs.ts';
import { planCubes } from '../../../src/query/cube/plan-cubes.ts';
import { viewQueries } from '../../../src/query/cube/view-queries.ts';
import { filterPredicate } from '../../../src/query/filters.ts';
import { monthlyCrimeSeriesQuery } from '../../../src/query/series-query.ts';
import { EMPTY_FILTERS, type Filters } from '../../../src/state/filters.ts';
import { createStore, type Store } from '../../../src/state/store.ts';
import { generateExtract, loadedDatabase, rowSet } from '../query/cube/generated-dataset.ts';

// The cube service keeps cube tables in step with the filters: a superseded rebuild stops,
// a spec is never published while its table is replaced or for other filters, and new data
// withdraws every cube. Run on DuckDB-WASM (Node) with a generated extract.
let raw: Database;
beforeAll(async () => {
  raw = await loadedDatabase(await generateExtract(6_000, 3));
}, 120_000);
afterAll(() => raw?.close());

/** A database whose `exec` waits for `release()` when gated, and records every statement. */
function gatedDb() {
  const statements: string[] = [];
  let gate: Promise<void> | null = null;
  let open = (): void => {};
  const db: Database = {
    ...raw,
    query: (sql) => raw.query(sql),
    exec: async (sql) => {
      statements.push(sql);
      if (gate) await gate;
      return raw.exec(sql);
    },
  };
  return {
    db,
    statements,
    hold() {
      gate = new Promise((ok) => {
        open = ok;
      });
    },
    release() {
      gate = null;
      open();
    },
  };
}

let generation = 0;
function setup(extra: Partial<CubeServiceOptions> = {}, database?: Database) {
  const store: Store<readonly CubeSpec[]> = createStore<readonly CubeSpec[]>([]);
  const service = new CubeService({
    db: () => database ?? raw,
    store,
    currentGeneration: () => generation,
    minIncidents: 1_000,
    delayMs: 0,
    ...extra,
  });
  return { store, service };
}

const inputs = (filters: Filters, more: Partial<CubeInputs> = {}): CubeInputs => ({
  filters,
  flowSplit: 'crime_type',
  flowEnds: 'country',
  cellDegrees: 2,
  incidents: 6_000,
  generation,
  ...more,
});
const names = (list: readonly CubeSpec[]) => list.map((s) => s.name).sort();
const trafficking: Filters = { ...EMPTY_FILTERS, crimeTypes: ['trafficking'] };

describe('CubeService', () => {
  it('builds and publishes the planned cubes, which answer views as the raw table does', async () => {
    const { store, service } = setup();
    const plan = planCubes(trafficking, { cellDegrees: 2, flowSplit: 'crime_type' });
    expect(service.update(inputs(trafficking))).toBe(plan.length);
    await service.idle();
    expect(names(store.get())).toEqual(names(plan));
    expect(usableCubes(store.get(), generation)).toBe(store.get());
    const flows = await raw.query('SELECT count(*)::INTEGER AS n FROM cube_flows');
    expect(Number(flows.get(0)?.n)).toBeGreaterThan(0);
    const filters: Filters = { ...trafficking, period: ['2018-01', '2019-06'] };
    const source = chooseSource(filters, VIEW_NEEDS.monthlySeries, store.get());
    expect(source.table).not.toBe('incidents');
    const where = filterPredicate(filters, ['period']);
    expect(rowSet(await raw.query(monthlyCrimeSeriesQuery(where, source)))).toEqual(
      rowSet(await raw.query(monthlyCrimeSeriesQuery(where))),
    );
    // Brushing the period keeps the plan: nothing is rebuilt or withdrawn.
    expect(service.update(inputs(filters))).toBe(0);
    expect(store.get()).toHaveLength(plan.length);
  }, 60_000);

  it('withdraws changed cubes at once and keeps the free filter when it is toggled again', async () => {
    const { store, service } = setup();
    const planned = planCubes(EMPTY_FILTERS, { cellDegrees: 2 }).length;
    service.update(inputs(EMPTY_FILTERS));
    await service.idle();
    const grid = store.get().find((s) => s.name === 'cube_grid');
    service.update(inputs(EMPTY_FILTERS, { cellDegrees: 1 }));
    expect(names(store.get())).toEqual(names(store.get().filter((s) => s.name !== 'cube_grid')));
    expect(store.get()).toHaveLength(planned - 1);
    await service.idle();
    expect(store.get().find((s) => s.name === 'cube_grid')?.cells).toEqual([1]);
    expect(grid?.cells).toEqual([2]);

    // The crime type is free in every cube: choosing one rebuilds nothing.
    const before = store.get();
    expect(service.update(inputs(trafficking, { cellDegrees: 1 }))).toBe(0);
    expect(store.get()).toBe(before);
    // (With no other filter the fitted cubes are the wide ones, planned once.)
    expect(chooseSource(trafficking, VIEW_NEEDS.flows('crime_type'), before).table).toBe('"cube_flows"');

    // First change of the country of detection: the wide cubes now keep it free, the fitted
    // ones bake it and the breakdowns' keep it free as a set filter, so nearly all change …
    const mex: Filters = { ...trafficking, detection: ['MEX'] };
    expect(service.update(inputs(mex, { cellDegrees: 1 }))).toBeGreaterThan(0);
    const freed = planCubes(mex, { cellDegrees: 1, active: ['period', 'detection'] });
    // Withdrawn at once: every cube whose spec changed. Only the wide series cube stays: it
    // groups by the country anyway, and no filter was baked into it before or after.
    expect(names(store.get())).toEqual(['cube_series']);
    await service.idle();
    expect(names(store.get())).toEqual(names(freed));
    expect(names(freed)).toContain('cube_flows_fit');
    expect(chooseSource(mex, VIEW_NEEDS.flows('crime_type'), store.get()).table).toBe('"cube_flows_fit"');
    // … and the next change of it is answered at once by the wide cubes, which stay, while
    // the fitted ones are withdrawn and refitted from them.
    const two: Filters = { ...mex, detection: ['COL', 'MEX'] };
    expect(service.update(inputs(two, { cellDegrees: 1 }))).toBeGreaterThan(0);
    const published = names(store.get());
    expect(published).toContain('cube_flows');
    expect(published.filter((n) => n.endsWith('_fit'))).toEqual([]);
    expect(chooseSource(two, VIEW_NEEDS.flows('crime_type'), store.get()).table).toBe('"cube_flows"');
    await service.idle();
    expect(chooseSource(two, VIEW_NEEDS.flows('crime_type'), store.get()).table).toBe('"cube_flows_fit"');
  }, 60_000);

  it('drops a superseded rebuild and never publishes a spec of other filters', async () => {
    const gated = gatedDb();
    const { store, service } = setup({}, gated.db);
    let current: CubeSpec[] = [];
    const seen: string[] = [];
    store.subscribe(() => {
      const wanted = new Set(current.map((s) => JSON.stringify(s)));
      for (const s of store.get()) {
        seen.push(s.name);
        expect(wanted.has(JSON.stringify(s))).toBe(true);
      }
    });
    const a: Filters = { ...EMPTY_FILTERS, detection: ['MEX'], crimeTypes: ['smuggling'] };
    // B frees the filter it changes (detection; the crime type is free everywhere): no cube
    // of A's is one of B's.
    const b: Filters = { ...EMPTY_FILTERS, crimeTypes: ['trafficking'] };
    gated.hold();
    current = planCubes(a, { cellDegrees: 2, flowSplit: 'crime_type' });
    service.update(inputs(a));
    await new Promise((ok) => setTimeout(ok, 20));
    expect(gated.statements).toHaveLength(1);
    const active = nextActive(a, b, ['period']);
    expect(active).toEqual(['period', 'detection']);
    current = planCubes(b, { cellDegrees: 2, flowSplit: 'crime_type', active });
    service.update(inputs(b));
    gated.release();
    await service.idle();
    // Only the statement in flight ran for A; B built all of its own.
    const forA = gated.statements.filter((s) => s.includes("'MEX'"));
    expect(forA).toHaveLength(1);
    expect(gated.statements).toHaveLength(1 + current.length);
    expect(names(store.get())).toEqual(names(current));
    expect(seen.length).toBeGreaterThanOrEqual(current.length);
  }, 60_000);

  it('clears every cube when the data changes, even mid-rebuild, and rebuilds on the new data', async () => {
    const gated = gatedDb();
    const { store, service } = setup({}, gated.db);
    service.update(inputs(EMPTY_FILTERS));
    await service.idle();
    const old = store.get();
    const planned = planCubes(EMPTY_FILTERS, { cellDegrees: 2 }).length;
    expect(old).toHaveLength(planned);
    generation++;
    // The engine's data changed before the service heard of it: views already see none.
    expect(usableCubes(old, generation)).toEqual([]);
    gated.hold();
    service.update(inputs(EMPTY_FILTERS));
    expect(store.get()).toEqual([]);
    await new Promise((ok) => setTimeout(ok, 20));
    generation++;
    service.update(inputs(EMPTY_FILTERS, { incidents: 500 }));
    gated.release();
    await service.idle();
    expect(store.get()).toEqual([]);
    const count = gated.statements.length;
    service.update(inputs(EMPTY_FILTERS));
    await service.idle();
    expect(gated.statements.length - count).toBe(planned);
    expect(usableCubes(store.get(), generation)).toHaveLength(planned);
  }, 60_000);

  it('answers every view exactly while several filters are changed and freed', async () => {
    const { store, service } = setup();
    const states: Filters[] = [
      { ...EMPTY_FILTERS, crimeTypes: ['trafficking'], detection: ['MEX'] },
      {
        ...EMPTY_FILTERS,
        crimeTypes: ['smuggling'],
        sexAge: ['women', 'girls'],
        period: ['2017-01', '2018-12'],
      },
      { ...EMPTY_FILTERS, detection: ['COL', 'MEX'], sexAge: ['men'], routes: ['none'] },
      { ...EMPTY_FILTERS, crimeTypes: ['trafficking'], detection: ['MEX'], period: ['2020-03', '2021-02'] },
    ];
    let onCubes = 0;
    for (const filters of states) {
      for (const phase of ['before rebuild', 'after rebuild']) {
        if (phase === 'before rebuild') service.update(inputs(filters));
        else await service.idle();
        for (const view of viewQueries({ cellDegrees: 2 })) {
          const source = chooseSource(filters, view.need, store.get());
          if (source.table !== 'incidents') onCubes++;
          const [cube, rawRows] = await Promise.all([
            raw.query(view.sql(filters, source)),
            raw.query(view.sql(filters, { table: 'incidents', weight: null })),
          ]);
          expect(rowSet(cube), `${view.name} ${phase} ${JSON.stringify(filters)}`).toEqual(rowSet(rawRows));
        }
      }
    }
    expect(onCubes).toBeGreaterThan(30);
  }, 120_000);

  it('builds nothing for a small dataset and reports a cube that fails', async () => {
    const gated = gatedDb();
    const { store, service } = setup({}, gated.db);
    expect(service.update(inputs(EMPTY_FILTERS, { incidents: 999 }))).toBe(0);
    await service.idle();
    expect(gated.statements).toEqual([]);
    expect(store.get()).toEqual([]);

    const failures: string[] = [];
    const failing: Database = {
      ...raw,
      exec: (sql) => (sql.includes('"cube_routes"') ? Promise.reject(new Error('boom')) : raw.exec(sql)),
    };
    const second = setup({ onError: (_e, spec) => failures.push(spec.name) }, failing);
    second.service.update(inputs(EMPTY_FILTERS));
    await second.service.idle();
    expect(failures).toEqual(['cube_routes']);
    expect(names(second.store.get())).not.toContain('cube_routes');
    // The flows cube would be summed from the routes cube; with that one failed it reads incidents.
    expect(names(second.store.get())).toContain('cube_flows');
    expect(second.store.get()).toHaveLength(planCubes(EMPTY_FILTERS, { cellDegrees: 2 }).length - 1);
  }, 60_000);
});

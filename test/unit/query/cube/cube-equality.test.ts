import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../src/db/database.ts';
import { chooseSource } from '../../../../src/query/cube/choose-source.ts';
import { type CubeSpec, cubeTableSQL, FULL_CUBE } from '../../../../src/query/cube/cube-spec.ts';
import { buildPlan, cubeFromParentSQL } from '../../../../src/query/cube/derive.ts';
import { FIT_SUFFIX, planCubes } from '../../../../src/query/cube/plan-cubes.ts';
import { RAW_SOURCE } from '../../../../src/query/cube/source.ts';
import { EMPTY_FILTERS, type Filters, LIST_FILTER_KEYS } from '../../../../src/state/filters.ts';
import { viewNeighbours } from '../../../../src/state/view-neighbours.ts';
import { type FilterValues, filtersArb, filterValues, periodArb, setListsArb } from './filters-arb.ts';
import { generateExtract, loadedDatabase, rowSet } from './generated-dataset.ts';
import { ALERTS_CASE, FLOW_SPLITS, type ViewCase, viewCases } from './views.ts';

// Every builder must give exactly the raw table's answer on the cube chooseSource picks,
// for random filters, on a 30k-row generated extract (DuckDB-WASM, the app's engine).
const CELLS = [2, 1, 0.5, 0.2, 0.05] as const;
let db: Database;
let values: FilterValues;

beforeAll(async () => {
  db = await loadedDatabase(await generateExtract(30_000, 11));
  values = await filterValues(db);
}, 120_000);
afterAll(() => db?.close());

async function build(cubes: readonly CubeSpec[]): Promise<void> {
  for (const cube of cubes) await db.exec(cubeTableSQL(cube));
}

async function expectSame(view: ViewCase, filters: Filters, cubes: readonly CubeSpec[]): Promise<boolean> {
  const source = chooseSource(filters, view.need, cubes);
  if (source.weight === null) return false;
  const [raw, cube] = await Promise.all([
    db.query(view.sql(filters, RAW_SOURCE)),
    db.query(view.sql(filters, source)),
  ]);
  expect(rowSet(cube), `${view.name} on ${source.table} ${JSON.stringify(filters)}`).toEqual(rowSet(raw));
  return true;
}

describe('cubes answer exactly like the incidents table', () => {
  it('planned cubes serve every brushed view, before and after the brush moves', async () => {
    await fc.assert(
      fc.asyncProperty(
        filtersArb(values),
        fc.constantFrom(...CELLS),
        fc.constantFrom(...FLOW_SPLITS),
        periodArb,
        async (filters, cell, split, brushed) => {
          const cubes = planCubes(filters, { cellDegrees: cell, flowSplit: split });
          await build(cubes);
          for (const f of [filters, { ...filters, period: brushed }]) {
            for (const view of viewCases(cell, split)) {
              expect(await expectSame(view, f, cubes), `${view.name} fell back to incidents`).toBe(true);
            }
          }
        },
      ),
      { numRuns: 10, seed: 20261128 },
    );
  }, 300_000);

  it('wide and fitted cubes, fitted ones summed from their parents, answer like the raw table', async () => {
    // The crime type is free in every cube, so never among the recently changed.
    const listKeys = LIST_FILTER_KEYS.filter((k) => k !== 'crimeTypes');
    let fitted = 0;
    let wide = 0;
    await fc.assert(
      fc.asyncProperty(
        filtersArb(values),
        fc.subarray([...listKeys], { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...FLOW_SPLITS),
        setListsArb(values),
        setListsArb(values),
        async (drawn, recent, split, set, other) => {
          // The recently changed filters hold values (the fitted cubes bake them, the wide
          // ones keep them free), so a fitted cube is summed from its wide one with a WHERE.
          const filters: Filters = { ...drawn, ...Object.fromEntries(recent.map((k) => [k, set[k]])) };
          const cubes = planCubes(filters, {
            cellDegrees: 2,
            flowSplit: split,
            active: ['period', ...recent],
          });
          for (const { spec, parent } of buildPlan(cubes)) {
            await db.exec(parent ? cubeFromParentSQL(spec, parent) : cubeTableSQL(spec));
          }
          // The view itself; and, the fitted cubes withdrawn, a change of the recently changed
          // filters, which the wide cubes answer at once.
          const changed: Filters = { ...filters, ...Object.fromEntries(recent.map((k) => [k, other[k]])) };
          const wideOnly = cubes.filter((c) => !c.name.endsWith(FIT_SUFFIX));
          for (const [f, available] of [
            [filters, cubes],
            [changed, wideOnly],
          ] as const) {
            for (const view of viewCases(2, split)) {
              const source = chooseSource(f, view.need, available);
              if (source.weight === null) continue;
              if (source.table.endsWith(`${FIT_SUFFIX}"`)) fitted++;
              else wide++;
              expect(await expectSame(view, f, available)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 12, seed: 511 },
    );
    // Both tiers were read; without it this property would test one of them only.
    expect(fitted).toBeGreaterThan(10);
    expect(wide).toBeGreaterThan(10);
  }, 300_000);

  it('with admin-1 flow ends the flows cube keeps admin1 and answers like the raw table', async () => {
    await fc.assert(
      fc.asyncProperty(
        filtersArb(values),
        fc.constantFrom(...FLOW_SPLITS),
        periodArb,
        async (filters, split, brushed) => {
          const cubes = planCubes(filters, { cellDegrees: 2, flowSplit: split, flowEnds: 'admin1' });
          expect(cubes.find((c) => c.name === 'cube_flows')?.dims).toContain('admin1');
          await build(cubes);
          const [flows] = viewCases(2, split, 'admin1');
          for (const f of [filters, { ...filters, period: brushed }]) {
            expect(await expectSame(flows!, f, cubes), 'admin-1 flows fell back to incidents').toBe(true);
          }
        },
      ),
      { numRuns: 8, seed: 20261129 },
    );
  }, 300_000);

  it('a guarded breakdown reads the view and every view one click away from its cube, exactly', async () => {
    const guarded = ['exploitation', 'nationalities', 'detection'];
    await fc.assert(
      fc.asyncProperty(filtersArb(values), async (filters) => {
        const cubes = planCubes(filters, { cellDegrees: 2 }).filter((c) =>
          guarded.some((g) => c.name.startsWith(`cube_${g}`)),
        );
        await build(cubes);
        for (const view of viewCases(2).filter((v) => guarded.includes(v.name))) {
          const ignore = view.need.exclude ?? [];
          const variants = [filters, ...viewNeighbours(filters, { ignore, months: ['2015-01', '2025-12'] })];
          for (const variant of variants) {
            expect(await expectSame(view, variant, cubes), `${view.name} ${JSON.stringify(variant)}`).toBe(
              true,
            );
          }
        }
      }),
      { numRuns: 10, seed: 29 },
    );
  }, 300_000);

  it('the full cube serves every filter for the views whose columns it keeps', async () => {
    await build([FULL_CUBE]);
    const served = new Set<string>();
    await fc.assert(
      fc.asyncProperty(filtersArb(values), async (filters) => {
        for (const view of [
          ...FLOW_SPLITS.flatMap((s) => viewCases(2, s).slice(0, 1)),
          ...viewCases(2).slice(1),
          ALERTS_CASE,
        ]) {
          if (await expectSame(view, filters, [FULL_CUBE])) served.add(view.name);
        }
      }),
      { numRuns: 12, seed: 7 },
    );
    expect([...served].sort()).toEqual([
      'alerts',
      'countrySeries',
      'exploitation',
      'flows:crime_type',
      'flows:exploitation',
      'flows:sex_age',
      'monthlySeries',
      'routes',
      'sexAgeByCrimeType',
      'sexAgeTotals',
      'womenGirls',
    ]);
  }, 300_000);

  it('a cube built for other fixed filters is never used; the guarded breakdowns bake nothing', () => {
    const cubes = planCubes({ ...EMPTY_FILTERS, detection: ['MEX'] }, { cellDegrees: 2 });
    const guarded = ['exploitation', 'nationalities', 'detection'];
    for (const view of viewCases(2)) {
      const source = chooseSource({ ...EMPTY_FILTERS, detection: ['COL'] }, view.need, cubes);
      const cube = cubes.find((c) => `"${c.name}"` === source.table);
      // Only a cube that keeps the country free may answer another country.
      if (cube) expect(cube.base.detection, view.name).toEqual([]);
      // The breakdowns' cubes keep every set filter free, for the views one click away.
      if (guarded.includes(view.name)) expect(cube, view.name).toBeDefined();
    }
    const free = cubes.filter((c) => c.dims.includes('country') && c.base.detection.length === 0);
    // (The fitted cubes equal the wide ones while only the period is active: planned once.)
    expect(free.map((c) => c.name).sort()).toEqual([
      'cube_detection',
      'cube_exploitation',
      'cube_nationalities',
    ]);
  });

  it('every builder on a cube passes EXPLAIN', async () => {
    const filters: Filters = { ...EMPTY_FILTERS, period: ['2018-01', '2020-12'], sexAge: ['women', 'girls'] };
    const cubes = planCubes(filters, { cellDegrees: 0.5 });
    await build(cubes);
    for (const view of viewCases(0.5)) {
      const source = chooseSource(filters, view.need, cubes);
      expect(source.weight, view.name).not.toBeNull();
      const plan = await db.query(`EXPLAIN ${view.sql(filters, source)}`);
      expect(plan.numRows, view.name).toBeGreaterThan(0);
    }
  }, 60_000);
});

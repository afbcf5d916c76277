import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../src/db/database.ts';
import { type CubeSpec, cubeTableSQL } from '../../../../src/query/cube/cube-spec.ts';
import {
  buildPlan,
  cubeFromParentSQL,
  derivesFrom,
  parentFor,
  sameCube,
} from '../../../../src/query/cube/derive.ts';
import { FIT_SUFFIX, planCubes } from '../../../../src/query/cube/plan-cubes.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/state/filters.ts';
import { generateExtract, loadedDatabase, rowSet } from './generated-dataset.ts';

const smuggling: Filters = { ...EMPTY_FILTERS, crimeTypes: ['smuggling'] };
const spec = (name: string, dims: CubeSpec['dims'], base = EMPTY_FILTERS, cells?: number[]): CubeSpec =>
  cells ? { name, dims, base, cells } : { name, dims, base };

describe('cube derivation (pure)', () => {
  const routes = spec('r', ['route', 'crime_type', 'origin', 'transit', 'destination', 'month']);
  const flows = spec('f', ['origin', 'destination', 'crime_type', 'month']);

  it('derives a cube only from one with the same baked filters and every dimension and cell size', () => {
    expect(derivesFrom(flows, routes)).toBe(true);
    expect(derivesFrom(routes, flows)).toBe(false);
    expect(derivesFrom(flows, { ...routes, base: smuggling })).toBe(false);
    const grid = spec('g', ['cell', 'month'], EMPTY_FILTERS, [1]);
    expect(derivesFrom(grid, spec('G', ['cell', 'month', 'crime_type'], EMPTY_FILTERS, [2, 1]))).toBe(true);
    expect(derivesFrom(grid, spec('G', ['cell', 'month', 'crime_type'], EMPTY_FILTERS, [2]))).toBe(false);
    expect(derivesFrom(flows, flows)).toBe(false);
    // A child that bakes a filter derives from a parent that keeps its column free (the
    // child's predicate is applied to the parent's rows), never from one without it.
    const mex: Filters = { ...EMPTY_FILTERS, detection: ['MEX'], sexAge: ['girls'] };
    const fitted = spec('f', [...flows.dims, 'country'], mex);
    expect(derivesFrom(fitted, spec('w', [...flows.dims, 'country', 'sex_age']))).toBe(true);
    expect(derivesFrom(fitted, spec('w', [...flows.dims, 'country']))).toBe(false);
    expect(derivesFrom(fitted, spec('w', [...flows.dims, 'sex_age']))).toBe(false);
    // Of a wide parent and one that bakes the same filters, the latter holds fewer rows.
    const wide = spec('w', [...flows.dims, 'country', 'sex_age']);
    const fittedRoutes = spec('rf', [...routes.dims, 'country'], mex);
    expect(parentFor(fitted, [wide, fittedRoutes])).toBe(fittedRoutes);
  });

  it('picks the smallest parent and orders a plan so parents are built first', () => {
    const wide = spec('w', [...routes.dims, 'country']);
    expect(parentFor(flows, [wide, routes])).toBe(routes);
    expect(parentFor(flows, [spec('x', ['month'])])).toBeNull();
    const order = buildPlan([flows, routes, spec('d', ['detection_source', 'month'])]);
    expect(order.map((o) => [o.spec.name, o.parent?.name ?? null])).toEqual([
      ['r', null],
      ['f', 'r'],
      ['d', null],
    ]);
    expect(buildPlan([flows], [routes])).toEqual([{ spec: flows, parent: routes }]);
  });

  it('plans the people and series cubes once while they are the same table', () => {
    const names = (f: Filters) => planCubes(f, { cellDegrees: 2 }).map((c) => c.name);
    expect(names(EMPTY_FILTERS)).not.toContain('cube_people');
    expect(names(EMPTY_FILTERS)).toContain('cube_series');
    expect(names({ ...EMPTY_FILTERS, sexAge: ['women'] })).toContain('cube_people');
    const plan = planCubes(EMPTY_FILTERS, { cellDegrees: 2 });
    expect(plan.filter((a, i) => plan.some((b, j) => j < i && sameCube(a, b)))).toEqual([]);
  });
});

describe('a cube summed from a larger cube equals the cube built from incidents', () => {
  let db: Database;
  beforeAll(async () => {
    db = await loadedDatabase(await generateExtract(8_000, 5));
  }, 120_000);
  afterAll(() => db?.close());

  const cases: { name: string; parent: CubeSpec; child: CubeSpec }[] = [
    {
      name: 'flows from routes',
      parent: spec(
        'p_routes',
        ['route', 'crime_type', 'origin', 'transit', 'destination', 'month'],
        smuggling,
      ),
      child: spec('c_flows', ['origin', 'destination', 'crime_type', 'month'], smuggling),
    },
    {
      name: 'a grid cell size and sex/age mask from a finer, wider cube',
      parent: spec('p_grid', ['cell', 'crime_type', 'sex_age', 'month'], EMPTY_FILTERS, [2, 0.5]),
      child: spec('c_grid', ['cell', 'sex_age', 'month'], EMPTY_FILTERS, [2]),
    },
    {
      name: 'exploitation lists and totals',
      parent: spec('p_expl', ['exploitation', 'country', 'month']),
      child: spec('c_expl', ['exploitation']),
    },
  ];
  it('every fitted cube of a plan, summed from a wider cube, equals the one built from incidents', async () => {
    const filters: Filters = {
      ...EMPTY_FILTERS,
      period: ['2018-01', '2019-12'],
      crimeTypes: ['trafficking'],
      detection: ['MEX', 'COL', 'GTM'],
      sexAge: ['women', 'girls'],
    };
    const plan = planCubes(filters, { cellDegrees: 1, active: ['period', 'detection', 'sexAge'] });
    const fromWide = buildPlan(plan).filter((s) => s.parent !== null && s.spec.name.endsWith(FIT_SUFFIX));
    expect(fromWide.length).toBeGreaterThan(4);
    for (const { spec: child, parent } of fromWide) {
      await db.exec(cubeTableSQL(parent!));
      await db.exec(cubeTableSQL(child));
      const direct = rowSet(await db.query(`SELECT * FROM "${child.name}"`));
      await db.exec(cubeFromParentSQL(child, parent!));
      const derived = await db.query(`SELECT * FROM "${child.name}"`);
      expect(rowSet(derived), `${child.name} from ${parent!.name}`).toEqual(direct);
      expect(derived.numRows).toBeGreaterThan(0);
    }
  }, 60_000);

  for (const { name, parent, child } of cases) {
    it(name, async () => {
      await db.exec(cubeTableSQL(parent));
      await db.exec(cubeTableSQL(child));
      const direct = rowSet(await db.query(`SELECT * FROM "${child.name}"`));
      await db.exec(cubeFromParentSQL(child, parent));
      const derived = await db.query(`SELECT * FROM "${child.name}"`);
      expect(rowSet(derived)).toEqual(direct);
      expect(derived.numRows).toBeGreaterThan(0);
    });
  }
});

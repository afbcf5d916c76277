import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../src/db/database.ts';
import { chooseSource } from '../../../../src/query/cube/choose-source.ts';
import { type CubeSpec, cubeTableSQL, FULL_CUBE } from '../../../../src/query/cube/cube-spec.ts';
import { planCubes } from '../../../../src/query/cube/plan-cubes.ts';
import { RAW_SOURCE } from '../../../../src/query/cube/source.ts';
import { CRIME_TYPES, EXPLOITATION_FORMS, SEX_AGE } from '../../../../src/schema/incident.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/state/filters.ts';
import { generateExtract, loadedDatabase, rowSet } from './generated-dataset.ts';
import { ALERTS_CASE, FLOW_SPLITS, type ViewCase, viewCases } from './views.ts';

// Every builder must give exactly the raw table's answer on the cube chooseSource picks,
// for random filters, on a 30k-row generated extract (DuckDB-WASM, the app's engine).
const CELLS = [2, 1, 0.5, 0.2, 0.05] as const;
let db: Database;
let values: Record<'origin' | 'destination' | 'country' | 'route' | 'office' | 'transit', string[]>;

async function distinct(sql: string): Promise<string[]> {
  return (await db.query(sql)).toArray().map((r: { v: string }) => String(r.v));
}

beforeAll(async () => {
  db = await loadedDatabase(await generateExtract(30_000, 11));
  const col = (c: string) =>
    distinct(`SELECT DISTINCT ${c} AS v FROM incidents WHERE ${c} IS NOT NULL ORDER BY 1`);
  values = {
    origin: await col('origin'),
    destination: await col('destination'),
    country: await col('country'),
    route: await col('route'),
    office: (await col('office')).slice(0, 12),
    transit: await distinct('SELECT DISTINCT unnest(transit) AS v FROM incidents ORDER BY 1'),
  };
}, 120_000);
afterAll(() => db?.close());

const month = (i: number) => `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
const periodArb = fc.option(
  fc.tuple(fc.nat(131), fc.nat(131)).map(([a, b]) => [month(Math.min(a, b)), month(Math.max(a, b))] as const),
  { freq: 4 },
);
const some = <T>(xs: readonly T[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant([] as T[]) },
    { weight: 1, arbitrary: fc.subarray([...xs], { minLength: 1, maxLength: 3 }) },
  );

function filtersArb(): fc.Arbitrary<Filters> {
  return fc.record({
    period: periodArb,
    crimeTypes: some(CRIME_TYPES),
    sexAge: some(SEX_AGE),
    exploitation: some(EXPLOITATION_FORMS),
    origin: some(values.origin),
    transit: some(values.transit),
    destination: some(values.destination),
    detection: some(values.country),
    routes: some(values.route),
    offices: some(values.office),
  });
}

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
        filtersArb(),
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

  it('with admin-1 flow ends the flows cube keeps admin1 and answers like the raw table', async () => {
    await fc.assert(
      fc.asyncProperty(
        filtersArb(),
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

  it('the full cube serves every filter for the views whose columns it keeps', async () => {
    await build([FULL_CUBE]);
    const served = new Set<string>();
    await fc.assert(
      fc.asyncProperty(filtersArb(), async (filters) => {
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

  it('a cube built for other fixed filters is never used', () => {
    const cubes = planCubes({ ...EMPTY_FILTERS, detection: ['MEX'] }, { cellDegrees: 2 });
    for (const view of viewCases(2)) {
      expect(chooseSource({ ...EMPTY_FILTERS, detection: ['COL'] }, view.need, cubes)).toEqual(RAW_SOURCE);
    }
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

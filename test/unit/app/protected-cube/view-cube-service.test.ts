import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodedCounts } from '../../../../src/analytics/disclosure/cube.ts';
import { viewCubeToTable } from '../../../../src/analytics/disclosure/read-view-cube.ts';
import { ALL } from '../../../../src/analytics/disclosure/types.ts';
import { type ProtectedViewCube, protectViewCube } from '../../../../src/analytics/disclosure/view-cube.ts';
import { guardNeighbours, outerFilters } from '../../../../src/app/protected-cube/guard-neighbours.ts';
import { toViewCubeInput } from '../../../../src/app/protected-cube/view-cube-input.ts';
import { ViewCubeRunner } from '../../../../src/app/protected-cube/view-cube-runner.ts';
import { ViewCubeService, viewCubeQueries } from '../../../../src/app/protected-cube/view-cube-service.ts';
import { SupersededError } from '../../../../src/db/coordinator.ts';
import type { Database } from '../../../../src/db/database.ts';
import { openNodeDatabase } from '../../../../src/db/node-database.ts';
import { viewCubeCountsQuery } from '../../../../src/query/view-cube-query.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/state/filters.ts';
import { loadIncidents } from '../../query/incident-fixture.ts';
import { countsFor, incidentsArb, LEVELS, type ModelIncident } from './incident-model.ts';

const MODEL_LEVELS = [LEVELS.country, LEVELS.month, LEVELS.crime, [...LEVELS.sexAge]];

/** Non-zero leaf counts keyed by their codes, added up (rows may repeat a leaf). */
function leafTotals(counts: CodedCounts, levels: readonly (readonly string[])[]): Record<string, number> {
  const out: Record<string, number> = {};
  counts.values.forEach((v, r) => {
    if (v === 0) return;
    const key = counts.codes.map((c, d) => levels[d]![c[r]!]).join('/');
    out[key] = (out[key] ?? 0) + v;
  });
  return out;
}

let db: Database;

beforeAll(async () => {
  db = await openNodeDatabase();
});
afterAll(async () => db.close());

/** Loads model incidents as real rows through the incidents table DDL. */
async function load(incidents: readonly ModelIncident[]): Promise<void> {
  await loadIncidents(
    db,
    incidents.length === 0
      ? [{ country: 'ARG', date: '2020-01-15', women: 0 }]
      : incidents.map((i) => ({
          country: i.country,
          date: `${i.month}-15`,
          crime_type: i.crime,
          women: i.women,
          men: i.men,
          exploitation: i.exploitation.join('|'),
          route: i.route,
        })),
  );
}

/** Every cell by its keys, hidden as null: comparable across level orders and shapes. */
function cells(cube: ProtectedViewCube): Map<string, number | null> {
  return new Map(viewCubeToTable(cube).rows.map((r) => [r.keys.join('/'), r.value]));
}

function inlineService(): ViewCubeService {
  return new ViewCubeService({ query: (sql) => db.query(sql), runner: () => new ViewCubeRunner(false) });
}

describe('viewCubeCountsQuery', () => {
  it('counts persons by country, month, crime type and sex/age under the outer filters', async () => {
    await loadIncidents(db, [
      {
        country: 'COL',
        date: '2020-01-05',
        crime_type: 'trafficking',
        women: 2,
        girls: 1,
        exploitation: 'sexual',
      },
      { country: 'COL', date: '2020-01-20', crime_type: 'trafficking', men: 3 },
      { country: 'PAN', date: '2020-02-11', crime_type: 'smuggling', men: 4, exploitation: 'forced_labour' },
    ]);
    const persons = viewCubeCountsQuery('TRUE', 'persons');
    expect((await db.query(`EXPLAIN ${persons}`)).numRows).toBeGreaterThan(0);
    const rows = (await db.query(persons)).toArray().map((r) => r.toJSON());
    expect(rows).toEqual([
      {
        country: 'COL',
        month: '2020-01',
        crime_type: 'trafficking',
        women: 2,
        men: 3,
        girls: 1,
        boys: 0,
        unknown_sex_age: 0,
      },
      {
        country: 'PAN',
        month: '2020-02',
        crime_type: 'smuggling',
        women: 0,
        men: 4,
        girls: 0,
        boys: 0,
        unknown_sex_age: 0,
      },
    ]);
    const { view } = viewCubeQueries(
      { ...EMPTY_FILTERS, exploitation: ['sexual'], detection: ['PAN'] },
      'incidents',
    );
    const incidents = (await db.query(view)).toArray().map((r) => r.toJSON());
    // The detection filter is a cube dimension (not applied); exploitation is applied.
    expect(incidents).toEqual([
      { country: 'COL', month: '2020-01', crime_type: 'trafficking', incidents: 1 },
    ]);
  });
});

describe('toViewCubeInput', () => {
  it('codes every table against one list of levels, all five sex/age categories included', async () => {
    await loadIncidents(db, [
      { country: 'COL', date: '2020-01-05', crime_type: 'trafficking', women: 6, exploitation: 'sexual' },
      { country: 'MEX', date: '2020-03-05', crime_type: 'smuggling', men: 7 },
    ]);
    const { view, neighbours } = viewCubeQueries({ ...EMPTY_FILTERS, exploitation: ['sexual'] }, 'persons');
    const input = toViewCubeInput('persons', await db.query(view), [await db.query(neighbours[0]!)], 5);
    expect(input.dims).toEqual(['country', 'month', 'crime_type', 'sex_age']);
    expect(input.levels[0]).toEqual(['COL', 'MEX']);
    expect(input.levels[3]).toEqual(['women', 'men', 'girls', 'boys', 'unknown_sex_age']);
    expect(input.view.values.length).toBe(5);
    expect(input.neighbours[0]!.values.reduce((a, b) => a + b, 0)).toBe(13);
    expect(input.levels.flat()).not.toContain(ALL);
  });
});

describe('ViewCubeService', () => {
  it('counts in SQL what the JS model of the property tests counts, and protects exactly that', async () => {
    const filtersArb = fc.record({
      exploitation: fc.subarray(LEVELS.exploitation),
      routes: fc.subarray(LEVELS.routes),
    });
    await fc.assert(
      fc.asyncProperty(incidentsArb(), filtersArb, async (incidents, outer) => {
        await load(incidents);
        const filters: Filters = { ...EMPTY_FILTERS, ...outer };
        const { view, neighbours } = viewCubeQueries(filters, 'persons');
        const tables = await Promise.all([view, ...neighbours].map((sql) => db.query(sql)));
        const input = toViewCubeInput('persons', tables[0]!, tables.slice(1), 5);
        // Counts: every leaf the SQL returns is the model's count (other sex/age columns 0).
        const expected = [countsFor(incidents, outerFilters(filters, 'persons'))].concat(
          guardNeighbours(filters, 'persons').map((f) => countsFor(incidents, f)),
        );
        [input.view, ...input.neighbours].forEach((got, t) => {
          expect(leafTotals(got, input.levels)).toEqual(leafTotals(expected[t]!, MODEL_LEVELS));
        });
        // Protection: the service returns the pure protection of those counts.
        const service = inlineService();
        const fromService = cells(await service.get(filters, 'persons', 5, 1));
        expect(fromService).toEqual(cells(protectViewCube(input)));
      }),
      { numRuns: 12, seed: 5 },
    );
  });

  it('reuses a cube while only cube dimensions change, and after it is ready peeks it', async () => {
    await load([
      {
        country: 'ARG',
        month: '2020-01',
        crime: 'trafficking',
        women: 9,
        men: 1,
        exploitation: [],
        route: null,
      },
    ]);
    const service = inlineService();
    const a: Filters = { ...EMPTY_FILTERS, detection: ['ARG'] };
    const b: Filters = { ...EMPTY_FILTERS, crimeTypes: ['smuggling'], period: ['2020-01', '2020-01'] };
    expect(service.peek(a, 'persons', 5, 1)).toBeNull();
    const first = service.get(a, 'persons', 5, 1);
    expect(service.get(b, 'persons', 5, 1)).toBe(first);
    const cube = await first;
    expect(service.peek(b, 'persons', 5, 1)).toBe(cube);
    expect(service.peek(b, 'persons', 5, 2)).toBeNull();
    expect(service.peek({ ...b, routes: ['andina'] }, 'persons', 5, 1)).toBeNull();
  });

  it('drops a request superseded by a newer one for the same measure', async () => {
    const service = inlineService();
    const old = service.get({ ...EMPTY_FILTERS, routes: ['andina'] }, 'persons', 5, 3);
    const next = service.get({ ...EMPTY_FILTERS, routes: ['caribe'] }, 'persons', 5, 3);
    const other = service.get({ ...EMPTY_FILTERS, routes: ['andina'] }, 'incidents', 5, 3);
    await expect(old).rejects.toBeInstanceOf(SupersededError);
    await expect(next).resolves.toBeTruthy();
    await expect(other).resolves.toBeTruthy();
  });
});

import { describe, expect, it } from 'vitest';
import { chooseSource, cubeAnswers } from '../../../../src/query/cube/choose-source.ts';
import { cubeSource, cubeTableSQL, FULL_CUBE } from '../../../../src/query/cube/cube-spec.ts';
import { VIEW_NEEDS } from '../../../../src/query/cube/needs.ts';
import { planCubes } from '../../../../src/query/cube/plan-cubes.ts';
import { incidentCount, RAW_SOURCE, toSource } from '../../../../src/query/cube/source.ts';
import { flowsQuery } from '../../../../src/query/flows-query.ts';
import { incidentsGridQuery } from '../../../../src/query/incidents-grid-query.ts';
import { routesQuery, routeTotalsQuery } from '../../../../src/query/routes-query.ts';
import { EMPTY_FILTERS } from '../../../../src/state/filters.ts';

describe('cube planning and source choice (pure)', () => {
  it('keeps the brushed month free and bakes other filters in, keeping their column', () => {
    const cubes = planCubes({ ...EMPTY_FILTERS, detection: ['MEX'], sexAge: ['women'] }, { cellDegrees: 1 });
    const flows = cubes.find((c) => c.name === 'cube_flows')!;
    expect(flows.dims).toEqual(['origin', 'destination', 'crime_type', 'month', 'country']);
    expect(flows.base.detection).toEqual(['MEX']);
    expect(flows.base.period).toBeNull();
    const people = cubes.find((c) => c.name === 'cube_people')!;
    expect(people.base.sexAge).toEqual([]);
    expect(cubes.find((c) => c.name === 'cube_grid')!.cells).toEqual([1]);
  });

  it('serves a brush from the cube and anything else from incidents', () => {
    const cubes = planCubes(EMPTY_FILTERS, { cellDegrees: 2 });
    const brushed = { ...EMPTY_FILTERS, period: ['2019-01', '2019-06'] as const };
    expect(chooseSource(brushed, VIEW_NEEDS.routes, cubes)).toEqual({
      table: '"cube_routes"',
      weight: 'incident_count',
    });
    expect(chooseSource({ ...brushed, offices: ['X'] }, VIEW_NEEDS.routes, cubes)).toEqual(RAW_SOURCE);
    expect(chooseSource(brushed, VIEW_NEEDS.grid(0.5), cubes)).toEqual(RAW_SOURCE);
    expect(cubeAnswers(FULL_CUBE, { ...brushed, offices: ['X'] }, VIEW_NEEDS.routes)).toBe(true);
  });

  it('prefers the cube with the fewest dimensions', () => {
    const cubes = [FULL_CUBE, ...planCubes(EMPTY_FILTERS, { cellDegrees: 2 })];
    expect(chooseSource(EMPTY_FILTERS, VIEW_NEEDS.monthlySeries, cubes).table).toBe('"cube_series"');
  });

  it('keeps the sex/age filter free in the map cubes without a sex/age dimension', () => {
    const women = { ...EMPTY_FILTERS, sexAge: ['women'] as const, detection: ['MEX'] };
    const cubes = planCubes(women, { cellDegrees: 2, active: ['period', 'sexAge', 'detection'] });
    const byName = new Map(cubes.map((c) => [c.name, c]));
    for (const name of ['cube_flows', 'cube_routes', 'cube_grid']) {
      for (const tier of [name, `${name}_fit`]) {
        const cube = byName.get(tier)!;
        expect(cube.dims, tier).not.toContain('sex_age');
        expect(cube.base.sexAge, tier).toEqual([]);
      }
    }
    // A view that counts incidents keeps the dimension, and never reads a map cube under it.
    expect(byName.get('cube_series')!.dims).toContain('sex_age');
    const routes = byName.get('cube_routes_fit')!;
    expect(chooseSource(women, VIEW_NEEDS.routes, cubes)).toEqual(cubeSource(routes));
    expect(cubeAnswers(routes, women, { dims: VIEW_NEEDS.routes.dims })).toBe(false);
    expect(cubeAnswers(routes, { ...women, sexAge: [] }, { dims: VIEW_NEEDS.routes.dims })).toBe(true);
    expect(chooseSource(women, VIEW_NEEDS.alerts, [routes])).toEqual(RAW_SOURCE);
  });

  it('gives the persons-only builders no incident count to get wrong', () => {
    const source = cubeSource(planCubes(EMPTY_FILTERS, { cellDegrees: 2 })[0]!);
    const filters = { ...EMPTY_FILTERS, sexAge: ['girls', 'boys'] as const };
    const sqls = [
      ...(['crime_type', 'sex_age', 'exploitation'] as const).flatMap((split) => [
        flowsQuery({ filters, split, source }),
        flowsQuery({ filters, split, source, ends: 'admin1', k: 5 }),
      ]),
      routesQuery({ filters, topN: 5, source }),
      routeTotalsQuery({ filters, source }),
      incidentsGridQuery({ filters, cellDegrees: 2, source }),
    ];
    for (const sql of sqls) expect(sql).not.toContain('incident_count');
    expect(VIEW_NEEDS.routes.personsOnly && VIEW_NEEDS.grid(2).personsOnly).toBe(true);
    expect(VIEW_NEEDS.flows('exploitation', 'admin1').personsOnly).toBe(true);
  });

  it('counts incidents with count(*) on the raw table and sum(weight) on a cube', () => {
    expect(incidentCount(toSource(undefined))).toBe('count(*)');
    expect(incidentCount(toSource('other_table'))).toBe('count(*)');
    expect(incidentCount({ table: 'c', weight: 'incident_count' })).toBe('sum(incident_count)');
  });

  it('builds a grid cube keyed by every served cell size, with a representative position', () => {
    const sql = cubeTableSQL({ name: 'g', dims: ['cell', 'month'], base: EMPTY_FILTERS, cells: [2, 0.05] });
    expect(sql).toContain(
      'GROUP BY month, floor(lon / 2), floor(lat / 2), floor(lon / 0.05), floor(lat / 0.05)',
    );
    expect(sql).toContain('min(lon) AS lon');
    expect(() => cubeTableSQL({ name: 'g', dims: ['cell'], base: EMPTY_FILTERS })).toThrow(/cell sizes/);
  });
});

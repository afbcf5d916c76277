import { describe, expect, it } from 'vitest';
import { chooseSource, cubeAnswers } from '../../../../src/query/cube/choose-source.ts';
import { cubeTableSQL, FULL_CUBE } from '../../../../src/query/cube/cube-spec.ts';
import { VIEW_NEEDS } from '../../../../src/query/cube/needs.ts';
import { planCubes } from '../../../../src/query/cube/plan-cubes.ts';
import { incidentCount, RAW_SOURCE, toSource } from '../../../../src/query/cube/source.ts';
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

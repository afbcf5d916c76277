import { describe, expect, it } from 'vitest';
import { activeFor, MAX_FREE_FILTERS, nextActive } from '../../../../src/query/cube/active.ts';
import { VIEW_NEEDS } from '../../../../src/query/cube/needs.ts';
import { planCubes } from '../../../../src/query/cube/plan-cubes.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/state/filters.ts';

const period = ['period'] as const;
const mex: Filters = { ...EMPTY_FILTERS, detection: ['MEX'] };

describe('nextActive', () => {
  it('lists the changed list filters, most recent first, and keeps the list when nothing moves', () => {
    expect(nextActive(null, mex, period)).toBe(period);
    expect(nextActive(EMPTY_FILTERS, mex, period)).toEqual(['period', 'detection']);
    // The crime type is free in every cube: never listed.
    expect(nextActive(EMPTY_FILTERS, { ...EMPTY_FILTERS, crimeTypes: ['trafficking'] }, period)).toBe(period);
    const listed = ['period', 'detection'] as const;
    expect(nextActive(mex, { ...mex, period: ['2020-01', '2020-02'] }, listed)).toBe(listed);
    expect(nextActive(mex, EMPTY_FILTERS, listed)).toBe(listed);
    expect(nextActive(mex, { ...mex, origin: ['VEN'] }, listed)).toEqual(['period', 'origin', 'detection']);
  });

  it('moves a filter changed again to the front, however far down the list it was', () => {
    const four = ['period', 'sexAge', 'transit', 'destination', 'origin'] as const;
    const next = nextActive(EMPTY_FILTERS, { ...EMPTY_FILTERS, origin: ['VEN'] }, four);
    expect(next).toEqual(['period', 'origin', 'sexAge', 'transit', 'destination']);
  });
});

describe('activeFor', () => {
  const active = ['period', 'sexAge', 'origin', 'destination', 'transit', 'routes'] as const;

  it('frees the first MAX_FREE_FILTERS, and in the map cubes the first besides sex/age', () => {
    expect(MAX_FREE_FILTERS).toBe(3);
    expect(activeFor(active, VIEW_NEEDS.nationalities)).toEqual(['sexAge', 'origin', 'destination']);
    expect(activeFor(active, VIEW_NEEDS.routes)).toEqual(['origin', 'destination', 'transit']);
    expect(activeFor(['period', 'crimeTypes', 'origin'], VIEW_NEEDS.routes)).toEqual(['origin']);
  });

  it('so a sex/age change leaves the map cubes as they were and frees it in the others', () => {
    const filters: Filters = { ...EMPTY_FILTERS, origin: ['VEN'], destination: ['USA'], transit: ['MEX'] };
    const before = nextActive(EMPTY_FILTERS, filters, period);
    const women: Filters = { ...filters, sexAge: ['women'] };
    const after = nextActive(filters, women, before);
    expect(after[1]).toBe('sexAge');
    const planBefore = planCubes(filters, { cellDegrees: 2, active: before });
    const planAfter = planCubes(women, { cellDegrees: 2, active: after });
    const named = (plan: typeof planBefore, name: string) => plan.find((c) => c.name === name);
    for (const name of ['cube_flows', 'cube_routes', 'cube_grid']) {
      expect(named(planAfter, name), name).toEqual(named(planBefore, name));
    }
    // The series cube takes sex/age in as a dimension and bakes the oldest filter instead.
    expect(named(planBefore, 'cube_series')!.dims).not.toContain('sex_age');
    expect(named(planAfter, 'cube_series')!.dims).toContain('sex_age');
    const oldest = before[before.length - 1]!;
    expect(named(planBefore, 'cube_series')!.base[oldest]).toEqual([]);
    expect(named(planAfter, 'cube_series')!.base[oldest]).toEqual(filters[oldest]);
  });
});

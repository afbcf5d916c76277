import { describe, expect, it } from 'vitest';
import {
  guardNeighbours,
  outerFilterKeys,
  outerFilters,
  viewCubeKey,
} from '../../../../src/app/protected-cube/guard-neighbours.ts';
import { EMPTY_FILTERS, type Filters } from '../../../../src/state/filters.ts';

const F = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });

describe('outer filters (applied before the view cube is counted)', () => {
  it('are every list filter but the cube dimensions; sex/age is outer only for incidents', () => {
    expect(outerFilterKeys('persons')).toEqual([
      'exploitation',
      'origin',
      'transit',
      'destination',
      'routes',
      'offices',
    ]);
    expect(outerFilterKeys('incidents')).toEqual([
      'sexAge',
      'exploitation',
      'origin',
      'transit',
      'destination',
      'routes',
      'offices',
    ]);
  });

  it('drop the cube dimensions and sort values, so the cube key ignores slicing and order', () => {
    const f = F({
      period: ['2020-01', '2020-06'],
      crimeTypes: ['smuggling'],
      detection: ['MEX'],
      sexAge: ['women'],
      origin: ['VEN', 'COL'],
    });
    expect(outerFilters(f, 'persons')).toEqual(F({ origin: ['COL', 'VEN'] }));
    expect(outerFilters(f, 'incidents')).toEqual(F({ origin: ['COL', 'VEN'], sexAge: ['women'] }));
    const other = F({ detection: ['PAN'], origin: ['COL', 'VEN'] });
    expect(viewCubeKey(f, 'persons', 5)).toBe(viewCubeKey(other, 'persons', 5));
    expect(viewCubeKey(f, 'persons', 5)).not.toBe(viewCubeKey(f, 'persons', 10));
    expect(viewCubeKey(f, 'persons', 5)).not.toBe(viewCubeKey(f, 'incidents', 5));
  });
});

describe('guardNeighbours', () => {
  it('has none without outer filters, whatever the cube dimensions do', () => {
    expect(guardNeighbours(F({ crimeTypes: ['trafficking'], detection: ['COL'] }), 'persons')).toEqual([]);
  });

  it('with one value: the view without the filter', () => {
    expect(guardNeighbours(F({ exploitation: ['sexual'] }), 'persons')).toEqual([F({})]);
  });

  it('with several values: each value removed, and the filter removed', () => {
    expect(guardNeighbours(F({ origin: ['VEN', 'COL'] }), 'persons')).toEqual([
      F({ origin: ['VEN'] }),
      F({ origin: ['COL'] }),
      F({}),
    ]);
  });

  it('with two outer filters: the one-step neighbours of each, and no outer filter at all', () => {
    const n = guardNeighbours(F({ exploitation: ['sexual'], routes: ['andina'] }), 'persons');
    expect(n).toEqual([F({ routes: ['andina'] }), F({ exploitation: ['sexual'] }), F({})]);
  });

  it('for incidents, a sex/age selection is an outer filter with its own neighbours', () => {
    expect(guardNeighbours(F({ sexAge: ['girls'] }), 'incidents')).toEqual([F({})]);
    expect(guardNeighbours(F({ sexAge: ['girls'] }), 'persons')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '../../../src/state/filters.ts';
import { viewNeighbours } from '../../../src/state/view-neighbours.ts';

const MONTHS = ['2020-01', '2023-12'] as const;
const key = (f: Filters) => JSON.stringify(f);

describe('viewNeighbours', () => {
  it('removes each value and each whole list filter, and with two active, all of them', () => {
    const filters: Filters = { ...EMPTY_FILTERS, crimeTypes: ['trafficking', 'smuggling'], origin: ['VEN'] };
    const got = viewNeighbours(filters, { ignore: ['period'] }).map(key);
    expect(new Set(got)).toEqual(
      new Set(
        (
          [
            { ...filters, crimeTypes: ['smuggling'] },
            { ...filters, crimeTypes: ['trafficking'] },
            { ...filters, crimeTypes: [] },
            { ...filters, origin: [] },
            { ...filters, crimeTypes: [], origin: [] },
          ] as Filters[]
        ).map(key),
      ),
    );
    expect(got).toHaveLength(new Set(got).size);
    expect(got).not.toContain(key(filters));
  });

  it('moves each end of the period a month outwards, inside the data', () => {
    const filters: Filters = { ...EMPTY_FILTERS, period: ['2020-02', '2020-06'] };
    const periods = viewNeighbours(filters, { months: MONTHS }).map((f) => f.period);
    // Then "Whole period" (which is also "Clear all" here).
    expect(periods).toEqual([['2020-01', '2020-06'], ['2020-02', '2020-07'], null]);
    // At the first month of the data only the end moves.
    const first: Filters = { ...EMPTY_FILTERS, period: ['2020-01', '2021-12'] };
    expect(viewNeighbours(first, { months: MONTHS }).map((f) => f.period)).toEqual([
      ['2020-01', '2022-01'],
      null,
    ]);
  });

  it('lists no narrower period: the narrower view lists this one and hides what differs', () => {
    // Of the pair (P, P with an end moved in), the narrower lists the wider (its outward move).
    const wide: Filters = { ...EMPTY_FILTERS, period: ['2021-01', '2021-12'] };
    const narrow: Filters = { ...EMPTY_FILTERS, period: ['2021-02', '2021-12'] };
    expect(viewNeighbours(wide, { months: MONTHS }).map(key)).not.toContain(key(narrow));
    expect(viewNeighbours(narrow, { months: MONTHS }).map(key)).toContain(key(wide));
    // The whole period with no filter is every neighbour's wider view: it has none.
    expect(viewNeighbours(EMPTY_FILTERS, { months: MONTHS })).toEqual([]);
    expect(viewNeighbours(EMPTY_FILTERS, { months: null })).toEqual([]);
  });

  it('does not vary a filter the view ignores', () => {
    const filters: Filters = { ...EMPTY_FILTERS, exploitation: ['sexual'], detection: ['PER'] };
    const got = viewNeighbours(filters, { ignore: ['exploitation', 'period'] });
    expect(got.map(key)).toEqual([key({ ...filters, detection: [] })]);
  });

  it('lists "Whole period" and "Clear all", one click from any view', () => {
    const filters: Filters = { ...EMPTY_FILTERS, period: ['2021-01', '2021-06'], origin: ['VEN'] };
    const got = viewNeighbours(filters, { months: MONTHS }).map(key);
    expect(got).toContain(key({ ...filters, period: null }));
    expect(got).toContain(key(EMPTY_FILTERS));
    // The view that shows everything has no "Clear all" neighbour: it is that view.
    expect(viewNeighbours(EMPTY_FILTERS, { months: null })).toEqual([]);
  });
});

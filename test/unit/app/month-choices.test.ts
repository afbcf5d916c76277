import { describe, expect, it } from 'vitest';
import { clampMonth, monthChoices, monthKey } from '../../../src/app/month-choices.ts';

describe('monthChoices', () => {
  it('offers the years of the bounds and, in the first and last year, only months inside them', () => {
    expect(monthChoices('2015-03', '2017-10', 2015)).toEqual({
      years: [2015, 2016, 2017],
      months: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    });
    expect(monthChoices('2015-03', '2017-10', 2016).months).toHaveLength(12);
    expect(monthChoices('2015-03', '2017-10', 2017).months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(monthChoices('2015-03', '2015-03', 2015)).toEqual({ years: [2015], months: [3] });
  });

  it('offers nothing for bounds that are not months or are reversed', () => {
    expect(monthChoices('', '', 2020)).toEqual({ years: [], months: [] });
    expect(monthChoices('2020-05', '2019-01', 2020)).toEqual({ years: [], months: [] });
    expect(monthChoices('2015-03', '2017-10', 2030).months).toEqual([]);
  });
});

describe('clampMonth', () => {
  it('keeps the month when the new year has it, else takes the nearest one inside the bounds', () => {
    expect(clampMonth('2015-03', '2017-10', 2016, 7)).toBe('2016-07');
    expect(clampMonth('2015-03', '2017-10', 2015, 1)).toBe('2015-03');
    expect(clampMonth('2015-03', '2017-10', 2017, 12)).toBe('2017-10');
    expect(monthKey(2020, 3)).toBe('2020-03');
    // A value that was no month (NaN) takes the first month allowed, never "2016-NaN".
    expect(clampMonth('2015-03', '2017-10', 2015, Number.NaN)).toBe('2015-03');
  });
});

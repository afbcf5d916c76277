import { describe, expect, it } from 'vitest';
import {
  brushToPeriod,
  fromMonthKey,
  MIN_BRUSH_PIXELS,
  periodToBrush,
  toMonthKey,
} from '../../../../src/app/charts/brush-period.ts';
import { monthToPixel } from '../../../../src/charts/brush.ts';
import { timeSeriesLayout } from '../../../../src/charts/time-series-layout.ts';

const months = Float64Array.from({ length: 48 }, (_, i) => Date.UTC(2018, i, 1));
const layout = timeSeriesLayout(
  { month: months, value: new Float64Array(48), series: Array(48).fill('t') },
  800,
);

describe('month keys', () => {
  it('round-trips YYYY-MM through epoch ms', () => {
    expect(toMonthKey(Date.UTC(2020, 2, 1))).toBe('2020-03');
    expect(fromMonthKey('2020-03')).toBe(Date.UTC(2020, 2, 1));
    expect(fromMonthKey('2020-13')).toBeNaN();
  });
});

describe('brushToPeriod', () => {
  it('maps a drag to the months under its ends, in order either way', () => {
    const x0 = monthToPixel(Date.UTC(2019, 0, 1), layout);
    const x1 = monthToPixel(Date.UTC(2020, 5, 1), layout);
    expect(brushToPeriod(x0, x1, layout)).toEqual(['2019-01', '2020-06']);
    expect(brushToPeriod(x1 + 2, x0 - 2, layout)).toEqual(['2019-01', '2020-06']);
  });

  it('clamps a drag past the plot to the first and last month', () => {
    expect(brushToPeriod(-50, 5000, layout)).toEqual(['2018-01', '2021-12']);
  });

  it('treats a drag shorter than the minimum as a click (null)', () => {
    expect(brushToPeriod(300, 300 + MIN_BRUSH_PIXELS - 1, layout)).toBeNull();
  });

  it('gives back the overlay range of a period', () => {
    expect(periodToBrush(['2019-01', '2020-06'])).toEqual([Date.UTC(2019, 0, 1), Date.UTC(2020, 5, 1)]);
    expect(periodToBrush(null)).toBeUndefined();
  });
});

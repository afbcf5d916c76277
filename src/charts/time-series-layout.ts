import type { SeriesColumns } from './columns.ts';

/** Where the plot of a time-series chart sits, shared by the chart and the brush mapping. */
export interface TimeSeriesLayout {
  /** Left and right pixel edges of the plot. */
  left: number;
  right: number;
  /** First and last month drawn (epoch ms). */
  start: number;
  end: number;
}

/** Left margin of time-series plots: room for y tick labels. */
export const TIME_SERIES_LEFT = 56;
/** Right margin. */
export const TIME_SERIES_RIGHT = 16;

/** The x layout of a time-series chart of `columns` at `width` pixels. */
export function timeSeriesLayout(columns: SeriesColumns, width: number): TimeSeriesLayout {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const m of columns.month) {
    if (m < start) start = m;
    if (m > end) end = m;
  }
  if (!Number.isFinite(start)) {
    start = Date.UTC(2020, 0, 1);
    end = Date.UTC(2020, 11, 1);
  }
  if (start === end) end = Date.UTC(new Date(start).getUTCFullYear(), new Date(start).getUTCMonth() + 1, 1);
  return { left: TIME_SERIES_LEFT, right: width - TIME_SERIES_RIGHT, start, end };
}

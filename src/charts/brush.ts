import type { TimeSeriesLayout } from './time-series-layout.ts';

function monthsBetween(a: number, b: number): number {
  const da = new Date(a);
  const db = new Date(b);
  return (db.getUTCFullYear() - da.getUTCFullYear()) * 12 + db.getUTCMonth() - da.getUTCMonth();
}

function addMonths(ms: number, n: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
}

/**
 * The month (epoch ms of its first day) under pixel `x` of a time-series chart, snapped
 * to the nearest month and clamped to the drawn range. The x scale is linear in time
 * between `layout.start` and `layout.end`, as in the chart.
 */
export function pixelToMonth(x: number, layout: TimeSeriesLayout): number {
  const f = Math.min(1, Math.max(0, (x - layout.left) / (layout.right - layout.left)));
  const ms = layout.start + f * (layout.end - layout.start);
  const total = monthsBetween(layout.start, layout.end);
  let best = 0;
  let bestDist = Number.POSITIVE_INFINITY;
  // Month lengths differ, so the nearest month start is found among the two candidates.
  const guess = Math.round(f * total);
  for (const i of [guess - 1, guess, guess + 1]) {
    if (i < 0 || i > total) continue;
    const d = Math.abs(addMonths(layout.start, i) - ms);
    if (d < bestDist) {
      bestDist = d;
      best = i;
    }
  }
  return addMonths(layout.start, best);
}

/** Pixel x of a month in a time-series chart (inverse of {@link pixelToMonth}). */
export function monthToPixel(month: number, layout: TimeSeriesLayout): number {
  return layout.left + ((month - layout.start) / (layout.end - layout.start)) * (layout.right - layout.left);
}

/**
 * A brushed pixel range → the months it covers, `[first, last]` inclusive (epoch ms), in
 * order whichever way the user dragged. This is what the time filter receives.
 */
export function brushToMonths(x0: number, x1: number, layout: TimeSeriesLayout): [number, number] {
  const a = pixelToMonth(Math.min(x0, x1), layout);
  const b = pixelToMonth(Math.max(x0, x1), layout);
  return [a, b];
}

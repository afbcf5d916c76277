import { brushToMonths } from '../../charts/brush.ts';
import type { TimeSeriesLayout } from '../../charts/time-series-layout.ts';

/** `YYYY-MM` of an epoch-ms instant (UTC), the form the period filter holds. */
export function toMonthKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Epoch ms of the first day (UTC) of a `YYYY-MM` month; NaN when not a month. */
export function fromMonthKey(month: string): number {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return Number.NaN;
  return Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);
}

/** Fewest pixels a drag must cover to count as a brush rather than a click. */
export const MIN_BRUSH_PIXELS = 4;

/**
 * A pointer drag on the time-series chart (SVG x coordinates) → the period filter,
 * `[first, last]` months inclusive, in order whichever way the user dragged. A drag shorter
 * than {@link MIN_BRUSH_PIXELS} is a click and returns null (the caller clears the brush).
 */
export function brushToPeriod(
  x0: number,
  x1: number,
  layout: TimeSeriesLayout,
): readonly [string, string] | null {
  if (Math.abs(x1 - x0) < MIN_BRUSH_PIXELS) return null;
  const [a, b] = brushToMonths(x0, x1, layout);
  return [toMonthKey(a), toMonthKey(b)];
}

/** The period filter → the brushed range the time-series chart overlays (epoch ms), if any. */
export function periodToBrush(
  period: readonly [string, string] | null,
): readonly [number, number] | undefined {
  if (!period) return undefined;
  const a = fromMonthKey(period[0]);
  const b = fromMonthKey(period[1]);
  return Number.isNaN(a) || Number.isNaN(b) ? undefined : [a, b];
}

import { type ProximityResult, segmentWeight } from './proximity.ts';
import type { RouteBaseline } from './route-baseline.ts';
import type { MonthRange } from './types.ts';

/** Concurrence of one score segment over the analysed period, with its trend. */
export interface SegmentConcurrence {
  segment: number;
  /** Incident weight within the buffer during the period. */
  weight: number;
  /** weight / (lengthKm / 100) / months. */
  perHundredKmMonth: number;
  /** perHundredKmMonth / baseline; null when the baseline is 0. */
  score: number | null;
  /** Score over the first ⌈M/2⌉ months and over the remaining ⌊M/2⌋ (null without baseline, or M < 2). */
  firstHalfScore: number | null;
  secondHalfScore: number | null;
  /** Least-squares slope of the monthly score, in score units per month (null as above). */
  slopePerMonth: number | null;
}

function density(weight: number, lengthKm: number, months: number): number {
  return lengthKm > 0 && months > 0 ? weight / (lengthKm / 100) / months : 0;
}

function olsSlope(values: readonly number[]): number {
  const n = values.length;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  values.forEach((y, x) => {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
  });
  return sxx > 0 ? sxy / sxx : 0;
}

/**
 * The concurrence score of each score segment:
 *
 *   score_s = (W_s / (L_s / 100) / M) / (W_R / (L_R / 100) / M)
 *
 * where W_s is the incident weight (cases or persons, as aggregated) within the buffer of
 * segment s during the period (each position credited to its corridor's nearest segment),
 * L_s the segment's length in km, M the number of months in the period, W_R the weight within
 * the same buffer of any route path and L_R the length of the distinct route paths
 * ({@link RouteBaseline}). 1 means "as many incidents per corridor km as the average route
 * km"; 2 means twice as many. Trend: the same score over the first and second half of the
 * period, and the least-squares slope of the monthly score.
 */
export function concurrenceScores(
  result: ProximityResult,
  baseline: RouteBaseline,
  period: MonthRange = result.period,
): SegmentConcurrence[] {
  const months = period.to - period.from + 1;
  const base = baseline.perHundredKmMonth;
  const half = Math.ceil(months / 2);
  return result.scoreSegments.map((seg, segment) => {
    const weight = segmentWeight(result, segment, period);
    const perHundredKmMonth = density(weight, seg.lengthKm, months);
    const scoreOf = (range: MonthRange): number =>
      density(segmentWeight(result, segment, range), seg.lengthKm, range.to - range.from + 1) / base;
    const trendOk = base > 0 && months >= 2;
    const monthly: number[] = [];
    if (trendOk) for (let m = period.from; m <= period.to; m++) monthly.push(scoreOf({ from: m, to: m }));
    return {
      segment,
      weight,
      perHundredKmMonth,
      score: base > 0 ? perHundredKmMonth / base : null,
      firstHalfScore: trendOk ? scoreOf({ from: period.from, to: period.from + half - 1 }) : null,
      secondHalfScore: trendOk ? scoreOf({ from: period.from + half, to: period.to }) : null,
      slopePerMonth: trendOk ? olsSlope(monthly) : null,
    };
  });
}

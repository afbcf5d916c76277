import { normalQuantile } from './distributions.ts';

/** Sen's slope with its confidence interval. */
export interface SenSlopeResult {
  /** Median of all pairwise slopes (units of value per unit of time). */
  slope: number;
  /** Lower confidence limit (NaN when the interval is undefined: too few pairs). */
  lower: number;
  /** Upper confidence limit. */
  upper: number;
  /** Number of pairwise slopes N'. */
  pairs: number;
  /** Confidence level used, e.g. 0.95. */
  confidence: number;
}

function median(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const mid = n >> 1;
  return n % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** 1-based order statistic with linear interpolation between neighbours; NaN outside 1…n. */
function orderStatistic(sorted: Float64Array, rank: number): number {
  if (rank < 1 || rank > sorted.length) return Number.NaN;
  const lo = Math.floor(rank);
  const frac = rank - lo;
  const a = sorted[lo - 1] as number;
  return frac === 0 || lo >= sorted.length ? a : a + frac * ((sorted[lo] as number) - a);
}

/**
 * Sen's (1968) nonparametric slope: the median of (x_j − x_i)/(t_j − t_i) over all pairs
 * with t_j > t_i, robust to outliers and to missing months (NaN values are skipped). The
 * confidence interval follows Gilbert (1987, §16.5): C = z_{1−α/2}·√Var(S),
 * M1 = (N′ − C)/2, M2 = (N′ + C)/2 + 1, limits = the M1-th and M2-th smallest slopes
 * (interpolated when not integers). `varS` is the Mann–Kendall variance (tie-corrected).
 * @param times time of each value, e.g. month index; defaults to 0, 1, 2, …
 */
export function senSlope(
  values: ArrayLike<number>,
  varS: number,
  times?: ArrayLike<number>,
  confidence = 0.95,
): SenSlopeResult {
  const n = values.length;
  const slopes: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    const xi = values[i] as number;
    if (Number.isNaN(xi)) continue;
    const ti = times ? (times[i] as number) : i;
    for (let j = i + 1; j < n; j++) {
      const xj = values[j] as number;
      const tj = times ? (times[j] as number) : j;
      if (Number.isNaN(xj) || tj === ti) continue;
      slopes.push((xj - xi) / (tj - ti));
    }
  }
  const sorted = Float64Array.from(slopes).sort();
  const pairs = sorted.length;
  const c = normalQuantile(1 - (1 - confidence) / 2) * Math.sqrt(varS);
  return {
    slope: median(sorted),
    lower: orderStatistic(sorted, (pairs - c) / 2),
    upper: orderStatistic(sorted, (pairs + c) / 2 + 1),
    pairs,
    confidence,
  };
}

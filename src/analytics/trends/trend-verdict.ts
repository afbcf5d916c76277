import { type MannKendallResult, mannKendall } from './mann-kendall.ts';
import { type SenSlopeResult, senSlope } from './sen-slope.ts';

/** What a trend test concluded, as a code the UI translates. */
export type TrendVerdictCode =
  | 'rising_significant'
  | 'falling_significant'
  | 'no_clear_trend'
  | 'too_few_data';

/** Options of {@link trendVerdict}. */
export interface TrendVerdictOptions {
  /** Two-sided significance level. Default 0.05. */
  alpha?: number;
  /**
   * Fewest non-missing points to test at all. Default 8: with fewer, even a perfectly
   * monotonic series barely reaches p < 0.05 (n = 5 gives p = 0.017 exact, n = 4 p = 0.083),
   * and a monthly count series that short says nothing about a trend.
   */
  minN?: number;
  /** Confidence level of the Sen's slope interval. Default 0.95. */
  confidence?: number;
}

/** The verdict with the numbers behind it. */
export interface TrendVerdict {
  code: TrendVerdictCode;
  /** Non-missing points. */
  n: number;
  /** Mann–Kendall result; null when too few data. */
  mannKendall: MannKendallResult | null;
  /** Sen's slope per unit of `times`; null when too few data. */
  sen: SenSlopeResult | null;
  alpha: number;
}

/**
 * Mann–Kendall + Sen's slope on one series, summarised as a verdict code: significant
 * rise/fall when p < alpha (two-sided) with the sign of S, `no_clear_trend` otherwise, and
 * `too_few_data` below `minN` points. NaN values are missing months.
 */
export function trendVerdict(
  values: ArrayLike<number>,
  times?: ArrayLike<number>,
  options: TrendVerdictOptions = {},
): TrendVerdict {
  const alpha = options.alpha ?? 0.05;
  const minN = options.minN ?? 8;
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i] as number)) n++;
  if (n < minN) return { code: 'too_few_data', n, mannKendall: null, sen: null, alpha };
  const mk = mannKendall(values);
  const sen = senSlope(values, mk.varS, times, options.confidence ?? 0.95);
  const code: TrendVerdictCode =
    mk.p < alpha && mk.s > 0
      ? 'rising_significant'
      : mk.p < alpha && mk.s < 0
        ? 'falling_significant'
        : 'no_clear_trend';
  return { code, n, mannKendall: mk, sen, alpha };
}

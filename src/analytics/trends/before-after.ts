import { normalTwoSidedP, studentTTwoSidedP } from './distributions.ts';

/** Welch's two-sample t-test result. */
export interface WelchResult {
  meanBefore: number;
  meanAfter: number;
  /** meanAfter − meanBefore. */
  difference: number;
  t: number;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number;
  /** Two-sided p-value. */
  p: number;
}

/** Mann–Whitney U test result (normal approximation with tie and continuity corrections). */
export interface MannWhitneyResult {
  /** U of the "after" sample: pairs where after > before, ties counted ½. */
  u: number;
  z: number;
  p: number;
}

/** Before/after comparison around an event. */
export interface BeforeAfterResult {
  /** Event date, ISO `YYYY-MM-DD`; months on or after it are "after". */
  event: string;
  nBefore: number;
  nAfter: number;
  /** `too_few_data` when either side has fewer than `minPerSide` months. */
  code: 'higher_after' | 'lower_after' | 'no_clear_change' | 'too_few_data';
  welch: WelchResult | null;
  mannWhitney: MannWhitneyResult | null;
  /** Welch's test on counts minus their calendar-month mean (removes seasonal composition). */
  seasonalWelch: WelchResult | null;
  alpha: number;
}

function meanVar(x: ArrayLike<number>): [number, number] {
  let m = 0;
  for (let i = 0; i < x.length; i++) m += x[i] as number;
  m /= x.length;
  let v = 0;
  for (let i = 0; i < x.length; i++) v += ((x[i] as number) - m) ** 2;
  return [m, v / (x.length - 1)];
}

/** Welch's unequal-variance t-test (two-sided); each sample needs ≥ 2 values. */
export function welchTTest(before: ArrayLike<number>, after: ArrayLike<number>): WelchResult {
  const [m1, v1] = meanVar(before);
  const [m2, v2] = meanVar(after);
  const a = v1 / before.length;
  const b = v2 / after.length;
  const se = Math.sqrt(a + b);
  const difference = m2 - m1;
  if (se === 0)
    return { meanBefore: m1, meanAfter: m2, difference, t: 0, df: Number.NaN, p: difference === 0 ? 1 : 0 };
  const t = difference / se;
  const df = (a + b) ** 2 / ((a * a) / (before.length - 1) + (b * b) / (after.length - 1));
  return { meanBefore: m1, meanAfter: m2, difference, t, df, p: studentTTwoSidedP(t, df) };
}

/** Mann–Whitney U test (two-sided, normal approximation with tie and continuity corrections). */
export function mannWhitneyU(before: ArrayLike<number>, after: ArrayLike<number>): MannWhitneyResult {
  const n1 = before.length;
  const n2 = after.length;
  const all = [...Array.from(before, (v) => [v, 0] as const), ...Array.from(after, (v) => [v, 1] as const)];
  all.sort((x, y) => x[0] - y[0]);
  let rankAfter = 0;
  let tieTerm = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (
      j + 1 < all.length &&
      (all[j + 1] as readonly [number, number])[0] === (all[i] as readonly [number, number])[0]
    )
      j++;
    const rank = (i + j + 2) / 2;
    const t = j - i + 1;
    tieTerm += t ** 3 - t;
    for (let k = i; k <= j; k++) if ((all[k] as readonly [number, number])[1] === 1) rankAfter += rank;
    i = j + 1;
  }
  const u = rankAfter - (n2 * (n2 + 1)) / 2;
  const n = n1 + n2;
  const mu = (n1 * n2) / 2;
  const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  if (sigma === 0) return { u, z: 0, p: 1 };
  const z = (u - mu - Math.sign(u - mu) * 0.5) / sigma;
  return { u, z, p: normalTwoSidedP(z) };
}

/** Options of {@link beforeAfter}. */
export interface BeforeAfterOptions {
  /** ISO date of the event; default `2020-03-01` (COVID-19 border closures). */
  event?: string;
  /** Significance level; default 0.05. */
  alpha?: number;
  /** Fewest months on each side; default 6. */
  minPerSide?: number;
}

/**
 * Compares monthly counts before and after an event date. The verdict uses Welch's t-test
 * (robust to unequal variance, which count series after a shock usually have); the
 * Mann–Whitney U and a seasonally adjusted Welch test (each value minus the mean of its
 * calendar month over the whole series) are reported beside it so a reader can see whether
 * the conclusion depends on outliers or on which months fall on each side. NaN = missing.
 * @param months epoch ms of each month's first day (UTC)
 */
export function beforeAfter(
  months: ArrayLike<number>,
  values: ArrayLike<number>,
  options: BeforeAfterOptions = {},
): BeforeAfterResult {
  const event = options.event ?? '2020-03-01';
  const alpha = options.alpha ?? 0.05;
  const minPerSide = options.minPerSide ?? 6;
  const cut = Date.parse(`${event}T00:00:00Z`);
  const calSum = new Float64Array(12);
  const calN = new Float64Array(12);
  for (let i = 0; i < months.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    const m = new Date(months[i] as number).getUTCMonth();
    calSum[m] = (calSum[m] as number) + v;
    calN[m] = (calN[m] as number) + 1;
  }
  const before: number[] = [];
  const after: number[] = [];
  const adjBefore: number[] = [];
  const adjAfter: number[] = [];
  for (let i = 0; i < months.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    const m = new Date(months[i] as number).getUTCMonth();
    const adjusted = v - (calSum[m] as number) / (calN[m] as number);
    if ((months[i] as number) < cut) {
      before.push(v);
      adjBefore.push(adjusted);
    } else {
      after.push(v);
      adjAfter.push(adjusted);
    }
  }
  const base = { event, nBefore: before.length, nAfter: after.length, alpha };
  if (before.length < minPerSide || after.length < minPerSide) {
    return { ...base, code: 'too_few_data', welch: null, mannWhitney: null, seasonalWelch: null };
  }
  const welch = welchTTest(before, after);
  const code = welch.p >= alpha ? 'no_clear_change' : welch.difference > 0 ? 'higher_after' : 'lower_after';
  return {
    ...base,
    code,
    welch,
    mannWhitney: mannWhitneyU(before, after),
    seasonalWelch: welchTTest(adjBefore, adjAfter),
  };
}

import { normalTwoSidedP } from './distributions.ts';

/** Result of a Mann–Kendall trend test. */
export interface MannKendallResult {
  /** Number of non-missing observations used. */
  n: number;
  /** Kendall's S: number of increasing pairs minus decreasing pairs. */
  s: number;
  /** Variance of S under H0, corrected for ties. */
  varS: number;
  /** Normal statistic with continuity correction: (S−1)/√Var if S>0, (S+1)/√Var if S<0, else 0. */
  z: number;
  /** Two-sided p-value (exact for small tie-free series, see `method`). */
  p: number;
  /** Kendall's tau-a, S / (n(n−1)/2), a −1…1 effect size. */
  tau: number;
  /** `exact` when n ≤ EXACT_MAX_N and there are no ties, `normal` otherwise. */
  method: 'exact' | 'normal';
}

/** Largest n for which the exact null distribution of S is used (tie-free series only). */
export const EXACT_MAX_N = 10;

/**
 * Counts permutations of n items by number of inversions (Mahonian numbers): under H0
 * every ordering is equally likely and S = n(n−1)/2 − 2·inversions, which gives the exact
 * null distribution of S (Kendall 1975), replacing the tables in Gilbert (1987, Table A18).
 */
function inversionCounts(n: number): number[] {
  let counts = [1];
  for (let m = 2; m <= n; m++) {
    const next = new Array<number>(counts.length + m - 1).fill(0);
    for (let k = 0; k < counts.length; k++) {
      for (let j = 0; j < m; j++) next[k + j] = (next[k + j] as number) + (counts[k] as number);
    }
    counts = next;
  }
  return counts;
}

/** Exact two-sided P(|S| ≥ |s|) for a tie-free series of length n. */
function exactTwoSidedP(n: number, s: number): number {
  const counts = inversionCounts(n);
  const pairs = (n * (n - 1)) / 2;
  let total = 0;
  let tail = 0;
  for (let inv = 0; inv < counts.length; inv++) {
    const c = counts[inv] as number;
    total += c;
    if (Math.abs(pairs - 2 * inv) >= Math.abs(s)) tail += c;
  }
  return Math.min(1, tail / total);
}

/**
 * Mann–Kendall test for a monotonic trend (Mann 1945; Kendall 1975; Gilbert 1987 §16.4).
 * Values are taken in the given (time) order; NaN marks a missing month and is skipped.
 * Ties are handled by the usual variance correction Σ t(t−1)(2t+5)/18. Below
 * {@link EXACT_MAX_N} with no ties the p-value comes from the exact distribution of S;
 * otherwise from the normal approximation with continuity correction. Callers should not
 * draw conclusions under about 8 points (see `trendVerdict`).
 */
export function mannKendall(values: ArrayLike<number>): MannKendallResult {
  const x: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isNaN(v)) x.push(v);
  }
  const n = x.length;
  let s = 0;
  for (let i = 0; i < n - 1; i++) {
    const xi = x[i] as number;
    for (let j = i + 1; j < n; j++) s += Math.sign((x[j] as number) - xi);
  }
  const groups = new Map<number, number>();
  for (const v of x) groups.set(v, (groups.get(v) ?? 0) + 1);
  let tieTerm = 0;
  for (const t of groups.values()) if (t > 1) tieTerm += t * (t - 1) * (2 * t + 5);
  const varS = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const sd = Math.sqrt(varS);
  const z = sd === 0 ? 0 : s > 0 ? (s - 1) / sd : s < 0 ? (s + 1) / sd : 0;
  const hasTies = groups.size < n;
  const pairs = (n * (n - 1)) / 2;
  const tau = pairs > 0 ? s / pairs : 0;
  if (n >= 2 && n <= EXACT_MAX_N && !hasTies) {
    return { n, s, varS, z, p: exactTwoSidedP(n, s), tau, method: 'exact' };
  }
  return { n, s, varS, z, p: sd === 0 ? 1 : normalTwoSidedP(z), tau, method: 'normal' };
}

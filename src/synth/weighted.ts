/** A discrete distribution ready for sampling: values and their cumulative, normalised weights. */
export interface Weighted<T> {
  readonly values: readonly T[];
  /** Cumulative weights, last one exactly 1. */
  readonly cumulative: Float64Array;
}

/** Builds a sampler from [value, weight] pairs; zero weights are kept but never drawn. Throws if all are zero. */
export function weighted<T>(pairs: readonly (readonly [T, number])[]): Weighted<T> {
  const total = pairs.reduce((s, [, w]) => s + Math.max(0, w), 0);
  if (!(total > 0)) throw new Error('weighted(): all weights are zero');
  const cumulative = new Float64Array(pairs.length);
  let acc = 0;
  pairs.forEach(([, w], i) => {
    acc += Math.max(0, w);
    cumulative[i] = acc / total;
  });
  cumulative[pairs.length - 1] = 1;
  return { values: pairs.map(([v]) => v), cumulative };
}

/** The value whose cumulative interval holds `u` (a uniform draw in [0, 1)); binary search. */
export function pick<T>(dist: Weighted<T>, u: number): T {
  const cum = dist.cumulative;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (u < (cum[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return dist.values[lo] as T;
}

/**
 * A share (numerator / denominator) that exists only when both parts are published: a share
 * of a published total would otherwise reveal a hidden numerator, and a share of a hidden
 * denominator would reveal it from a published numerator. A zero denominator gives `null`.
 */
export function protectShare(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}

/**
 * Sums cells only when every part is published; one hidden part hides the sum, because a
 * sum that skipped it (or one the reader could compare with a published total) would leak
 * it. An empty list sums to 0.
 */
export function sumPublished(values: readonly (number | null)[]): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

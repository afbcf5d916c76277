/** Median of the first `n` entries of `buf`; sorts them in place (the caller's scratch buffer). */
export function medianInPlace(buf: Float64Array, n: number): number {
  if (n === 0) return Number.NaN;
  const part = buf.subarray(0, n).sort();
  const mid = n >> 1;
  return n % 2 ? (part[mid] as number) : ((part[mid - 1] as number) + (part[mid] as number)) / 2;
}

/** Median and MAD (median absolute deviation, unscaled) of the first `n` entries; uses `buf` as scratch. */
export function medianMad(buf: Float64Array, n: number): { median: number; mad: number } {
  const median = medianInPlace(buf, n);
  for (let i = 0; i < n; i++) buf[i] = Math.abs((buf[i] as number) - median);
  return { median, mad: medianInPlace(buf, n) };
}

/**
 * Rounds a published count to the nearest multiple of `base` (halves go up). Applied after
 * suppression, to published cells only. Rounding is not additive: rounded categories need
 * not add up to their rounded total, and the app must not "fix" that, since re-deriving a
 * total from parts (or a part from a total) would undo the protection.
 */
export function roundToBase(value: number, base: number): number {
  if (!(base >= 1) || !Number.isInteger(base))
    throw new RangeError(`round base must be a positive integer, got ${base}`);
  if (base === 1) return value;
  return Math.floor(value / base + 0.5) * base;
}

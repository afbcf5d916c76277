/**
 * The one place a count becomes text on screen: counts in 1..k−1 become "<k", never the
 * value. Zero stays zero (a structural zero reveals no one).
 */
export function displayCount(n: number | null, k: number, format: (n: number) => string): string {
  if (n === null || (n > 0 && n < k)) return `<${format(k)}`;
  return format(n);
}

/**
 * A figure from a protected table: hidden figures (`null`) show as "—" whether they were
 * small or hidden to protect another, so the marker itself reveals nothing.
 */
export function displayFigure(value: number | null, k: number, format: (n: number) => string): string {
  return value === null ? '—' : displayCount(value, k, format);
}
